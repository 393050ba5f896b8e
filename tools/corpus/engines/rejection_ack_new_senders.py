"""Rejection and application-acknowledgement families from new senders and structures.

Writes ``corpus/rejection_ack_new_senders.jsonl``. Family ids: ``rjx-NNN`` (rejection)
and ``acx-NNN`` (application_received); each family is one hand-written message, expanded into 2-3
variants (``rjx-001-a`` ...) with other employers, people, roles and dates.

Family-grouped cross-validation showed whole styles the model still misses, so every family here is a
new sender, structure or vocabulary rather than a rewording of rounds 1-4:
  * rejections: field-only ATS notices, "you were not selected" with candidate references, one-liners,
    public-sector outcome letters with reference numbers, withdrawn posts and redeployment, referrers and
    C2C vendor chains relaying the news, trial shifts, campus visits, reference checks, "close second",
    SMS / voicemail transcripts, feedback bullet lists, cooling-off periods, non-native English (French,
    Spanish, German, Portuguese, Chinese, Japanese writers), schools, police, law firms, Superdays;
  * acknowledgements without the word "received", inside account-creation mail, agency registrations,
    "we can only contact shortlisted candidates", submitted-with-reference notices, "Under review" /
    "In review" status mail, possible interview dates mentioned as a future step, Indian HR "we will get
    back to you", small-business owners replying by hand.

Template syntax: ``{slot}`` is filled from the pools (lexicon/); ``[[a|b|c]]`` picks one alternative per
variant (variant v takes a different one). Build: ``python tools/corpus/build.py --only rejection_ack_new_senders`` (families: families/rejection_ack/new_senders_rejections.toml, families/rejection_ack/new_senders_acknowledgements.toml; writes corpus/rejection_ack_new_senders.jsonl).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpuslib
from corpuslib import ACK, MONTHS, REJ, WEEKDAYS, ascii_alnum, fmt_day

SEED = 20260512
OUT = (
    corpuslib.HERE.parents[1] / "corpus" / "rejection_ack_new_senders.jsonl"
)  # build.py sets the slice's output

# =============================================================================================
# Who writes: employers by kind and region (names new to the corpus), agencies, people, roles
# =============================================================================================

Pool = dict[str, list[tuple[str, str]]]

EMPLOYERS: dict[str, Pool] = corpuslib.lexicon("organisations", "rejection_ack_new_senders", "EMPLOYERS")

AGENCIES: Pool = corpuslib.lexicon("organisations", "rejection_ack_new_senders", "AGENCIES")

ZONES: dict[str, tuple[str, ...]] = corpuslib.lexicon("places", "rejection_ack_new_senders", "ZONES")

CITIES: dict[str, tuple[str, ...]] = corpuslib.lexicon("places", "rejection_ack_new_senders", "CITIES")

PEOPLE: dict[str, tuple[str, ...]] = corpuslib.lexicon("people", "rejection_ack_new_senders", "PEOPLE")

CANDIDATES: tuple[tuple[str, str], ...] = corpuslib.lexicon(
    "people", "rejection_ack_new_senders", "CANDIDATES"
)

ROLES: dict[str, tuple[str, ...]] = corpuslib.lexicon("roles", "rejection_ack_new_senders", "ROLES")

# Each employer kind writes for these roles unless a family says otherwise.
KIND_ROLES = corpuslib.lexicon("roles", "rejection_ack_new_senders", "KIND_ROLES")

# Employers whose jobs are narrower than their kind's: a plumber does not hire line cooks.
COMPANY_ROLES: dict[str, tuple[str, ...]] = corpuslib.lexicon(
    "roles", "rejection_ack_new_senders", "COMPANY_ROLES"
)

# Names of people in these regions come from another list (the writers' own language).
PEOPLE_OF = {"french": "fr", "german": "de"}

PHONE_SHAPES: dict[str, tuple[str, str]] = corpuslib.lexicon(
    "places", "rejection_ack_new_senders", "PHONE_SHAPES"
)


LEGAL_FORM = re.compile(r",? (Pte Ltd|Co\., Ltd\.|K\.K\.|GmbH|AG|AB|B\.V\.|S\.p\.A\.|LLC|LLP|Inc)$")


def phone_number(shape: str, rng: random.Random) -> str:
    """A number of the given shape: ``#`` any digit, ``N`` a digit from 2 to 9."""
    return "".join(
        str(rng.randint(0, 9)) if ch == "#" else str(rng.randint(2, 9)) if ch == "N" else ch for ch in shape
    )


