"""Negatives around job search for the "other" label (families otx-001 ...).

Aimed at what the earlier negatives (other_everyday, other_lookalikes) do not cover yet: recruiters confirming
a time the candidate proposed or moving an interview, joining instructions and travel/expense mail around
an interview already booked, decisions and invitations about things that are not jobs (residency match,
funded PhD places, accelerators, auditions, trusted-traveller and benefits interviews, housing, grants,
professional registration), "offers" from marketing and property, mail for someone who already works
somewhere (pay review, requisitions, offer approvals, mandatory courses with an assessment), new styles
of cold outreach, the candidate's own sent mail, friends, newsletters quoting templates, applicant-account
mail and automatic notices.

Each family is one hand-written message with slots; it expands into 2-3 variants that share the family
id. Standard library only; a fixed seed makes the output byte-identical from run to run.

Build: python tools/corpus/build.py --only other_around_jobs  (families: families/other/around_jobs.toml; writes corpus/other_around_jobs.jsonl)
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

SEED = 50523
PREFIX = "otx"
LABEL = "other"
OUT = corpuslib.HERE.parents[1] / "corpus" / "other_around_jobs.jsonl"  # build.py sets the slice's output

# --------------------------------------------------------------------------------------------------------
# Slot pools: names, firms and places the earlier generators do not use.
# --------------------------------------------------------------------------------------------------------

REGIONS = ("us", "uk", "in", "au", "eu", "sg", "ca")

TZS = corpuslib.lexicon("places", "other_around_jobs", "TZS")

COMPANIES = corpuslib.lexicon("organisations", "other_around_jobs", "COMPANIES")

AGENCIES = corpuslib.lexicon("organisations", "other_around_jobs", "AGENCIES")

NAMES = corpuslib.lexicon("people", "other_around_jobs", "NAMES")

ROLES = corpuslib.lexicon("roles", "other_around_jobs", "ROLES")

STARTUPS = ["Loomwise", "Tessellate", "Brightloop", "Quillstack", "Fernhill AI", "Packwise", "Driftwood Labs"]
TEAMS = ["Payments", "Platform", "Finance", "Data", "Growth", "Clinical Systems", "Operations", "Risk"]

CITIES = corpuslib.lexicon("places", "other_around_jobs", "CITIES")

OFFICES = corpuslib.lexicon("places", "other_around_jobs", "OFFICES")

PHONE = corpuslib.lexicon("places", "other_around_jobs", "PHONE")

TLD = corpuslib.lexicon("places", "other_around_jobs", "TLD")
CUR = {"us": "$", "uk": "£", "in": "₹", "au": "A$", "eu": "€", "sg": "S$", "ca": "C$"}
FREEMAIL = corpuslib.lexicon("places", "other_around_jobs", "FREEMAIL")
TITLES = corpuslib.lexicon("roles", "other_around_jobs", "TITLES")
SALARY_BASE = {"us": 98000, "uk": 48000, "in": 1400000, "au": 115000, "eu": 62000, "sg": 90000, "ca": 92000}


# ASCII folding of the accented letters our name pools use (for e-mail addresses and URLs); slug() folds too.
TEXT = negatives_common.TextFold(
    "éèêëáàâãíìóòôöúùüçñłśżćńąęőşıíÉ", "eeeeaaaaiioooouuucnlszcnaeosiiE", fold_slug=True
)
slug = TEXT.slug
fold = TEXT.fold
email_local = TEXT.email_local


def money(rng: random.Random, region: str, lo: float, hi: float, step: int = 1000) -> tuple[int, str]:
    """A salary-sized amount around the region's base, as (value, "£52,000")."""
    v = int(SALARY_BASE[region] * rng.uniform(lo, hi) / step) * step
    if region == "in":
        return v, f"₹{v / 100000:.1f} LPA"
    return v, f"{CUR[region]}{v:,}"


# --------------------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------------------


