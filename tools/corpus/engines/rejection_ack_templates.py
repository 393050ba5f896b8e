"""Generate the rejection and application-acknowledgement part of the labelled corpus.

Each family (see the family files) is one hand-written message with slots; it is expanded into 2-3 variants with
different companies, roles, people and dates so the classifier sees the wording, not the names.
Variants share the family id, which is what the team splits train/dev/test on, so a near
duplicate never sits on both sides of a split.

Template syntax: ``{slot}`` is filled from the pools (lexicon/); ``[[a|b|c]]`` picks one alternative per
variant (small surface changes such as greetings, so the variants do not all open the same way).

Build: python tools/corpus/build.py --only rejection_ack_templates  (families: families/rejection_ack/templates.toml; writes corpus/rejection_ack_templates.jsonl)
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpuslib
from corpuslib import ACK, REJ, WEEKDAYS, fmt_day, weekday_before

SEED = 4127
OUT = (
    corpuslib.HERE.parents[1] / "corpus" / "rejection_ack_templates.jsonl"
)  # build.py sets the slice's output


# ---------------------------------------------------------------------------------------------
# Pools. Companies carry their domain (for sender addresses and links) and a slug (for ATS hosts).
# ---------------------------------------------------------------------------------------------

COMPANIES: dict[str, list[tuple[str, str]]] = corpuslib.lexicon(
    "organisations", "rejection_ack_templates", "COMPANIES"
)

HEALTH_COMPANIES: dict[str, list[tuple[str, str]]] = corpuslib.lexicon(
    "organisations", "rejection_ack_templates", "HEALTH_COMPANIES"
)

GOV_COMPANIES: dict[str, list[tuple[str, str]]] = corpuslib.lexicon(
    "organisations", "rejection_ack_templates", "GOV_COMPANIES"
)

UNI_COMPANIES: dict[str, list[tuple[str, str]]] = corpuslib.lexicon(
    "organisations", "rejection_ack_templates", "UNI_COMPANIES"
)

RETAIL_COMPANIES: dict[str, list[tuple[str, str]]] = corpuslib.lexicon(
    "organisations", "rejection_ack_templates", "RETAIL_COMPANIES"
)

TIMEZONES: dict[str, list[str]] = corpuslib.lexicon("places", "rejection_ack_templates", "TIMEZONES")

CITIES: dict[str, list[str]] = corpuslib.lexicon("places", "rejection_ack_templates", "CITIES")

CONTACTS: dict[str, list[str]] = corpuslib.lexicon("people", "rejection_ack_templates", "CONTACTS")

CANDIDATES: list[tuple[str, str]] = corpuslib.lexicon("people", "rejection_ack_templates", "CANDIDATES")

ROLES: dict[str, list[str]] = corpuslib.lexicon("roles", "rejection_ack_templates", "ROLES")
ROLES["mix"] = ROLES["tech"] + ROLES["data"] + ROLES["biz"]
# Narrow pools for families whose wording only makes sense for one kind of job.
ROLES["sales"] = ["Account Executive", "Sales Development Representative", "Enterprise Account Manager"]
ROLES["marketing"] = [
    "Marketing Coordinator",
    "Content Marketing Manager",
    "Growth Marketing Manager",
    "Brand Manager",
]
ROLES["design"] = ["Product Designer", "UX Designer", "Senior Product Designer", "UX Researcher"]

AGENCIES: dict[str, list[tuple[str, str]]] = corpuslib.lexicon(
    "organisations", "rejection_ack_templates", "AGENCIES"
)

COLLEGES = corpuslib.lexicon("organisations", "rejection_ack_templates", "COLLEGES")


@dataclass
class Family(corpuslib.AtsFamily):
    region: str = "any"  # us, uk, in, eu, au, or "any"
    roles: str = "mix"
    pool: str = "companies"  # companies, health, gov, uni, retail
    extra: dict[str, str] = field(default_factory=dict)  # derived slots, formatted after the base ones


FAMILIES: list[Family] = []


def fam(fid: str, label: str, stage: str | None, sender: str, subject: str, text: str, **kw: Any) -> None:
    """Register a family; the leading newline of a triple-quoted text is dropped."""
    FAMILIES.append(Family(fid, label, stage, sender, subject, text.lstrip("\n"), **kw))


def make_slots(f: Family, rng: random.Random) -> dict[str, str]:
    """Fresh slot values for one variant, consistent with each other (region, dates, domain)."""
    region = f.region if f.region != "any" else rng.choice(["us", "us", "uk", "in", "eu", "au"])
    pools = {"companies": COMPANIES, "health": HEALTH_COMPANIES, "gov": GOV_COMPANIES, "uni": UNI_COMPANIES}
    pool = {**pools, "retail": RETAIL_COMPANIES}[f.pool]
    company, domain = rng.choice(pool[region])
    slug = re.sub(r"[^a-z0-9]", "", company.lower().split(" gmbh")[0].split(" b.v.")[0].split(" pvt")[0])[:18]
    first, last = rng.choice(CANDIDATES)
    contacts = rng.sample(CONTACTS[region], 3)
    agency, agency_domain = rng.choice(AGENCIES[region])
    college, college_domain = rng.choice(COLLEGES)
    agent = rng.choice([c for c in CONTACTS[region] if c not in contacts])
    tz = ZoneInfo(rng.choice(TIMEZONES[region]))
    day = datetime(2025, 9, 1, tzinfo=tz) + timedelta(days=rng.randint(0, 230))
    while day.weekday() >= 5 and rng.random() < 0.85:  # most mail is sent on working days
        day += timedelta(days=1)
    hours = [8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 16, 17, 18]
    # Systems send at any hour; people mostly write in working hours, now and then in the evening.
    hour = rng.choice([*hours, 21, 2, 23] if f.headers else [*hours, 20])
    date = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    iv = weekday_before(date, rng, 1, 9)
    applied = weekday_before(date, rng, 3, 40)
    closing = date + timedelta(days=rng.randint(4, 21))  # acknowledgements arrive before the closing date
    n6 = str(rng.randint(100000, 999999))
    req = rng.choice(
        [
            f"R{rng.randint(10000, 99999)}",
            f"JR-{rng.randint(1000, 9999)}",
            f"REQ-{rng.randint(2025, 2026)}-{rng.randint(100, 999)}",
            str(rng.randint(2400000, 2699999)),
        ]
    )
    slots = {
        "company": company,
        "domain": domain,
        "slug": slug,
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "email_user": f"{first.lower()}.{last.lower()}",
        "contact": contacts[0],
        "cfirst": contacts[0].split()[0],
        "clast": contacts[0].split()[-1],
        "cuser": contacts[0].split()[0].lower().replace("'", ""),
        "hm": contacts[1],
        "hmfirst": contacts[1].split()[0],
        "hmuser": contacts[1].split()[0].lower().replace("'", ""),
        "other": contacts[2],
        "agency": agency,
        "agency_domain": agency_domain,
        "college": college,
        "college_domain": college_domain,
        "agent": agent,
        "afirst": agent.split()[0],
        "auser": agent.split()[0].lower().replace("'", ""),
        "role": rng.choice(ROLES[f.roles]),
        "role2": rng.choice(ROLES[f.roles]),
        "city": rng.choice(CITIES[region]),
        "req": req,
        "n4": str(rng.randint(1000, 9999)),
        "n4b": str(rng.randint(1000, 9999)),
        "n6": n6,
        "weekday": WEEKDAYS[iv.weekday()],
        "iv_date": fmt_day(iv, region),
        "iv_long": fmt_day(iv, region, weekday=True, year=True),
        "applied": fmt_day(applied, region),
        "applied_long": fmt_day(applied, region, year=True),
        "closing": fmt_day(closing, region, year=True),
        "today_long": fmt_day(date, region, year=True),
        "year": str(date.year),
        "next_year": str(date.year + 1),
        "_date": date.isoformat(timespec="seconds"),
    }
    if slots["role2"] == slots["role"]:
        slots["role2"] = rng.choice([r for r in ROLES["mix"] if r != slots["role"]])
    for key, tmpl in f.extra.items():
        slots[key] = tmpl.format(**slots)
    return slots


def expand(f: Family, rng: random.Random) -> list[corpuslib.Record]:
    """The variants of one family, each with exact-substring entities."""

    def picks(v: int) -> dict[int, int]:  # each [[a|b]] position of the text picks on its own
        return {i: rng.randint(0, 5) for i in range(64)}

    return corpuslib.expand_ats(f, rng, lambda: make_slots(f, rng), picks, tries=20)


def validate(rows: list[corpuslib.Record]) -> Counter[str]:
    """Fail loudly on a malformed row so a broken corpus never reaches training."""
    return corpuslib.validate_records(
        rows, {"rej": REJ, "ack": ACK}, min_families={REJ: 75, ACK: 45}, min_messages={REJ: 180, ACK: 110}
    )


def main() -> int:
    rows, counts = corpuslib.generate(FAMILIES, expand, SEED, validate, OUT)
    stages = Counter(str(r["stage"]) for r in rows if r["label"] == REJ)
    links = sum(1 for r in rows if "talent_network_link" in r["entities"])
    corpuslib.print_label_lines(counts, (REJ, ACK))
    print(f"rejection stages: {dict(stages)}; messages with talent_network_link: {links}")
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


# =============================================================================================
# Families. Written by hand; keep each one different in structure, length, tone and region.
# =============================================================================================

# ---- ATS sender shortcuts (display name as the ATS sets it, no-reply style addresses) ---------
GH = "{company} <no-reply@us.greenhouse-mail.io>"
LEVER = "{company} <no-reply@hire.lever.co>"
WD = "{company} <{slug}@myworkday.com>"
ICIMS = "{company} Talent Acquisition <{slug}-notifications@talent.icims.com>"
TALEO = "{company} Careers <do-not-reply@taleo.net>"
SR = "{company} <noreply@smartrecruiters.com>"
ASHBY = "{company} Hiring Team <no-reply@ashbyhq.com>"
WORKABLE = "{company} <noreply@candidates.workablemail.com>"
PERSONIO = "{company} <jobs@{slug}.jobs.personio.de>"
TT = "{company} <no-reply@mail.teamtailor.com>"
BAMBOO = "{company} <notifications@app.bamboohr.com>"
JAZZ = "{company} <no-reply@applytojob.com>"
RECRUITEE = "{company} <{slug}@mail.recruitee.com>"
SF = "{company} Careers <careers-noreply@{domain}>"

# ---------------------------------------------------------------------------------------------
# Rejections after an application (no interview has taken place)
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Rejections after one or more interviews
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Application received: confirmations, "under review" updates and the hard cases that sound like
# a decision but are not one.
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Long ones (legal footers, FAQs) and a few more regional formats
# ---------------------------------------------------------------------------------------------


# =============================================================================================
# Second batch. Family-grouped cross-validation showed the classifier failing on wording it had
# not seen, so these add new structures and vocabulary rather than slot variants of the above.
# =============================================================================================

# ---- rejections after an application -------------------------------------------------------


# ---- rejections after an interview ----------------------------------------------------------


# ---- application acknowledgements ------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Second batch: short portal confirmations, "what happens next" acknowledgements, acknowledgements
# that only regret slow replies, and rejections dressed as status updates.
# ---------------------------------------------------------------------------------------------