def day_numeric(d: datetime, region: str) -> str:
    """03/14/2026 (US, Canada), 2026-03-14 (China, Japan, Korea), else 14/03/2026."""
    return corpuslib.numeric_day(d, region, iso=("cn", "jp", "kr"))


def weekday_shift(d: datetime, days: int) -> datetime:
    """``d`` moved by ``days`` and then on (or back, for negative ``days``) to a working day."""
    step = 1 if days >= 0 else -1
    c = d + timedelta(days=days)
    while c.weekday() >= 5:
        c += timedelta(days=step)
    return c


Extra = corpuslib.SlotExtra


@dataclass
class Family(corpuslib.SlotFamily):
    kind: str = "corp"  # key of EMPLOYERS
    region: tuple[str, ...] = ()  # restrict the regions of the kind; empty: any of them
    roles: str = ""  # key of ROLES; empty: the kind's own


FAMILIES: list[Family] = []
PREFIX = {"rjx": REJ, "acx": ACK}  # family id prefix -> label; a slice may set its own
MIN_FAMILIES = {REJ: 55, ACK: 35}


def _prefix(label: str) -> str:
    return next(p for p, lab in PREFIX.items() if lab == label)


def rej(stage: str, sender: str, subject: str, text: str, **kw: Any) -> None:
    corpuslib.add_family(
        FAMILIES, Family("", REJ, stage, sender, subject, text.lstrip("\n"), **kw), _prefix(REJ)
    )


def ack(sender: str, subject: str, text: str, **kw: Any) -> None:
    corpuslib.add_family(
        FAMILIES, Family("", ACK, None, sender, subject, text.lstrip("\n"), **kw), _prefix(ACK)
    )


