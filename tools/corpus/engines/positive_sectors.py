#!/usr/bin/env python3
"""Positive families by sector and channel, aimed at the wording cross-validation still misses.

Writes corpus/positive_sectors.jsonl with interview invitations ("inx"),
assessments ("asx") and offers ("ofx"). Family-grouped cross-validation after round 4 showed the model
still trips over whole families it has never seen: referral coffee invites, public-sector shortlisting
notices, staffing-agency assignments, ALL-CAPS hourly invites, hiring events and assessment centres,
chasers, SMS and platform messages forwarded to email, calendar holds, nurse and academic recruiters,
live (two-way) video interviews, reschedules that propose a new time, executive search, non-native
English and invites written as a table. Offers and assessments get the same treatment: appointment
letters, conditional hospital offers, hourly "you got the job", equity breakdowns, portal notices,
re-sent letters, accepted counters; SHL / Aon / Criteria / TestGorilla, one-way video, writing samples.

Every family is one hand-written message with slots and expands into 2-3 variants with different
companies, people, roles and dates. Times are computed, so `interview_start` is exact and only set when
the text states one concrete time.

Build: python tools/corpus/build.py --only positive_sectors  (families: families/positive/sectors_and_channels.toml; writes corpus/positive_sectors.jsonl)
"""

from __future__ import annotations

import random
import re
import string
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpuslib
import positive_common
from corpuslib import ALNUM, HEX, LOW, rand_chars
from positive_common import DOWX, HOURWORD, Co, meeting_links, pick_day
from positive_common import chain as _chain
from positive_common import split as _split

# Slot helpers the family data calls by name (``extra = {py = "_split(...)"}``).
FAMILY_HELPERS = (_chain, _split)

SEED = 5_2026_0502
OUT = corpuslib.HERE.parents[1] / "corpus" / "positive_sectors.jsonl"  # build.py sets the slice's output

PREFIX = {"inx": "interview_invitation", "asx": "assessment", "ofx": "offer"}
TARGETS = {"interview_invitation": 60, "assessment": 12, "offer": 15}  # minimum families

# ---------------------------------------------------------------------------------------------------------
# Slot pools: companies (name, domain, zone, city, address) by sector, with the region whose people write
# ---------------------------------------------------------------------------------------------------------


NY, CHI, DEN, PHX, LA = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
)
LON, DUB, TOR, VAN = "Europe/London", "Europe/Dublin", "America/Toronto", "America/Vancouver"
SYD, MEL, PER, BNE = "Australia/Sydney", "Australia/Melbourne", "Australia/Perth", "Australia/Brisbane"
KOL, MNL, LOS, NBO, DXB = "Asia/Kolkata", "Asia/Manila", "Africa/Lagos", "Africa/Nairobi", "Asia/Dubai"
BER, MAD, ROM, IST, WAW = "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Istanbul", "Europe/Warsaw"
SGP, TYO, SHA, HCM, JNB = (
    "Asia/Singapore",
    "Asia/Tokyo",
    "Asia/Shanghai",
    "Asia/Ho_Chi_Minh",
    "Africa/Johannesburg",
)
AMS, ZRH = "Europe/Amsterdam", "Europe/Zurich"

_ROWS: dict[str, tuple[str, list[tuple[str, str, str, str, str]]]] = corpuslib.lexicon(
    "organisations", "positive_sectors", "_ROWS"
)

# third companies for the small regional pools (so the three variants of a family differ), and two
# sector pools added later
_MORE: dict[str, list[tuple[str, str, str, str, str]]] = corpuslib.lexicon(
    "organisations", "positive_sectors", "_MORE"
)
for _key, _rows in _MORE.items():
    _ROWS[_key][1].extend(_rows)
