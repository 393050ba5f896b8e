"""The MIME walk: text parts, calendars and attachment names, HTML made text, broken multiparts recovered."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.parser import BytesParser

import html2text

from followup.errors import MailParseError
from followup.mail.decoding import clean_line, decode_bytes, decode_header_value, raw_str_to_bytes
from followup.mail.headers import first_header
from followup.mail.limits import HTML_LIMIT, ICS_LIMIT, MAX_ATTACHMENTS, MAX_DEPTH, MAX_PARTS, TEXT_PART_LIMIT

log = logging.getLogger(__name__)


@dataclass
class Walk:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    calendars: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    inner: list[Message] = field(default_factory=list)  # attached messages, a fallback body
    seen: int = 0


def _filename(part: Message) -> str:
    name: object = None
    try:
        name = part.get_filename()
        if name == "":  # None: neither parameter is there, so Content-Type is not parsed a second time
            name = part.get_param("name", header="content-type")
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
        data = raw_str_to_bytes(raw[:TEXT_PART_LIMIT])
    if not isinstance(data, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(data, charset)


def walk(msg: Message) -> Walk:
    """Collect text, calendars and attachment names; attachments are never decoded."""
    found = Walk()

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
                subject = decode_header_value(first_header(inner[0], "subject"))
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


def _add_attachment(found: Walk, name: str) -> None:
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


def body_text(found: Walk) -> str:
    plain = "\n\n".join(p for p in found.plain if p.strip())
    if plain.strip():
        return plain
    html = "\n\n".join(html_to_text(h) for h in found.html if h.strip())
    return html


def normalize_text(text: str) -> str:
    # NFC: "Möbel" typed as o + combining diaeresis is one word to the extractors, as it is to a reader.
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_BOUNDARY_LINE = re.compile(rb"^--([^\s-][^\r\n]{0,69}?)\r?$", re.M)

_HEADER_END = re.compile(rb"\r?\n\r?\n")


def headers_only(data: bytes) -> Message:
    try:
        return BytesParser().parsebytes(data, headersonly=True)
    except Exception as exc:
        raise MailParseError(f"message headers could not be read ({exc}); it is skipped") from exc


def recover_body(data: bytes) -> str:
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
            text = body_text(walk(message_from_bytes(header + raw_body)))
        except RecursionError:
            text = ""
        if text.strip():
            return text
    return decode_bytes(raw_body)
