"""The bytes of a plain-text message, written directly: headers per RFC 5322 and 2047, text per RFC 3676.

Why not `email.message.EmailMessage`: under ``policy.SMTP`` In-Reply-To and References are
unstructured text, so a long message id (Exchange and Amazon SES ids run to 80+ characters) came
out RFC 2047-encoded and broke threading in every client; and its header registry re-parses every
value, 2-4 ms per draft. Here message ids are written verbatim and folded only between ids, only
free text (Subject, display names) is encoded, and only where it is not ASCII.

Callers hand in values that are already one safe line (drafts.safe_text, validated addresses and
ids); `header` still refuses CR and LF, the last guard against a value adding a header.
"""

from __future__ import annotations

import base64
import binascii
import re
import textwrap
from email.utils import quote as _quote_specials

LINE = 78  # RFC 5322 2.1.1: lines SHOULD be at most 78 characters
FLOW_WIDTH = 72  # RFC 3676 4.2 recommends at most 78, and 66-72 for comfortable reading
_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$")  # atext and spaces: a phrase needs no quotes
_WORD_BYTES = 45  # 45 bytes -> 60 base64 characters: an encoded word of 72, under the limit of 75


def fold(name: str, tokens: list[str]) -> str:
    """``Name: tok tok ...`` folded only between tokens, each line at most 78 characters where possible."""
    lines: list[str] = []
    line = f"{name}:"
    for token in tokens:
        if line != f"{name}:" and len(line) + 1 + len(token) > LINE:
            lines.append(line)
            line = f" {token}"
        else:
            line = f"{line} {token}"
    lines.append(line)
    return "\r\n".join(lines)


