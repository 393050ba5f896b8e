"""Generate the "other" (negative) part of the classifier corpus.

The classifier must learn that most mail mentioning interviews, applications or offers needs no reply:
job alerts, platform notifications, reminders for slots already booked, the candidate's own sent mail,
cold outreach, receipts and ordinary personal/work mail. Each family (see the family files) is one hand-written message
with slots; it expands into 2-3 variants that share the family id so train/dev/test can split by family.

Build: python tools/corpus/build.py --only other_everyday  (families: families/other/everyday.toml; writes corpus/other_everyday.jsonl)
Only the standard library is used so the corpus can be rebuilt anywhere.
"""

from __future__ import annotations

import logging
import random
import re
import string
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpuslib
from corpuslib import fmt_date_short, split_name

SEED = 20260311
PREFIX = "oth"
LABEL = "other"
OUT = corpuslib.HERE.parents[1] / "corpus" / "other_everyday.jsonl"  # build.py sets the slice's output

log = logging.getLogger("corpus.negatives")

# --------------------------------------------------------------------------------------------------------
# Slot pools. Region-specific so that spelling, money, places and names agree inside one message.
# --------------------------------------------------------------------------------------------------------

REGIONS = ("us", "uk", "in", "au", "eu", "sg")

TZS = corpuslib.lexicon("places", "other_everyday", "TZS")

COMPANIES = corpuslib.lexicon("organisations", "other_everyday", "COMPANIES")

AGENCIES = corpuslib.lexicon("organisations", "other_everyday", "AGENCIES")

ROLES = corpuslib.lexicon("roles", "other_everyday", "ROLES")

NAMES = corpuslib.lexicon("people", "other_everyday", "NAMES")

CITIES = corpuslib.lexicon("places", "other_everyday", "CITIES")

TLD = {"us": ".com", "uk": ".co.uk", "in": ".in", "au": ".com.au", "eu": ".eu", "sg": ".sg"}
CUR = {"us": "$", "uk": "£", "in": "₹", "au": "$", "eu": "€", "sg": "S$"}
MAILHOSTS = ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk"]


def salary(rng: random.Random, region: str) -> str:
    """A salary line the way job boards in that region print it."""
    if region == "us":
        lo = rng.randrange(60, 150, 5)
        return rng.choice(
            [
                f"${lo},000 - ${lo + 25},000 a year",
                f"${lo}K–${lo + 30}K",
                f"${lo // 2} - ${lo // 2 + 15} an hour",
            ]
        )
    if region == "uk":
        lo = rng.randrange(28, 85, 2)
        return rng.choice(
            [f"£{lo},000 - £{lo + 10},000 a year", f"£{lo}k-£{lo + 8}k + benefits", f"£{lo * 12} per day"]
        )
    if region == "in":
        lo = rng.randrange(4, 30)
        return rng.choice(
            [f"{lo}-{lo + 6} Lacs P.A.", f"₹{lo},00,000 - ₹{lo + 5},00,000 a year", "Not disclosed"]
        )
    if region == "au":
        lo = rng.randrange(80, 180, 5)
        return rng.choice([f"${lo}k - ${lo + 20}k p.a. + super", f"${lo},000 – ${lo + 15},000 per year"])
    if region == "eu":
        lo = rng.randrange(45, 95, 5)
        return rng.choice([f"€{lo}.000 – €{lo + 15}.000", f"€{lo}k–{lo + 10}k / year"])
    lo = rng.randrange(4, 12)
    return f"S${lo},000 - S${lo + 3},000 monthly"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("&", "and").replace("pvt ltd", ""))


def email_local(name: str, rng: random.Random) -> str:
    return corpuslib.email_local([slug(p) for p in name.split() if slug(p)], rng)


def fmt_time(dt: datetime, region: str) -> str:
    """This slice writes UK times on the 24-hour clock."""
    return corpuslib.fmt_time(dt, region, dotted=())


# --------------------------------------------------------------------------------------------------------
# Job-list renderers for alert mail: each board has its own layout.
# --------------------------------------------------------------------------------------------------------


@dataclass
class Job:
    role: str
    company: str
    city: str
    pay: str
    posted: str
    rating: str
    jid: str = ""


