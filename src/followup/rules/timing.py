"""When a follow-up is due: the `at` expressions of draft actions.

An expression is an anchor plus optional offsets, evaluated in the user's time zone::

    now
    received + 5 business days
    interview.end + 3h
    interview.start + 1 day
    received + 6 weeks

Anchors: ``now``, ``received`` (the message's Date header, else the time it was seen),
``interview.start`` and ``interview.end`` (from the extracted interview time).
Units: ``m``/``min``/``minutes``, ``h``/``hours``, ``day``/``days``, ``week``/``weeks``,
``business day``/``business days`` (also ``bd``, ``working days``).

How the units behave, so a draft lands when a person expects it:

- minutes and hours are elapsed time: "interview.end + 3h" is three real hours later, even when
  the clocks change in between;
- days and weeks keep the wall-clock time: "received + 1 day" from 10:00 on the Saturday before
  the spring change is 10:00 on Sunday (23 real hours);
- business days skip the non-working days (Saturday and Sunday unless ``[advice].working_days``
  says otherwise) and keep the wall-clock time, then move into business hours: before the start of
  the day means the start of that day, after its end means the start of the next working day.

When the interview time is unknown, ``interview.start`` and ``interview.end`` fall back to the
start of business hours on the next business day after the message arrived, and the result says
so. The interview's end is the extracted end, else start + duration, else start + one hour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

DEFAULT_INTERVIEW_MINUTES = 60


class Anchor(StrEnum):
    """The moment an `at` expression counts from."""

    NOW = "now"
    RECEIVED = "received"
    INTERVIEW_START = "interview.start"
    INTERVIEW_END = "interview.end"


class Unit(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    WEEKS = "weeks"
    BUSINESS_DAYS = "business days"


_UNIT_WORDS: dict[str, Unit] = {
    "m": Unit.MINUTES,
    "min": Unit.MINUTES,
    "mins": Unit.MINUTES,
    "minute": Unit.MINUTES,
    "minutes": Unit.MINUTES,
    "h": Unit.HOURS,
    "hr": Unit.HOURS,
    "hrs": Unit.HOURS,
    "hour": Unit.HOURS,
    "hours": Unit.HOURS,
    "d": Unit.DAYS,
    "day": Unit.DAYS,
    "days": Unit.DAYS,
    "w": Unit.WEEKS,
    "week": Unit.WEEKS,
    "weeks": Unit.WEEKS,
    "bd": Unit.BUSINESS_DAYS,
    "business day": Unit.BUSINESS_DAYS,
    "business days": Unit.BUSINESS_DAYS,
    "working day": Unit.BUSINESS_DAYS,
    "working days": Unit.BUSINESS_DAYS,
}

_TERM = re.compile(r"\s*([+-])\s*(\d+(?:\.\d+)?)\s*([a-z]+(?:\s+[a-z]+)?)\s*")


@dataclass(frozen=True)
class Offset:
    sign: int  # +1 or -1
    amount: float
    unit: Unit


@dataclass(frozen=True)
class At:
    """A parsed `at` expression; build it with `parse_at`."""

    anchor: Anchor
    offsets: tuple[Offset, ...] = ()
    text: str = "now"

    def __str__(self) -> str:
        return self.text


def parse_at(text: str) -> At:
    """Parse an `at` expression; ValueError names what is wrong and shows the accepted forms."""
    source = " ".join(text.strip().lower().split())
    hint = "write e.g. 'now', 'received + 5 business days', 'interview.end + 3h'"
    match = re.match(r"([a-z_.]*)(.*)$", source)
    anchor_word, rest = (match.group(1), match.group(2)) if match else (source, "")
    try:
        anchor = Anchor(anchor_word)
    except ValueError:
        valid = ", ".join(a.value for a in Anchor)
        raise ValueError(f"unknown time anchor '{anchor_word}' (valid: {valid}); {hint}") from None
    offsets: list[Offset] = []
    pos = 0
    while pos < len(rest):
        match = _TERM.match(rest, pos)
        if not match or match.end() == pos:
            raise ValueError(f"cannot read '{rest[pos:].strip()}' in '{text}'; {hint}")
        sign, number, word = match.groups()
        unit = _UNIT_WORDS.get(word)
        if unit is None:
            valid = "minutes, hours, days, weeks, business days"
            raise ValueError(f"unknown time unit '{word}' in '{text}' (valid: {valid})")
        amount = float(number)
        if unit in (Unit.DAYS, Unit.WEEKS, Unit.BUSINESS_DAYS) and not amount.is_integer():
            raise ValueError(f"'{number} {word}' in '{text}': days and weeks must be whole numbers")
        offsets.append(Offset(1 if sign == "+" else -1, amount, unit))
        pos = match.end()
    if anchor is Anchor.NOW and offsets:
        raise ValueError(f"'{text}': 'now' takes no offset; anchor on 'received' instead")
    return At(anchor, tuple(offsets), source)


@dataclass(frozen=True)
class WorkCalendar:
    """Working days (Monday=0) and business hours, from `[advice]`."""

    working_days: frozenset[int] = frozenset(range(5))
    day_start: time = time(9, 0)
    day_end: time = time(17, 0)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.working_days

    def next_working_day(self, day: date) -> date:
        day += timedelta(days=1)
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day


@dataclass(frozen=True)
class Moments:
    """The times of one message that `at` expressions may refer to (aware datetimes)."""

    received: datetime | None = None
    interview_start: datetime | None = None
    interview_end: datetime | None = None
    duration_minutes: int | None = None


@dataclass(frozen=True)
class Due:
    """A resolved time and the notes a user should see in `followup rules test`."""

    when: datetime
    notes: tuple[str, ...] = field(default=())


def localize(naive: datetime, tz: ZoneInfo) -> datetime:
    """Attach `tz` to a wall-clock time; a time inside a spring-forward gap moves past the gap."""
    # Round-tripping through UTC normalises a non-existent wall time (02:30 on the change day).
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def interview_window(
    moments: Moments, default_minutes: int = DEFAULT_INTERVIEW_MINUTES
) -> tuple[datetime | None, datetime | None]:
    """(start, end) of the interview; end is derived from the duration or a one-hour default."""
    start, end = moments.interview_start, moments.interview_end
    if start is None:
        return None, end
    if end is None or end <= start:
        minutes = moments.duration_minutes or default_minutes
        end = start + timedelta(minutes=minutes)
    return start, end


def add_business_days(moment: datetime, days: int, calendar: WorkCalendar, tz: ZoneInfo) -> datetime:
    """Step over working days keeping the wall-clock time, then move into business hours."""
    local = moment.astimezone(tz)
    day = local.date()
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    while remaining:
        day += timedelta(days=step)
        if calendar.is_working_day(day):
            remaining -= 1
    if not calendar.is_working_day(day):  # zero days from a weekend
        day = calendar.next_working_day(day)
    wall = local.time().replace(tzinfo=None)
    if wall < calendar.day_start:
        wall = calendar.day_start
    elif wall >= calendar.day_end:
        day, wall = calendar.next_working_day(day), calendar.day_start
    return localize(datetime.combine(day, wall), tz)


def _apply(moment: datetime, offset: Offset, calendar: WorkCalendar, tz: ZoneInfo) -> datetime:
    if offset.unit is Unit.MINUTES:
        return (moment.astimezone(UTC) + offset.sign * timedelta(minutes=offset.amount)).astimezone(tz)
    if offset.unit is Unit.HOURS:
        return (moment.astimezone(UTC) + offset.sign * timedelta(hours=offset.amount)).astimezone(tz)
    if offset.unit is Unit.BUSINESS_DAYS:
        return add_business_days(moment, offset.sign * int(offset.amount), calendar, tz)
    days = int(offset.amount) * (7 if offset.unit is Unit.WEEKS else 1)
    # Wall-clock arithmetic: same local time on the target day, whatever the DST offset is then.
    naive = moment.astimezone(tz).replace(tzinfo=None) + offset.sign * timedelta(days=days)
    return localize(naive, tz)


def resolve(
    at: At,
    moments: Moments,
    *,
    now: datetime,
    tz: ZoneInfo,
    calendar: WorkCalendar | None = None,
    default_interview_minutes: int = DEFAULT_INTERVIEW_MINUTES,
) -> Due:
    """The aware datetime `at` stands for, in `tz`, with notes on any fallback taken."""
    calendar = calendar or WorkCalendar()
    notes: list[str] = []
    received = moments.received
    if received is None and at.anchor is not Anchor.NOW:
        received = now
        notes.append("the message has no usable Date header, so 'received' is the time it was seen")
    if at.anchor is Anchor.NOW:
        base = now
    elif at.anchor is Anchor.RECEIVED:
        assert received is not None
        base = received
    else:
        start, end = interview_window(moments, default_interview_minutes)
        chosen = start if at.anchor is Anchor.INTERVIEW_START else end
        if chosen is None:
            assert received is not None
            base = add_business_days(received, 1, calendar, tz).replace(
                hour=calendar.day_start.hour, minute=calendar.day_start.minute
            )
            base = localize(base.replace(tzinfo=None), tz)
            notes.append(
                f"no interview time was found, so {at.anchor.value} is taken as "
                f"{format_moment(base, tz)} (received + 1 business day)"
            )
        else:
            base = chosen
    moment = base.astimezone(tz)
    for offset in at.offsets:
        moment = _apply(moment, offset, calendar, tz)
    return Due(moment, tuple(notes))


def format_moment(moment: datetime, tz: ZoneInfo) -> str:
    """'Thursday 5 March at 14:00 (Europe/Berlin)': unambiguous for a reader, locale-free."""
    local = moment.astimezone(tz)
    return f"{local:%A} {local.day} {local:%B} at {local:%H:%M} ({tz.key})"


def format_day(moment: datetime, tz: ZoneInfo) -> str:
    """'Thursday 5 March'."""
    local = moment.astimezone(tz)
    return f"{local:%A} {local.day} {local:%B}"
