#!/usr/bin/env python3
"""Positive families written in styles the classifier has not seen yet.

Writes corpus/positive_long_tail.jsonl with interview invitations ("inw"),
assessments ("asw") and offers ("ofw"). The earlier slice (positive_templates) is strong on polished
ATS and recruiter templates; this one goes after the long tail real inboxes have: text-speak one-liners,
replies deep in a thread, formal public-sector letters, Indian HR, staffing agencies, scheduling tools,
invitations that never use the word "interview", times written in every way people write them, long
mails with the invite buried between a benefits blurb and a legal footer, non-native English, and
invitations that also say "unfortunately".

Every family is one hand-written message with slots; each is expanded into 2-3 variants with different
companies, people, roles and dates. Dates and times are computed, not typed, so `interview_start` is
exact: it is only annotated when the text states one concrete time.

Build: python tools/corpus/build.py --only positive_long_tail  (families: families/positive/long_tail.toml; writes corpus/positive_long_tail.jsonl)
"""

from __future__ import annotations

import random
import re
import string
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
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

SEED = 4_2026_0417
OUT = corpuslib.HERE.parents[1] / "corpus" / "positive_long_tail.jsonl"  # build.py sets the slice's output

PREFIX = {"inw": "interview_invitation", "asw": "assessment", "ofw": "offer"}
TARGETS = {"interview_invitation": 55, "assessment": 12, "offer": 10}  # minimum families

# ---------------------------------------------------------------------------------------------------------
# Slot pools
# ---------------------------------------------------------------------------------------------------------


NY, CHI, DEN, PHX, LA = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
)
LON, DUB = "Europe/London", "Europe/Dublin"

# name, domain, time zone, city, address, region (people and formats follow the region)
COS: dict[str, list[Co]] = {
    k: [Co(*row) for row in rows]
    for k, rows in corpuslib.lexicon("organisations", "positive_long_tail", "COS").items()
}

ROLES: dict[str, list[str]] = corpuslib.lexicon("roles", "positive_long_tail", "ROLES")

CAND_FIRST = corpuslib.lexicon("people", "positive_long_tail", "CAND_FIRST")
CAND_LAST = corpuslib.lexicon("people", "positive_long_tail", "CAND_LAST")

PEOPLE: dict[str, tuple[list[str], list[str]]] = corpuslib.lexicon("people", "positive_long_tail", "PEOPLE")
REGION_PEOPLE = {"ie": "ie"}

TZ_GENERIC = {NY: "ET", CHI: "CT", DEN: "MT", PHX: "Arizona time", LA: "PT"}
TZ_ABBR = corpuslib.lexicon("places", "positive_long_tail", "TZ_ABBR")

PHONE_FMT = {
    "us": lambda r: (
        f"({r.choice(['312', '206', '512', '617', '303', '480', '415', '704'])}) 555-01{r.randrange(10, 100)}"
    ),
    "uk": lambda r: f"0{r.choice(['20 7946', '113 496', '117 496', '161 496'])} {r.randrange(1000, 10000)}",
    "ie": lambda r: (
        f"0{r.choice(['1', '91', '21', '45'])} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}"
    ),
    "in": lambda r: (
        f"+91 {r.choice(['98', '97', '99', '80', '70'])}{r.randrange(100, 1000)} {r.randrange(10000, 100000)}"
    ),
    "ph": lambda r: f"0917 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ng": lambda r: f"0803 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "ae": lambda r: f"+971 4 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "sg": lambda r: f"+65 {r.choice(['6', '8', '9'])}{r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
    "au": lambda r: f"04{r.randrange(10, 100)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "br": lambda r: f"+55 11 9{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}",
    "de": lambda r: f"+49 {r.choice(['30', '40', '89'])} {r.randrange(1000000, 9999999)}",
    "es": lambda r: (
        f"+34 {r.choice(['91', '93', '96'])} {r.randrange(100, 1000)} {r.randrange(10, 100)} {r.randrange(10, 100)}"
    ),
    "pl": lambda r: f"+48 {r.randrange(500, 800)} {r.randrange(100, 1000)} {r.randrange(100, 1000)}",
    "jp": lambda r: f"+81 3-{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}",
    "cn": lambda r: f"+86 {r.randrange(130, 190)} {r.randrange(1000, 10000)} {r.randrange(1000, 10000)}",
    "vn": lambda r: f"+84 {r.randrange(90, 99)} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
}

