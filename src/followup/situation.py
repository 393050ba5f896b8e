"""What a message asks of the user, read from its new text: the facts that choose the kind of reply.

Pure functions over the text the classifier saw. Every value they return is quoted from the
message as written ("by Friday 11 December at 5pm", "£62,000"), never recomputed, so a draft
can repeat it without changing its meaning. When a cue is unclear they return nothing, and the
templates fall back to their neutral sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from followup.textguard import Guarded

_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAYNUM = r"[0-3]?\d(?:st|nd|rd|th)?"
# "Monday 21 December", "21 December 2026", "December 21", "Friday, the 8th of January", "21/12/2026"
DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?:{_DAYNUM}\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+20\d\d)?|"
    rf"{_MONTH}\.?\s+{_DAYNUM}(?:,?\s+20\d\d)?|[0-3]?\d[./][01]?\d[./]20\d\d|{_WEEKDAY})"
)
CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?"
_ZONE = r"(?:\s*\(?(?:[A-Z]{2,5}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?)\)?(?![a-z]))?"
_AT_TIME = rf"(?:,?\s+(?:at\s+)?{CLOCK}(?:\s*[-–]\s*{CLOCK})?{_ZONE})?"


def _guarded(pattern: re.Pattern[str], *words: str) -> Guarded:
    """A case-insensitive cue pattern with the lower-case words every match of it holds."""
    return Guarded(pattern, *words, folded=True)


class Situation(StrEnum):
    """What a message asks of the user; rules can test these (``when.situation``).

    The first five say how an interview invitation expects its time to be settled, and so which
    reply it needs; an invitation has exactly one of them.
    """

    ONE_SLOT = "one_slot"  # a time is proposed: confirm it
    SEVERAL_SLOTS = "several_slots"  # a choice of times: the user picks one
    AVAILABILITY_REQUEST = "availability_request"  # they ask when the user is free
    BOOKING_LINK = "booking_link"  # they send a link to book a slot
    NO_SLOT = "no_slot"  # an invitation with no time yet: they will send one
    ASSESSMENT_DONE = "assessment_done"  # a receipt for a finished assessment
    FEEDBACK_GIVEN = "feedback_given"  # a rejection that already says why
    TALENT_NETWORK = "talent_network"  # the mail mentions or links a talent network
    INTERVIEW_BOOKED = "interview_booked"  # a reminder or confirmation of a booked slot, with its time
    INTERVIEW_CANCELLED = "interview_cancelled"  # the interview is called off
    INTERVIEW_MOVED = "interview_moved"  # a booked interview gets a new time (or asks for one)


SCHEDULING = (
    Situation.ONE_SLOT,
    Situation.SEVERAL_SLOTS,
    Situation.AVAILABILITY_REQUEST,
    Situation.BOOKING_LINK,
    Situation.NO_SLOT,
)


@dataclass(frozen=True)
class OfferTerms:
    """The terms an offer states, as written; None for each one it leaves open."""

    salary: str | None = None
    start_date: str | None = None
    deadline: str | None = None  # when they need the decision
    written: bool = False  # the written offer is attached or included


_AVAILABILITY = re.compile(
    r"\b(?:send|share|provide|give|let (?:me|us) know|confirm|tell (?:me|us))\s+(?:me\s+|us\s+)?"
    r"(?:your|some|a few)\s+(?:availability|available (?:times|dates|slots))\b(?!\s+for the (?:above|proposed))"
    r"|\b(?:a few|some|a couple of|two or three|several)\s+(?:(?:time|date)\s+)?(?:times|slots|windows|dates|options)\b"
    r"[^.?!\n]{0,40}\b(?:suit|work|convenient|free|available)"
    r"|\bsend me a couple of windows\b"
    r"|\bwhen (?:are|would) you (?:be )?(?:free|available)\b"
    r"|\bwhat (?:is|does) your (?:availability|schedule|calendar) look like\b"
    r"|\byour availability (?:for|over|during|in) (?:the |a )?(?:next|coming|following|week)",
    re.I,
)
BOOKING_HOSTS = (
    "calendly.com", "goodtime.io", "youcanbook.me", "cal.com", "savvycal.com", "doodle.com",
    "/schedule", "/book", "outlook.office365.com/owa/calendar", "zcal.co", "hubspot.com/meetings",
)  # fmt: skip
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)
_DEADLINE = _guarded(
    re.compile(
        rf"\b(?:(?:by|before|no later than|until)\s+(?:the\s+end\s+of\s+)?{DATE}{_AT_TIME}"
        rf"|(?:within|in the next)\s+\d{{1,2}}\s+(?:business\s+|working\s+|calendar\s+)?days)\b",
        re.I,
    ),
    "by", "before", "no later than", "until", "within", "in the next",
)  # fmt: skip
_DAYS_TO = _guarded(
    re.compile(
        r"\byou (?:will )?have\s+(\d{1,2})\s+((?:business\s+|working\s+|calendar\s+)?days?)\s+to\s+complete\b",
        re.I,
    ),
    "complete",
)
_FEEDBACK = re.compile(
    r"\b(?:(?:the|our)\s+(?:panel|team|interviewers?|hiring (?:manager|team))\s+"
    r"(?:felt|liked|enjoyed|noted|thought|found|wanted|were looking for)"
    r"|to share (?:some|a little|a bit of) feedback|here is (?:some |the )?feedback|(?:I|we) hope this feedback"
    r"|(?:was|were) not yet as|would have liked to see more|wanted more (?:hands-on )?\w+ experience)\b",
    re.I,
)
_NO_FEEDBACK = re.compile(
    r"\b(?:unable|not able|cannot|can't|can not|won't|do not|don't)\b[^.\n]{0,40}\bfeedback\b", re.I
)
_TALENT = _guarded(
    # "we will keep your details on file" is not a network the user can join: no draft claims one
    re.compile(
        r"\btalent (?:network|community|pool|pipeline)\b"
        r"|\bjoin our (?:candidate|talent|careers?) (?:network|community|list)\b",
        re.I,
    ),
    "talent ", "join our ",
)  # fmt: skip
_FINISHED = _guarded(
    re.compile(
        r"\b(?:thank you|thanks) for (?:completing|submitting|finishing)\b"
        r"|\b(?:we have|we've) received your (?:submission|completed|assessment|test|answers)\b"
        r"|\byour (?:submission|assessment|test) (?:has been|was) received\b",
        re.I,
    ),
    "completing", "submitting", "finishing", "received",
)  # fmt: skip
_MONEY = (
    r"(?:[£$€]\s?\d[\d,.]*(?:\s?k\b)?|(?:EUR|USD|GBP|CHF)\s?\d[\d,.]*\d|\d[\d,.]*\s?(?:EUR|USD|GBP|CHF)|\d[\d,.]*\s?(?:euros?|dollars|pounds))"
    r"(?:\s+(?:per (?:year|annum)|a year|p\.?a\.?|gross|annually))?(?:\s+plus\s+an?\s+\d+%\s+bonus)?"
)
_SALARY = re.compile(rf"\b(?:salary|compensation|base pay|pay)\b[^.\n]{{0,40}}?({_MONEY})", re.I)
_START = re.compile(
    rf"(?:\bstart(?:ing)?(?:\s+date)?\s+(?:of|is|will be|on|from|:)|\bstart(?:ing)?(?:\s+date)?:|\bstarting)\s+({DATE})",
    re.I,
)
_DECISION_BY = re.compile(
    rf"\b(?:decision|answer|response|reply|let us know|acceptance|sign(?:ed)?)\b[^.\n]{{0,40}}?"
    rf"\b(?:by|before|no later than)\s+({DATE}{_AT_TIME})",
    re.I,
)
_WRITTEN = re.compile(
    r"\b(?:offer letter|written offer|contract|offer)\b[^.\n]{0,30}\battached\b|\battached\b[^.\n]{0,30}"
    r"\b(?:offer letter|written offer|contract)\b|\bfind your offer letter\b|\boffer letter (?:is )?enclosed\b",
    re.I,
)


_BOOKED = _guarded(
    re.compile(
        r"\b(?:reminder\b[^.\n]{0,60}\binterview|your interview (?:is|has been) (?:booked|confirmed|scheduled)"
        r"|(?:this is to |we are |just )?confirm(?:ing)? your interview"
        r"|looking forward to (?:seeing|meeting|speaking (?:with|to)) you (?:on|tomorrow|next))",
        re.I,
    ),
    "interview", "looking forward to ",
)  # fmt: skip
_MOVED = _guarded(
    re.compile(
        r"\b(?:reschedul\w+|move your interview|change (?:of|to) (?:your )?interview time|new time for your interview"
        r"|(?:push|bring) (?:back |forward )?your interview|(?:the )?panel is (?:not|no longer) available)\b",
        re.I,
    ),
    "reschedul", "interview", "panel is ",
)  # fmt: skip
_CANCELLED = _guarded(
    re.compile(
        r"\b(?:(?:need|have|had) to cancel|(?:are|is) cancell?ing|(?:has been|have been|was|were) cancell?ed)\b"
        r"[^.\n]{0,40}\b(?:interview|call|meeting)\b"
        r"|\b(?:interview|call|meeting)\b[^.\n]{0,30}\b(?:has been|is|was) (?:cancell?ed|called off)\b",
        re.I,
    ),
    "cancel", "called off",
)  # fmt: skip


def _clean(phrase: str) -> str:
    return " ".join(phrase.split()).rstrip(".,;:")


def asks_availability(text: str) -> bool:
    """They ask for the user's free times ("send me your availability for next week")."""
    return bool(_AVAILABILITY.search(text))