_ROWS["ie_org"][1][:] = [r for r in _ROWS["ie_org"][1] if r[0] != "Corrib Medtech"]
_ROWS["us_retail"] = (
    "us",
    [
        (
            "Hometown Pantry",
            "hometownpantry.com",
            CHI,
            "Springfield",
            "2701 S MacArthur Blvd, Springfield, IL 62704",
        ),
        (
            "Pine & Porter Outfitters",
            "pineandporter.com",
            DEN,
            "Fort Collins",
            "215 S College Ave, Fort Collins, CO 80524",
        ),
        ("Sunbelt Pharmacy", "sunbeltpharmacy.com", NY, "Orlando", "3200 E Colonial Dr, Orlando, FL 32803"),
        ("Valley Hardware & Supply", "valleyhardware.com", LA, "Yakima", "1602 S 1st St, Yakima, WA 98901"),
        (
            "Bayou Books & Gifts",
            "bayoubooks.com",
            CHI,
            "Baton Rouge",
            "7600 Jefferson Hwy, Baton Rouge, LA 70809",
        ),
    ],
)
_ROWS["ca_studio"] = (
    "ca",
    [
        (
            "Cedar & Salt Studio",
            "cedarandsalt.ca",
            VAN,
            "Vancouver",
            "1055 W Hastings St, Vancouver, BC V6E 2E9",
        ),
        ("Fieldnote Creative", "fieldnotecreative.ca", TOR, "Toronto", "99 Spadina Ave, Toronto, ON M5V 3P8"),
        (
            "Tidewater Brand Co.",
            "tidewaterbrand.ca",
            "America/Halifax",
            "Halifax",
            "1496 Lower Water St, Halifax, NS B3J 1R9",
        ),
    ],
)

COS: dict[str, list[Co]] = {k: [Co(*row, region) for row in rows] for k, (region, rows) in _ROWS.items()}

AGENCIES = corpuslib.lexicon("organisations", "positive_sectors", "AGENCIES")

ROLES: dict[str, list[str]] = corpuslib.lexicon("roles", "positive_sectors", "ROLES")

CAND_FIRST = corpuslib.lexicon("people", "positive_sectors", "CAND_FIRST")
CAND_LAST = corpuslib.lexicon("people", "positive_sectors", "CAND_LAST")

PEOPLE: dict[str, tuple[list[str], list[str]]] = corpuslib.lexicon("people", "positive_sectors", "PEOPLE")

PHONE: dict[str, Callable[[random.Random], str]] = {
    "us": lambda r: (
        f"({r.choice(['317', '614', '402', '480', '919', '813', '503', '720'])}) 555-01{r.randrange(10, 100)}"
    ),
    "uk": lambda r: (
        f"0{r.choice(['113 496', '117 496', '121 496', '161 496', '20 7946'])} {r.randrange(1000, 10000)}"
    ),
    "ie": lambda r: f"0{r.choice(['1', '91', '21'])} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "in": lambda r: (
        f"+91 {r.choice(['98', '96', '88', '73'])}{r.randrange(100, 1000)} {r.randrange(10000, 100000)}"
    ),
    "ph": lambda r: f"0917 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ng": lambda r: f"0803 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ke": lambda r: f"+254 7{r.randrange(10, 100)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "za": lambda r: f"+27 {r.choice(['11', '21'])} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ae": lambda r: f"+971 4 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "au": lambda r: f"04{r.randrange(10, 100)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "ca": lambda r: f"({r.choice(['613', '604', '416'])}) 555-01{r.randrange(10, 100)}",
    "de": lambda r: f"+49 {r.choice(['30', '40', '89'])} {r.randrange(1000000, 9999999)}",
    "es": lambda r: (
        f"+34 {r.choice(['93', '96'])} {r.randrange(100, 1000)} {r.randrange(10, 100)} {r.randrange(10, 100)}"
    ),
    "it": lambda r: f"+39 02 {r.randrange(1000, 10000)} {r.randrange(1000, 10000)}",
    "tr": lambda r: f"+90 212 {r.randrange(100, 1000)} {r.randrange(10, 100)} {r.randrange(10, 100)}",
    "cn": lambda r: f"+86 {r.randrange(130, 190)} {r.randrange(1000, 10000)} {r.randrange(1000, 10000)}",
    "vn": lambda r: f"+84 {r.randrange(90, 99)} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "jp": lambda r: f"+81 3-{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}",
    "sg": lambda r: f"+65 {r.choice(['6', '8', '9'])}{r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ch": lambda r: (
        f"+41 {r.choice(['61', '44'])} {r.randrange(100, 1000)} {r.randrange(10, 100)} {r.randrange(10, 100)}"
    ),
    "pl": lambda r: f"+48 {r.randrange(500, 800)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "nl": lambda r: f"+31 {r.choice(['20', '10'])} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
}