TZ_LONG = corpuslib.lexicon("places", "positive_long_tail", "TZ_LONG")
ZOOM_TZ = corpuslib.lexicon("places", "positive_long_tail", "ZOOM_TZ")

# ---------------------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Fam(positive_common.Fam):
    xtz: str | tuple[str, ...] | None = None  # an extra zone the text converts the time to (x_ slots)
    link: str | None = None


FAMILIES: list[Fam] = []
F = positive_common.family_adder(FAMILIES, PREFIX, Fam)


# ---------------------------------------------------------------------------------------------------------
# Slot computation
# ---------------------------------------------------------------------------------------------------------

START = date(2026, 1, 12)


_ascii = positive_common.ascii_name


def _tzabbr(dt: datetime) -> str:
    return positive_common.tz_abbr(dt, TZ_ABBR)


def _words(dt: datetime) -> str:
    h, m = dt.hour, dt.minute
    if m == 0:
        return f"{HOURWORD[h % 12]} o'clock"
    if m == 15:
        return f"quarter past {HOURWORD[h % 12]}"
    if m == 30:
        return f"half past {HOURWORD[h % 12]}"
    if m == 45:
        return f"quarter to {HOURWORD[(h + 1) % 12]}"
    return "<no words>"


def _date_slots(p: str, dt: datetime) -> dict[str, str]:
    """Every way people write a date and a time; families pick the local habit."""
    h12 = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    mm = f":{dt.minute:02d}" if dt.minute else ""
    s = positive_common.date_slots(p, dt, _tzabbr(dt), TZ_GENERIC.get(str(dt.tzinfo), _tzabbr(dt)))
    s.update(
        {
            f"{p}tnoon": "noon" if (dt.hour, dt.minute) == (12, 0) else f"{h12}{mm}{ap}",
            f"{p}t24h": f"{dt.hour:02d}h{dt.minute:02d}",
            f"{p}twords": _words(dt),
        }
    )
    return s


def _variant(rng: random.Random, fam: Fam, used: dict[str, set[str]]) -> dict[str, Any]:
    def fresh(key: str, options: Sequence[Any]) -> Any:
        seen = used.setdefault(key, set())
        choices = [o for o in options if str(o) not in seen] or list(options)
        val = rng.choice(choices)
        seen.add(str(val))
        return val

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
    if region == "cn":  # Chinese names are written family name first and have no separate surname slot
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
        iday = pick_day(rng, fam.when, fam.days, sd) if fam.when else sd + timedelta(days=rng.randint(5, 14))
        if iday is not None:
            break
    else:  # pragma: no cover - a family whose day rules cannot be met
        raise SystemExit(f"{fam.fid}: no send/interview day fits")
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
    if fam.when == "tomorrow" and send.astimezone(itz).date() != iday - timedelta(days=1):
        raise SystemExit(f"{fam.fid}: 'tomorrow' across zones")
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

    cslug = co.domain.split(".")[0]
    rslug = f"{_ascii(cfirst)}.{_ascii(lasts[cl] or 'hr')}"
    links = meeting_links(rng, cslug, rslug, chime=True)
    phone = PHONE_FMT.get(region, PHONE_FMT["us"])(rng)
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
        "candmail": f"{_ascii(first)}.{_ascii(last)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me'])}",
        "cfirst": cfirst,
        "cfull": cfull,
        "cemail": f"{rslug}@{co.domain}",
        "cslugname": rslug,
        "hmfirst": hmfirst,
        "hmlast": lasts[hl],
        "hm": hm,
        "hmslug": f"{_ascii(hmfirst)}-{cslug}",
        "cfirst_l": _ascii(cfirst),
        "hmemail": f"{_ascii(hmfirst)}.{_ascii(lasts[hl] or 'x')}@{co.domain}",
        "p3first": p3first,
        "p3": p3,
        "phone": phone,
        "ref": str(rng.randrange(100000, 999999)),
        "req": f"{rng.randrange(1000, 9999)}",
        "tok": rand_chars(rng, ALNUM, 20),
        "hex": rand_chars(rng, HEX, 24),
        "num4": str(rng.randrange(1000, 9999)),
        "num6": str(rng.randrange(100000, 999999)),
        "tokl": rand_chars(rng, LOW + string.digits, 16),
        "y1": str(istart.year + 1),
        "tzl": TZ_LONG.get(str(itz), str(itz)),
        "_b": i2,
        "_send": send,
        "_istart": istart,
        "_iend": iend,
        "_region": region,
        "_rng": rng,
    }
    s.update({f"link_{k}": v for k, v in links.items()})
    s.update(_date_slots("", istart))
    s.update({f"e_{k}": v for k, v in _date_slots("", iend).items()})
    s.update(_date_slots("b_", i2))
    s.update(_date_slots("dl_", dl))
    s.update(_date_slots("st_", stdt))
    s.update(_date_slots("rb_", rb))
    s.update(_date_slots("s_", send))
    if fam.xtz:
        zones = (fam.xtz,) if isinstance(fam.xtz, str) else fam.xtz
        xz = fresh("xtz", zones)
        s.update(_date_slots("x_", istart.astimezone(ZoneInfo(xz))))
        s["_xtz"] = xz
    for key, options in fam.pools.items():
        s[key] = fresh(f"pool:{key}", options)
    if fam.extra:
        s.update(fam.extra(rng, s))
    return s