def _encoded_words(text: str) -> list[str]:
    """RFC 2047 B-encoded words for `text`, split between characters, each at most 75 long."""
    words: list[str] = []
    chunk = b""
    for ch in text:
        data = ch.encode("utf-8")
        if len(chunk) + len(data) > _WORD_BYTES:
            words.append(f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?=")
            chunk = b""
        chunk += data
    if chunk:
        words.append(f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?=")
    return words


def text_tokens(text: str) -> list[str]:
    """Unstructured text as foldable tokens: ASCII words as they are, runs of other words encoded.

    A run of non-ASCII words is encoded together with the spaces inside it, because a reader drops
    the whitespace between two adjacent encoded words.
    """
    tokens: list[str] = []
    run: list[str] = []
    for word in text.split(" "):
        if word.isascii() and "=?" not in word:
            if run:
                tokens.extend(_encoded_words(" ".join(run)))
                run = []
            tokens.append(word)
        else:
            run.append(word)
    if run:
        tokens.extend(_encoded_words(" ".join(run)))
    return [token for token in tokens if token] or [""]


def address_tokens(name: str, addr: str) -> list[str]:
    """``Name <addr>`` as tokens: a phrase as atoms, quoted, or encoded words; the bare address if no name."""
    local, _, domain = addr.rpartition("@")
    addr = f"{local}@{ascii_domain(domain) or domain}"
    if not name:
        return [addr]
    if not name.isascii():
        return [*_encoded_words(name), f"<{addr}>"]
    if _ATOM.match(name):
        return [*name.split(), f"<{addr}>"]
    return [f'"{_quote_specials(name)}"', f"<{addr}>"]


def ascii_domain(domain: str) -> str | None:
    """The domain as a header can carry it: as is when ASCII, else its IDNA A-label; None if impossible."""
    if domain.isascii():
        return domain
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None


def header(name: str, tokens: list[str]) -> str:
    """One header line (folded); ValueError if a token could break out of it."""
    if any("\r" in token or "\n" in token for token in tokens):
        raise ValueError(f"{name}: a header value may not contain a line break")
    return fold(name, [token for token in tokens if token]) if any(tokens) else f"{name}:"


# ---- body: format=flowed (RFC 3676) ---------------------------------------------------------------


def _stuff(line: str) -> str:
    # 4.4: a line that starts with a space, ">" or "From " gets a space, removed again by the reader.
    return f" {line}" if line.startswith((" ", ">", "From ")) else line


_OTHER_SPACE_RE = re.compile(r"[^\S ]")  # whitespace other than a plain space (tab, NBSP, line breaks...)


def wrap_words(line: str, width: int) -> list[str]:
    """``textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)``, the same lines.

    A line of words between plain spaces (most of them) is cut by slicing: textwrap splits it into a
    list of chunks and measures them one by one, a third of composing a draft. Its greedy rule, as
    slices: a line takes whole words and space runs up to ``width`` characters, drops the space run it
    ends on and the one the next line starts with; a word longer than ``width`` stands alone. Any
    other whitespace, or a leading space (kept on the first line only), goes through textwrap itself.
    """
    if line[:1] == " " or _OTHER_SPACE_RE.search(line):
        return textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    out: list[str] = []
    pos, n = 0, len(line)
    while pos < n:
        if line[pos] == " ":  # the space run a line starts with (never the first line's) is dropped
            while pos < n and line[pos] == " ":
                pos += 1
            if pos == n:
                break
        cut = pos + width
        if cut >= n:
            end = n
        elif (line[cut - 1] == " ") != (line[cut] == " "):
            end = cut  # a word or a space run ends exactly at the width
        elif line[cut] == " ":
            end = len(line[pos:cut].rstrip(" ")) + pos  # a space run crosses it: up to the word before
        else:
            space = line.rfind(" ", pos, cut)  # a word crosses it: the line ends before that word
            if space >= pos:
                end = space + 1
            else:  # the first word alone is longer than the width: it stands alone
                end = line.find(" ", pos)
                end = n if end < 0 else end
        piece = line[pos:end].rstrip(" ")
        if piece:
            out.append(piece)
        pos = end
    return out


def flow_line(line: str, prefix: str = "", width: int = FLOW_WIDTH) -> list[str]:
    """One logical line as flowed lines: soft breaks end in a space; URLs and long words stay whole."""
    line = line.rstrip(" ") if line != "-- " else line  # a trailing space would make a hard break soft
    width = max(20, width - len(prefix))
    if len(line) <= width:
        return [prefix + (line if prefix else _stuff(line))]
    wrap = min(width, LINE - len(prefix) - 1)  # a soft break's trailing space stays within 78 too
    pieces = wrap_words(line, wrap) or [""]
    out = [piece + " " for piece in pieces[:-1]] + [pieces[-1]]
    return [prefix + (piece if prefix else _stuff(piece)) for piece in out]


def flowed(text: str, quote: str = "") -> str:
    """The reply's text as format=flowed, then the quoted original with "> " quote marks."""
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(flow_line(line))
    if quote:
        for line in quote.split("\n"):
            # a line that is itself quoted gets one more level: "> x" -> ">> x". The sender's own
            # lines (most wrap at 72-76) stay whole up to 78 with the mark: wrapping them at 72 left a
            # word or two on a line of its own after each one, ragged in an editor.
            prefix = ">" if line.startswith(">") else "> "
            lines.extend(flow_line(line, prefix, LINE) if line else [">"])
    return "\n".join(lines)


def unflow(text: str) -> str:
    """What a format=flowed reader shows: soft-broken lines joined, space-stuffing removed."""
    out: list[str] = []
    pending: str | None = None
    pending_depth = -1
    for raw in text.split("\n"):
        depth = len(raw) - len(raw.lstrip(">"))
        line = raw[depth:]
        line = line[1:] if line.startswith(" ") else line
        if pending is not None and depth == pending_depth:
            line = pending + line
        elif pending is not None:
            out.append(">" * pending_depth + (" " if pending_depth else "") + pending)
        pending = None
        if line.endswith(" ") and line != "-- ":
            pending, pending_depth = line, depth
            continue
        out.append(">" * depth + (" " if depth and line else "") + line)
    if pending is not None:
        out.append(">" * pending_depth + (" " if pending_depth else "") + pending)
    return "\n".join(out)


def body_part(text: str) -> tuple[str, bytes]:
    """(Content-Transfer-Encoding, CRLF bytes): 7bit for short ASCII lines, else quoted-printable."""
    if text.isascii() and all(len(line) <= LINE for line in text.split("\n")):
        return "7bit", text.replace("\n", "\r\n").encode("ascii")
    encoded = binascii.b2a_qp(text.encode("utf-8"), quotetabs=False, istext=True, header=False)
    return "quoted-printable", encoded.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def message(headers: list[str], text: str) -> bytes:
    """Headers (already folded), the MIME headers of a flowed UTF-8 text part, and the body."""
    cte, body = body_part(text)
    mime = [
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"; format=flowed',
        f"Content-Transfer-Encoding: {cte}",
    ]
    head = "\r\n".join([*headers, *mime]).encode("ascii")
    return head + b"\r\n\r\n" + body + (b"" if body.endswith(b"\r\n") else b"\r\n")