def make_jobs(rng: random.Random, region: str, role: str, n: int) -> list[Job]:
    prefixes = ["", "", "Senior ", "Lead ", "Junior ", "Associate ", ""]
    jobs = [Job(role, "", "", "", "", "")]
    while len(jobs) < n:
        base = role.replace("Senior ", "").replace("Junior ", "")
        jobs.append(Job(rng.choice(prefixes) + base, "", "", "", "", ""))
    pool = COMPANIES[region] + COMPANIES[rng.choice([r for r in REGIONS if r != region])]
    comps = rng.sample(sorted(set(pool)), n)
    for j, c in zip(jobs, comps, strict=True):
        j.company = c
        j.city = rng.choice(CITIES[region] + ["Remote", "Hybrid"])
        j.pay = salary(rng, region)
        j.posted = rng.choice(
            ["1 day ago", "2 days ago", "Just posted", "Today", "3 days ago", "30+ days ago"]
        )
        j.rating = f"{rng.uniform(3.1, 4.7):.1f}"
        j.jid = str(rng.randrange(10**9, 10**10))
    return jobs


def render_jobs(jobs: list[Job], style: str) -> str:
    out = []
    for j in jobs:
        if style == "li":
            out.append(
                f"{j.role}\n{j.company} · {j.city}\n{j.posted} · Easy Apply\nView job: https://www.linkedin.com/comm/jobs/view/{j.jid}"
            )
        elif style == "in":
            out.append(f"{j.role}\n{j.company} - {j.city}\n{j.pay}\nEasily apply\n{j.posted}")
        elif style == "gd":
            out.append(f"{j.company} {j.rating} ★\n{j.role}\n{j.city}  |  {j.pay} (Employer est.)")
        elif style == "nk":
            out.append(
                f"{j.role}\n{j.company}\n3-7 Yrs | {j.pay} | {j.city}\nSkills: SQL, Python, stakeholder management"
            )
        elif style == "seek":
            out.append(f"{j.role}\n{j.company}\n{j.city}\n{j.pay}\nListed {j.posted}")
        else:
            out.append(f"• {j.role} at {j.company} ({j.city})")
    sep = "\n" if style == "bul" else "\n\n"
    return sep.join(out)


# --------------------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------------------


@dataclass
class Family:
    region: str  # one of REGIONS, or "any" (drawn per variant)
    sender: str
    subject: str | list[str]
    text: str
    headers: dict[str, str] = field(default_factory=dict)
    ics: dict[str, str] | None = None
    ev_days: int | None = None  # event offset in days from the message date (None: 2-6 days)
    tz: str | None = None  # sender's zone when it is not the region's (e.g. "UTC" for big platforms)
    n: int | None = None
    fid: str = ""  # oth-001 ..., in writing order


FAMILIES: list[Family] = []


def fam(region: str, sender: str, subject: str | list[str], text: str, **kw: object) -> None:
    corpuslib.add_family(FAMILIES, Family(region, sender, subject, text, **kw), PREFIX)  # type: ignore[arg-type]


# ---- 1. Job alerts and career newsletters (bulk mail full of "interview", "apply", job titles) ----------


# ---- 2. LinkedIn / Indeed / platform notifications ------------------------------------------------------


# ---- 3. Reminders and calendar notifications for slots that are ALREADY booked ---------------------------


# ---- 4. The candidate's OWN sent mail (first person, From is the candidate) -----------------------------


# ---- 5. Cold outreach, agency spam, referrals, networking -----------------------------------------------


# ---- 6. Receipts, shipping, bank, SaaS, dev tools, accounts, courses, events ----------------------------


# ---- 7. Personal and work mail (no bulk headers) --------------------------------------------------------


# ---- 8. ATS / careers-portal mail that is not a decision -----------------------------------------------


# ---- 9. More hard negatives: interviewer-side calendar replies, forwarded job ads, InMail copies ---------


# ---- 10. Section 10: wording the classifier had not seen -------------------------------------------------
# Meetings that are not job interviews, interviewer-side and hiring-manager mail, job-site status mail,
# cold outreach that proposes a call, the candidate's own mail, and "application", "offer", "interview",
# "unfortunately", "we regret", "next steps" in senses that have nothing to do with the user's job search.

# 10a. Work meetings, calendar traffic and the user sitting on the other side of the interview table.


# 10b. Research, media and "interview" in the sense of a conversation about the user's work.