def booking_link(text: str) -> str | None:
    """A link that lets the user book the slot (Calendly, GoodTime, an ATS's /schedule page)."""
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        if any(host in url.lower() for host in BOOKING_HOSTS):
            return url
    return None


def deadline(text: str) -> str | None:
    """The first deadline as written: "by Friday 11 December at 5pm", "before 18 December", "within 5 days"."""
    match = _DEADLINE.search(text)
    if match:
        return _clean(match.group(0))
    days = _DAYS_TO.search(text)
    return f"within {days.group(1)} {_clean(days.group(2))}" if days else None


def gives_feedback(text: str) -> bool:
    """A rejection that already says why (so the reply thanks them for it rather than asking)."""
    return bool(_FEEDBACK.search(text)) and not _NO_FEEDBACK.search(text)


def talent_network(text: str) -> str | None:
    """What the mail calls its talent network when it mentions one ("talent pool"), else None."""
    if _TALENT.search(text) is None:
        return None
    named = re.search(r"\btalent (?:network|community|pool|pipeline)\b", text, re.I)
    return named.group(0).lower() if named else "talent network"


def booked_reminder(text: str) -> bool:
    """A reminder or confirmation of an interview already booked ("a quick reminder that your interview...")."""
    return bool(_BOOKED.search(text))


