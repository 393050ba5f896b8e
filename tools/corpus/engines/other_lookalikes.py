"""Look-alike negatives for the "other" label (families otw-001 ...).

Mail that a careless classifier would take for an invitation, rejection, offer, acknowledgement or
assessment, but that needs no job-search reply: confirmations and logistics of interviews already booked,
the candidate's own sent mail, cold recruiter outreach, platform notifications and newsletters, the same
words used outside job search, and HR / company mail after someone was hired.

Each family is one hand-written message with slots; it expands into 2-3 variants that share the family
id. Standard library only; a fixed seed makes the output byte-identical from run to run.

Build: python tools/corpus/build.py --only other_lookalikes  (families: families/other/lookalikes.toml; writes corpus/other_lookalikes.jsonl)
"""

from __future__ import annotations

import random
import re
import string
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpuslib
import negatives_common
from corpuslib import (
    fmt_date_long,
    fmt_date_short,
    fmt_time,
    next_weekday,
    prev_weekday,
    split_name,
)

SEED = 40417
PREFIX = "otw"
LABEL = "other"
OUT = corpuslib.HERE.parents[1] / "corpus" / "other_lookalikes.jsonl"  # build.py sets the slice's output

# --------------------------------------------------------------------------------------------------------
# Slot pools: deliberately different names, firms and places from the earlier generators, so the model
# cannot tie "other" to a handful of names it has seen many times.
# --------------------------------------------------------------------------------------------------------

REGIONS = ("us", "uk", "in", "au", "eu", "sg", "ca")

TZS = corpuslib.lexicon("places", "other_lookalikes", "TZS")

COMPANIES = corpuslib.lexicon("organisations", "other_lookalikes", "COMPANIES")

AGENCIES = corpuslib.lexicon("organisations", "other_lookalikes", "AGENCIES")

NAMES = corpuslib.lexicon("people", "other_lookalikes", "NAMES")

ROLES = corpuslib.lexicon("roles", "other_lookalikes", "ROLES")

CITIES = corpuslib.lexicon("places", "other_lookalikes", "CITIES")

OFFICES = corpuslib.lexicon("places", "other_lookalikes", "OFFICES")

STATIONS = corpuslib.lexicon("places", "other_lookalikes", "STATIONS")

PHONE = corpuslib.lexicon("places", "other_lookalikes", "PHONE")

TLD = {"us": ".com", "uk": ".co.uk", "in": ".in", "au": ".com.au", "eu": ".eu", "sg": ".sg", "ca": ".ca"}
CUR = {"us": "$", "uk": "£", "in": "₹", "au": "A$", "eu": "€", "sg": "S$", "ca": "C$"}
FREEMAIL = corpuslib.lexicon("places", "other_lookalikes", "FREEMAIL")
TITLES = corpuslib.lexicon("roles", "other_lookalikes", "TITLES")
FRIENDS_FIRST = corpuslib.lexicon("people", "other_lookalikes", "FRIENDS_FIRST")
KIDS = ["Arlo", "Maya", "Zaid", "Isla", "Rohan", "Elsie"]


# ASCII folding of the accented letters our name pools use (for e-mail addresses and URLs); slug() takes
# text that is already ASCII.
TEXT = negatives_common.TextFold(
    "éèêëáàâãíìóòôöúùüçñłśżćńąęő", "eeeeaaaaiioooouuucnlszcnaeo", fold_slug=False
)
slug = TEXT.slug
fold = TEXT.fold
email_local = TEXT.email_local


def salary_pair(rng: random.Random, region: str) -> tuple[str, str]:
    base = {"us": 95000, "uk": 52000, "in": 1800000, "au": 120000, "eu": 65000, "sg": 96000, "ca": 98000}[
        region
    ]
    lo = int(base * rng.uniform(0.8, 1.3) / 1000) * 1000
    hi = lo + int(base * rng.choice([0.08, 0.12, 0.15]) / 1000) * 1000
    cur = CUR[region]
    if region == "in":
        return f"₹{lo / 100000:.1f} LPA", f"₹{hi / 100000:.1f} LPA"
    return f"{cur}{lo:,}", f"{cur}{hi:,}"


# --------------------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------------------


# Family.region: one of REGIONS or "any"; Family.ev_days None: 2-6 days on, 0: later the same day.
Family = negatives_common.Family
FAMILIES: list[Family] = []
fam = negatives_common.family_adder(FAMILIES, PREFIX)
AUTOREPLY = negatives_common.AUTOREPLY
ICS_INTERVIEW = corpuslib.lexicon("misc", "other_lookalikes", "ICS_INTERVIEW")