# 10c. Friends, family, landlords, banks, clinics and other appointments.


# 10d. Job-site status mail that is neither an acknowledgement nor a decision.


# 10e. Recruiters and cold outreach that propose a call (no reply the product should draft).


# 10f. The candidate's own mail: From is the user, so there is nothing to reply to.


# 10g. "Application", "offer", "unfortunately", "we regret", "interview" outside the job search.


# ---- 11. Near-job mail that needs no job-search reply: calls, interviews and "no"s from other walks of life --


# --------------------------------------------------------------------------------------------------------
# Expansion
# --------------------------------------------------------------------------------------------------------

FIRST_ONLY = corpuslib.lexicon("people", "other_everyday", "FIRST_ONLY")
MUMS = ["Linda", "Sue", "Meena", "Karen", "Jo", "Patricia", "Lakshmi", "Helen"]
TITLES = corpuslib.lexicon("roles", "other_everyday", "TITLES")
SKILLS = ["Microsoft Excel", "SQL", "Python (Programming Language)", "Tableau", "Power BI", "JavaScript"]
SECTORS = ["fintech", "healthcare", "retail", "public", "logistics", "insurance", "media"]
DEPTS = ["Data", "Engineering", "Product", "Marketing", "Finance", "Operations"]
SCHOOLS = corpuslib.lexicon("organisations", "other_everyday", "SCHOOLS")
SAAS = corpuslib.lexicon("organisations", "other_everyday", "SAAS")
BANKS = corpuslib.lexicon("organisations", "other_everyday", "BANKS")
SHOPS = corpuslib.lexicon("organisations", "other_everyday", "SHOPS")
AIRLINES = corpuslib.lexicon("organisations", "other_everyday", "AIRLINES")
STREETS = corpuslib.lexicon("places", "other_everyday", "STREETS")
CENTRES = corpuslib.lexicon("places", "other_everyday", "CENTRES")
HOUSE = corpuslib.lexicon("misc", "other_everyday", "HOUSE")
PHONE = corpuslib.lexicon("places", "other_everyday", "PHONE")
MISC = corpuslib.lexicon("misc", "other_everyday", "MISC")


# Pools for the families of section 10. They are drawn from their own generator (seeded from a token the
# main generator already drew) so that adding them leaves every earlier record byte-identical.
UNIS = corpuslib.lexicon("organisations", "other_everyday", "UNIS")
CONFS = corpuslib.lexicon("organisations", "other_everyday", "CONFS")
GRANTS = corpuslib.lexicon("misc", "other_everyday", "GRANTS")
PRIMARIES = corpuslib.lexicon("organisations", "other_everyday", "PRIMARIES")
FIRMS = ["brightpathwealth", "mcallisterpartners", "ledgerandco", "clearviewplanning", "summitaccountants"]
DEALERS = ["Westside Motors", "Parkway Auto Group", "City Car Care", "Ridgeline Motors"]
INSURERS = corpuslib.lexicon("organisations", "other_everyday", "INSURERS")
ITEMS = corpuslib.lexicon("misc", "other_everyday", "ITEMS")
KIDS = ["Aarav", "Isla", "Leo", "Zara", "Oscar", "Maya", "Noor", "Finn"]
PETS = ["Biscuit", "Luna", "Pepper", "Milo", "Mochi", "Bruno"]
CARS = ["Corolla", "Golf", "i20", "Civic", "Model 3", "Fiesta"]
DENTAL = ["Smile Dental Studio", "Bridge Street Dental", "Brightsmile Dental Care"]
GPS = ["Riverside Medical Practice", "Northgate Family Medicine", "Parkside Health Centre"]
VETS = ["Greenacres Vets", "Paws & Claws Veterinary Clinic", "Harbour Vet Hospital"]
SHELTERS = ["Second Chance Animal Rescue", "Happy Tails Rescue", "Northside Animal Shelter"]
HYGIENISTS = ["Sarah", "Aisling", "Neha", "Claire", "Joanna"]
CONSULATES = ["Mumbai", "Chennai", "Hyderabad", "New Delhi", "Kolkata"]


