#!/usr/bin/env python3
"""Generate the labelled corpus slice for interview invitations, assessments and offers.

Every family (see the family files) is one hand-written message with slots; build.py expands each into 2-3 variants
with different companies, people, roles and dates so the classifier sees the wording, not the names.
Variants share a family id so train/dev/test can be split by family (no near-duplicate leaks across).
Dates, times and time zones are computed, not typed, so the `interview_start` annotations are exact.

Build: python tools/corpus/build.py --only positive_templates  (families: families/positive/templates.toml; writes corpus/positive_templates.jsonl)
"""

from __future__ import annotations

import random
import string
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpuslib
from corpuslib import ALNUM, LOW, ascii_alnum, ordinal, rand_chars

T = TypeVar("T")

SEED = 20260302
OUT = corpuslib.HERE.parents[1] / "corpus" / "positive_templates.jsonl"  # build.py sets the slice's output

# Minimums from the brief: (families, messages) per label.
TARGETS = {"interview_invitation": (70, 170), "assessment": (40, 100), "offer": (40, 100)}
PREFIX = {"inv": "interview_invitation", "asm": "assessment", "off": "offer"}

# ---------------------------------------------------------------------------------------------------------
# Slot pools
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Company:
    name: str
    domain: str
    tz: str
    addresses: tuple[str, ...]
    city: str


def _c(name: str, domain: str, tz: str, city: str, *addresses: str) -> Company:
    return Company(name, domain, tz, addresses, city)


COMPANIES: dict[str, list[Company]] = {
    k: [_c(*row) for row in rows]
    for k, rows in corpuslib.lexicon("organisations", "positive_templates", "COMPANIES").items()
}

# Sector pools for families whose wording only fits one kind of employer (store, hospital).


REGION_OF = {"hourly_us": "us", "health_us": "us"}  # people, agencies and pay follow the country

AGENCIES: dict[str, list[tuple[str, str]]] = corpuslib.lexicon(
    "organisations", "positive_templates", "AGENCIES"
)

ROLES = corpuslib.lexicon("roles", "positive_templates", "ROLES")
ROLES["any"] = ROLES["tech"] + ROLES["biz"]

PEOPLE: dict[str, tuple[list[str], list[str]]] = corpuslib.lexicon("people", "positive_templates", "PEOPLE")

CAND_FIRST = corpuslib.lexicon("people", "positive_templates", "CAND_FIRST")
CAND_LAST = corpuslib.lexicon("people", "positive_templates", "CAND_LAST")

# Short, human names for zones as people write them; tzname() gives the precise abbreviation.
TZ_LONG = corpuslib.lexicon("places", "positive_templates", "TZ_LONG")

SALARY = {
    "us": lambda r: f"${r.randrange(78, 190) * 1000:,}",
    "ca": lambda r: f"CAD {r.randrange(72, 150) * 1000:,}",
    "uk": lambda r: f"£{r.randrange(32, 95) * 500 * 2:,}",
    "eu": lambda r: f"€{r.randrange(48, 110) * 1000:,}",
    "au": lambda r: f"AUD {r.randrange(85, 170) * 1000:,}",
    "sg": lambda r: f"SGD {r.randrange(55, 140) * 100:,}",
    "in": lambda r: _inr(r.randrange(6, 42) * 50000),
}


def _inr(amount: int) -> str:
    """Indian digit grouping (18,50,000), which is how Indian offer letters write CTC."""
    s = str(amount)
    head, tail = s[:-3], s[-3:]
    parts: list[str] = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return "₹" + ",".join([*parts, tail]) if parts else "₹" + tail


