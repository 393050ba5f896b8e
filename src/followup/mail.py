"""bytes -> Email: the one place that touches MIME (STYLE.md: parse once).

Mail is hostile input. The structure comes from the stdlib parser (compat32: it never raises on broken
structure and is fast on huge or many-part messages); headers are decoded here by hand, because both
mail-parser and the stdlib's ``policy.default`` either drop 8-bit bytes, raise on CR/LF inside encoded
words, or lose the sender. mail-parser's strict RFC 5322 date reader backs up the stdlib's for obsolete
forms. Only text parts are decoded; attachments are named, never decoded, so a 20 MB file costs one pass
of the parser and nothing more.
"""

from __future__ import annotations

import binascii
import codecs
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import message_from_bytes, quoprimime
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_tz

import html2text
from mailparser.dates import parse_mail_date

from followup.errors import MailParseError
from followup.models import Address, CalendarEvent, Email

log = logging.getLogger(__name__)

FULL_TEXT_LIMIT = 20_000  # chars of body kept for quoting below a reply
TEXT_PART_LIMIT = 1_000_000  # encoded chars of one text part that are decoded at all
HTML_LIMIT = 300_000  # chars of HTML handed to html2text (pure Python: slow on megabytes)
STRIP_WINDOW = 200_000  # chars of body searched for quotes and signatures
HEADER_LIMIT = 4_096  # chars kept of one decoded header value (Subject, List-Id, names)
MAX_DEPTH = 40  # MIME nesting followed; deeper parts are ignored
MAX_PARTS = 2_000  # parts looked at for text, calendars and attachment names
MAX_ATTACHMENTS = 200
MAX_REFERENCES = 100
ICS_LIMIT = 1_000_000

_WS = re.compile(r"\s+")
_ADDR_SPEC = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+$")
_NUMERIC_ZONE = re.compile(r"(?:^|\s)[+-]\d{4}(?:\s|$)")
_MSGID = re.compile(r"<([^<>\s]+)>")
ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=")
_ENCODED_WORD_PARTS = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=")


# --- text decoding -------------------------------------------------------------------------------


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Bytes in a declared (maybe lying, maybe unknown) charset to text; never raises.

    The declared charset is tried strictly; then UTF-8, kept when only a few bytes are broken;
    then Windows-1252 (what "Latin-1" means in practice, per WHATWG), then Latin-1, which maps every
    byte and so always succeeds.
    """
    if charset:
        name = charset.strip().strip("\"'").lower()
        try:
            # Only real text codecs: "base64", "zlib" and friends are bytes-to-bytes.
            if codecs.lookup(name)._is_text_encoding:
                return data.decode(name)
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    non_ascii = sum(1 for b in data if b > 0x7F)
    if text.count("\ufffd") * 10 <= non_ascii:
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _raw_str_to_bytes(value: str) -> bytes:
    # compat32 keeps 8-bit header bytes as lone surrogates; this gives the wire bytes back.
    return value.encode("utf-8", errors="surrogateescape")


def _unraw(value: str) -> str:
    """A header string as the parser holds it -> text without surrogates (8-bit headers decoded)."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    return decode_bytes(_raw_str_to_bytes(value))


def clean_line(value: str, limit: int = HEADER_LIMIT) -> str:
    """One safe line: control characters (CR, LF, NUL, ...) become spaces, runs of space collapse."""
    out = []
    for ch in value[: limit * 2]:
        cat = unicodedata.category(ch)
        out.append(" " if cat in {"Cc", "Zl", "Zp", "Cs"} else ch)
    return _WS.sub(" ", "".join(out)).strip()[:limit]


def _decode_word(charset: str, encoding: str, payload: str) -> bytes | None:
    """The bytes of one encoded word; None when its payload is not valid B or Q text."""
    try:
        if encoding.lower() == "q":
            return quoprimime.header_decode(payload).encode("latin-1")
        padded = payload + "=" * (-len(payload) % 4)
        return binascii.a2b_base64(padded.encode("ascii"), strict_mode=True)
    except (binascii.Error, ValueError, UnicodeError):
        return None


