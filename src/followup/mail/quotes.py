"""Quoted history and signatures: what is left is the new text of the message."""

from __future__ import annotations

import re

from followup.lexicon import SIGN_OFF_NOUNS, SIGN_OFF_QUALIFIERS, SIGN_OFFS

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
    rf"^(?:(?:{'|'.join(SIGN_OFF_QUALIFIERS)})?\s*(?:{'|'.join(SIGN_OFF_NOUNS)})|{'|'.join(SIGN_OFFS)}"
    r"|the .{1,60} team)"
    r"(?:\s*,\s*\S.{0,40})?\s*[,.!]?\s*$",
    re.I,
)

_MOBILE = re.compile(
    r"^(?:Sent from my \w+|Sent from (?:Mail|Outlook) for \w+|Get Outlook for \w+"
    r"|Von meinem \w+ gesendet|Envoyé de mon \w+)",
    re.I,
)


# Every character a quote header or an Outlook "From:" line can start with, in any case (İ and ı are
# an "i" to a case-insensitive pattern): a line starting otherwise is not tried against the patterns.
_HEADER_STARTS = frozenset("-AaBbDdEeFfIiLlOoPpVv\u0130\u0131")


def _clean_marker(line: str) -> str:
    # html2text and some clients wrap header words in bold or italics markers.
    return line.strip().lstrip("*_ ").replace("*", "").strip()


def _quote_start(lines: list[str]) -> tuple[int, bool] | None:
    """Where quoted history starts, and whether it is "> "-quoted (bottom-posted text may follow)."""
    for i, line in enumerate(lines):
        plain = _clean_marker(line)
        if not plain or plain[0] not in _HEADER_STARTS:  # also a "> " line
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
