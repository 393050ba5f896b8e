"""The interview time: a calendar event first, else a date phrase next to a clock time.

Dates come only from the message, resolved with dateparser against its Date header. When nothing
parses the answer is None: a wrong interview time is worse than none."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import dateparser

from followup.models import Email


def _fixed(hours: float) -> tzinfo:
    return timezone(timedelta(minutes=round(hours * 60)))


_NY, _CHI, _DEN, _LA = (
    ZoneInfo(z) for z in ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
)


_LON, _BER, _SYD = ZoneInfo("Europe/London"), ZoneInfo("Europe/Berlin"), ZoneInfo("Australia/Sydney")


# People write "EST" all year for Eastern time, so regional abbreviations map to the region's zone
# (daylight saving applied on the date itself); zones without a season are fixed offsets.
ZONES: dict[str, tzinfo] = {
    "EST": _NY, "EDT": _NY, "ET": _NY, "EASTERN": _NY, "NEW YORK": _NY,
    "CST": _CHI, "CDT": _CHI, "CT": _CHI, "CENTRAL": _CHI, "CHICAGO": _CHI,
    "MST": _DEN, "MDT": _DEN, "MT": _DEN, "MOUNTAIN": _DEN, "DENVER": _DEN,
    "PST": _LA, "PDT": _LA, "PT": _LA, "PACIFIC": _LA, "LOS ANGELES": _LA, "SAN FRANCISCO": _LA,
    "GMT": _fixed(0), "UTC": _fixed(0), "BST": _LON, "UK": _LON, "LONDON": _LON, "WET": ZoneInfo("Europe/Lisbon"),
    "CET": _BER, "CEST": _BER, "MEZ": _BER, "MESZ": _BER, "BERLIN": _BER, "PARIS": ZoneInfo("Europe/Paris"), "AMSTERDAM": ZoneInfo("Europe/Amsterdam"),
    "EET": ZoneInfo("Europe/Helsinki"), "EEST": ZoneInfo("Europe/Helsinki"), "MSK": _fixed(3),
    "IST": _fixed(5.5), "INDIA": _fixed(5.5), "GST": _fixed(4), "PKT": _fixed(5), "SGT": _fixed(8), "SINGAPORE": _fixed(8),
    "HKT": _fixed(8), "AWST": _fixed(8), "JST": _fixed(9), "KST": _fixed(9), "ACST": ZoneInfo("Australia/Adelaide"),
    "AEST": _fixed(10), "AEDT": _fixed(11), "AET": _SYD, "SYDNEY": _SYD, "MELBOURNE": ZoneInfo("Australia/Melbourne"),
    "NZST": ZoneInfo("Pacific/Auckland"), "NZDT": ZoneInfo("Pacific/Auckland"), "SAST": _fixed(2), "WAT": _fixed(1),
    "EAT": _fixed(3), "BRT": _fixed(-3), "ART": _fixed(-3), "AKST": ZoneInfo("America/Anchorage"), "HST": _fixed(-10),
    # cities and regions people name a time by ("4pm Lisbon time", "14h00 (Brasília time)")
    "TORONTO": _NY, "BOSTON": _NY, "ATLANTA": _NY, "MIAMI": _NY, "AUSTIN": _CHI, "DALLAS": _CHI,
    "HOUSTON": _CHI, "ARIZONA": ZoneInfo("America/Phoenix"), "PHOENIX": ZoneInfo("America/Phoenix"),
    "SEATTLE": _LA, "VANCOUVER": _LA, "MEXICO CITY": ZoneInfo("America/Mexico_City"),
    "SAO PAULO": ZoneInfo("America/Sao_Paulo"), "SÃO PAULO": ZoneInfo("America/Sao_Paulo"),
    "BRASILIA": ZoneInfo("America/Sao_Paulo"), "BRASÍLIA": ZoneInfo("America/Sao_Paulo"),
    "BUENOS AIRES": _fixed(-3), "BOGOTA": _fixed(-5), "BOGOTÁ": _fixed(-5), "LIMA": _fixed(-5),
    "DUBLIN": ZoneInfo("Europe/Dublin"), "LISBON": ZoneInfo("Europe/Lisbon"), "MADRID": ZoneInfo("Europe/Madrid"),
    "ROME": ZoneInfo("Europe/Rome"), "ZURICH": ZoneInfo("Europe/Zurich"), "STOCKHOLM": ZoneInfo("Europe/Stockholm"),
    "WARSAW": ZoneInfo("Europe/Warsaw"), "ATHENS": ZoneInfo("Europe/Athens"), "ISTANBUL": _fixed(3),
    "TEL AVIV": ZoneInfo("Asia/Jerusalem"), "CAIRO": ZoneInfo("Africa/Cairo"), "LAGOS": _fixed(1),
    "NAIROBI": _fixed(3), "JOHANNESBURG": _fixed(2), "DUBAI": _fixed(4), "KARACHI": _fixed(5),
    "MUMBAI": _fixed(5.5), "BANGALORE": _fixed(5.5), "BENGALURU": _fixed(5.5), "DELHI": _fixed(5.5),
    "HYDERABAD": _fixed(5.5), "CHENNAI": _fixed(5.5), "PUNE": _fixed(5.5), "JAKARTA": _fixed(7),
    "BANGKOK": _fixed(7), "HANOI": _fixed(7), "HO CHI MINH": _fixed(7), "MANILA": _fixed(8),
    "BEIJING": _fixed(8), "SHANGHAI": _fixed(8), "HONG KONG": _fixed(8), "TAIPEI": _fixed(8), "PERTH": _fixed(8),
    "TOKYO": _fixed(9), "SEOUL": _fixed(9), "BRISBANE": _fixed(10), "AUCKLAND": ZoneInfo("Pacific/Auckland"),
}  # fmt: skip

_WD = r"(?:mon|tues?|weds|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"

_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"

_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"

_TOMORROW = r"(?:tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|tmw|2moro|2morrow)"

_DATE_RE = re.compile(
    rf"\b(?:(?:next|this|coming)[ \t]+{_WD}|{_TOMORROW}|today|"
    rf"(?:{_WD}[ \t,]+)?(?:the[ \t]+)?(?:{_MON}\.?[ \t]+{_DAY}(?:[ \t,]+20\d\d)?|{_DAY}[ \t]+(?:of[ \t]+)?{_MON}\.?(?:[ \t,]+20\d\d)?)|"
    rf"(?:{_WD}[ \t,]+)?the[ \t]+[0-3]?\d(?:st|nd|rd|th)|"
    rf"{_DAY}[-/ ]{_MON}[-/ ]20\d\d|20\d\d-[01]\d-[0-3]\d|[0-3]?\d\.[01]?\d\.20\d\d|[0-3]?\d/[0-3]?\d(?:/20\d\d)?|{_WD})\b",
    re.I,
)

_TIME_RE = re.compile(
    # the start of a range that shares its end's am/pm: "1:30-2:15pm", "3-3:45pm", "9 to 10am",
    # "between 10 and 11am" (an "and" only after "between": _first_time checks)
    r"\b(?:(?P<rh>[01]?\d)(?:[:.](?P<rm>[0-5]\d))?[ \t]*(?P<rsep>-|–|—|to|and)[ \t]*"
    r"(?=(?P<reh>[01]?\d)(?:[:.][0-5]\d)?[ \t]*(?P<rap>[ap])\.?[ \t]?m\b)"
    r"|(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?[ \t]*(?P<ap>[ap]\.?[ \t]?m\b\.?)"
    r"|(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)\b(?:[ \t]*(?:hrs|hours|h)\b)?"
    # military time after "at" or before hrs or a zone: "at 0730", "1000 CDT", "1400hrs"
    r"|(?:(?<=\bat )|(?<=@ ))(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)\b"
    r"|(?P<mil2>[01]\d|2[0-3])(?P<milm2>[0-5]\d)(?=[ \t]*(?:hrs\b|hours\b|h\b|(?-i:[A-Z]{2,4})\b))"
    # a bare hour after "at", where a time ends: "Mon at 3 for a chat", "Tues at 4?"
    r"|(?<=\bat )(?P<bare>1[0-2]|[1-9])(?=[ \t]*(?:[,;?!)]|\.(?!\d)|$|\n|(?:for|to|on|or|works?|if|then)\b))"
    r"|(?P<noon>noon|midday))",
    re.I | re.M,
)

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_HOUR_WORD = r"(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"

_WORD_TIME_RE = re.compile(
    rf"\b(?:(?P<part>half|quarter)[ \t]+(?P<rel>past|to)[ \t]+{_HOUR_WORD}|{_HOUR_WORD.replace('hw', 'ho')}"
    r"[ \t]*o'?[ \t]?clock)\b",
    re.I,
)


def _spell_word_times(text: str) -> str:
    """ "half past ten" -> "10:30", "quarter to two" -> "1:45", "eleven o'clock" -> "11:00"."""

    def number(word: str) -> int:
        return _NUMBER_WORDS.get(word.lower()) or int(word)

    def sub(m: re.Match[str]) -> str:
        if m.group("ho"):
            return f"{number(m.group('ho'))}:00"
        hour = number(m.group("hw"))
        minutes = 30 if m.group("part").lower() == "half" else 15
        if m.group("rel").lower() == "to":
            hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
        return f"{hour}:{minutes:02d}"

    return _WORD_TIME_RE.sub(sub, text)


def _business_hour(hour: int) -> int:
    """A clock hour written without am/pm, read as a working-day hour ("at 2:30" is 14:30, "9:00" is 9:00)."""
    return hour + 12 if 1 <= hour <= 6 else hour


_ZONE_NAMES = "|".join(sorted((re.escape(z.title()) for z in ZONES if len(z) > 4), key=len, reverse=True))

_ZONE_RE = re.compile(
    rf"\b(?:(?P<abbr>[A-Z]{{2,5}})\b|(?P<off>(?:GMT|UTC)[ \t]*[+-][ \t]*\d{{1,2}}(?::?\d\d)?)|(?P<name>{_ZONE_NAMES})\b)"
)

_OFFSET_RE = re.compile(r"^(?:GMT|UTC)[ \t]*(?P<s>[+-])[ \t]*(?P<h>\d{1,2})(?::?(?P<m>\d\d))?$", re.I)


def _zone(raw: str | None) -> tzinfo | None:
    if not raw:
        return None
    raw = raw.strip()
    m = _OFFSET_RE.match(raw)
    if m:
        minutes = int(m.group("h")) * 60 + int(m.group("m") or 0)
        return timezone(timedelta(minutes=minutes if m.group("s") == "+" else -minutes))
    return ZONES.get(raw.upper())


_CLAUSE_END = re.compile(r"[\n.;!?]|\b(?:and|or|on|for)\b")


def _zone_after(text: str, pos: int) -> tzinfo | None:
    """The zone written right after a time ("3pm EST", "14:30 (CET)", "11am New York time")."""
    window = _CLAUSE_END.split(text[pos : pos + 30], maxsplit=1)[0]
    for m in _ZONE_RE.finditer(window):
        zone = _zone(m.group(0))
        if zone is not None:
            return zone
    return None


_US_ZONES = frozenset({_NY, _CHI, _DEN, _LA, ZONES["ARIZONA"], ZONES["AKST"], ZONES["HST"]})
_AHEAD = timedelta(days=400)  # an interview is set within months: further ahead is a misreading


def _date_order(phrase: str, zone: tzinfo | None, base: datetime | None) -> str:
    """DMY or MDY for a numeric date: 10.06.2026 is day-first everywhere; 5/1 is month-first in North
    America (a US zone next to the time, or a header offset of -4h or less; Brazil, UTC-3, is not);
    a number over 12 settles it either way (12/15 can only be 15 December)."""
    if "/" not in phrase:
        return "DMY"
    pair = re.search(r"([0-3]?\d)/([0-3]?\d)", phrase)
    if pair and int(pair.group(1)) > 12:
        return "DMY"
    if pair and int(pair.group(2)) > 12:
        return "MDY"
    if zone in _US_ZONES:
        return "MDY"
    offset = base.utcoffset() if base else None
    return "MDY" if offset is not None and offset <= timedelta(hours=-4) else "DMY"


_YOURS_RE = re.compile(r"[ \t,(]*(?:in[ \t]+)?your[ \t]+(?:own[ \t]+)?(?:local[ \t]+)?time\b", re.I)


def _in_your_time(text: str, pos: int) -> bool:
    """ "4pm your time": the reader's own zone, not the sender's."""
    return bool(_YOURS_RE.match(text, pos))


def _has_day(month: date, day: int, not_before: date) -> bool:
    """Whether ``month`` has day ``day`` on or after ``not_before``."""
    try:
        return month.replace(day=day) >= not_before
    except ValueError:
        return False


def parse_when(
    date_phrase: str, time_phrase: str, zone: tzinfo | None, base: datetime | None
) -> datetime | None:
    """Resolve 'next Tuesday' + '3pm' in a zone against the message's Date; None when unsure."""
    relative = bool(re.search(rf"\b(?:next|this|coming|{_TOMORROW}|today|{_WD})\b", date_phrase, re.I))
    relative = relative and not re.search(rf"\b{_MON}\b", date_phrase, re.I)
    if base is None and relative:
        return None  # "Tuesday" means nothing without the day the message was written
    tz = zone or (base.tzinfo if base else None)
    if tz is None:
        return None
    day_only = re.fullmatch(
        rf"(?:{_WD}[ \t,]+)?the[ \t]+([0-3]?\d)(?:st|nd|rd|th)", date_phrase.strip(), re.I
    )
    if day_only:  # "Friday the 6th": the next 6th of a month, from the day the message was written
        if base is None:
            return None
        day, first = int(day_only.group(1)), base.astimezone(tz).date()
        month = next(
            (
                m
                for m in ((first.replace(day=1) + timedelta(days=31 * k)).replace(day=1) for k in range(3))
                if _has_day(m, day, first)
            ),
            None,
        )
        if month is None:
            return None
        date_phrase = month.replace(day=day).isoformat()
    settings: dict[str, object] = {"PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False}
    if "." in date_phrase or "/" in date_phrase:
        settings["DATE_ORDER"] = _date_order(date_phrase, zone, base)
    if base is not None:
        settings["RELATIVE_BASE"] = base.astimezone(tz).replace(tzinfo=None)
    cleaned = re.sub(r"\b(?:the|of)\b|,|\(|\)", " ", date_phrase, flags=re.I)
    cleaned = re.sub(rf"\b{_TOMORROW}\b", "tomorrow", cleaned, flags=re.I)
    cleaned = re.sub(r"\bweds\b", "wed", cleaned, flags=re.I)
    if re.search(rf"\b{_MON}\b|\d", cleaned, re.I):
        cleaned = re.sub(
            rf"\b{_WD}\b", " ", cleaned, flags=re.I
        )  # the date decides; a weekday only adds doubt
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = re.sub(r"(?<=\d)-(?=[A-Za-z])|(?<=[A-Za-z])-(?=\d)", " ", cleaned)  # 19-Mar-2026
    try:
        parsed = dateparser.parse(f"{cleaned} {time_phrase}", languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None:
        return None
    start = parsed.replace(tzinfo=tz)
    reference = base if base is not None and base.tzinfo is not None else datetime.now(tz)
    if start - reference > _AHEAD:
        return None  # "12/15" read as 2115: a wrong date is worse than none
    return start


def warm_up() -> None:
    """Have dateparser build its language data and timezone patterns now (~0.15 s of CPU on its first
    parse): before the reader's fork, so both processes share them instead of each building its own."""
    parse_when("next Tuesday", "3:00 pm", None, datetime(2026, 1, 1, tzinfo=UTC))


_SPECIFIC = re.compile(rf"\d|\b{_MON}\b|next|{_TOMORROW}|today", re.I)


def _specific(match: re.Match[str]) -> bool:
    return bool(_SPECIFIC.search(match.group(0)))


def extract_interview_time(email: Email, text: str) -> tuple[datetime | None, datetime | None]:
    """Start and end: a calendar event first, else the first clock time with a date next to it."""
    for event in email.events:
        if event.start is not None and event.method.upper() != "CANCEL":
            return event.start, event.end
    text = _spell_word_times(text)
    dates = list(_DATE_RE.finditer(text))
    times = list(_TIME_RE.finditer(text))
    # a time next to a written-out date beats one next to a bare weekday (bilingual or recap mail); a
    # written-out date further up (an agenda table under "your final round on 17.02.2026") comes last
    for need_specific, reach in ((True, 60), (False, 60), (True, 300), (False, 160)):
        found = _first_time(text, dates, times, email.date, need_specific, reach)
        if found is not None:
            return found, None
    return None, None


_DEADLINE_RE = re.compile(
    r"\b(?:by|before|until|till|no later than|deadline(?: is)?|due|closes? at)[ \t]*(?:the[ \t]+)?$", re.I
)


def _time_phrase(tm: re.Match[str]) -> str:
    """The clock time of a _TIME_RE match as dateparser reads it."""
    if tm.group("noon"):
        return "12:00"
    if tm.group("rh") is not None:
        hour, end_hour = int(tm.group("rh")), int(tm.group("reh"))
        pm = tm.group("rap").lower() == "p"
        if pm and hour != 12 and hour % 12 > end_hour % 12:
            pm = False  # "11-12pm" starts at 11 am
        return f"{hour}:{tm.group('rm') or '00'} {'pm' if pm else 'am'}"
    if tm.group("h24") is not None:
        raw = tm.group("h24")
        hour = int(raw) if raw.startswith("0") else _business_hour(int(raw))
        return f"{hour:02d}:{tm.group('m24')}"
    if tm.group("bare") is not None:
        return f"{_business_hour(int(tm.group('bare'))):02d}:00"
    if tm.group("mil") is not None:
        return f"{tm.group('mil')}:{tm.group('milm')}"
    if tm.group("mil2") is not None:
        return f"{tm.group('mil2')}:{tm.group('milm2')}"
    ap = "pm" if tm.group("ap").lower().startswith("p") else "am"
    return f"{int(tm.group('h'))}:{tm.group('m') or '00'} {ap}"


def _first_time(
    text: str,
    dates: list[re.Match[str]],
    times: list[re.Match[str]],
    base: datetime | None,
    need_specific: bool,
    reach: int = 60,
) -> datetime | None:
    for index, tm in enumerate(times):
        if tm.group("h") is not None and int(tm.group("h")) > 12:
            continue
        if any(d.start() <= tm.start() < d.end() for d in dates):
            continue  # the day of "June 1 - 3:00 PM" is not the start of a range
        if _DEADLINE_RE.search(text, max(0, tm.start() - 25), tm.start()):
            continue  # "book a slot by 23:55 on 4 March", "reply before 5pm Friday": a deadline
        if tm.group("rsep") == "and" and not re.search(
            r"\bbetween\s+$", text[max(0, tm.start() - 12) : tm.start()], re.I
        ):
            continue  # "at 2 and 3pm" is two times; only "between 2 and 3pm" is a range
        before = [d for d in dates if d.end() <= tm.start() and tm.start() - d.end() <= reach]
        ranged = index + 1 < len(times) and 0 <= times[index + 1].start() - tm.end() <= 6
        end = times[index + 1].end() if ranged else tm.end()  # "9:00 - 10:00 AM on Tuesday": the range's date
        after = [d for d in dates if d.start() >= end and d.start() - end <= 25]
        # prefer the written-out date over a weekday next to it ("8th April 2026 (Wednesday)")
        specific = [d for d in before if _specific(d)]
        date_match = (specific or before)[-1] if (specific or before) else (after[0] if after else None)
        if date_match is None or (need_specific and not _specific(date_match)):
            continue
        zone = _zone_after(text, tm.end())
        if zone is None and ranged:
            zone = _zone_after(text, times[index + 1].end())  # "9:00 AM - 10:00 AM Mountain Time"
        if zone is None and date_match.start() >= end:
            zone = _zone_after(text, date_match.end())  # "7:30am on Wednesday (your time, ET)"
        start = parse_when(date_match.group(0), _time_phrase(tm), zone, base)
        if start is not None and zone is None and _in_your_time(text, end):
            # naive: the reader's local time, which only the profile knows (facts.aware applies it)
            return start.replace(tzinfo=None)
        if start is not None:
            return start
    return None


_DURATION_RE = re.compile(
    r"\b(?:(?P<min>\d{1,3})[ \t-]*(?:minutes?|mins?)\b|(?P<hr>\d{1,2}(?:\.\d)?|an|one|two|half an)[ \t-]*(?:hours?|hrs?)\b)",
    re.I,
)

_WORD_HOURS = {"an": 1.0, "one": 1.0, "two": 2.0, "half an": 0.5}


def extract_duration(text: str) -> int | None:
    m = _DURATION_RE.search(text)
    if not m:
        return None
    if m.group("min"):
        return int(m.group("min"))
    raw = m.group("hr").lower()
    return round(60 * (_WORD_HOURS[raw] if raw in _WORD_HOURS else float(raw)))
