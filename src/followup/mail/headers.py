"""Header values: addresses, message ids, dates and tokens, decoded by hand from compat32 strings."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.utils import getaddresses, parsedate_tz
from functools import lru_cache

from mailparser.dates import parse_mail_date

from followup.mail.decoding import ENCODED_WORD, clean_line, decode_header_value, unraw
from followup.mail.limits import HEADER_LIMIT, MAX_ATTACHMENTS
from followup.models import Address

_ADDR_SPEC = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+$")

_NUMERIC_ZONE = re.compile(r"(?:^|\s)[+-]\d{4}(?:\s|$)")

_MSGID = re.compile(r"<([^<>\s]+)>")


def first_header(msg: Message, name: str) -> str | None:
    """The first such header as it came off the wire (8-bit bytes still surrogate-escaped).

    ``raw_items`` skips compat32's fetch step, which turns 8-bit bytes into U+FFFD before we could
    decode them as UTF-8 or Latin-1.
    """
    name = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == name:
            return str(value)
    return None


def first_headers(msg: Message) -> dict[str, str]:
    """Every header name (lower case) with its first value, as `first_header` gives each: one pass
    over the headers for a message whose dozen headers are all looked up."""
    found: dict[str, str] = {}
    for key, value in msg.raw_items():
        found.setdefault(key.lower(), str(value))
    return found


def valid_addr_spec(value: str) -> bool:
    """One local part, one @, one domain, no spaces, quotes or controls: anything else is unsafe."""
    return bool(_ADDR_SPEC.match(value)) and "." not in (value[0], value[-1]) and len(value) <= 254


def normalize_addr(value: str) -> str | None:
    """An addr-spec with a lower-cased domain, or None when it is not a plain, safe address."""
    value = value.strip()
    if not valid_addr_spec(value):
        return None
    local, domain = value.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def parse_addresses(value: str | None) -> tuple[Address, ...]:
    """An address header (From, To, ...) to Addresses; invalid mailboxes are dropped."""
    if not value:
        return ()
    # The same To (the user) and From (a recruiter, an ATS) come back in mail after mail: usual-sized
    # values are cached (the answer is a tuple of frozen Addresses, safe to share; a long one is not kept).
    return _cached_addresses(value) if len(value) <= _CACHED_LENGTH else _parse_addresses(value)


_CACHED_LENGTH = 1_000


@lru_cache(maxsize=512)
def _cached_addresses(value: str) -> tuple[Address, ...]:
    return _parse_addresses(value)


def _parse_addresses(value: str) -> tuple[Address, ...]:
    raw = unraw(value)[: HEADER_LIMIT * 4].replace("\r", " ").replace("\n", " ").replace("\x00", " ")
    # Encoded words become plain atoms while the list is split, so a name decoding to "," ":" or "<"
    # cannot split mailboxes or hide the real address; they are decoded afterwards, name by name.
    words: list[str] = []

    def hide(match: re.Match[str]) -> str:
        words.append(match.group(0))
        return f"EW{len(words) - 1:05d}X"

    masked = ENCODED_WORD.sub(hide, raw)
    try:
        pairs = getaddresses([masked])
    except Exception:
        return ()
    out = []
    for name, addr in pairs:
        email = normalize_addr(addr)
        if email is None:
            continue
        name = re.sub(r"EW(\d{5})X", lambda m: words[int(m.group(1))], name)
        out.append(Address(name=decode_header_value(name), email=email))
    return tuple(out[:MAX_ATTACHMENTS])


def msg_ids(value: str | None) -> tuple[str, ...]:
    """Message-IDs without angle brackets; a bare id with no brackets is accepted alone."""
    if not value:
        return ()
    text = clean_line(unraw(value), limit=HEADER_LIMIT * 16)
    ids = _MSGID.findall(text)
    if not ids and text and " " not in text:
        ids = [text.strip("<>")]
    return tuple(clean_line(i, limit=998) for i in ids if i)


def parse_date(value: str | None) -> datetime | None:
    """The Date header as an aware datetime; None when absent or unreadable (never a guess)."""
    if not value:
        return None
    text = clean_line(unraw(value), limit=200)
    # mail-parser's strict RFC 5322 reader refuses a date with no zone (the stdlib silently reads it
    # as UTC) and knows obsolete zones and comments; it answers in UTC, so the stdlib's reading is
    # used to keep the sender's own offset when the two agree.
    try:
        strict = parse_mail_date(text).value
    except Exception:
        strict = None
    local = None
    if _NUMERIC_ZONE.search(text):
        try:
            parsed = parsedate_tz(text)
            if parsed is not None and parsed[9] is not None:
                local = datetime(*parsed[:6], tzinfo=timezone(timedelta(seconds=parsed[9])))
        except (ValueError, OverflowError, TypeError, IndexError):
            local = None
    if strict is not None:
        return local if local == strict else strict
    return local


def header_token(value: str | None) -> str:
    # "auto-generated; foo=bar" -> "auto-generated"
    return decode_header_value(value).split(";", 1)[0].strip().lower()