def cancelled_interview(text: str) -> bool:
    """The interview is called off ("we need to cancel Friday's interview")."""
    return bool(_CANCELLED.search(text))


_DETAILS_TO_FOLLOW = re.compile(
    r"\b(?:I|we|our (?:team|recruiter|recruiters|office|office manager|hr team|talent team)|(?:s?he|they))"
    r"(?:'ll| will)\s+(?:soon\s+)?(?:be in touch|send (?:you )?(?:the |more )?details|follow up|get back to you|"
    r"(?:phone|call|ring|contact) you|reach out)"
    r"[^.\n]{0,60}\b(?:shortly|soon|details|time|day|date|invitation|invite|arrange|agree|schedule|this week|"
    r"next week|in the coming days)\b|\bdetails to follow\b|\byou will (?:soon |shortly )?be contacted\b",
    re.I,
)


def details_to_follow(text: str) -> bool:
    """They will send the time themselves ("I'll be in touch shortly with the details")."""
    return bool(_DETAILS_TO_FOLLOW.search(text))


def moved_interview(text: str) -> bool:
    """A booked interview gets a new time, or they ask to find one ("could we move your interview")."""
    return bool(_MOVED.search(text))


def moves_interview(text: str) -> bool:
    """A reminder, a new time or a cancellation of an interview: each moves (or drops) the thank-you."""
    return booked_reminder(text) or moved_interview(text) or cancelled_interview(text)


def finished_assessment(text: str) -> bool:
    """A receipt for an assessment the user already completed: it needs no reply."""
    return bool(_FINISHED.search(text))


def offer_terms(text: str) -> OfferTerms:
    """Salary, start date and decision deadline as the offer states them."""
    salary = _SALARY.search(text)
    start = _START.search(text)
    by = _DECISION_BY.search(text)
    return OfferTerms(
        salary=_clean(salary.group(1)) if salary else None,
        start_date=_clean(start.group(1)) if start else None,
        deadline=_clean(by.group(1)) if by else None,
        written=bool(_WRITTEN.search(text)),
    )


def scheduling(text: str, slots: int, link: str | None) -> Situation:
    """The kind of reply an invitation needs, from its slots (time phrases found), link and cues."""
    if link is not None and slots <= 1:
        return Situation.BOOKING_LINK
    if slots >= 2:
        return Situation.SEVERAL_SLOTS
    if slots == 1:
        return Situation.ONE_SLOT
    if asks_availability(text):
        return Situation.AVAILABILITY_REQUEST
    return Situation.NO_SLOT


# ---- slots: the interview times a message proposes, as written --------------------------------