# Family.region: one of REGIONS, several joined by "|", or "any"; Family.ev_days None: 2-8 days on, 0: minutes
# after the message.
Family = negatives_common.Family
FAMILIES: list[Family] = []
MIN_FAMILIES = 80


def fam(region: str, sender: str, subject: str | list[str], text: str, **kw: object) -> None:
    """Register a family as the next ``PREFIX-NNN`` (PREFIX read now: a slice may set its own)."""
    negatives_common.family_adder(FAMILIES, PREFIX)(region, sender, subject, text, **kw)


AUTOREPLY = negatives_common.AUTOREPLY

# ---- A. An interview that is already booked: confirmations, moves, logistics, travel, expenses ----------


# ---- B. Decisions and invitations about things that are not jobs -------------------------------------


# ---- C. Mail for someone who already works somewhere ----------------------------------------------------


# ---- D. Cold outreach and agency mail to people who did not apply ---------------------------------------


# ---- E. The candidate's own sent mail ---------------------------------------------------------------------


# ---- F. Friends, family, former colleagues, groups --------------------------------------------------------


# ---- G. Newsletters that quote the templates -----------------------------------------------------------


# ---- H. Applicant accounts and platforms -----------------------------------------------------------------


# ---- I. Automatic notices --------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------------------
# Expansion
# --------------------------------------------------------------------------------------------------------


def pick_name(rng: random.Random, region: str, used: set[str]) -> str:
    return corpuslib.pick_name(rng, NAMES, region, used)


class _Keep(dict):
    """format_map mapping that leaves a placeholder it cannot fill yet as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def resolve_picks(f: Family, rng: random.Random, s: dict[str, str]) -> dict[str, str]:
    """The family's per-variant choices, filled from the slots (and from each other) in a few passes."""
    picks: dict[str, str] = {}
    for key, options in f.pick.items():
        if key.startswith("_combo"):
            picks.update({k: v for k, v in rng.choice(options).items() if k != "_region"})
        else:
            picks[key] = rng.choice(options)
    for _ in range(3):
        picks = {k: v.format_map(_Keep({**s, **picks})) if "{" in v else v for k, v in picks.items()}
    return picks