TZ_GENERIC = {NY: "ET", CHI: "CT", DEN: "MT", PHX: "AZ time", LA: "PT", TOR: "ET", VAN: "PT"}
TZ_ABBR = corpuslib.lexicon("places", "positive_sectors", "TZ_ABBR")

TZ_LONG = corpuslib.lexicon("places", "positive_sectors", "TZ_LONG")
MONTHS_FR = corpuslib.lexicon("places", "positive_sectors", "MONTHS_FR")

# ---------------------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------------------


Fam = positive_common.Fam
FAMILIES: list[Fam] = []


def F(fid: str, pool: str, role: str, sender: str, subject: str, text: str, **kw: Any) -> None:
    """Register a family (PREFIX read now: a slice may set its own id prefixes)."""
    positive_common.family_adder(FAMILIES, PREFIX, Fam)(fid, pool, role, sender, subject, text, **kw)


# ---------------------------------------------------------------------------------------------------------
# Slot computation
# ---------------------------------------------------------------------------------------------------------

START = date(2026, 1, 12)
_ascii = positive_common.ascii_name


def _tzabbr(dt: datetime) -> str:
    return positive_common.tz_abbr(dt, TZ_ABBR)


def _date_slots(p: str, dt: datetime) -> dict[str, str]:
    """The ways people write a date and a time; families pick the local habit."""
    s = positive_common.date_slots(p, dt, _tzabbr(dt), TZ_GENERIC.get(str(dt.tzinfo), _tzabbr(dt)))
    s.update(
        {
            f"{p}mdy": f"{dt.month:02d}/{dt.day:02d}/{dt.year}",
            f"{p}dmony": f"{dt.day} {dt.strftime('%B')} {dt.year}",
            f"{p}t24h": f"{dt.hour}h{dt.minute:02d}",
        }
    )
    return s