def decode_header_value(value: str | None) -> str:
    """RFC 2047 encoded words, 8-bit bytes and broken charsets to one clean line; never raises.

    Hand-rolled rather than ``email.header.decode_header``, which gives up on the whole header when
    one word is broken; here a broken word stays as it was and its neighbours are still decoded.
    """
    if value is None:
        return ""
    text = _unraw(str(value))[: HEADER_LIMIT * 4]
    if "=?" not in text:
        return clean_line(text)
    out: list[str] = []
    pending: tuple[str, bytearray] | None = None  # adjacent words of one charset join before decoding
    pos = 0

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            out.append(decode_bytes(bytes(pending[1]), pending[0]))
            pending = None

    for match in _ENCODED_WORD_PARTS.finditer(text):
        gap = text[pos : match.start()]
        charset = match.group(1).split("*", 1)[0]  # RFC 2231 language suffix: utf-8*en
        data = _decode_word(charset, match.group(2), match.group(3))
        pos = match.end()
        if data is None:
            flush()
            out.append(gap + match.group(0))
            continue
        # Whitespace between two encoded words is not text (RFC 2047 section 6.2).
        if pending is not None and not gap.strip() and pending[0].lower() == charset.lower():
            pending[1].extend(data)
            continue
        if pending is None or gap.strip():
            flush()
            out.append(gap)
        flush()
        pending = (charset, bytearray(data))
    flush()
    out.append(text[pos:])
    return clean_line("".join(out))


# --- headers -------------------------------------------------------------------------------------


def _first(msg: Message, name: str) -> str | None:
    """The first such header as it came off the wire (8-bit bytes still surrogate-escaped).

    ``raw_items`` skips compat32's fetch step, which turns 8-bit bytes into U+FFFD before we could
    decode them as UTF-8 or Latin-1.
    """
    name = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == name:
            return str(value)
    return None


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
    raw = _unraw(value)[: HEADER_LIMIT * 4].replace("\r", " ").replace("\n", " ").replace("\x00", " ")
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


def _msg_ids(value: str | None) -> tuple[str, ...]:
    """Message-IDs without angle brackets; a bare id with no brackets is accepted alone."""
    if not value:
        return ()
    text = clean_line(_unraw(value), limit=HEADER_LIMIT * 16)
    ids = _MSGID.findall(text)
    if not ids and text and " " not in text:
        ids = [text.strip("<>")]
    return tuple(clean_line(i, limit=998) for i in ids if i)


def parse_date(value: str | None) -> datetime | None:
    """The Date header as an aware datetime; None when absent or unreadable (never a guess)."""
    if not value:
        return None
    text = clean_line(_unraw(value), limit=200)
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


def _token(value: str | None) -> str:
    # "auto-generated; foo=bar" -> "auto-generated"
    return decode_header_value(value).split(";", 1)[0].strip().lower()


# --- MIME walk -----------------------------------------------------------------------------------


@dataclass
class _Walk:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    calendars: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    inner: list[Message] = field(default_factory=list)  # attached messages, a fallback body
    seen: int = 0


def _filename(part: Message) -> str:
    name: object = None
    try:
        name = part.get_filename() or part.get_param("name", header="content-type")
    except Exception:
        name = None
    if isinstance(name, tuple):  # an RFC 2231 (charset, language, value) triple
        name = name[2]
    return decode_header_value(str(name)) if name else ""


def _disposition(part: Message) -> str:
    try:
        return (part.get_content_disposition() or "").lower()
    except Exception:
        return ""


