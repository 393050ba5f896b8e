"""Calendar parts (text/calendar, .ics): the events of an invitation, in aware datetimes."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, time, timedelta

from followup.mail.decoding import clean_line
from followup.mail.headers import normalize_addr
from followup.models import Address, CalendarEvent

log = logging.getLogger(__name__)


def _aware(value: object) -> datetime | None:
    """icalendar values to aware datetimes: floating times and all-day dates are taken as UTC."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), tzinfo=UTC)
    return None


def _ical_text(component: object, name: str) -> str:
    try:
        value = component.get(name)  # type: ignore[attr-defined]
    except Exception:
        return ""
    return clean_line(str(value)) if value is not None else ""


def parse_calendar(text: str) -> list[CalendarEvent]:
    """VEVENTs of one iCalendar text; broken calendars give nothing, never an error."""
    from icalendar import Calendar  # imported here: only invitations pay for it

    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:
        log.info("unreadable calendar part skipped: %s", clean_line(str(exc), limit=200))
        return []
    events = []
    for cal in calendars:
        method = _ical_text(cal, "METHOD").upper()
        try:
            vevents = cal.walk("VEVENT")
        except Exception:
            continue
        for ev in vevents[:50]:
            try:
                events.append(_event(ev, method))
            except Exception as exc:  # a broken property (bad TZID, bad date) spoils one event only
                log.info("unreadable VEVENT skipped: %s", clean_line(str(exc), limit=200))
    return events


def _event(ev: object, method: str) -> CalendarEvent:
    start_prop = ev.get("DTSTART")  # type: ignore[attr-defined]
    end_prop = ev.get("DTEND")  # type: ignore[attr-defined]
    start = _aware(start_prop.dt) if start_prop is not None else None
    end = _aware(end_prop.dt) if end_prop is not None else None
    duration = ev.get("DURATION")  # type: ignore[attr-defined]
    if end is None and start is not None and duration is not None and isinstance(duration.dt, timedelta):
        end = start + duration.dt
    organizer = None
    org = ev.get("ORGANIZER")  # type: ignore[attr-defined]
    if org is not None:
        addr = normalize_addr(re.sub(r"^mailto:", "", str(org), flags=re.I))
        if addr:
            name = org.params.get("CN", "") if hasattr(org, "params") else ""
            organizer = Address(name=clean_line(str(name)), email=addr)
    return CalendarEvent(
        start=start,
        end=end,
        summary=_ical_text(ev, "SUMMARY"),
        location=_ical_text(ev, "LOCATION"),
        url=_ical_text(ev, "URL"),
        organizer=organizer,
        method=method,
    )