def build_slots(rng: random.Random, f: Family) -> tuple[dict[str, str], datetime]:
    forced = [c.get("_region") for c in f.pick.get("_combo", []) if c.get("_region")]
    regions = f.region.split("|") if f.region != "any" else list(REGIONS)
    r = rng.choice(forced) if forced else rng.choice(regions)
    # keep only the combos that go with the region drawn
    f_combo = [c for c in f.pick["_combo"] if c.get("_region") == r] if forced else []
    zone = ZoneInfo(rng.choice(TZS[r]))

    # Message date (Jan-May 2026) and the event it talks about, both on weekdays in the sender's zone.
    day = datetime(2026, 1, 5) + timedelta(days=rng.randrange(0, 130))
    if f.ev_days == 0:
        day = next_weekday(day)
        ev = datetime(
            day.year, day.month, day.day, rng.choice([9, 10, 11, 14, 15]), rng.choice([0, 30]), tzinfo=zone
        )
        msg = ev + timedelta(minutes=rng.randrange(1, 7), seconds=rng.randrange(60))
    elif f.ev_days:
        while day.weekday() >= 4:
            day += timedelta(days=1)
        msg = datetime(
            day.year,
            day.month,
            day.day,
            rng.randrange(9, 19),
            rng.randrange(60),
            rng.randrange(60),
            tzinfo=zone,
        )
        ev = (msg + timedelta(days=f.ev_days)).replace(
            hour=rng.choice([9, 10, 11, 13, 15]), minute=rng.choice([0, 30]), second=0
        )
    else:
        hour = rng.randrange(7, 22) if rng.random() < 0.85 else rng.choice([6, 22, 23])
        msg = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=zone)
        ev = next_weekday(msg + timedelta(days=rng.randrange(2, 9)))
        hh, mm = rng.choice(
            [(9, 0), (9, 30), (10, 0), (10, 30), (11, 0), (13, 30), (14, 0), (15, 0), (16, 0)]
        )
        ev = ev.replace(hour=hh, minute=mm, second=0)
    ev_end = ev + timedelta(minutes=rng.choice([30, 45, 60]))
    eve = ev - timedelta(days=1)
    old = prev_weekday(msg - timedelta(days=rng.randrange(2, 12)))
    dl = next_weekday(msg + timedelta(days=rng.randrange(4, 10)))
    dl2 = next_weekday(dl + timedelta(days=rng.randrange(2, 5)))
    notice = next_weekday(msg + timedelta(days=rng.randrange(40, 70)))
    start = next_weekday(msg + timedelta(days=rng.randrange(60, 95)))
    ret = next_weekday(msg + timedelta(days=rng.randrange(50, 140)))
    avail_days = [next_weekday(msg + timedelta(days=2))]
    for _ in range(2):
        avail_days.append(next_weekday(avail_days[-1] + timedelta(days=rng.choice([1, 2]))))
    if f.tz:
        msg = msg.astimezone(ZoneInfo(f.tz))

    used: set[str] = set()
    cand = pick_name(rng, r, used)
    first, last = split_name(cand)
    contact, recruiter, coordinator, colleague, agent, friend, partner, manager = (
        pick_name(rng, r, used) for _ in range(8)
    )
    p1, p2, p3, p4 = (pick_name(rng, r, used) for _ in range(4))
    cfirst = split_name(contact)[0]
    company, company2, employer = rng.sample(COMPANIES[r], 3)
    domain = slug(company) + TLD[r]
    employer_domain = slug(employer) + TLD[r]
    startup = rng.choice(STARTUPS)
    agency = rng.choice(AGENCIES[r])
    agency_domain = slug(agency) + TLD[r]
    role, role2 = rng.sample(ROLES, 2)
    city, city2 = rng.sample(CITIES[r], 2) if len(CITIES[r]) > 1 else (CITIES[r][0], CITIES[r][0])
    city1 = re.sub(r"(, [A-Z]{2}| [A-Z]{2,3})$", "", city)
    office_addr, office2 = rng.sample(OFFICES[r], 2)
    tok = lambda n: "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))  # noqa: E731
    dig = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    phone = lambda: "".join(rng.choice(string.digits) if ch == "#" else ch for ch in PHONE[r])  # noqa: E731
    free = lambda name: f"{email_local(name, rng)}{rng.choice(['', '', dig(2)])}@{rng.choice(FREEMAIL[r])}"  # noqa: E731
    work = lambda name, dom: f"{email_local(name, rng)}@{dom}"  # noqa: E731
    _, sal_lo = money(rng, r, 0.85, 1.0)
    _, sal_hi = money(rng, r, 1.05, 1.2)
    old_v, sal_old = money(rng, r, 0.9, 1.3)
    pct = rng.choice([2.5, 3.0, 3.5, 4.0, 5.0])
    new_v = int(old_v * (1 + pct / 100) / 100) * 100
    sal_new = f"₹{new_v / 100000:.2f} LPA" if r == "in" else f"{CUR[r]}{new_v:,}"
    n_small = rng.randrange(4, 9)
    votes = sorted(rng.sample(range(40, 420), 4), reverse=True)
    coord_first, coord_last = split_name(coordinator)
    ev_slots = corpuslib.event_slots(ev, ev_end, r)

    s: dict[str, str] = {
        "first": first,
        "last": last,
        "cand": cand,
        "cand_upper": cand.upper(),
        "first_upper": first.upper(),
        "cand_email": free(cand),
        "cand_phone": phone(),
        "cand_work": work(cand, employer_domain),
        "company": company,
        "company2": company2,
        "company_slug": slug(company),
        "domain": domain,
        "startup": startup,
        "startup_domain": slug(startup) + rng.choice([".io", ".co", ".dev"]),
        "company_phone": phone(),
        "employer": employer,
        "employer_domain": employer_domain,
        "employer_slug": slug(employer),
        "role": role,
        "role2": role2,
        "team": rng.choice(TEAMS),
        "contact": contact,
        "cfirst": cfirst,
        "cfirst_lower": slug(cfirst),
        "contact_title": rng.choice(TITLES),
        "recruiter": recruiter,
        "rfirst": split_name(recruiter)[0],
        "rslug": slug(recruiter.split()[0]) + "-" + slug(recruiter.split()[-1]),
        "recruiter_email": work(recruiter, domain),
        "coordinator": coordinator,
        "coordfirst": coord_first,
        "coordfirst_lower": slug(coord_first),
        "coordlast_lower": slug(coord_last),
        "coord_email": work(coordinator, domain),
        "colleague": colleague,
        "colfirst": split_name(colleague)[0],
        "col_email": work(colleague, domain),
        "agent": agent,
        "afirst": split_name(agent)[0],
        "agency": agency,
        "agency_domain": agency_domain,
        "agent_email": work(agent, agency_domain),
        "agent_phone": phone(),
        "friend": friend,
        "ffirst": split_name(friend)[0],
        "friend_email": free(friend),
        "partner": partner,
        "pfirst": split_name(partner)[0],
        "partner_email": free(partner),
        "manager": manager,
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "p4": p4,
        "p1first": split_name(p1)[0],
        "p2first": split_name(p2)[0],
        "p1_phone": phone(),
        "p1_work": work(p1, employer_domain),
        "p1_work_law": "",  # filled below once the law firm is known
        "p1_reloc": "",
        "realtor": p2,
        "realtor_first": split_name(p2)[0],
        "realtor_email": f"{slug(split_name(p2)[0])}@{rng.choice(['homesbyteam', 'realtygroup', 'agentmail'])}.com",
        "city": city,
        "city1": city1,
        "city2": city2,
        "office_addr": office_addr,
        "office2": office2,
        **ev_slots,
        "ev_weekday_short": ev.strftime("%a").lower(),
        "eve_weekday": eve.strftime("%A"),
        "eve_date_short": fmt_date_short(eve, r),
        "old_date_short": fmt_date_short(old, r),
        "old_date_long": fmt_date_long(old, r),
        "dl_weekday": dl.strftime("%A"),
        "dl_date_short": fmt_date_short(dl, r),
        "dl_date_long": fmt_date_long(dl, r),
        "dl2_weekday": dl2.strftime("%A"),
        "notice_date_long": fmt_date_long(notice, r),
        "start_date": fmt_date_long(start, r),
        "return_date": fmt_date_long(ret, r),
        "msg_date_short": fmt_date_short(msg, r),
        "msg_md": msg.strftime("%b ") + str(msg.day),
        "tz_name": str(zone.key).replace("_", " "),
        "cur": CUR[r],
        "sal_lo": sal_lo,
        "sal_hi": sal_hi,
        "sal_old": sal_old,
        "sal_new": sal_new,
        "pct": f"{pct:.1f}",
        "pct2": f"{rng.choice([2.8, 3.2, 3.6, 4.1])}",
        "n_small": str(n_small),
        "rank": str(n_small + rng.randrange(3, 14)),
        "n_mid": str(rng.randrange(30, 60)),
        "n_big": str(rng.randrange(180, 900)),
        "v1": str(votes[0]),
        "v2": str(votes[1]),
        "v3": str(votes[2]),
        "v4": str(votes[3]),
        "tok8": tok(8),
        "tok16": tok(16),
        "otp": dig(6),
        "digits4": dig(4),
        "d3": dig(3),
        "d6a": dig(6),
        "d6b": dig(6),
        "ref": "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + dig(8),
        "req_id": f"R-{dig(5)}",
        "exam_no": f"2026-{dig(4)}-{rng.choice(['A', 'B', 'OC'])}",
        "room": str(rng.randrange(101, 330)),
        "vacancy_ref": f"{rng.choice(['ACAD', 'VAC', 'REQ'])}{dig(6)}",
        "app_id": f"{rng.choice(['GA', 'PG', 'APP'])}{dig(7)}",
        "grant_ref": f"{rng.choice(['DE', 'MR/', 'ALLRP '])}{dig(6)}",
        "claim_id": dig(9),
        "donor_id": f"{rng.choice(['CP', 'DP'])}{dig(9)}",
        "ea_ref": f"MSA-{dig(7)}",
        "order_no": dig(8),
        "pnr": tok(6).upper(),
        "prop_ref": f"{rng.choice(['HC', 'CBL'])}{dig(5)}",
        "amount": f"{CUR[r]}{rng.randrange(40, 420)}.{dig(2)}",
        "travel_cap": rng.choice(["50", "75", "100"]),
        "meet_url": "https://meet.google.com/"
        + "-".join("".join(rng.choice(string.ascii_lowercase) for _ in range(k)) for k in (3, 4, 3)),
        "teams_url": f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok(28)}%40thread.v2/0",
        "gv_phone": f"({rng.choice(['303', '615', '512', '704'])}) 555-01{dig(2)}",
        "mx_host": rng.choice(
            ["smtp-out.mailrelay.net", "mx-relay.outbound.example-mail.com", "mta7.mailgw.net"]
        ),
        "ip": f"203.0.113.{rng.randrange(2, 250)}",
        "avail1": f"{fmt_date_long(avail_days[0], r)}: {fmt_time(avail_days[0].replace(hour=9, minute=0), r)} - {fmt_time(avail_days[0].replace(hour=12, minute=0), r)}",
        "avail2": f"{fmt_date_long(avail_days[1], r)}: {fmt_time(avail_days[1].replace(hour=13, minute=0), r)} - {fmt_time(avail_days[1].replace(hour=17, minute=0), r)}",
        "avail3": f"{fmt_date_long(avail_days[2], r)}: {fmt_time(avail_days[2].replace(hour=10, minute=0), r)} - {fmt_time(avail_days[2].replace(hour=15, minute=0), r)}",
        "a_slot1": f"{fmt_date_long(ev, r)}, 6pm",
        "a_slot2": f"{fmt_date_long(next_weekday(ev + timedelta(days=2)), r)}, 11am",
        "a_slot3": f"{fmt_date_long(next_weekday(ev + timedelta(days=6)), r)}, 7pm",
    }
    s.update(resolve_picks(f if not f_combo else _with_combo(f, f_combo), rng, s))
    derived = {
        "p1_work_law": f"{email_local(p1, rng)}@{s.get('law_domain', 'law.com')}",
        "p1_reloc": f"{email_local(p1, rng)}@{s.get('reloc_domain', 'relo.com')}",
        "journal_code_upper": s.get("journal_code", "j").upper().replace("-J", ""),
        "theatre_slug": slug(s.get("theatre", "theatre")),
        "group_addr": f"{s.get('group_name', 'group')}@googlegroups.com",
        "group_unsub": f"{s.get('group_name', 'group')}+unsubscribe@googlegroups.com",
        "group_listid": f"{s.get('group_name', 'group')}.googlegroups.com",
    }
    s.update(derived)
    # a second pass for picks that refer to derived slots (e.g. the manuscript id)
    for k, v in list(s.items()):
        if "{" in v:
            s[k] = v.format_map(s)
    return s, msg


def _with_combo(f: Family, combo: list[dict[str, str]]) -> Family:
    """A copy of ``f`` whose "_combo" holds only the combos allowed for the region already drawn."""
    return Family(
        f.region, f.sender, f.subject, f.text, f.headers, f.ics, f.ev_days, f.tz, {**f.pick, "_combo": combo}
    )


def main() -> int:
    return negatives_common.run(
        FAMILIES, build_slots, seed=SEED, prefix=PREFIX, label=LABEL, min_families=MIN_FAMILIES, out=OUT
    )