def _payload_text(part: Message) -> str:
    """Decode one leaf text part (capped), with its declared charset and a fallback."""
    try:
        raw = part.get_payload(decode=False)
    except Exception:
        return ""
    if not isinstance(raw, str):
        return ""
    if len(raw) > TEXT_PART_LIMIT:
        # Decode only a prefix: get_payload(decode=True) would work on the whole thing.
        cut = part.__class__()
        for key, val in part.items():
            if key.lower() == "content-transfer-encoding":
                cut[key] = val
        cut.set_payload(raw[:TEXT_PART_LIMIT])
        part = cut
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = _raw_str_to_bytes(raw[:TEXT_PART_LIMIT])
    if not isinstance(data, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(data, charset)


def _walk(msg: Message) -> _Walk:
    """Collect text, calendars and attachment names; attachments are never decoded."""
    found = _Walk()

    def visit(part: Message, depth: int) -> None:
        if depth > MAX_DEPTH or found.seen >= MAX_PARTS:
            return
        found.seen += 1
        try:
            ctype = part.get_content_type()
        except Exception:
            ctype = "text/plain"
        disposition = _disposition(part)
        name = _filename(part)
        if ctype == "message/rfc822" or (ctype.startswith("message/") and part.is_multipart()):
            subject = ""
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                found.inner.append(inner[0])
                subject = decode_header_value(_first(inner[0], "subject"))
            _add_attachment(found, name or (f"{subject}.eml" if subject else "message.eml"))
            return
        if part.is_multipart():
            children = part.get_payload()
            if not isinstance(children, list):
                return
            if disposition == "attachment":
                _add_attachment(found, name or "attachment")
                return
            for child in children:
                if isinstance(child, Message):
                    visit(child, depth + 1)
            return
        is_calendar = ctype in {"text/calendar", "application/ics"} or name.lower().endswith((".ics", ".vcs"))
        if is_calendar:
            found.calendars.append(_payload_text(part)[:ICS_LIMIT])
            if name or disposition == "attachment":
                _add_attachment(found, name or "invite.ics")
            return
        if disposition == "attachment" or (name and ctype not in {"text/plain", "text/html"}):
            _add_attachment(found, name or f"attachment.{ctype.split('/')[-1]}")
            return
        if ctype == "text/plain" and not (name and disposition != "inline"):
            found.plain.append(_payload_text(part))
        elif ctype == "text/html" and not (name and disposition != "inline"):
            found.html.append(_payload_text(part))
        elif name:
            _add_attachment(found, name)

    visit(msg, 0)
    return found


def _add_attachment(found: _Walk, name: str) -> None:
    if len(found.attachments) < MAX_ATTACHMENTS:
        found.attachments.append(clean_line(name, limit=255))


_SCRIPT_STYLE = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.I | re.S)


def html_to_text(html: str) -> str:
    """Readable text from HTML mail: links kept (meeting links matter), layout tables flattened."""
    html = _SCRIPT_STYLE.sub(" ", html[:HTML_LIMIT])
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_tables = True
    converter.unicode_snob = True
    try:
        return converter.handle(html)
    except Exception:  # html2text is a hand-written parser; hostile markup must not stop the message
        log.warning("html2text failed on an HTML part; falling back to tag stripping")
        return re.sub(r"<[^>]*>", " ", html)


def _body(found: _Walk) -> str:
    plain = "\n\n".join(p for p in found.plain if p.strip())
    if plain.strip():
        return plain
    html = "\n\n".join(html_to_text(h) for h in found.html if h.strip())
    return html


def _normalize_text(text: str) -> str:
    # NFC: "Möbel" typed as o + combining diaeresis is one word to the extractors, as it is to a reader.
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- quoted history and signatures ---------------------------------------------------------------

_QUOTE_HEADERS = [
    re.compile(
        r"^(?:On|Am|Le|El|Op|Il|Em|Den|På)\b.{0,400}?"
        r"(?:wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu|skrev)\b.{0,200}:\s*$",
        re.I | re.S,
    ),
    re.compile(
        r"^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original"
        r"|Oorspronkelijk bericht|Forwarded message)\s*-{2,}",
        re.I,
    ),
    re.compile(r"^Begin forwarded message:", re.I),
]
_OUTLOOK_FROM = re.compile(r"^(?:From|Von|De|Van|Da)\s*:\s*\S", re.I)
_OUTLOOK_NEXT = re.compile(
    r"^(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Verzonden|Inviato|To|An|À|Para|Aan|Subject|Betreff|Objet|Asunto|Onderwerp|Cc)\s*:",
    re.I,
)
_SEPARATOR = re.compile(r"^\s*(?:[-_=*]\s*){3,}$")
_SIGNOFF = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many|with|all the best|my best)?\s*(?:regards|wishes|thanks|greetings)"
    r"|best|cheers|thanks|thank you|thanks again|thank you again|many thanks|sincerely|yours|yours sincerely"
    r"|yours truly|respectfully|talk soon|take care|all the best|speak soon|best of luck"
    r"|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|grüße|lg|mfg|cordialement|bien à vous"
    r"|bien cordialement|salutations|saludos|un saludo|atentamente|met vriendelijke groet|groeten"
    r"|cordiali saluti"
    r"|the .{1,60} team)"
    r"(?:\s*,\s*\S.{0,40})?\s*[,.!]?\s*$",
    re.I,
)
_MOBILE = re.compile(
    r"^(?:Sent from my \w+|Sent from (?:Mail|Outlook) for \w+|Get Outlook for \w+"
    r"|Von meinem \w+ gesendet|Envoyé de mon \w+)",
    re.I,
)