def extra_slots(region: str, ev: datetime, s: dict[str, str]) -> dict[str, str]:
    """Slots only section 10 uses; its own generator keeps the main sequence (and older records) unchanged."""
    xr = random.Random(f"{SEED}:{s['tok32']}")
    uni, uni_domain = xr.choice(UNIS[region])
    primary, primary_domain = xr.choice(PRIMARIES[region])
    grant, grant_body, grant_domain = xr.choice(GRANTS)
    dealer = xr.choice(DEALERS)
    dental, gp, vet, shelter = xr.choice(DENTAL), xr.choice(GPS), xr.choice(VETS), xr.choice(SHELTERS)
    city1 = re.sub(r" \(.*\)| (NSW|VIC|QLD|WA)$", "", s["city"].split(",")[0])
    council = {"us": f"City of {city1}", "sg": "Ministry of Education"}.get(region, f"{city1} City Council")
    conf, conf_domain = xr.choice(CONFS)
    insurer, insurer_domain = xr.choice(INSURERS[region])
    item, base = xr.choice(ITEMS)
    cur = CUR[region]
    scale = 80 if region == "in" else 1
    ask = base * scale
    ev2 = ev + timedelta(days=xr.choice([1, 2, 3]))
    while ev2.weekday() >= 5:
        ev2 += timedelta(days=1)
    ev2 = ev2.replace(hour=xr.choice([9, 10, 11, 14, 15, 16]), minute=xr.choice([0, 0, 30]))
    return {
        "uni": uni,
        "uni_domain": uni_domain,
        "conf": conf,
        "conf_domain": conf_domain,
        "grant": grant,
        "grant_body": grant_body,
        "grant_domain": grant_domain,
        "primary": primary,
        "primary_domain": primary_domain,
        "dealer": dealer,
        "dealer_domain": slug(dealer) + TLD[region],
        "service_cost": f"{cur}{xr.randrange(180, 520) * scale:,}",
        "house_price_small": f"₹{xr.choice([3, 5, 8])} lakh"
        if region == "in"
        else f"{cur}{xr.choice([8, 12, 15, 20])},000",
        "city1": city1,
        "council": council,
        "council_domain": slug(city1) + {"uk": ".gov.uk", "us": ".gov"}.get(region, TLD[region]),
        "marathon_domain": slug(city1) + "marathon" + TLD[region],
        "photo_domain": "openphotoaward.org",
        "other_firm_domain": xr.choice(FIRMS) + TLD[region],
        "contact_first_lower": slug(s["cfirst"]),
        "host_personal": xr.choice(MAILHOSTS),
        "dental": dental,
        "dental_domain": slug(dental) + TLD[region],
        "gp": gp,
        "vet": vet,
        "vet_domain": slug(vet) + TLD[region],
        "shelter": shelter,
        "shelter_domain": slug(shelter) + ".org",
        "hyg": xr.choice(HYGIENISTS),
        "doctor_full": xr.choice(NAMES[region] + NAMES["any"]),
        "consulate": xr.choice(CONSULATES),
        "haircut_price": f"{cur}{xr.choice([18, 22, 25, 30, 35, 40]) * (15 if region == 'in' else 1)}",
        "month_next": (ev.replace(day=28) + timedelta(days=10)).strftime("%B"),
        "n_ballot": f"{xr.randrange(18, 95)},{xr.randrange(100, 999)}",
        "insurer": insurer,
        "insurer_domain": insurer_domain,
        "item": item,
        "item_price": f"{cur}{ask:,}",
        "offer_price": f"{cur}{int(ask * xr.choice([0.7, 0.75, 0.8])):,}",
        "kid": xr.choice(KIDS),
        "pet": xr.choice(PETS),
        "car": xr.choice(CARS),
        "ev2_weekday": ev2.strftime("%A"),
        "ev2_time": fmt_time(ev2, region),
        "ev2_date_short": fmt_date_short(ev2, region),
        "ref": "".join(xr.choice(string.ascii_uppercase) for _ in range(3))
        + "".join(xr.choice(string.digits) for _ in range(7)),
        "n_small": str(xr.randrange(2, 9)),
        "n_big": str(xr.randrange(140, 900)),
    }


# Pools for section 11, drawn from a third generator for the same reason as extra_slots.
ACCELS = corpuslib.lexicon("organisations", "other_everyday", "ACCELS")
BOOK_TITLES = corpuslib.lexicon("roles", "other_everyday", "BOOK_TITLES")