def _variant(rng: random.Random, fam: Fam, used: dict[str, set[str]]) -> dict[str, Any]:
    def fresh(key: str, options: Sequence[Any]) -> Any:
        seen = used.setdefault(key, set())
        left = [o for o in options if str(o) not in seen] or list(options)
        value = rng.choice(left)
        seen.add(str(value))
        return value

    co: Co = fresh("co", COS[fam.pool])
    region = fam.people or co.region
    firsts, lasts = PEOPLE[region]
    idx = list(range(len(firsts)))
    ci = fresh("ci", idx)
    hi = fresh("hi", [i for i in idx if i != ci])
    pi = fresh("pi", [i for i in idx if i not in (ci, hi)])
    li = list(range(len(lasts)))
    cl = fresh("cl", li)
    hl = fresh("hl", [i for i in li if i != cl])
    pl = fresh("pl", [i for i in li if i not in (cl, hl)])

    def full(i: int, j: int) -> str:
        return f"{firsts[i]} {lasts[j]}".strip()

    cfirst, hmfirst, p3first = firsts[ci], firsts[hi], firsts[pi]
    cfull, hm, p3 = full(ci, cl), full(hi, hl), full(pi, pl)
    if region == "cn":  # Chinese names are written family name first; there is no separate surname slot
        cfirst, hmfirst, p3first = cfull, hm, p3
    first = fresh("first", CAND_FIRST)
    last = fresh("last", CAND_LAST)
    role = fresh("role", ROLES[fam.role])

    stz = ZoneInfo(fam.stz or co.tz)
    itz = ZoneInfo(fam.itz or co.tz)
    for _ in range(1000):
        sd = START + timedelta(days=rng.randrange(0, 150))
        if sd.weekday() not in fam.send_days:
            continue
        if any(abs(sd.toordinal() - int(x)) < 10 for x in used.get("sd", ())):
            continue  # keep the variants of a family apart in time
        iday = pick_day(rng, fam.when, fam.days, sd) if fam.when else sd + timedelta(days=rng.randint(5, 14))
        if iday is not None:
            break
    else:  # pragma: no cover - a family whose day rules cannot be met
        raise SystemExit(f"{fam.fid}: no send/interview day fits")
    used.setdefault("sd", set()).add(str(sd.toordinal()))
    h, m = rng.choice(fam.hours)
    istart = datetime(iday.year, iday.month, iday.day, h, m, tzinfo=itz)
    if fam.when == "today":
        latest = max(7, min(h - 2, 11))
        send = datetime(
            sd.year,
            sd.month,
            sd.day,
            rng.randint(7, latest),
            rng.randrange(60),
            rng.randrange(60),
            tzinfo=stz,
        )
    else:
        send = datetime(
            sd.year, sd.month, sd.day, rng.randint(7, 18), rng.randrange(60), rng.randrange(60), tzinfo=stz
        )
    if fam.when in ("today", "tomorrow"):
        expected = iday - timedelta(days=1 if fam.when == "tomorrow" else 0)
        if send.astimezone(itz).date() != expected:
            raise SystemExit(f"{fam.fid}: '{fam.when}' across zones")
    iend = istart + timedelta(minutes=fam.dur)
    # a second option, a deadline, a start date and a reply-by date, for families that mention them
    d2 = iday + timedelta(days=1)
    while d2.weekday() not in fam.days:
        d2 += timedelta(days=1)
    h2, m2 = rng.choice([x for x in fam.hours if x != (h, m)] or list(fam.hours))
    i2 = datetime(d2.year, d2.month, d2.day, h2, m2, tzinfo=itz)
    dl_day = sd + timedelta(days=rng.choice([3, 4, 5, 7]))
    dl = datetime(dl_day.year, dl_day.month, dl_day.day, 23, 59, tzinfo=stz)
    st_day = sd + timedelta(days=rng.randint(18, 45))
    while st_day.weekday() != 0:
        st_day += timedelta(days=1)
    stdt = datetime(st_day.year, st_day.month, st_day.day, 9, 0, tzinfo=stz)
    rb_day = sd + timedelta(days=rng.randint(2, 5))
    while rb_day.weekday() > 4:
        rb_day += timedelta(days=1)
    rb = datetime(rb_day.year, rb_day.month, rb_day.day, 17, 0, tzinfo=stz)
    # a third option, after the second
    d3 = d2 + timedelta(days=1)
    while d3.weekday() not in fam.days:
        d3 += timedelta(days=1)
    h3, m3 = rng.choice(list(fam.hours))
    i3 = datetime(d3.year, d3.month, d3.day, h3, m3, tzinfo=itz)
    # the earlier (original) slot of a rescheduled interview: a weekday between the mail and the new time
    between = [sd + timedelta(days=k) for k in range(1, (iday - sd).days)]
    between = [d for d in between if d.weekday() < 5] or [iday - timedelta(days=1)]
    od = rng.choice(between)
    ho, mo = rng.choice([x for x in fam.hours if x != (h, m)] or list(fam.hours))
    orig = datetime(od.year, od.month, od.day, ho, mo, tzinfo=itz)
    # a working day a few days before the mail (an earlier message in the thread)
    pd = sd - timedelta(days=rng.randint(2, 5))
    while pd.weekday() > 4:
        pd -= timedelta(days=1)
    prev = datetime(pd.year, pd.month, pd.day, 10, 0, tzinfo=stz)
    monday = iday - timedelta(days=iday.weekday())

    cslug = co.domain.split(".")[0]
    rslug = f"{_ascii(cfirst)}.{_ascii(lasts[cl] or 'hr')}"
    links = meeting_links(rng, cslug, rslug)
    phone = PHONE.get(region, PHONE["us"])(rng)
    s: dict[str, Any] = {
        "company": co.name,
        "dom": co.domain,
        "cslug": cslug,
        "city": co.city,
        "addr": co.addr,
        "role": role,
        "first": first,
        "last": last,
        "cand": f"{first} {last}",
        "candmail": f"{_ascii(first)}.{_ascii(last)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'])}",
        "cfirst": cfirst,
        "cfull": cfull,
        "clast": lasts[cl],
        "cemail": f"{rslug}@{co.domain}",
        "cslugname": rslug,
        "cfirst_l": _ascii(cfirst),
        "hmfirst": hmfirst,
        "hmlast": lasts[hl],
        "hm": hm,
        "hmemail": f"{_ascii(hmfirst)}.{_ascii(lasts[hl] or 'x')}@{co.domain}",
        "p3first": p3first,
        "p3": p3,
        "phone": phone,
        "phone2": PHONE.get(region, PHONE["us"])(rng),
        "ref": str(rng.randrange(100000, 999999)),
        "req": f"{rng.randrange(1000, 9999)}",
        "tok": rand_chars(rng, ALNUM, 20),
        "tokl": rand_chars(rng, LOW + string.digits, 16),
        "hex": rand_chars(rng, HEX, 24),
        "num4": str(rng.randrange(1000, 9999)),
        "num6": str(rng.randrange(100000, 999999)),
        "dur": str(fam.dur),
        "_send": send,
        "_istart": istart,
        "_iend": iend,
        "_region": region,
    }
    s.update({f"link_{k}": v for k, v in links.items()})
    s.update(_date_slots("", istart))
    s.update({f"e_{k}": v for k, v in _date_slots("", iend).items()})
    s.update(_date_slots("b_", i2))
    s.update(_date_slots("dl_", dl))
    s.update(_date_slots("st_", stdt))
    s.update(_date_slots("rb_", rb))
    s.update(_date_slots("s_", send))
    s.update(_date_slots("o_", orig))
    s.update(_date_slots("c_", i3))
    s.update(_date_slots("pv_", prev))
    s["week_of"] = (
        f"{monday.strftime('%B')} {monday.day}"
        if region in ("us", "ca")
        else f"{monday.day} {monday.strftime('%B')}"
    )
    s["tzl"] = TZ_LONG.get(str(itz), str(itz))
    s["mnum"] = str(istart.month)
    s["mon_fr"] = MONTHS_FR[istart.month - 1]
    s["candphone"] = PHONE.get(region, PHONE["us"])(rng)
    s["street"] = co.addr.split(",")[0]
    s["p3email"] = f"{_ascii(p3first)}.{_ascii(lasts[pl] or 'x')}@{co.domain}"
    s["p3first_l"] = _ascii(p3first)
    for key, options in fam.pools.items():
        s[key] = fresh(f"pool:{key}", options)
    if fam.extra:
        s.update(fam.extra(rng, s))
    return s