def _clean_marker(line: str) -> str:
    # html2text and some clients wrap header words in bold or italics markers.
    return line.strip().lstrip("*_ ").replace("*", "").strip()


def _quote_start(lines: list[str]) -> tuple[int, bool] | None:
    """Where quoted history starts, and whether it is "> "-quoted (bottom-posted text may follow)."""
    for i, line in enumerate(lines):
        plain = _clean_marker(line)
        if not plain or plain.startswith(">"):
            continue
        # Attributions wrap: "On Mon, 1 Jan 2024 at 10:00, Jane Doe <\njane@x.com> wrote:".
        joined = plain
        for extra in range(3):
            if any(p.match(joined) for p in _QUOTE_HEADERS):
                end = i + extra + 1
                rest = [ln for ln in lines[end:] if ln.strip()]
                return i, bool(rest) and rest[0].lstrip().startswith(">")
            if i + extra + 1 >= len(lines) or len(joined) > 500:
                break
            joined = f"{joined} {_clean_marker(lines[i + extra + 1])}"
        if _OUTLOOK_FROM.match(plain):
            following = [_clean_marker(ln) for ln in lines[i + 1 : i + 6] if ln.strip()]
            if sum(1 for ln in following if _OUTLOOK_NEXT.match(ln)) >= 2:
                start = i - 1 if i > 0 and _SEPARATOR.match(lines[i - 1]) else i
                return start, False
    return None


def strip_quotes(text: str) -> str:
    """Drop quoted history: attribution lines, "> " lines, Outlook and forwarded blocks."""
    lines = text.split("\n")
    found = _quote_start(lines)
    if found is not None:
        start, gt_quoted = found
        if gt_quoted:
            # Keep bottom-posted text after the quote; only the attribution and "> " lines go.
            end = start + 1
            while end < len(lines) and not lines[end].lstrip().startswith(">"):
                end += 1
            lines = lines[:start] + lines[end:]
        else:
            lines = lines[:start]
    kept = [ln for ln in lines if not ln.lstrip().startswith(">")]
    return "\n".join(kept).strip()


def split_signature(text: str) -> tuple[str, str]:
    """(new text, signature): only a trailing block is taken, never the middle of the message."""
    lines = text.split("\n")
    signature: list[str] = []
    # RFC 3676 "-- " delimiter (clients often lose the trailing space).
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].rstrip() == "--" and len([ln for ln in lines[i + 1 :] if ln.strip()]) <= 15:
            signature = lines[i + 1 :]
            lines = lines[:i]
            break
    while lines and (
        not lines[-1].strip() or _MOBILE.match(lines[-1].strip()) or _SEPARATOR.match(lines[-1])
    ):
        if lines[-1].strip():
            signature = [lines[-1], *signature]
        lines.pop()
    # A sign-off line ("Best regards,") near the end, followed only by a few short lines (name, title).
    content = [i for i, ln in enumerate(lines) if ln.strip()]
    for i in content[-7:]:
        line = lines[i].strip()
        after = [ln.strip() for ln in lines[i + 1 :] if ln.strip()]
        if len(line) > 60 or len(after) > 6 or any(len(ln) > 70 for ln in after):
            continue
        if _SIGNOFF.match(line) and any(ln.strip() for ln in lines[:i]):
            signature = lines[i:] + ([""] if signature else []) + signature
            lines = lines[:i]
            break
    return "\n".join(lines).strip(), "\n".join(signature).strip()