# ---------------------------------------------------------------------------------------------------------
# Family model
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Family:
    kind: str  # inv / asm / off
    region: str  # key of COMPANIES; "any" picks one per variant
    sender: str
    subject: str
    text: str
    ents: str = ""  # space-separated: co role contact start link loc tnl
    when: str = "none"  # none / abs / tomorrow / next / this / today
    link: str | None = None  # zoom / meet / teams / webex / none
    ics: dict[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    pools: dict[str, list[str]] = field(default_factory=dict)
    roles: str = "any"
    itz: str | None = None  # interview zone when it differs from the sender's
    dur: int = 30
    hours: tuple[int, ...] = (9, 10, 11, 13, 14, 15, 16)
    mins: tuple[int, ...] = (0, 0, 0, 30)
    idays: tuple[int, ...] = (0, 1, 2, 3, 4)
    contact: str = "rname"
    n: int = 3
    fid: str = ""


FAMILIES: list[Family] = []

# Product rule: a confirmation or reminder of an interview slot that is already booked needs no reply, so
# it is `other` (like the calendar notifications in other.jsonl); only mail that proposes a slot or asks
# the candidate to pick or confirm one is an interview_invitation. These families were written as
# invitations and are relabelled here so their ids (and every other family's slots) stay stable.
BOOKED = {
    "inv-015",  # "Interview confirmation ... has been scheduled", nothing asked of the candidate
    "inv-026",  # Workday "Interview Scheduled", system mail, do not reply
    "inv-041",  # "Interview Reminder - Tomorrow"
    "inv-047",  # "You're all set for ... Here are the Zoom details"
    "inv-053",  # agency: "Interview confirmed! Locked in for tomorrow"
    "inv-077",  # GoodTime "Confirmed: Your interview ..."
}


def label_of(fid: str) -> str:
    return "other" if fid in BOOKED else PREFIX[fid[:3]]


def F(kind: str, region: str, sender: str, subject: str, text: str, **kw: object) -> None:
    """Register one hand-written family; ids are assigned in writing order per label."""
    corpuslib.add_family(FAMILIES, Family(kind, region, sender, subject, text, **kw), kind)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------------
# Slot computation
# ---------------------------------------------------------------------------------------------------------

START = date(2026, 1, 5)


def _tzabbr(dt: datetime) -> str:
    name = dt.tzname() or ""
    return {"+08": "SGT"}.get(name, name)


def _date_slots(prefix: str, dt: datetime) -> dict[str, str]:
    """Every way people write a date and a time, so templates can pick the regional habit."""
    h12 = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    mm = f":{dt.minute:02d}" if dt.minute else ""
    p = prefix
    return {
        f"{p}wd": dt.strftime("%A"),
        f"{p}wd3": dt.strftime("%a"),
        f"{p}mon": dt.strftime("%B"),
        f"{p}dd": str(dt.day),
        f"{p}ddo": ordinal(dt.day),
        f"{p}dus": f"{dt.strftime('%B')} {dt.day}",
        f"{p}dusy": f"{dt.strftime('%B')} {dt.day}, {dt.year}",
        f"{p}dus3": f"{dt.strftime('%b')} {dt.day}",
        f"{p}duk": f"{dt.day} {dt.strftime('%B')}",
        f"{p}duky": f"{dt.day} {dt.strftime('%B')} {dt.year}",
        f"{p}duk3": f"{dt.day} {dt.strftime('%b')}",
        f"{p}dnus": f"{dt.month}/{dt.day}",
        f"{p}dnusy": f"{dt.month}/{dt.day}/{dt.year}",
        f"{p}dneu": f"{dt.day:02d}/{dt.month:02d}/{dt.year}",
        f"{p}dnde": f"{dt.day:02d}.{dt.month:02d}.{dt.year}",
        f"{p}diso": dt.strftime("%Y-%m-%d"),
        f"{p}dint": f"{dt.day:02d}-{dt.strftime('%b')}-{dt.year}",
        f"{p}t12": f"{h12}:{dt.minute:02d} {ampm}",
        f"{p}t12s": f"{h12}{mm}{ampm.lower()}",
        f"{p}t12d": f"{h12}{'.' + format(dt.minute, '02d') if dt.minute else ''}{ampm.lower()}",
        f"{p}t12p": f"{h12}{mm} {'a.m.' if dt.hour < 12 else 'p.m.'}",
        f"{p}t24": f"{dt.hour:02d}:{dt.minute:02d}",
        f"{p}t24h": f"{dt.hour}h{dt.minute:02d}",
        f"{p}tz": _tzabbr(dt),
    }


def _next_weekday(d: date, allowed: tuple[int, ...]) -> date:
    while d.weekday() not in allowed:
        d += timedelta(days=1)
    return d


def _interview_day(rng: random.Random, fam: Family, send: datetime) -> date:
    sd = send.date()
    if fam.when == "tomorrow":
        return sd + timedelta(days=1)
    if fam.when == "today":
        return sd
    if fam.when == "soon":  # within six days, so a bare weekday name ("Mon 3pm") names exactly one date
        return rng.choice(
            [sd + timedelta(days=k) for k in range(1, 7) if (sd + timedelta(days=k)).weekday() in fam.idays]
        )
    if fam.when == "next":  # sent Thu/Fri, "next Tuesday" is then unambiguous: the coming one
        target = rng.choice([0, 1, 2])
        return sd + timedelta(days=7 - sd.weekday() + target)
    if fam.when == "this":  # sent Mon/Tue about a day later that same week
        target = rng.randint(sd.weekday() + 2, 4)
        return sd + timedelta(days=target - sd.weekday())
    return _next_weekday(sd + timedelta(days=rng.randint(2, 9)), fam.idays)


def _send_time(rng: random.Random, fam: Family, tz: str) -> datetime:
    days = {"tomorrow": (0, 1, 2, 3), "next": (3, 4), "this": (0, 1)}.get(fam.when, (0, 1, 2, 3, 4))
    if fam.kind == "asm" and fam.region != "in" and rng.random() < 0.15:
        days = (0, 1, 2, 3, 4, 5, 6)  # ATS mail goes out at weekends too
    if fam.when == "soon" and len(fam.idays) == 1:  # "Thursday" written on a Thursday would be ambiguous
        days = tuple(d for d in days if d not in fam.idays)
    d = START + timedelta(days=rng.randrange(0, 165))
    while d.weekday() not in days:  # redraw rather than roll forward, which would pile sends onto Mondays
        d = START + timedelta(days=rng.randrange(0, 165))
    hour = rng.randint(7, 9) if fam.when == "today" else rng.randint(7, 18)
    return datetime(d.year, d.month, d.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=ZoneInfo(tz))


def _meeting_link(rng: random.Random, kind: str | None, co: Company, rslug: str) -> str:
    cslug = co.domain.split(".")[0]
    if kind == "zoom":
        sub = rng.choice(["", "us02web.", "us06web.", f"{cslug}."])
        pwd = f"?pwd={rand_chars(rng, ALNUM, 32)}" if rng.random() < 0.6 else ""
        return f"https://{sub}zoom.us/j/{rng.randrange(81_000_000_000, 99_999_999_999)}{pwd}"
    if kind == "meet":
        return f"https://meet.google.com/{rand_chars(rng, LOW, 3)}-{rand_chars(rng, LOW, 4)}-{rand_chars(rng, LOW, 3)}"
    if kind == "teams":
        return (
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{rand_chars(rng, ALNUM, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{rand_chars(rng, string.hexdigits.lower(), 8)}"
            f"-{rand_chars(rng, string.hexdigits.lower(), 4)}%22%7d"
        )
    if kind == "webex":
        return f"https://{cslug}.webex.com/meet/{rslug}"
    return ""


def _variant_slots(rng: random.Random, fam: Family, idx: int, used: dict[str, set[str]]) -> dict[str, object]:
    """Pick fresh slot values for one variant, avoiding values earlier variants of the family used."""

    def fresh(key: str, options: Sequence[T]) -> T:
        seen = used.setdefault(key, set())
        choices = [o for o in options if str(o) not in seen] or options
        val = rng.choice(choices)
        seen.add(str(val))
        return val

    region = fam.region
    if region == "any":
        region = fresh("region", ["us", "us", "uk", "in", "au", "eu", "ca", "sg"])
    co = fresh("company", COMPANIES[region])
    region = REGION_OF.get(region, region)
    firsts, lasts = PEOPLE[region]
    rfirst = fresh("rfirst", firsts)
    rlast = fresh("rlast", lasts)
    hmfirst = fresh("hmfirst", [f for f in firsts if f != rfirst])
    hmlast = fresh("hmlast", [x for x in lasts if x != rlast])
    agency, adomain = fresh("agency", AGENCIES[region])
    first = fresh("first", CAND_FIRST)
    last = fresh("last", CAND_LAST)
    role = fresh("role", ROLES[fam.roles])
    tz = co.tz
    send = _send_time(rng, fam, tz)
    itz = ZoneInfo(fam.itz or tz)
    iday = _interview_day(rng, fam, send)
    hour = rng.choice([h for h in fam.hours if h >= 13]) if fam.when == "today" else rng.choice(fam.hours)
    istart = datetime(iday.year, iday.month, iday.day, hour, rng.choice(fam.mins), tzinfo=itz)
    iend = istart + timedelta(minutes=fam.dur)
    d2 = _next_weekday(iday + timedelta(days=1), fam.idays)
    h2 = rng.choice([h for h in fam.hours if h != hour] or list(fam.hours))
    i2 = datetime(d2.year, d2.month, d2.day, h2, rng.choice(fam.mins), tzinfo=itz)
    dl = datetime.combine(
        send.date() + timedelta(days=rng.choice([3, 4, 5, 7])), datetime.min.time(), tzinfo=send.tzinfo
    ).replace(hour=23, minute=59)
    sd_day = _next_weekday(send.date() + timedelta(days=rng.randint(14, 40)), (0,))
    sd = datetime(sd_day.year, sd_day.month, sd_day.day, 9, tzinfo=send.tzinfo)
    rb_day = _next_weekday(send.date() + timedelta(days=rng.randint(3, 6)), (0, 1, 2, 3, 4))
    rb = datetime(rb_day.year, rb_day.month, rb_day.day, 17, tzinfo=send.tzinfo)
    rslug = f"{ascii_alnum(rfirst)}.{ascii_alnum(rlast)}"
    cslug = co.domain.split(".")[0]
    long_tz, short_tz = TZ_LONG[str(itz)]
    slots: dict[str, object] = {
        "company": co.name,
        "domain": co.domain,
        "cslug": cslug,
        "city": co.city,
        "loc": rng.choice(co.addresses),
        "role": role,
        "first": first,
        "cand": f"{first} {last}",
        "last": last,
        "cemail": f"{ascii_alnum(first)}.{ascii_alnum(last)}@gmail.com",
        "rfirst": rfirst,
        "rlast": rlast,
        "rname": f"{rfirst} {rlast}",
        "rslug": rslug,
        "remail": f"{rslug}@{co.domain}",
        "rfirst_l": ascii_alnum(rfirst),
        "hmfirst": hmfirst,
        "hm": f"{hmfirst} {hmlast}",
        "hmemail": f"{ascii_alnum(hmfirst)}.{ascii_alnum(hmlast)}@{co.domain}",
        "agency": agency,
        "adomain": adomain,
        "aemail": f"{rslug}@{adomain}",
        "tzl": long_tz,
        "tzs": short_tz,
        "dur": str(fam.dur),
        "link": _meeting_link(rng, fam.link, co, rslug),
        "salary": SALARY[region](rng),
        "bonus": str(rng.choice([5, 8, 10, 12, 15, 20])),
        "ref": f"{rng.randrange(100000, 999999)}",
        "reqid": f"R{rng.randrange(10000, 99999)}",
        "tok": rand_chars(rng, ALNUM, 22),
        "tok2": rand_chars(rng, LOW + string.digits, 10),
        "hexid": rand_chars(rng, "0123456789abcdef", 24),
        "year": str(send.year),
        "_send": send,
        "_istart": istart,
        "_iend": iend,
        "_region": region,
    }
    slots.update(_date_slots("", istart))
    slots.update({f"e{k}": v for k, v in _date_slots("", iend).items() if k.startswith("t")})
    slots.update(_date_slots("i2_", i2))
    slots.update(_date_slots("dl_", dl))
    slots.update(_date_slots("sd_", sd))
    slots.update(_date_slots("rb_", rb))
    slots.update(_date_slots("s_", send))
    for key, options in fam.pools.items():
        slots[key] = fresh(f"pool:{key}", options)
    # Pools may themselves contain slots (e.g. a pooled sign-off naming the recruiter).
    for key in fam.pools:
        slots[key] = str(slots[key]).format_map(slots)
    return slots


def _fill(template: str, slots: dict[str, object]) -> str:
    return template.format_map(slots)


def expand(fam: Family, rng: random.Random) -> list[corpuslib.Record]:
    """All variants of one family as corpus records."""
    used: dict[str, set[str]] = {}
    records = []
    for i in range(fam.n):
        s = _variant_slots(rng, fam, i, used)
        text = _fill(fam.text, s).strip("\n") + "\n"
        subject = _fill(fam.subject, s)
        sender = _fill(fam.sender, s)
        ents: dict[str, str] = {}
        tokens = fam.ents.split() if label_of(fam.fid) != "other" else []  # `other` carries no entities
        if "co" in tokens:
            ents["company"] = str(s["company"])
        if "role" in tokens:
            ents["role"] = str(s["role"])
        if "contact" in tokens:
            ents["contact"] = str(s[fam.contact])
        if "start" in tokens:
            ents["interview_start"] = s["_istart"].isoformat()  # type: ignore[attr-defined]
        if "link" in tokens:
            ents["meeting_link"] = str(s["link"])
        if "loc" in tokens:
            ents["location"] = str(s["loc"])
        ics = None
        if fam.ics:
            ics = {
                "start": s["_istart"].isoformat(),  # type: ignore[attr-defined]
                "end": s["_iend"].isoformat(),  # type: ignore[attr-defined]
                **{k: _fill(v, s) for k, v in fam.ics.items()},
            }
        records.append(
            corpuslib.record(
                fam.fid,
                i,
                label_of(fam.fid),
                None,
                sender,
                subject,
                text,
                s["_send"].isoformat(),  # type: ignore[attr-defined]
                {k: _fill(v, s) for k, v in fam.headers.items()},
                ics,
                ents,
            )
        )
    return records


# ---------------------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------------------
# ---- interview invitations --------------------------------------------------------------------------------


# ---- assessments --------------------------------------------------------------------------------------------


# ---- offers ---------------------------------------------------------------------------------------------------


# ---- long messages with footers (real corporate mail often buries the point in boilerplate) -------------------


# ---- more invitations: wording the first batch lacked (cross-validation showed unseen styles fail) ----------


# ---- more assessments ---------------------------------------------------------------------------------------


# ---- more offers ---------------------------------------------------------------------------------------------


# ---- interview invitations, second batch: wording the first batch never used ----------------------------


# ---------------------------------------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------------------------------------


def validate(records: list[corpuslib.Record]) -> Counter[str]:
    """Fail loudly on anything the trainer or the extraction test would trip over; return counts."""
    return corpuslib.validate_records(
        records,
        PREFIX,
        label_of=label_of,
        min_families={label: fams for label, (fams, _) in TARGETS.items()},
        min_messages={label: msgs for label, (_, msgs) in TARGETS.items()},
        nonempty=("sender", "text"),  # inv-022 is a cold DM with an empty subject line
    )


def main() -> int:
    records, counts = corpuslib.generate(FAMILIES, expand, SEED, validate, OUT)
    corpuslib.print_label_table(counts, TARGETS)
    print(f"{'total':22s} messages={len(records):4d} -> {OUT}")
    return 0