_CLOCK_SHOWN = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?:\s*[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)"
_ZONES = (
    "EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|GMT|UTC|BST|IST|CET|CEST|EET|EEST|WET|WEST|SGT|JST|KST|"
    "HKT|AEST|AEDT|AWST|NZST|NZDT|SAST|WAT|EAT|BRT|MSK|GST|MEZ|MESZ"
)
_ZONE_SHOWN = rf"(?:\s*\(?(?-i:{_ZONES}|(?:GMT|UTC)\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)\)?(?![A-Za-z]))?"
# a window is quoted whole, so a draft confirms it as written and never one end of it as the time
_WINDOW = r"(?:some\s?time\s+)?between\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\b\.?)?\s+and\s+"
_ZONE_WORD = (
    r"(?!(?:the|this|that|any|each|every|next|same|first|a)\b)(?:(?-i:[A-Z][A-Za-z]+)|your|local)[ \t]+time"
)
_ZONE_WORDS = rf"(?:[ \t]+(?:{_ZONE_WORD}\b|\({_ZONE_WORD}\)))?"  # "UK time", "(Paris time)", "your time"
_SLOT = re.compile(
    rf"(?<![\w-])(?:(?P<date>{DATE}),?\s+(?:at\s+|from\s+|{_WINDOW})?{_CLOCK_SHOWN}(?:\s*(?:-|–|to)\s*{_CLOCK_SHOWN})?"
    rf"|(?:{_WINDOW})?{_CLOCK_SHOWN}(?:\s*(?:-|–|to)\s*{_CLOCK_SHOWN})?{_ZONE_SHOWN}{_ZONE_WORDS}\s+on\s+(?P<date2>{DATE}))(?![\w:])"
    rf"{_ZONE_SHOWN}{_ZONE_WORDS}",
    re.I,
)
# What every _CLOCK_SHOWN contains: its hour's last digit, then ":mm" / ".mm" or "am" / "pm".
_CLOCKISH = re.compile(r"\d(?:[:.][0-5]\d|\s*[ap]\.?m)", re.I)
_BEFORE_DEADLINE = re.compile(
    r"\b(?:by|before|until|till|no later than|deadline(?: is)?|due|closes?(?: at)?|expires?)[ \t,]*(?:the[ \t]+)?$",
    re.I,
)
_AHEAD_DAYS = 183  # an interview is set within months: a year away means the weekday was a slip
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def find_slots(text: str) -> list[str]:
    """Every interview time the text proposes, as written ("Thursday, December 10 at 1:00 PM EST").

    A date with a clock time is a slot; one that follows "by", "before", "until" is a deadline
    ("book by Friday at 5pm") and is left out. Repeats count once.
    """
    if not _CLOCKISH.search(text):  # every slot holds a clock time: most mail has none
        return []
    found: list[str] = []
    for match in _SLOT.finditer(text):
        if _BEFORE_DEADLINE.search(text, max(0, match.start() - 25), match.start()):
            continue
        phrase = _clean(match.group(0))
        if phrase.casefold() not in (seen.casefold() for seen in found):
            found.append(phrase)
    return found


_WINDOW_ALONE = re.compile(rf"(?<![\w-]){_WINDOW}{_CLOCK_SHOWN}(?![\w:]){_ZONE_SHOWN}{_ZONE_WORDS}", re.I)


def time_window(text: str) -> str | None:
    """A window the recruiter offers, as written ("sometime between 10 and 11am UK time"), else None."""
    match = _WINDOW_ALONE.search(text)
    return _clean(match.group(0)) if match else None


def written_weekday(phrase: str) -> int | None:
    """Monday = 0 ... for the weekday a phrase names ("Tuesday 17 December" -> 1); None without one."""
    match = re.search(rf"\b{_WEEKDAY}\b", phrase, re.I)
    return _WEEKDAYS.index(match.group(0)[:3].lower()) if match else None


def same_day(start: datetime, phrase: str) -> bool:
    """Whether `phrase` writes the day and month of `start` ("17 December", "December 17th")."""
    numbers = re.findall(r"\d+", re.sub(r"\d{1,2}[:.]\d\d", " ", phrase))
    return str(start.day) in [n.lstrip("0") for n in numbers] and f"{start:%b}".lower() in phrase.lower()


def agree(start: datetime, phrase: str, received: datetime | None) -> datetime | None:
    """`start` when it falls on the weekday `phrase` names; else the same date in the year before or
    after, when that one does and lies in the coming months (a date written without a year, "Thursday,
    January 14" in December); None when no such year makes the weekday true.
    """
    weekday = written_weekday(phrase)
    if weekday is None or start.weekday() == weekday:
        return start
    if re.search(r"\b20\d\d\b", phrase):
        return None  # the year is written and the weekday disagrees: quote it, compute nothing
    for years in (1, -1):
        try:
            moved = start.replace(year=start.year + years)
        except ValueError:  # 29 February
            continue
        soon = received is None or timedelta(days=-7) <= moved - received <= timedelta(days=_AHEAD_DAYS)
        if moved.weekday() == weekday and soon:
            return moved
    return None