ENT_NAMES = corpuslib.lexicon("people", "positive_sectors", "ENT_NAMES")
ENT_DEFAULT = {"company": "company", "role": "role", "contact": "cfull", "location": "addr"}


def expand(fam: Fam, rng: random.Random) -> list[corpuslib.Record]:
    return positive_common.expand(fam, rng, _variant, PREFIX, ENT_NAMES, ENT_DEFAULT)


# ---------------------------------------------------------------------------------------------------------
# Helpers for family-specific slots
# ---------------------------------------------------------------------------------------------------------


def _agency(kind: str, tld: str) -> Callable[[random.Random, dict[str, Any]], dict[str, Any]]:
    """Agency families draw an agency name; its domain and the recruiter's address follow from it."""

    def extra(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
        agency = rng.choice(AGENCIES[kind])
        adom = f"{_ascii(agency)}.{tld}"
        return {"agency": agency, "adom": adom, "aemail": f"{s['cslugname']}@{adom}"}

    return extra


def _inr(n: int) -> str:
    """Indian digit grouping: 1200000 -> 12,00,000."""
    head, tail = str(n)[:-3], str(n)[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail]) if groups else tail


def _money(rng: random.Random, lo: int, hi: int, step: int = 1000) -> int:
    return rng.randrange(lo // step, hi // step + 1) * step


# ---------------------------------------------------------------------------------------------------------
# Interview invitations
# ---------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------
# Assessments
# ---------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------
# Offers
# ---------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------------------------------------

DAYWORDS = ("today", "tomorrow", "tmrw", "tmr")


def _mentions_time(start: datetime, hay: str) -> bool:
    """Independent check that the annotated start is written in the message: its day and its hour."""
    low = hay.lower()
    day_ok = (
        any(w in low for w in DAYWORDS)
        or any(
            re.search(rf"\b{re.escape(x)}\b", hay, re.I)
            for x in (start.strftime("%A"), start.strftime("%a"), DOWX[start.weekday()])
        )
        or re.search(rf"\b{start.day}(st|nd|rd|th)?\b", hay) is not None
    )
    h12 = start.hour % 12 or 12
    hour_forms = [
        rf"\b{h12}(:\d\d|\.\d\d)?\s?(am|pm|a\.m\.|p\.m\.)",
        rf"\b{start.hour:02d}[:h.]?{start.minute:02d}\b",
        rf"\b{start.hour}[:h.]{start.minute:02d}\b",
        rf"\b{HOURWORD[h12 % 12]}\b",
        r"\bnoon\b",
        rf"\bat {h12}(:{start.minute:02d})?\b",
    ]
    hour_ok = any(re.search(f, hay, re.I) for f in hour_forms)
    return day_ok and hour_ok


def _check(r: Mapping[str, Any]) -> list[str]:
    """What only this slice asks of a record, on top of corpuslib.validate_records."""
    rid = r["id"]
    problems: list[str] = []
    if not r["entities"]:
        problems.append(f"{rid}: no entities on a positive record")
    value = r["entities"].get("interview_start")
    if value is None:
        return problems
    hay = f"{r['subject']}\n{r['text']}"
    start, sent = datetime.fromisoformat(value), datetime.fromisoformat(r["date"])
    if not (sent < start <= sent + timedelta(days=30)):
        problems.append(f"{rid}: interview_start {value} not 0-30 days after {sent}")
    if not _mentions_time(start, hay):
        problems.append(f"{rid}: interview_start {value} is not visibly stated in the text")
    # a weekday written next to a date must be that date's weekday
    for m in re.finditer(
        r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (January|February|March|"
        r"April|May|June|July|August|September|October|November|December)\b",
        hay,
    ):
        for year in (start.year,):
            d = datetime.strptime(f"{m.group(2)} {m.group(3)} {year}", "%d %B %Y")
            if d.strftime("%A") != m.group(1):
                problems.append(f"{rid}: {m.group(0)!r} names the wrong weekday")
    return problems


def validate(records: list[corpuslib.Record]) -> Counter[str]:
    return corpuslib.validate_records(records, PREFIX, min_families=TARGETS, check=_check)


def main() -> int:
    records, counts = corpuslib.generate(FAMILIES, expand, SEED, validate, OUT)
    corpuslib.print_label_table(counts, TARGETS)
    positive_common.print_total(records, len(FAMILIES), OUT)
    return 0