def more_slots(s: dict[str, str]) -> dict[str, str]:
    """Slots only section 11 uses; a separate generator keeps every earlier record byte-identical."""
    xr = random.Random(f"{SEED}:s11:{s['tok32']}")
    accel, accel_domain = xr.choice(ACCELS)
    return {
        "accel": accel,
        "accel_domain": accel_domain,
        "item_title": xr.choice(BOOK_TITLES),
        "price_score": str(xr.randrange(18, 37)),
        "orch_domain": slug(s["city1"]) + "orchestra.org",
    }


def pick_name(rng: random.Random, region: str, exclude: set[str]) -> str:
    pool = NAMES.get(region, []) if rng.random() < 0.7 else NAMES["any"]
    pool = pool or NAMES["any"]
    choices = [n for n in pool if n not in exclude] or [n for n in NAMES["any"] if n not in exclude]
    name = rng.choice(choices)
    exclude.add(name)
    return name


def rand_dt(rng: random.Random, zone: ZoneInfo, hour_lo: int = 6, hour_hi: int = 22) -> datetime:
    day = datetime(2026, 1, 5) + timedelta(days=rng.randrange(0, 110))
    return datetime(
        day.year,
        day.month,
        day.day,
        rng.randrange(hour_lo, hour_hi),
        rng.randrange(60),
        rng.randrange(60),
        tzinfo=zone,
    )


def event_times(rng: random.Random, msg: datetime, ev_days: int | None) -> tuple[datetime, datetime]:
    """An event on a weekday after the message, in the message's local zone."""
    if ev_days == 0:
        start = (msg + timedelta(minutes=75)).replace(minute=0, second=0, microsecond=0)
    else:
        start = msg + timedelta(days=ev_days if ev_days is not None else rng.randrange(2, 7))
        while start.weekday() >= 5:
            start += timedelta(days=1)
        hh, mm = rng.choice(
            [(9, 0), (9, 30), (10, 0), (11, 0), (11, 30), (13, 30), (14, 0), (15, 0), (16, 0)]
        )
        start = start.replace(hour=hh, minute=mm, second=0, microsecond=0)
    return start, start + timedelta(minutes=rng.choice([30, 45, 60]))


def make_msg_date(rng: random.Random, zone: ZoneInfo, ev_days: int | None) -> datetime:
    while True:
        msg = rand_dt(rng, zone, 8, 18) if ev_days == 0 else rand_dt(rng, zone)
        if ev_days in (None, 0) and msg.weekday() >= 5:
            continue
        if ev_days and (msg + timedelta(days=ev_days)).weekday() >= 5:
            continue
        return msg