def make_slots(f: Family, rng: random.Random) -> dict[str, str]:
    """Fresh, mutually consistent slot values for one variant of ``f``."""
    pool = EMPLOYERS[f.kind]
    region = rng.choice([r for r in (f.region or tuple(pool)) if r in pool])
    company, domain = rng.choice(pool[region])
    first, last = rng.choice(CANDIDATES)
    people = PEOPLE[PEOPLE_OF.get(f.kind, region)]
    contact, hm, other = rng.sample(people, 3)
    agency, agency_domain = rng.choice(AGENCIES.get(region, AGENCIES["us"]))
    zone = ZoneInfo(rng.choice(ZONES[region]))
    day = datetime(2025, 9, 8, tzinfo=zone) + timedelta(days=rng.randint(0, 235))
    if day.weekday() >= 5 and (not f.headers or rng.random() < 0.7):
        day = weekday_shift(day, 2)
    hours = (8, 9, 9, 10, 11, 11, 12, 13, 14, 15, 15, 16, 17, 18, 20)
    hour = rng.choice((*hours, 1, 4, 6, 23) if f.headers else hours)
    date = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    iv = weekday_shift(date, -rng.randint(1, 8))
    applied = weekday_shift(date, -rng.randint(5, 40))
    closed = weekday_shift(date, -rng.randint(2, 12))
    closing = weekday_shift(date, rng.randint(6, 21))
    int1 = weekday_shift(closing, rng.randint(9, 16))
    int2 = weekday_shift(int1, rng.randint(1, 3))
    later = weekday_shift(date, rng.randint(4, 12))
    reapply = date + timedelta(days=183)
    prev = weekday_shift(date, -rng.randint(1, 3))
    role = rng.choice(ROLES[f.roles] if f.roles else COMPANY_ROLES.get(company, ROLES[KIND_ROLES[f.kind]]))
    role2 = rng.choice([r for r in ROLES["mix"] if r != role])
    phone_shape, mobile_shape = PHONE_SHAPES.get(region, PHONE_SHAPES["us"])
    phone = phone_number(phone_shape, rng)
    cparts = [ascii_alnum(p) for p in contact.split()]
    req = rng.choice(
        (
            f"R-{rng.randint(100000, 299999)}",
            f"REQ{rng.randint(10000, 99999)}",
            f"{date.year}-{rng.randint(100, 999)}",
            f"JOB-{rng.randint(1000, 9999)}",
        )
    )
    slots = {
        "region": region,
        "company": company,
        "domain": domain,
        "slug": ascii_alnum(LEGAL_FORM.sub("", company))[:18],
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "fuser": f"{ascii_alnum(first)}.{ascii_alnum(last)}",
        "contact": contact,
        "cfirst": contact.split()[0],
        "clast": contact.split()[-1],
        "cuser": corpuslib.email_local(cparts, rng),
        "hm": hm,
        "hmfirst": hm.split()[0],
        "other": other,
        "ofirst": other.split()[0],
        "agency": agency,
        "agency_domain": agency_domain,
        "role": role,
        "role2": role2,
        "city": rng.choice(CITIES[region]),
        "req": req,
        "phone": phone,
        "phone_digits": "".join(ch for ch in phone if ch.isdigit()),
        "mobile": phone_number(mobile_shape, rng),
        "n3": str(rng.randint(100, 999)),
        "n4": str(rng.randint(1000, 9999)),
        "n5": str(rng.randint(10000, 99999)),
        "n6": str(rng.randint(100000, 999999)),
        "n7": str(rng.randint(1000000, 9999999)),
        "iv_date": fmt_day(iv, region),
        "iv_wd": WEEKDAYS[iv.weekday()],
        "iv_long": fmt_day(iv, region, weekday=True, year=True),
        "applied": fmt_day(applied, region),
        "closed": fmt_day(closed, region, year=True),
        "closing": fmt_day(closing, region, year=True),
        "closing_num": day_numeric(closing, region),
        "int_d1": fmt_day(int1, region, weekday=True),
        "int_d2": fmt_day(int2, region, weekday=True),
        "later": fmt_day(later, region, weekday=True),
        "reapply": fmt_day(reapply, region, year=True),
        "reapply_month": f"{MONTHS[reapply.month - 1]} {reapply.year}",
        "prev_wd": WEEKDAYS[prev.weekday()],
        "today": fmt_day(date, region, year=True),
        "today_num": day_numeric(date, region),
        "year": str(date.year),
        "next_year": str(date.year + 1),
        "_date": date.isoformat(timespec="seconds"),
    }
    return corpuslib.fill_extra(slots, f.extra, rng)


def main() -> int:
    """Variant v takes alternative v (rotated) of the first 80 ``[[a|b]]``; a malformed row fails loudly so a
    broken corpus never reaches training."""
    return corpuslib.run_slot_families(
        FAMILIES,
        make_slots,
        alternatives=80,
        prefixes=PREFIX,
        min_families=MIN_FAMILIES,
        own_prefix={REJ: _prefix(REJ)},
        seed=SEED,
        out=OUT,
    )


# What a client asks a contractor about, by contract role (vendor-chain feedback).
SKILLS: dict[str, tuple[str, str]] = corpuslib.lexicon("roles", "rejection_ack_new_senders", "SKILLS")


def season(slots: Mapping[str, str]) -> str:
    """The summer an internship recruited for on the message date is in: this year until May, else next."""
    return slots["year"] if datetime.fromisoformat(slots["_date"]).month <= 5 else slots["next_year"]


def pick(*options: str) -> Extra:
    """An extra slot that takes one of ``options`` (formatted with the other slots) per variant."""
    return lambda s, r: r.choice(options).format(**s)


# =============================================================================================
# REJECTIONS AFTER APPLICATION
# =============================================================================================


# =============================================================================================
# REJECTIONS AFTER INTERVIEW
# =============================================================================================


# =============================================================================================
# APPLICATION ACKNOWLEDGEMENTS
# =============================================================================================