# ---- A. Interviews that are ALREADY booked: confirmations, reschedules, logistics, itineraries ----------


# ---- B. The candidate's OWN sent mail -------------------------------------------------------------------


# ---- C. Cold outreach to people who did not apply ------------------------------------------------------


# ---- D. Platform mail, newsletters, tools and marketing -------------------------------------------------


# ---- E. The same words outside job search ---------------------------------------------------------------


# ---- F. After being hired: onboarding, payroll, benefits, background checks, company mail --------------


# ---- X. ATS housekeeping that is not a decision ---------------------------------------------------------


# ---- G. More: person-written confirmations of booked slots, and everyday mail using the same words -------


# --------------------------------------------------------------------------------------------------------
# Expansion
# --------------------------------------------------------------------------------------------------------

UNI_DOMAINS = corpuslib.lexicon("organisations", "other_lookalikes", "UNI_DOMAINS")
LENDER_DOMAINS = corpuslib.lexicon("organisations", "other_lookalikes", "LENDER_DOMAINS")
COACH_DOMAINS = corpuslib.lexicon("organisations", "other_lookalikes", "COACH_DOMAINS")
BANKS = corpuslib.lexicon("organisations", "other_lookalikes", "BANKS")
DIALIN = corpuslib.lexicon("places", "other_lookalikes", "DIALIN")
AIRLINE_CODES = corpuslib.lexicon("organisations", "other_lookalikes", "AIRLINE_CODES")


def pick_name(rng: random.Random, region: str, used: set[str]) -> str:
    return corpuslib.pick_name(rng, NAMES, region, used)


