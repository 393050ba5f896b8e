"""Links, location and addresses: the meeting link, the talent-network link, where and whom to write."""

from __future__ import annotations

import re

from followup.classifiers.modeltext import NOREPLY_RE
from followup.models import Email

_URL_RE = re.compile(r"https?://[^\s<>\"')\]]+", re.I)

MEETING_HOSTS = ("zoom.us", "meet.google.com", "teams.microsoft.com", "teams.live.com", "webex.com", "whereby.com",
                 "bluejeans.com", "chime.aws", "gotomeeting.com", "meet.jit.si")  # fmt: skip

BOOKING_HOSTS = ("calendly.com", "goodtime.io", "doodle.com", "cal.com", "youcanbook.me", "savvycal.com",
                 "outlook.office365.com/owa/calendar", "ashbyhq.com", "greenhouse.io/schedule", "/book", "/schedule")  # fmt: skip

_TALENT_CONTEXT = re.compile(
    r"talent (?:network|community|pool)|career(?:s)? (?:site|page|portal)|job alerts|open (?:roles|positions)",
    re.I,
)

_LOCATION_RE = [
    re.compile(
        r"^[ \t]*(?:location|address|venue|where|office)[ \t]*:[ \t]*(?P<l>[^\n]{4,120})$", re.I | re.M
    ),
    re.compile(
        r"\b(?:at|in) our (?:office|offices|headquarters|HQ|studio|campus)(?:[ \t]+(?:at|in|on)[ \t]+|,[ \t]*)(?P<l>[^\n]+?)(?=\.[ \t]|\.?$|\n|;|\()",
        re.I | re.M,
    ),
]

ROLE_ACCOUNTS = {
    "careers",
    "jobs",
    "hr",
    "recruiting",
    "recruitment",
    "talent",
    "hiring",
    "info",
    "apply",
    "people",
}


def _urls(text: str) -> list[str]:
    return [u.rstrip(".,;:!?") for u in _URL_RE.findall(text)]


def extract_links(email: Email, text: str) -> tuple[str | None, str | None]:
    """(meeting link, talent-network/careers link)."""
    urls = [e.url for e in email.events if e.url] + [
        e.location for e in email.events if e.location.startswith("http")
    ]
    urls += _urls(text)
    meeting = next((u for u in urls if any(h in u.lower() for h in MEETING_HOSTS)), None)
    if meeting is None:
        meeting = next((u for u in urls if any(h in u.lower() for h in BOOKING_HOSTS)), None)
    talent = None
    for m in _URL_RE.finditer(text):
        url = m.group(0).rstrip(".,;:!?")
        window = text[max(0, m.start() - 150) : m.start()].splitlines()[-2:]
        if "talent" in url.lower() or _TALENT_CONTEXT.search(" ".join(window)):
            talent = url
            break
    return meeting, talent


def extract_location(email: Email, text: str) -> str | None:
    for event in email.events:
        if (
            event.location
            and not event.location.startswith("http")
            and not re.search(r"zoom|teams|meet|webex", event.location, re.I)
        ):
            return event.location
    for rx in _LOCATION_RE:
        m = rx.search(text)
        if m:
            value = m.group("l").strip().rstrip(".")
            if not _URL_RE.match(value):
                return value
    return None


def extract_contact_email(text: str, sender_email: str) -> str | None:
    best = None
    for addr in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        addr = addr.rstrip(".")
        local = addr.split("@", 1)[0].lower()
        if NOREPLY_RE.match(local):
            continue
        if local not in ROLE_ACCOUNTS:
            return addr
        best = best or addr
    return best