ENT_NAMES = {"start": "interview_start", "link": "meeting_link", "location": "location"}
ENT_DEFAULT = {"company": "company", "role": "role", "contact": "cfull", "link": "link", "location": "addr"}


def expand(fam: Fam, rng: random.Random) -> list[corpuslib.Record]:
    return positive_common.expand(fam, rng, _variant, PREFIX, ENT_NAMES, ENT_DEFAULT)


# ---------------------------------------------------------------------------------------------------------
# Helpers for family-specific slots
# ---------------------------------------------------------------------------------------------------------


def _t12(dt: datetime) -> str:
    return _date_slots("", dt)["t12"]


def _agency(tld: str) -> Callable[[random.Random, dict[str, Any]], dict[str, Any]]:
    """Agency families pool the agency name; its domain and the recruiter's address follow from it."""

    def extra(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
        adom = f"{_ascii(s['agency'])}.{tld}"
        return {"adom": adom, "aemail": f"{s['cslugname']}@{adom}"}

    return extra


def _next_workday(d: datetime, n: int = 1) -> datetime:
    while n:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# ---------------------------------------------------------------------------------------------------------
# Interview invitations
# ---------------------------------------------------------------------------------------------------------


def _loop_table(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    t0: datetime = s["_istart"]
    marks = [0, 60, 60, 120, 120, 135, 135, 180, 180, 210]
    return {f"lt{i}": (t0 + timedelta(minutes=m)).strftime("%H:%M") for i, m in enumerate(marks)}


def _teams_ids(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    mid = " ".join(str(rng.randrange(100, 999)) for _ in range(4))
    return {
        "mid": mid,
        "pc": rand_chars(rng, ALNUM, 6),
        "pin": str(rng.randrange(100_000_000, 999_999_999)),
        "num3": str(rng.randrange(100, 999)),
    }


def _zoom_ids(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    zid = str(rng.randrange(81_000_000_000, 99_999_999_999))
    pcnum = str(rng.randrange(100000, 999999))
    t: datetime = s["_istart"]
    h12 = t.hour % 12 or 12
    return {
        "zid": f"{zid[:3]} {zid[3:7]} {zid[7:]}",
        "zidraw": zid,
        "pcnum": pcnum,
        "pc": rand_chars(rng, ALNUM, 6),
        "link_zoom": f"https://us06web.zoom.us/j/{zid}?pwd={rand_chars(rng, ALNUM, 32)}.1",
        "tzoom": f"{h12:02d}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}",
        "zoomtz": ZOOM_TZ.get(str(t.tzinfo), str(t.tzinfo)),
    }


def _three_options(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    b: datetime = s["_b"]
    c = _next_workday(b).replace(hour=rng.choice([9, 11, 14, 16]), minute=rng.choice([0, 30]))
    out = _date_slots("c_", c)
    out["b_e_t12"] = _t12(b + timedelta(minutes=45))
    out["c_e_t12"] = _t12(c + timedelta(minutes=45))
    return out


def _federal(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    grades = {
        "Management and Program Analyst": "GS-0343-12",
        "Hydrologist": "GS-1315-11",
        "IT Specialist (INFOSEC)": "GS-2210-13",
        "Budget Analyst": "GS-0560-11",
        "Contract Specialist": "GS-1102-12",
    }
    van = f"{rng.choice(['DE', 'MP', 'ST'])}-26-{rng.choice(['VA', 'GS', 'FA'])}-{rng.randrange(10000000, 99999999)}"
    return {"grade": grades[s["role"]], "van": van}


# ---------------------------------------------------------------------------------------------------------
# Assessments
# ---------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------
# Offers
# ---------------------------------------------------------------------------------------------------------


def _fed_offer(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    out = _federal(rng, s)
    out["sal"] = f"{rng.randrange(78, 132)},{rng.randrange(100, 999)}"
    return out


def _next_monday(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    d: datetime = s["_send"] + timedelta(days=1)
    while d.weekday() != 0:
        d += timedelta(days=1)
    return _date_slots("nm_", d)


def _inr(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    return {
        "ctc": f"{rng.randrange(6, 28)}.{rng.choice([0, 5])}",
        "jb": f"{rng.choice([50, 75, 100, 150])},000",
    }


def _prof(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
    return {
        "sal": f"{rng.randrange(92, 148)},000",
        "startup": f"{rng.choice([250, 400, 650, 900])},000",
        "load": rng.choice(["three", "four"]),
    }


# ---------------------------------------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------------------------------------

DAYWORDS = ("today", "tomorrow", "tmrw")


def _mentions_time(start: datetime, hay: str) -> bool:
    """Independent check that the annotated start is written in the message: its day and its hour."""
    low = hay.lower()
    day_ok = (
        any(w in low for w in DAYWORDS)
        or any(
            re.search(rf"\b{re.escape(x)}\b", hay)
            for x in (start.strftime("%A"), start.strftime("%a"), DOWX[start.weekday()])
        )
        or re.search(rf"\b{start.day}(st|nd|rd|th)?\b", hay) is not None
    )
    h12 = start.hour % 12 or 12
    hour_forms = [
        rf"\b{h12}(:\d\d|\.\d\d)?\s?(am|pm|a\.m\.|p\.m\.|AM|PM)",
        rf"\b{start.hour:02d}[:h]?{start.minute:02d}\b",
        rf"\b{start.hour}:{start.minute:02d}\b",
        rf"\b{HOURWORD[h12 % 12]}\b",
        r"\bnoon\b",
        rf"\b{h12:02d}:{start.minute:02d} (AM|PM)",
        rf"quarter to {HOURWORD[(start.hour + 1) % 12]}\b",
        rf"\b{h12}(:{start.minute:02d})?\?",
        rf"\bat {h12}(:{start.minute:02d})?\b",
        rf"\b{h12}(:\d\d)?-",
    ]
    hour_ok = any(re.search(f, hay) for f in hour_forms)
    return day_ok and hour_ok


def _check(r: Mapping[str, Any]) -> list[str]:
    """What only this slice asks of a record, on top of corpuslib.validate_records."""
    rid = r["id"]
    hay = f"{r['sender']}\n{r['subject']}\n{r['text']}"
    problems: list[str] = []
    if "<no words>" in hay:
        problems.append(f"{rid}: unfilled slot")
    if not r["entities"]:
        problems.append(f"{rid}: no entities on a positive record")
    value = r["entities"].get("interview_start")
    if value is None:
        return problems
    try:
        start, sent = datetime.fromisoformat(value), datetime.fromisoformat(r["date"])
    except ValueError:
        return [*problems, f"{rid}: interview_start {value!r} or date does not parse"]
    if start.tzinfo is None or sent.tzinfo is None or not (sent < start <= sent + timedelta(days=30)):
        problems.append(f"{rid}: interview_start {value} not aware or not 0-30 days after {sent}")
    if not _mentions_time(start, hay):
        problems.append(f"{rid}: interview_start {value} is not visibly stated in the text")
    return problems


def validate(records: list[corpuslib.Record]) -> Counter[str]:
    return corpuslib.validate_records(records, PREFIX, min_families=TARGETS, check=_check)


def main() -> int:
    records, counts = corpuslib.generate(FAMILIES, expand, SEED, validate, OUT)
    corpuslib.print_label_table(counts, TARGETS)
    positive_common.print_total(records, len(FAMILIES), OUT)
    return 0
