"""mail/lines.py reads every message into the very tree `email.message_from_bytes` builds, only faster.

The proof is a comparison of the whole tree (headers, payloads, preambles, epilogues, defects) on mail
made to sit on the rule's edges: boundaries, blank lines, headers and "From " lines in and around long
base64 runs, bare CR line ends, delivery-status blocks, and the fuzzers' MIME trees and mutated mail.
"""

from __future__ import annotations

import base64
import email
import random
from email.message import Message
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.mail.lines import joined, message_from_bytes
from test_fuzz import mime_messages, mutated_real


def _tree(msg: Message) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in vars(msg).items():
        if key == "defects":
            out[key] = [(type(d).__name__, str(d)) for d in value]
        elif key == "_payload" and isinstance(value, list):
            out[key] = [_tree(p) if isinstance(p, Message) else p for p in value]
        elif key == "policy":
            out[key] = repr(value)
        else:
            out[key] = value
    return out


def _same_tree(data: bytes) -> bool:
    return _tree(message_from_bytes(data)) == _tree(email.message_from_bytes(data))


_B64 = base64.encodebytes(random.Random(3).randbytes(40_000))

_PIECES = [
    b"\r\n", b"\n", b"\r", b"From me\r\n", b"X-Note: v\r\n", b" continued\r\n", b"\tcontinued\n", b"--b1\r\n",
    b"--b1--\r\n", b"--b1  \n", b"--\r\n", b"QUJD\r", b"QUJDRA==\r\n" * 150, _B64.replace(b"\n", b"\r\n"),
    _B64.replace(b"\n", b"\r"), _B64[:9000], b"Content-Type: message/delivery-status\r\n\r\nA: b\r\n\r\nC: d\r\n",
]  # fmt: skip


@st.composite
def _attachment_mail(draw: st.DrawFn) -> bytes:
    """A multipart mail with a long base64 attachment, hostile lines spliced in anywhere."""
    lines = (
        b"From: a@acme.example\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\npre\r\n"
        b"--b1\r\nContent-Type: text/plain\r\n\r\nHello\r\n--b1\r\nContent-Type: application/pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + _B64.replace(b"\n", b"\r\n")
        + b"--b1--\r\nepilogue\r\n"
    ).splitlines(keepends=True)
    for _ in range(draw(st.integers(0, 12))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(_PIECES)))
    data = b"".join(lines)
    return data[: draw(st.integers(0, len(data)))] if draw(st.booleans()) else data


@settings(max_examples=300, deadline=None)
@given(data=_attachment_mail())
def test_attachment_mail_with_hostile_lines_parses_to_the_stdlib_tree(data: bytes) -> None:
    assert _same_tree(data)


@settings(deadline=None)
@given(data=mime_messages() | mutated_real() | st.binary(max_size=3000))
def test_generated_and_mutated_mail_parses_to_the_stdlib_tree(data: bytes) -> None:
    assert _same_tree(data)


def test_only_blocks_the_parser_cannot_tell_apart_are_joined() -> None:
    assert joined(["QUJD\r\n", "REVG\r\n"]) == "QUJD\r\nREVG\r\n"
    for line in ("--b1\r\n", "\r\n", " cont\r\n", "\tcont\r\n", "X-A: b\r\n"):
        assert joined(["QUJD\r\n", line, "REVG\r\n"]) is None
    assert joined(["From me\r\n", "QUJD\r\n"]) is None
    assert joined(["QUJD\r\n"]) is None