def ascii_slug(name: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", fold(name.lower()).replace(" ", "-"))


def build_slots(rng: random.Random, f: Family) -> tuple[dict[str, str], datetime, str]:
    combo = dict(rng.choice(f.pick["_combo"])) if "_combo" in f.pick else {}
    regions = f.region.split("|") if f.region != "any" else list(REGIONS)
    r = combo.pop("_region", None) or rng.choice(regions)
    zone = ZoneInfo(rng.choice(TZS[r]))

    # Message date (Jan-Apr 2026) and the event it talks about, both on weekdays in the sender's zone.
    day = datetime(2026, 1, 5) + timedelta(days=rng.randrange(0, 105))
    if f.ev_days == 0:
        day = next_weekday(day)
        msg = datetime(
            day.year,
            day.month,
            day.day,
            rng.choice([5, 6]),
            rng.randrange(60),
            rng.randrange(60),
            tzinfo=zone,
        )
        ev = msg.replace(hour=rng.choice([10, 11, 13, 14, 15]), minute=rng.choice([0, 30]), second=0)
    else:
        hour = rng.randrange(7, 22) if rng.random() < 0.85 else rng.choice([6, 22, 23])
        msg = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=zone)
        ev = next_weekday(msg + timedelta(days=rng.randrange(2, 7)))
        hh, mm = rng.choice(
            [(9, 0), (9, 30), (10, 0), (11, 0), (11, 30), (13, 0), (14, 0), (14, 30), (15, 30), (16, 0)]
        )
        ev = ev.replace(hour=hh, minute=mm, second=0)
    ev_end = ev + timedelta(minutes=rng.choice([30, 45, 60]))
    was = ev + timedelta(days=rng.choice([-1, 1, 2]), hours=rng.choice([-2, 0, 1, 3]))
    if was.date() <= msg.date() or was.weekday() >= 5:
        was = next_weekday(ev + timedelta(days=2)).replace(hour=rng.choice([9, 11, 15]), minute=0)
    old = prev_weekday(msg - timedelta(days=rng.randrange(1, 7)))
    old = old.replace(hour=rng.choice([9, 10, 11, 14, 15, 16]), minute=rng.choice([0, 12, 30, 47]))
    eve = ev - timedelta(days=1)
    dl = next_weekday(ev + timedelta(days=rng.randrange(2, 6)))
    notice = next_weekday(msg + timedelta(days=rng.randrange(28, 36)))
    if f.tz:
        msg = msg.astimezone(ZoneInfo(f.tz))

    used: set[str] = set()
    cand = pick_name(rng, r, used)
    first, last = split_name(cand)
    contact, recruiter, agent, friend, colleague, manager, mentor, other, realtor = (
        pick_name(rng, r, used) for _ in range(9)
    )
    cfirst, clast = split_name(contact)
    company, company2, company3 = rng.sample(COMPANIES[r], 3)
    domain, domain2 = slug(company) + TLD[r], slug(company2) + TLD[r]
    agency = rng.choice(AGENCIES[r])
    agency_domain = slug(agency) + TLD[r]
    role, role2, role3 = rng.sample(ROLES, 3)
    city, city2 = rng.sample(CITIES[r], 2) if len(CITIES[r]) > 1 else (CITIES[r][0], CITIES[r][0])
    city1 = re.sub(r"(, [A-Z]{2}| [A-Z]{2,3})$", "", city)
    host = rng.choice(FREEMAIL[r])
    tok = lambda n: "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))  # noqa: E731
    dig = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    phone = lambda: "".join(rng.choice(string.digits) if ch == "#" else ch for ch in PHONE[r])  # noqa: E731
    sal_lo, sal_hi = salary_pair(rng, r)
    bank, bank_domain = BANKS[r]
    dialin, dial_country = DIALIN[r]
    meet = "-".join("".join(rng.choice(string.ascii_lowercase) for _ in range(k)) for k in (3, 4, 3))
    zoom = dig(rng.choice([10, 11]))
    t = [ev + timedelta(minutes=m) for m in (0, 30, 90, 135, 195, 225)]

    s: dict[str, str] = {
        "first": first,
        "last": last,
        "cand": cand,
        "cand_email": f"{email_local(cand, rng)}{rng.choice(['', '', dig(2), '.' + dig(4)])}@{host}",
        "cand_phone": phone(),
        "cand_first_lower": ascii_slug(first),
        "first_upper": first.upper(),
        "first_lower_handle": f"{ascii_slug(first)}_{ascii_slug(last)[:1]}{dig(2)}",
        "company": company,
        "company2": company2,
        "company3": company3,
        "company_slug": slug(company),
        "domain": domain,
        "domain2": domain2,
        "role": role,
        "role2": role2,
        "role3": role3,
        "contact": contact,
        "cfirst": cfirst,
        "cfirst_lower": ascii_slug(cfirst),
        "clast_lower": ascii_slug(clast),
        "contact_email": f"{ascii_slug(email_local(contact, rng))}@{domain}",
        "contact_title": rng.choice(TITLES),
        "contact_slug": ascii_slug(contact),
        "recruiter": recruiter,
        "rfirst": split_name(recruiter)[0],
        "recruiter_email": f"{ascii_slug(email_local(recruiter, rng))}@{domain}",
        "agent": agent,
        "afirst": split_name(agent)[0],
        "agency": agency,
        "agency_domain": agency_domain,
        "agent_email": f"{ascii_slug(email_local(agent, rng))}@{agency_domain}",
        "agent_phone": phone(),
        "friend": friend,
        "ffirst": split_name(friend)[0],
        "friend_email": f"{ascii_slug(email_local(friend, rng))}{rng.choice(['', dig(2)])}@{rng.choice(FREEMAIL[r])}",
        "colleague": colleague,
        "colfirst": split_name(colleague)[0],
        "col_email": f"{ascii_slug(email_local(colleague, rng))}@{domain}",
        "manager": manager,
        "mfirst": split_name(manager)[0],
        "mentor": mentor,
        "mentfirst": split_name(mentor)[0],
        "other": other,
        "other_first": split_name(other)[0],
        "other_phone": phone(),
        "other_email": f"{ascii_slug(email_local(other, rng))}{rng.choice(['', dig(2)])}@{rng.choice(FREEMAIL[r])}",
        "realtor": realtor,
        "realtor_phone": phone(),
        "realtor_email": f"{ascii_slug(split_name(realtor)[0])}@{rng.choice(['homesales', 'realestate', 'agents'])}{TLD[r]}",
        "city": city,
        "city1": city1,
        "city2": city2,
        "office_addr": rng.choice(OFFICES[r]),
        "station": rng.choice(STATIONS[r]),
        **corpuslib.event_slots(ev, ev_end, r),
        "was_date_long": fmt_date_long(was, r),
        "was_time": fmt_time(was, r),
        "old_weekday": old.strftime("%A"),
        "old_date_short": fmt_date_short(old, r),
        "old_date_long": fmt_date_long(old, r),
        "old_time": fmt_time(old, r),
        "eve_weekday": eve.strftime("%A"),
        "eve_date_short": fmt_date_short(eve, r),
        "dl_weekday": dl.strftime("%A"),
        "dl_date_short": fmt_date_short(dl, r),
        "dl_date_long": fmt_date_long(dl, r),
        "notice_date_long": fmt_date_long(notice, r),
        "msg_weekday": msg.strftime("%A"),
        "msg_weekday_short": msg.strftime("%a"),
        "msg_md": msg.strftime("%b ") + str(msg.day),
        "msg_date_short": fmt_date_short(msg, r),
        "msg_time": fmt_time(msg, r),
        "year": str(msg.year),
        "tz_name": str(zone.key).replace("_", " "),
        "a1": fmt_time(ev.replace(hour=7, minute=0), r),
        "a2": fmt_time(ev, r),
        "a3": fmt_time(ev.replace(hour=19, minute=30), r),
        "bay": str(rng.randrange(3, 40)),
        "floor": str(rng.randrange(2, 12)),
        "dialin": dialin,
        "dial_country": dial_country,
        "pin": dig(9),
        "teams_id": f"{dig(3)} {dig(3)} {dig(3)} {dig(3)}",
        "passcode": tok(6),
        "teams_url": f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok(24)}%40thread.v2/0",
        "meet_url": f"https://meet.google.com/{meet}",
        "zoom_url": f"https://{slug(company)}.zoom.us/j/{zoom}",
        "ics_loc": "Zoom",
        "pnr": tok(6).upper(),
        "nhs_ref": f"C{dig(4)}-26-{dig(4)}",
        "sal_lo": sal_lo,
        "sal_hi": sal_hi,
        "cur": CUR[r],
        "bank": bank,
        "bank_domain": bank_domain,
        "n_small": str(rng.randrange(2, 9)),
        "n_mid": str(rng.randrange(12, 60)),
        "n_big": str(rng.randrange(140, 900)),
        "kid": rng.choice(KIDS),
        "ref": "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + dig(7),
        "tok6": tok(6).lower(),
        "tok8u": tok(8).upper(),
        "tok11": tok(11),
        "tok16": tok(16),
        "tok24": tok(24),
        "digits2": dig(2),
        "digits4": dig(4),
        "digits8": dig(8),
        "digits9": dig(9),
        "digits10": dig(10),
        "digits12": dig(12),
        "city_council": f"{city1} City Council"
        if r == "uk"
        else (f"{city1} Municipal Corporation" if r == "in" else f"City of {city1}"),
        "council_domain": {
            "uk": f"{slug(city1)}.gov.uk",
            "us": f"{slug(city1)}.gov",
            "in": f"{slug(city1)}mc.gov.in",
            "au": f"cityof{slug(city1)}.com.au",
            "ca": f"{slug(city1)}.ca",
            "sg": "ura.gov.sg",
        }.get(r, f"{slug(city1)}.eu"),
    }
    s["ics_url"] = s["zoom_url"]
    for i, ti in enumerate(t, start=1):
        s[f"t{i}"] = fmt_time(ti, r)

    # Per-family choices; they may refer to slots and to each other, so resolve in a few passes.
    picks = {k: rng.choice(v) for k, v in f.pick.items() if k != "_combo"}
    picks.update(combo)
    for _ in range(3):
        picks = {k: v.format_map({**s, **picks}) if "{" in v else v for k, v in picks.items()}
    s.update(picks)
    derived = {
        "fair_slug": ascii_slug(s.get("fair_name", "fair")).replace("-", ""),
        "newsletter_slug": slug(s.get("newsletter", "news")),
        "coach_domain": COACH_DOMAINS.get(s.get("coach", ""), "coach.com"),
        "shop_slug": slug(s.get("shopname", "shop")),
        "nursery_domain": slug(s.get("nursery", "nursery")) + TLD[r],
        "sdr_email": f"{ascii_slug(email_local(s.get('sdr', 'x y'), rng))}@{slug(s.get('vendor', 'v'))}.io",
        "prof_email": f"{ascii_slug(split_name(s.get('prof', 'a b'))[1])}@{UNI_DOMAINS.get(s.get('uni', ''), 'uni.edu')}",
        "exec_email": f"{ascii_slug(email_local(s.get('exec', 'a b'), rng))}@{domain}",
        "lender_domain": LENDER_DOMAINS.get(s.get("lender", ""), "bank.co.uk"),
        "flight_no": f"{AIRLINE_CODES.get(s.get('airline', ''), 'XX')} {rng.randrange(100, 1999)}",
    }
    s.update({k: v for k, v in derived.items() if k not in s})
    return s, msg, r


def main() -> int:
    return negatives_common.run(
        FAMILIES,
        lambda rng, f: build_slots(rng, f)[:2],
        seed=SEED,
        prefix=PREFIX,
        label=LABEL,
        min_families=70,
        out=OUT,
    )
