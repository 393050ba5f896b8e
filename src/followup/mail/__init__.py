"""bytes -> Email: the one place that touches MIME (STYLE.md: parse once).

Mail is hostile input. The structure comes from the stdlib parser (compat32: it never raises on broken
structure and is fast on huge or many-part messages); headers are decoded here by hand, because both
mail-parser and the stdlib's ``policy.default`` either drop 8-bit bytes, raise on CR/LF inside encoded
words, or lose the sender. mail-parser's strict RFC 5322 date reader backs up the stdlib's for obsolete
forms. Only text parts are decoded; attachments are named, never decoded, so a 20 MB file costs one pass
of the parser and nothing more.
"""

from __future__ import annotations

import email.feedparser
import hashlib
import logging
import re
from email.message import Message

from followup.errors import MailParseError
from followup.mail.decoding import ENCODED_WORD, clean_line, decode_bytes, decode_header_value
from followup.mail.headers import (
    first_headers,
    header_token,
    msg_ids,
    normalize_addr,
    parse_addresses,
    parse_date,
    valid_addr_spec,
)
from followup.mail.ical import parse_calendar
from followup.mail.limits import FULL_TEXT_LIMIT, MAX_REFERENCES, STRIP_WINDOW
from followup.mail.lines import message_from_bytes
from followup.mail.mime import body_text, headers_only, html_to_text, normalize_text, recover_body, walk
from followup.mail.quotes import split_signature, strip_quotes
from followup.models import CalendarEvent, Email

__all__ = [
    "ENCODED_WORD",
    "clean_line",
    "decode_bytes",
    "decode_header_value",
    "html_to_text",
    "is_from",
    "normalize_addr",
    "parse",
    "parse_addresses",
    "parse_calendar",
    "parse_date",
    "split_signature",
    "strip_quotes",
    "valid_addr_spec",
]

log = logging.getLogger(__name__)


class _LineEndAtEnd:
    r"""The stdlib parser's ``(\r\n|\r|\n)\Z``, searched in the last two characters only.

    feedparser searches it over each part's whole payload to drop the line break before a boundary;
    the regex engine tries every position, 1.8 ms for a 270 KB attachment (most of parsing such a
    mail). Only the end can match, and the parser reads only the matched text, so searching
    ``text[-2:]`` gives the same answer. Installed only where the pattern is exactly this one.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return self._pattern.search(string if args else string[-2:], *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._pattern, name)


_EOL = getattr(email.feedparser, "NLCRE_eol", None)  # not in typeshed: a module-level name of the parser
if isinstance(_EOL, re.Pattern) and _EOL.pattern == r"(\r\n|\r|\n)\Z":
    email.feedparser.NLCRE_eol = _LineEndAtEnd(_EOL)  # type: ignore[attr-defined]


def _message(data: bytes) -> Message:
    """The stdlib's message tree, or only the headers when the MIME nesting is an attack."""
    try:
        return message_from_bytes(data)
    except RecursionError:
        # The stdlib parser recurses once per MIME level; thousands of levels are an attack, not mail.
        # The headers still say who wrote and what about; the body is read as text further down.
        log.warning("MIME nesting too deep to parse; reading headers only")
        return headers_only(data)
    except Exception as exc:  # compat32 is lenient; this is a last resort, not a code path
        raise MailParseError(
            f"message could not be split into headers and body ({exc}); it is skipped"
        ) from exc


def _events(calendars: list[str]) -> tuple[CalendarEvent, ...]:
    events: list[CalendarEvent] = []
    for cal in calendars:
        for event in parse_calendar(cal):
            if event not in events:  # Google sends the same invite inline and as invite.ics
                events.append(event)
    return tuple(events)


def parse(data: bytes) -> Email:
    """Bytes from the server to an Email; MailParseError only when nothing at all is usable."""
    data = bytes(data)
    if not data.strip():
        raise MailParseError("message is empty: the server returned no bytes for it; it is skipped")
    msg = _message(data)
    found = walk(msg)
    body = body_text(found)
    for inner in found.inner:
        if body.strip():
            break
        # A message whose only content is an attached message (a bare forward): read the inner one.
        body = body_text(walk(inner))
    if not body.strip() and msg.get_content_maintype() == "multipart" and not found.calendars:
        body = recover_body(data)
    body = normalize_text(body)

    window = body[:STRIP_WINDOW]
    text, signature = split_signature(strip_quotes(window))

    events = _events(found.calendars)
    head = first_headers(msg).get
    senders = parse_addresses(head("from"))
    email = Email(
        message_id=next(iter(msg_ids(head("message-id"))), ""),
        subject=decode_header_value(head("subject")),
        sender=senders[0] if senders else None,
        reply_to=parse_addresses(head("reply-to")),
        to=parse_addresses(head("to")),
        cc=parse_addresses(head("cc")),
        date=parse_date(head("date")),
        in_reply_to=next(iter(msg_ids(head("in-reply-to"))), ""),
        references=msg_ids(head("references"))[-MAX_REFERENCES:],
        text=text[:FULL_TEXT_LIMIT],
        full_text=body[:FULL_TEXT_LIMIT],
        signature=signature[:2_000],
        events=events,
        list_id=decode_header_value(head("list-id")),
        list_unsubscribe=bool(decode_header_value(head("list-unsubscribe"))),
        precedence=header_token(head("precedence")),
        auto_submitted=header_token(head("auto-submitted")),
        attachments=tuple(found.attachments),
        raw_sha256=hashlib.sha256(data).hexdigest(),
    )
    if not (email.sender or email.subject or email.message_id or email.date or body.strip() or events):
        raise MailParseError("message has no readable header or body: it is not mail; it is skipped")
    return email


def is_from(email: Email, address: str) -> bool:
    """Whether the user sent this message (their own replies must not be answered)."""
    return email.sender is not None and email.sender.email.casefold() == address.strip().casefold()
