"""Scaffolding shared by the positive engines positive_long_tail and positive_sectors.

Only code lives here: the company record, meeting links, day picking, the date/time slot core, slot filling,
family-specific slot helpers and the family -> records expansion. Family data is in families/positive/;
each engine's own slot values, zones and checks stay in the engine.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol, TypeVar

import corpuslib
from corpuslib import ALNUM, HEX, LOW, ascii_alnum, ordinal, rand_chars

Extra = Callable[[random.Random, dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Co:
    name: str
    domain: str
    tz: str
    city: str
    addr: str
    region: str


@dataclass
class Fam:
    """One hand-written positive family; rounds subclass it with the options only they have."""

    fid: str
    pool: str
    role: str
    sender: str
    subject: str
    text: str
    ents: str = "company role contact"
    when: str | None = None  # today | tomorrow | dow | date | week
    hours: tuple[tuple[int, int], ...] = ((10, 0), (14, 0), (11, 30), (15, 0))
    days: tuple[int, ...] = (0, 1, 2, 3, 4)
    send_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    start: bool = False
    itz: str | None = None  # zone of the interview time; default: the company's
    stz: str | None = None  # zone of the Date header; default: the company's
    dur: int = 45
    ics: dict[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    extra: Extra | None = None
    pools: dict[str, Sequence[str]] = field(default_factory=dict)
    n: int = 3
    people: str | None = None  # region of the people who write; default: the company's


FamT = TypeVar("FamT", bound=Fam)


def family_adder(families: list[FamT], prefix: Mapping[str, str], cls: type[FamT]) -> Callable[..., None]:
    """``F(fid, pool, role, sender, subject, text, **kw)``: appends a ``cls`` family to ``families``; the
    id must be new and start with one of ``prefix``."""

    def add(fid: str, pool: str, role: str, sender: str, subject: str, text: str, **kw: Any) -> None:
        assert fid[:3] in prefix and not any(f.fid == fid for f in families), fid
        families.append(cls(fid, pool, role, sender, subject, text, **kw))

    return add


# Letters that do not decompose into an ASCII letter and a mark (ascii_alnum would drop them).
TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "ş": "s", "ğ": "g"})


def ascii_name(s: str) -> str:
    """``s`` in lower-case ASCII letters and digits, for addresses and slugs."""
    return ascii_alnum(s.translate(TRANSLIT))


def tz_abbr(dt: datetime, table: Mapping[str, str]) -> str:
    """The abbreviation ``table`` gives the zone of ``dt``, else the zone's own name for the time."""
    return table.get(str(dt.tzinfo)) or dt.tzname() or ""


def meeting_links(rng: random.Random, cslug: str, rslug: str, chime: bool = False) -> dict[str, str]:
    """Video-call links; `chime` adds an Amazon Chime link (drawn last, so the others are unchanged)."""
    zsub = rng.choice(["us02web.", "us06web.", f"{cslug}.", ""])
    pwd = f"?pwd={rand_chars(rng, ALNUM, 32)}" if rng.random() < 0.6 else ""
    links = {
        "zoom": f"https://{zsub}zoom.us/j/{rng.randrange(81_000_000_000, 99_999_999_999)}{pwd}",
        "meet": f"https://meet.google.com/{rand_chars(rng, LOW, 3)}-{rand_chars(rng, LOW, 4)}-{rand_chars(rng, LOW, 3)}",
        "teams": (
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{rand_chars(rng, ALNUM, 40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{rand_chars(rng, HEX, 8)}"
            f"-{rand_chars(rng, HEX, 4)}-{rand_chars(rng, HEX, 4)}%22%7d"
        ),
        "webex": f"https://{cslug}.webex.com/meet/{rslug.replace('.', '')}",
    }
    if chime:
        links["chime"] = f"https://chime.aws/{rng.randrange(1_000_000_000, 9_999_999_999)}"
    return links


def pick_day(rng: random.Random, when: str | None, days: Collection[int], sd: date) -> date | None:
    """The interview day for a family's `when` (today | tomorrow | dow | week | date), on one of `days`."""
    if when == "today":
        lo, hi = 0, 0
    elif when == "tomorrow":
        lo, hi = 1, 1
    elif when == "dow":  # a bare weekday name is unambiguous within the coming six days
        lo, hi = 2, 6
    elif when == "week":  # "next week" in the text: a day in the following calendar week
        lo = 7 - sd.weekday()
        hi = lo + 4
    else:
        lo, hi = 5, 21
    options = [
        sd + timedelta(days=k) for k in range(lo, hi + 1) if (sd + timedelta(days=k)).weekday() in days
    ]
    return rng.choice(options) if options else None


HOURWORD = ["twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
DOWX = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]


def date_slots(p: str, dt: datetime, tz: str, tzg: str) -> dict[str, str]:
    """The date and time forms both rounds write (prefixed with `p`); each round adds its own on top."""
    h12 = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    mm = f":{dt.minute:02d}" if dt.minute else ""
    return {
        f"{p}dow": dt.strftime("%A"),
        f"{p}dow3": dt.strftime("%a"),
        f"{p}dowx": DOWX[dt.weekday()],
        f"{p}mon": dt.strftime("%B"),
        f"{p}mon3": dt.strftime("%b"),
        f"{p}d": str(dt.day),
        f"{p}dord": ordinal(dt.day),
        f"{p}md": f"{dt.month}/{dt.day}",
        f"{p}dm": f"{dt.day}/{dt.month}",
        f"{p}dmy": f"{dt.day:02d}/{dt.month:02d}/{dt.year}",
        f"{p}ddot": f"{dt.day:02d}.{dt.month:02d}.{dt.year}",
        f"{p}iso": dt.strftime("%Y-%m-%d"),
        f"{p}y": str(dt.year),
        f"{p}us": f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}",
        f"{p}usy": f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year}",
        f"{p}us3": f"{dt.strftime('%a')}, {dt.strftime('%b')} {dt.day}",
        f"{p}uk": f"{dt.strftime('%A')} {dt.day} {dt.strftime('%B')}",
        f"{p}uky": f"{dt.strftime('%A')} {dt.day} {dt.strftime('%B')} {dt.year}",
        f"{p}ukord": f"{dt.strftime('%A')} {ordinal(dt.day)} {dt.strftime('%B')}",
        f"{p}t12": f"{h12}{mm}{ap}",
        f"{p}t12sp": f"{h12}{mm} {ap}",
        f"{p}t12c": f"{h12}:{dt.minute:02d} {ap.upper()}",
        f"{p}t12a": f"{h12}:{dt.minute:02d}{ap}",
        f"{p}t12dot": f"{h12}{'.' + format(dt.minute, '02d') if dt.minute else ''}{ap}",
        f"{p}t12dotc": f"{h12}.{dt.minute:02d}{ap}",
        f"{p}h12": f"{h12}{mm}",
        f"{p}t24": f"{dt.hour:02d}:{dt.minute:02d}",
        f"{p}tmil": f"{dt.hour:02d}{dt.minute:02d}",
        f"{p}tz": tz,
        f"{p}tzg": tzg,
    }


SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(template: str, s: dict[str, Any], fid: str = "") -> str:
    def rep(m: re.Match[str]) -> str:
        key = m.group(1)
        if key.endswith("_UP") and key[:-3] in s:
            return str(s[key[:-3]]).upper()
        if key not in s:
            raise SystemExit(f"{fid}: unknown slot {{{key}}}")
        return str(s[key])

    # two passes: pooled values may themselves contain slots
    return SLOT.sub(rep, SLOT.sub(rep, template))


def split(key: str, *names: str) -> Extra:
    """A pooled value "a|b|c" is spread over several slots so paired values stay consistent."""

    def extra(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
        parts = str(s[key]).split("|")
        assert len(parts) == len(names), (key, parts)
        return dict(zip(names, parts, strict=True))

    return extra


def chain(*fns: Extra) -> Extra:
    def extra(rng: random.Random, s: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for fn in fns:
            s.update(out)
            out.update(fn(rng, s))
        return out

    return extra


class PositiveFamily(Protocol):
    fid: str
    sender: str
    subject: str
    text: str
    ents: str
    start: bool
    ics: dict[str, str] | None
    headers: dict[str, str]
    n: int


def expand(
    fam: PositiveFamily,
    rng: random.Random,
    variant: Callable[[random.Random, Any, dict[str, set[str]]], dict[str, Any]],
    prefix: Mapping[str, str],
    ent_names: Mapping[str, str],
    ent_default: Mapping[str, str],
) -> list[corpuslib.Record]:
    """A family's `n` variants as records; `ents` specs "key" or "key=slot" name the entities."""
    used: dict[str, set[str]] = {}
    out = []
    for i in range(fam.n):
        s = variant(rng, fam, used)
        sender = fill(fam.sender, s, fam.fid)
        subject = fill(fam.subject, s, fam.fid)
        text = fill(fam.text, s, fam.fid).strip("\n") + "\n"
        ents: dict[str, str] = {}
        for spec in fam.ents.split():
            key, _, slot = spec.partition("=")
            name = ent_names.get(key, key)
            if key == "start":
                ents[name] = s["_istart"].isoformat()
                continue
            ents[name] = fill("{" + (slot or ent_default.get(key, key)) + "}", s, fam.fid)
        if fam.start and "interview_start" not in ents:
            ents["interview_start"] = s["_istart"].isoformat()
        ics = None
        if fam.ics:
            ics = {
                "start": s["_istart"].isoformat(),
                "end": s["_iend"].isoformat(),
                "summary": fill(fam.ics.get("summary", ""), s, fam.fid),
                "location": fill(fam.ics.get("location", ""), s, fam.fid),
                "url": fill(fam.ics.get("url", ""), s, fam.fid),
            }
        out.append(
            corpuslib.record(
                fam.fid,
                i,
                prefix[fam.fid[:3]],
                None,
                sender,
                subject,
                text,
                s["_send"].isoformat(),
                {k: fill(v, s, fam.fid) for k, v in fam.headers.items()},
                ics,
                ents,
            )
        )
    return out


def print_total(records: Sequence[Mapping[str, Any]], families: int, out: object) -> None:
    starts = sum(1 for r in records if "interview_start" in r["entities"])
    print(
        f"{'total':22s} families={families:3d} messages={len(records):4d} (interview_start on {starts}) -> {out}"
    )
