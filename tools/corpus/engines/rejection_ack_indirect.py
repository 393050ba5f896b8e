"""Indirect rejection and application-acknowledgement families for followup's classifier.

Writes ``corpus/rejection_ack_indirect.jsonl``. Family ids: ``rjw-NNN`` (rejection)
and ``acw-NNN`` (application_received); each family is one hand-written message, expanded into 2-3
variants (``rjw-001-a`` ...) with different companies, people, roles and dates.

The families aim at what the model confuses most:
  * rejections that open like an acknowledgement ("Thank you for your application ...") and only say
    no indirectly, very short or very indirect rejections, status-change notices of Workday /
    SuccessFactors / Taleo, public-sector outcomes (NHS Jobs, USAJOBS, Civil Service sift), agencies
    relaying the client's decision, founders pausing hiring, requisitions cancelled, replies in threads;
  * acknowledgements that use rejection-like words ("unfortunately", "due to the high volume",
    "if you do not hear from us within 14 days ... not been successful", "we are not able to respond to
    every applicant") or list interviews and assessments as future steps.

Template syntax: ``{slot}`` is filled from the pools; ``[[a|b|c]]`` picks one alternative per variant.
Build: python tools/corpus/build.py --only rejection_ack_indirect  (families: families/rejection_ack/indirect_rejections.toml, families/rejection_ack/indirect_acknowledgements.toml; writes corpus/rejection_ack_indirect.jsonl)
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpuslib
from corpuslib import ACK, REJ, WEEKDAYS, fmt_day, weekday_after, weekday_before

SEED = 20260404
OUT = (
    corpuslib.HERE.parents[1] / "corpus" / "rejection_ack_indirect.jsonl"
)  # build.py sets the slice's output


# ---------------------------------------------------------------------------------------------
# Pools (new names, not the ones used by rejection_ack_templates, so the model sees fresh strings).
# ---------------------------------------------------------------------------------------------

Pool = dict[str, list[tuple[str, str]]]

# Employers by kind (corp, startup, health, usfed, ukcs, council, uni, hospo, indiait), by region.
POOLS: dict[str, Pool] = corpuslib.lexicon("organisations", "rejection_ack_indirect", "POOLS")

AGENCIES: Pool = corpuslib.lexicon("organisations", "rejection_ack_indirect", "AGENCIES")

TIMEZONES: dict[str, list[str]] = corpuslib.lexicon("places", "rejection_ack_indirect", "TIMEZONES")

CITIES: dict[str, list[str]] = corpuslib.lexicon("places", "rejection_ack_indirect", "CITIES")

CONTACTS: dict[str, list[str]] = corpuslib.lexicon("people", "rejection_ack_indirect", "CONTACTS")

CANDIDATES: list[tuple[str, str]] = corpuslib.lexicon("people", "rejection_ack_indirect", "CANDIDATES")

ROLES: dict[str, list[str]] = corpuslib.lexicon("roles", "rejection_ack_indirect", "ROLES")
ROLES["mix"] = ROLES["tech"] + ROLES["data"] + ROLES["biz"]
ROLES["office"] = ROLES["biz"] + ROLES["data"]
ROLES["ops"] = [
    "Logistics Coordinator",
    "Maintenance Planner",
    "Fleet Controller",
    "Site Administrator",
    "Dispatch Supervisor",
]
ROLES["senior"] = [
    "Finance Business Partner",
    "Programme Manager",
    "Head of Finance",
    "Category Manager",
    "Analytics Manager",
    "Director of Operations",
    "Head of Procurement",
]

MON3 = [m[:3] for m in corpuslib.MONTHS]

Extra = corpuslib.SlotExtra


@dataclass
class Family(corpuslib.SlotFamily):
    region: str | tuple[str, ...] = "any"
    pool: str = "corp"
    roles: str = "mix"


FAMILIES: list[Family] = []


def rej(fid: str, stage: str, sender: str, subject: str, text: str, **kw: Any) -> None:
    FAMILIES.append(Family(f"rjw-{fid}", REJ, stage, sender, subject, text.lstrip("\n"), **kw))


def ack(fid: str, sender: str, subject: str, text: str, **kw: Any) -> None:
    FAMILIES.append(Family(f"acw-{fid}", ACK, None, sender, subject, text.lstrip("\n"), **kw))


# ---------------------------------------------------------------------------------------------
# Slot filling
# ---------------------------------------------------------------------------------------------


def numeric_day(d: datetime, region: str) -> str:
    return corpuslib.numeric_day(d, region, dashed=("in",))


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(name: str) -> str:
    base = re.split(r" (gmbh|b\.v\.|pvt|ab|s\.r\.l\.|pte|inc)\b", ascii_fold(name).lower())[0]
    return re.sub(r"[^a-z0-9]", "", base)[:18]


def first_name(full: str) -> str:
    return full.split()[0]


def user_of(full: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(full.split()[0]).lower())


def phones(region: str, rng: random.Random) -> tuple[str, str]:
    """(landline, mobile) written the way the region writes them."""
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    if region in ("us", "ca"):
        return (
            f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{d(4)}",
            f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{d(4)}",
        )
    if region == "uk":
        return (
            f"0{rng.choice(['113', '114', '115', '117', '121', '161', '191'])} {d(3)} {d(4)}",
            f"07{d(3)} {d(6)}",
        )
    if region == "ie":
        return f"+353 1 {d(3)} {d(4)}", f"+353 8{rng.choice('3567')} {d(3)} {d(4)}"
    if region == "au":
        return f"(0{rng.choice('2378')}) {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}"
    if region == "nz":
        return f"+64 9 {d(3)} {d(4)}", f"021 {d(3)} {d(4)}"
    if region == "in":
        return f"+91 80 {d(4)} {d(4)}", f"+91 {rng.choice('9876')}{d(4)}{d(5)}"
    if region == "sg":
        return f"+65 6{d(3)} {d(4)}", f"+65 9{d(3)} {d(4)}"
    if region == "za":
        return f"+27 (0)21 {d(3)} {d(4)}", f"+27 (0)8{d(1)} {d(3)} {d(4)}"
    return f"+49 221 {d(6)}", f"+49 151 {d(8)}"


def make_slots(f: Family, rng: random.Random) -> dict[str, str]:
    """Fresh slot values for one variant, consistent with each other (region, dates, domain)."""
    pool = POOLS[f.pool]
    if isinstance(f.region, tuple):
        region = rng.choice(f.region)
    elif f.region == "any":
        weights = ["us", "us", "us", "uk", "uk", "in", "au", "eu", "ca", "ie", "sg", "za", "nz"]
        region = rng.choice([r for r in weights if r in pool])
    else:
        region = f.region
    company, domain = rng.choice(pool[region])
    first, last = rng.choice(CANDIDATES)
    contacts = rng.sample(CONTACTS[region], 4)
    agency, agency_domain = rng.choice(AGENCIES[region])
    tz = ZoneInfo(rng.choice(TIMEZONES[region]))
    day = datetime(2025, 9, 1, tzinfo=tz) + timedelta(days=rng.randint(0, 240))
    while day.weekday() >= 5 and rng.random() < 0.85:
        day += timedelta(days=1)
    people_hours = [8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 16, 17, 18, 19, 21]
    hour = rng.choice([*people_hours, 0, 3, 5, 22, 23] if f.headers else people_hours)
    date = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    iv = weekday_before(date, rng, 1, 9)
    iv_first = weekday_before(iv, rng, 5, 16)
    applied = weekday_before(date, rng, 4, 45)
    closing = weekday_after(date, rng, 5, 20)
    later = weekday_after(date, rng, 10, 20)
    wc = closing + timedelta(days=(7 - closing.weekday()) % 7 + 7)  # a Monday after the closing date
    wc2 = wc + timedelta(days=14)
    role_pool = ROLES[f.roles]
    role = rng.choice(role_pool)
    role2 = rng.choice([r for r in ROLES["mix"] if r != role])
    req = rng.choice(
        [
            f"R{rng.randint(10000, 99999)}",
            f"JR{rng.randint(100000, 199999)}",
            f"REQ-{rng.randint(1000, 9999)}",
            f"{rng.randint(2025, 2026)}-{rng.randint(1000, 9999)}",
        ]
    )
    phone, mobile = phones(region, rng)
    slots: dict[str, str] = {
        "region": region,
        "phone": phone,
        "mobile": mobile,
        "company": company,
        "domain": domain,
        "slug": slugify(company),
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "email_user": f"{user_of(first)}.{user_of(last)}",
        "contact": contacts[0],
        "cfirst": first_name(contacts[0]),
        "cuser": user_of(contacts[0]),
        "clast": contacts[0].split()[-1],
        "hm": contacts[1],
        "hmfirst": first_name(contacts[1]),
        "hmuser": user_of(contacts[1]),
        "other": contacts[2],
        "ofirst": first_name(contacts[2]),
        "other2": contacts[3],
        "o2first": first_name(contacts[3]),
        "agency": agency,
        "agency_domain": agency_domain,
        "role": role,
        "role2": role2,
        "city": rng.choice(CITIES[region]),
        "req": req,
        "n3": str(rng.randint(100, 999)),
        "n4": str(rng.randint(1000, 9999)),
        "n5": str(rng.randint(10000, 99999)),
        "n6": str(rng.randint(100000, 999999)),
        "n7": str(rng.randint(1000000, 9999999)),
        "weekday": WEEKDAYS[iv.weekday()],
        "iv_date": fmt_day(iv, region),
        "iv_long": fmt_day(iv, region, weekday=True, year=True),
        "iv_first": fmt_day(iv_first, region),
        "iv_first_wd": WEEKDAYS[iv_first.weekday()],
        "applied": fmt_day(applied, region),
        "applied_num": numeric_day(applied, region),
        "applied_long": fmt_day(applied, region, year=True),
        "closing": fmt_day(closing, region, year=True),
        "closing_num": numeric_day(closing, region),
        "later": fmt_day(later, region),
        "later_wd": fmt_day(later, region, weekday=True),
        "wc": fmt_day(wc, region),
        "wc2": fmt_day(wc2, region),
        "today": fmt_day(date, region),
        "today_long": fmt_day(date, region, year=True),
        "today_num": numeric_day(date, region),
        "today_mon": f"{MON3[date.month - 1]} {date.day}, {date.year}",
        "today_time": f"{date.hour:02d}:{date.minute:02d}",
        "year": str(date.year),
        "next_year": str(date.year + 1),
        "_date": date.isoformat(timespec="seconds"),
    }
    return corpuslib.fill_extra(slots, f.extra, rng)


def main() -> int:
    """Variant v takes alternative v (rotated) of the first 64 ``[[a|b]]``; a malformed row fails loudly so a
    broken corpus never reaches training."""
    return corpuslib.run_slot_families(
        FAMILIES,
        make_slots,
        alternatives=64,
        prefixes={"rjw": REJ, "acw": ACK},
        min_families={REJ: 45, ACK: 30},
        seed=SEED,
        out=OUT,
    )


# =============================================================================================
# Sender shortcuts (display names and addresses as these systems set them)
# =============================================================================================

WD = "{company} <{slug}@myworkday.com>"
SFACT = "{company} Careers <noreply@successfactors.eu>"
TALEO = "{company} <{slug}-careers@taleo.net>"
ORACLE = "{company} Recruiting <no-reply@fa.em2.oraclecloud.com>"
PAGEUP = "{company} Recruitment <no-reply@pageuppeople.com>"
AVATURE = "{company} Careers <noreply@{slug}.avature.net>"
EIGHTFOLD = "{company} Careers <noreply@eightfold.ai>"
PHENOM = "{company} Talent Acquisition <talent@{domain}>"
PINPOINT = "{company} <notifications@pinpointhq.com>"
RIPPLING = "{company} <no-reply@ats.rippling.com>"
BREEZY = "{company} <no-reply@breezy-mail.com>"
ZOHO = "{company} HR <recruit@zohorecruitmail.com>"
FRESHTEAM = "{company} <jobs@{slug}.freshteam.com>"
JOBVITE = "{company} Recruiting <notifications@jobvite.com>"
ICIMS = "{company} <{slug}@talent.icims.com>"
GH = "{company} Recruiting <no-reply@greenhouse.io>"
ASHBY = "{company} <no-reply@ashbyhq.com>"
LEVER = "{company} <no-reply@hire.lever.co>"
TEAMTAILOR = "{company} <no-reply@mail.teamtailor.com>"
RECRUITEE = "{company} <{slug}@mail.recruitee.com>"
BAMBOO = "{company} <notifications@app.bamboohr.com>"
WORKABLE = "{company} <noreply@candidates.workablemail.com>"
BEAMERY = "{company} Talent Team <talent@{domain}>"
PERSON = "{contact} <{cuser}@{domain}>"
AGENT = "{contact} <{cuser}@{agency_domain}>"
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}


# =============================================================================================
# REJECTIONS AFTER APPLICATION
# =============================================================================================


# =============================================================================================
# REJECTIONS AFTER INTERVIEW
# =============================================================================================


# =============================================================================================
# APPLICATION RECEIVED
# =============================================================================================