# --- calendars -----------------------------------------------------------------------------------


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


_BOUNDARY_LINE = re.compile(rb"^--([^\s-][^\r\n]{0,69}?)\r?$", re.M)
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def _headers_only(data: bytes) -> Message:
    try:
        return BytesParser().parsebytes(data, headersonly=True)
    except Exception as exc:
        raise MailParseError(f"message headers could not be read ({exc}); it is skipped") from exc


def _recover_body(data: bytes) -> str:
    """Text from a multipart whose declared boundary is never used (or broken): parse again with the
    boundary the body actually uses, else take the body as plain text."""
    end = _HEADER_END.search(data)
    if end is None:
        return ""
    raw_body = data[end.end() : end.end() + TEXT_PART_LIMIT]
    line = _BOUNDARY_LINE.search(raw_body)
    if line is not None:
        boundary = line.group(1).decode("ascii", errors="replace").replace('"', "")
        header = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()
        try:
            text = _body(_walk(message_from_bytes(header + raw_body)))
        except RecursionError:
            text = ""
        if text.strip():
            return text
    return decode_bytes(raw_body)


# --- the entry point -----------------------------------------------------------------------------


def parse(data: bytes) -> Email:
    """Bytes from the server to an Email; MailParseError only when nothing at all is usable."""
    data = bytes(data)
    if not data.strip():
        raise MailParseError("message is empty: the server returned no bytes for it; it is skipped")
    try:
        msg = message_from_bytes(data)
    except RecursionError:
        # The stdlib parser recurses once per MIME level; thousands of levels are an attack, not mail.
        # The headers still say who wrote and what about; the body is read as text further down.
        log.warning("MIME nesting too deep to parse; reading headers only")
        msg = _headers_only(data)
    except Exception as exc:  # compat32 is lenient; this is a last resort, not a code path
        raise MailParseError(
            f"message could not be split into headers and body ({exc}); it is skipped"
        ) from exc
    found = _walk(msg)
    body = _body(found)
    for inner in found.inner:
        if body.strip():
            break
        # A message whose only content is an attached message (a bare forward): read the inner one.
        body = _body(_walk(inner))
    if not body.strip() and msg.get_content_maintype() == "multipart" and not found.calendars:
        body = _recover_body(data)
    body = _normalize_text(body)

    window = body[:STRIP_WINDOW]
    text, signature = split_signature(strip_quotes(window))

    events: list[CalendarEvent] = []
    for cal in found.calendars:
        for event in parse_calendar(cal):
            if event not in events:  # Google sends the same invite inline and as invite.ics
                events.append(event)

    senders = parse_addresses(_first(msg, "from"))
    email = Email(
        message_id=next(iter(_msg_ids(_first(msg, "message-id"))), ""),
        subject=decode_header_value(_first(msg, "subject")),
        sender=senders[0] if senders else None,
        reply_to=parse_addresses(_first(msg, "reply-to")),
        to=parse_addresses(_first(msg, "to")),
        cc=parse_addresses(_first(msg, "cc")),
        date=parse_date(_first(msg, "date")),
        in_reply_to=next(iter(_msg_ids(_first(msg, "in-reply-to"))), ""),
        references=_msg_ids(_first(msg, "references"))[-MAX_REFERENCES:],
        text=text[:FULL_TEXT_LIMIT],
        full_text=body[:FULL_TEXT_LIMIT],
        signature=signature[:2_000],
        events=tuple(events),
        list_id=decode_header_value(_first(msg, "list-id")),
        list_unsubscribe=bool(decode_header_value(_first(msg, "list-unsubscribe"))),
        precedence=_token(_first(msg, "precedence")),
        auto_submitted=_token(_first(msg, "auto-submitted")),
        attachments=tuple(found.attachments),
        raw_sha256=hashlib.sha256(data).hexdigest(),
    )
    if not (email.sender or email.subject or email.message_id or email.date or body.strip() or events):
        raise MailParseError("message has no readable header or body: it is not mail; it is skipped")
    return email


def is_from(email: Email, address: str) -> bool:
    """Whether the user sent this message (their own replies must not be answered)."""
    return email.sender is not None and email.sender.email.casefold() == address.strip().casefold()