def build_slots(rng: random.Random, fam_: Family) -> tuple[dict[str, str], datetime]:
    r = fam_.region if fam_.region != "any" else rng.choice(REGIONS)
    zone = ZoneInfo(rng.choice(TZS[r]))
    msg = make_msg_date(rng, zone, fam_.ev_days)
    ev, ev_end = event_times(rng, msg, fam_.ev_days)
    if fam_.tz:
        msg = msg.astimezone(ZoneInfo(fam_.tz))

    used: set[str] = set()
    cand = pick_name(rng, r, used)
    first, last = split_name(cand)
    contact, friend, colleague, manager, other, landlord, realtor = (
        pick_name(rng, r, used) for _ in range(7)
    )
    cfirst, ffirst, colfirst, mfirst = (split_name(n)[0] for n in (contact, friend, colleague, manager))
    comps = rng.sample(COMPANIES[r], 2)
    company, company2 = comps
    role, role2 = rng.sample(ROLES, 2)
    city, city2 = rng.sample(CITIES[r], 2)
    domain = slug(company) + TLD[r]
    domain2 = slug(company2) + TLD[r]
    agency = rng.choice(AGENCIES)
    agency_domain = slug(agency) + TLD[r]
    host = rng.choice(MAILHOSTS)
    cand_local = email_local(cand, rng) + rng.choice(["", "", str(rng.randrange(1, 99)), ".work"])
    jobs = make_jobs(rng, r, role, rng.randrange(3, 6))
    school, school_domain = rng.choice(SCHOOLS)
    saas, saas_domain = rng.choice(SAAS)
    bank, bank_domain = rng.choice(BANKS[r])
    shop, shop_domain = rng.choice(SHOPS[r])
    airline, airline_domain = rng.choice(AIRLINES[r])
    partner = rng.choice([n for n in FIRST_ONLY if n != ffirst])
    cur = CUR[r]
    misc = {k: rng.choice(v) for k, v in MISC.items()}
    city1 = (
        city.split(",")[0]
        .split(" (")[0]
        .replace(" NSW", "")
        .replace(" VIC", "")
        .replace(" QLD", "")
        .replace(" WA", "")
    )
    misc["meetup"] = misc["meetup"].replace("{city1}", city1)
    skill = rng.choice(SKILLS)
    dept = rng.choice(DEPTS)
    repo = rng.choice(["analytics-api", "careers-site", "data-pipeline", "hiring-portal", "dashboards"])
    tok = lambda n: "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))  # noqa: E731
    hexs = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    month_prev = (msg.replace(day=1) - timedelta(days=1)).strftime("%B")

    s: dict[str, str] = {
        "first": first,
        "last": last,
        "cand": cand,
        "cand_email": f"{cand_local}@{host}",
        "cand_slug": slug(cand) + rng.choice(["", "-" + digits(2)]),
        "cand_phone": PHONE[r].format(n=digits(3)),
        "first_upper": first.upper(),
        "last_upper": last.upper(),
        "headline": rng.choice(
            [f"{role} at {company2}", f"Open to work | {role}", f"{role} · SQL · Python", f"Aspiring {role}"]
        ),
        "company": company,
        "company2": company2,
        "company_slug": slug(company),
        "domain": domain,
        "domain2": domain2,
        "role": role,
        "role2": role2,
        "role_q": role.replace(" ", "%20") if rng.random() < 0.5 else role.lower().replace(" ", "-"),
        "contact": contact,
        "cfirst": cfirst,
        "contact_email": f"{email_local(contact, rng)}@{domain}",
        "contact_title": rng.choice(TITLES),
        "contact_phone": PHONE[r].format(n=digits(3)),
        "agency": agency,
        "agency_domain": agency_domain,
        "agency_email": f"{email_local(contact, rng)}@{agency_domain}",
        "friend": friend,
        "ffirst": ffirst,
        "ffirst_lower": slug(ffirst),
        "ffirst2": rng.choice(FIRST_ONLY),
        "friend_first_only": rng.choice(FIRST_ONLY),
        "friend_email": f"{email_local(friend, rng)}{rng.choice(['', digits(2)])}@{rng.choice(MAILHOSTS)}",
        "partner": partner,
        "partner_lower": slug(partner),
        "colleague": colleague,
        "colfirst": colfirst,
        "col_email": f"{email_local(colleague, rng)}@{domain2}",
        "col_handle": slug(colfirst) + digits(2),
        "manager": manager,
        "mfirst": mfirst,
        "manager_first_only": mfirst,
        "manager_email": f"{email_local(manager, rng)}@{domain2}",
        "other": other,
        "mum": f"{rng.choice(MUMS)} {last}",
        "mum_email": f"{slug(rng.choice(MUMS))}{digits(2)}@{rng.choice(MAILHOSTS)}",
        "landlord": landlord,
        "landlord_email": f"{email_local(landlord, rng)}@{rng.choice(MAILHOSTS)}",
        "realtor": realtor,
        "realtor_email": f"{email_local(realtor, rng)}@{slug(misc['letting'])}{TLD[r]}",
        "letting_domain": slug(misc["letting"]) + TLD[r],
        "house_price": HOUSE[r],
        "street": rng.choice(STREETS[r]),
        "city": city,
        "city2": city2,
        "city_q": city1.lower().replace(" ", "-"),
        "city_centre": rng.choice(CENTRES[r]),
        "weekday": msg.strftime("%A"),
        **corpuslib.event_slots(ev, ev_end, r, fmt_time),
        "msg_date_short": fmt_date_short(msg, r),
        "year": str(msg.year),
        "month": month_prev,
        "week": str(msg.isocalendar().week),
        "posted_short": rng.choice(["2 hours ago", "yesterday", "this morning", "3 days ago"]),
        "n_new": str(rng.randrange(3, 26)),
        "n_more": str(rng.randrange(26, 180)),
        "n_views": str(rng.randrange(2, 15)),
        "n_search": str(rng.randrange(5, 61)),
        "n_apps": str(rng.randrange(2, 13)),
        "score": str(rng.randrange(31, 59)),
        "code": digits(6),
        "tok6": hexs(6),
        "tok6_short": digits(3),
        "tok16": tok(16),
        "tok32": tok(32),
        "temp_pw": tok(10),
        "meet": "-".join("".join(rng.choice(string.ascii_lowercase) for _ in range(k)) for k in (3, 4, 3)),
        "zoom": digits(rng.choice([10, 11])),
        "order_no": f"{digits(3)}-{digits(7)}-{digits(7)}",
        "tracking": rng.choice([f"1Z{tok(16).upper()}", f"{tok(2).upper()}{digits(9)}GB", digits(14)]),
        "pnr": tok(6).upper(),
        "amount": f"{cur}{rng.randrange(8, 60)}.{digits(2)}",
        "amount2": rng.choice(["$145,000", "$132,000", "$160k", "$118,000"]),
        "cur": cur,
        "gift": f"{cur}{rng.choice([25, 30, 40, 50])}" if r != "in" else f"₹{rng.choice([1000, 1500, 2000])}",
        "bonus": f"{cur}{rng.choice([2, 3, 4])},000" if r != "in" else f"₹{rng.choice([50, 75])},000",
        "last4": digits(4),
        "util_e": f"{rng.randrange(40, 140)}.{digits(2)}",
        "util_g": f"{rng.randrange(30, 120)}.{digits(2)}",
        "ticket": f"{rng.choice(['DATA', 'HIRE', 'PLAT', 'CP'])}-{rng.randrange(100, 4000)}",
        "org": slug(company2)[:12],
        "repo": repo,
        "pr_no": str(rng.randrange(40, 2400)),
        "jobs_li": render_jobs(jobs, "li"),
        "jobs_in": render_jobs(jobs, "in"),
        "jobs_gd": render_jobs(jobs, "gd"),
        "jobs_nk": render_jobs(jobs, "nk"),
        "jobs_seek": render_jobs(jobs, "seek"),
        "jobs_bul": render_jobs(jobs, "bul"),
        "job1_role": jobs[0].role,
        "job1_company": jobs[0].company,
        "salary": salary(rng, r),
        "skill": skill,
        "skill_q": slug(skill),
        "sector": rng.choice(SECTORS),
        "dept": dept,
        "dept_slug": dept.lower(),
        "school": school,
        "school_domain": school_domain,
        "saas": saas,
        "saas_domain": saas_domain,
        "bank": bank,
        "bank_domain": bank_domain,
        "shop": shop,
        "shop_domain": shop_domain,
        "airline": airline,
        "airline_domain": airline_domain,
        "doctor": split_name(pick_name(rng, r, used))[1],
        "clinic_domain": slug(misc["clinic"]) + TLD[r],
        "podcast_email": f"{slug(cfirst)}@{slug(misc['podcast'])}.fm",
        "press_email": f"{email_local(contact, rng)}@{slug(misc['publication'])}.com",
        "building_domain": slug(misc["building"]) + TLD[r],
        "hack_domain": slug(misc["hack"]) + rng.choice([".com", ".io", ".org"]),
        "club_domain": slug(misc["club"]) + TLD[r],
        "volunteer_domain": slug(misc["volunteer"]) + ".org",
        "meetup_slug": slug(misc["meetup"]),
        "ws_slug": slug(misc["ws"]),
    }
    s.update(misc)
    s.update(extra_slots(r, ev, s))
    s.update(more_slots(s))
    return s, msg


def expand(f: Family, rng: random.Random) -> list[corpuslib.Record]:
    # Slots are redrawn when a short family lands on the same names twice: identical bodies teach nothing.
    return corpuslib.expand_other(f, rng, lambda: build_slots(rng, f), LABEL, [2, 2, 3, 3, 3])


def validate(rows: list[corpuslib.Record]) -> Counter[str]:
    """Fail loudly on anything the training/eval code would choke on or learn wrong."""
    return corpuslib.validate_records(
        rows,
        {PREFIX: LABEL},
        min_families={LABEL: 270},
        min_messages={LABEL: 680},
    )


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows, _ = corpuslib.generate(FAMILIES, expand, SEED, validate, OUT)
    corpuslib.print_summary(rows, OUT)
    return 0
