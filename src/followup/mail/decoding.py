"""Bytes and RFC 2047 encoded words to text, whatever the charset claims (mail is hostile input)."""

from __future__ import annotations

import binascii
import codecs
import re
from email import quoprimime

from followup.mail.limits import HEADER_LIMIT

ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=")

_ENCODED_WORD_PARTS = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=")


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


def raw_str_to_bytes(value: str) -> bytes:
    # compat32 keeps 8-bit header bytes as lone surrogates; this gives the wire bytes back.
    return value.encode("utf-8", errors="surrogateescape")


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # an 8-bit byte as surrogateescape holds it


def unraw(value: str) -> str:
    """A header string as the parser holds it -> text without surrogates (8-bit headers decoded)."""
    if not _ESCAPED_BYTE.search(value):
        return value
    return decode_bytes(raw_str_to_bytes(value))


# Every character of the Unicode categories Cc, Zl, Zp and Cs (controls, line and paragraph separators,
# lone surrogates), plus whitespace: test_mail checks the class against unicodedata.
_BREAKS = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]+")


def clean_line(value: str, limit: int = HEADER_LIMIT) -> str:
    """One safe line: control characters (CR, LF, NUL, ...) become spaces, runs of space collapse."""
    return _BREAKS.sub(" ", value[: limit * 2]).strip()[:limit]


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
    text = unraw(str(value))[: HEADER_LIMIT * 4]
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
