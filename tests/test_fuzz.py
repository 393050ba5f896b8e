"""Hostile and broken mail: nothing crashes the pipeline, nothing reaches a draft's headers, no template runs.

Every input goes the daemon's whole pure path: mail.parse -> Pipeline.classify -> decide -> compose,
and compose runs for every draft action of every label (the classifier's verdict and each label
forced), so a hostile message is tried against every template. mail.parse may refuse input with
MailParseError (the daemon logs the UID and skips it); any other exception is a crash.

Budget: a few seconds under `make test`; `HYPOTHESIS_PROFILE=long` (set by `make soak`) runs far
more examples and the 30 MB attachment.
"""

from __future__ import annotations

import base64
import email
import email.policy
import os
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup import config, mail
from followup.classifiers import MODEL_DIR, Classifier, build_nlp, extract_entities
from followup.errors import MailParseError
from followup.models import ActionKind, Classification, Draft, Label, RejectionStage, Stage, draft_key
from followup.pipeline import Pipeline
from followup.rules.engine import ApplicationHistory

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz-short", max_examples=10, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("fuzz-long", max_examples=300, **_COMMON)  # type: ignore[arg-type]
# Applied per test, so the rest of the suite keeps its own Hypothesis settings.
FUZZ = settings(settings.get_profile("fuzz-long" if LONG else "fuzz-short"))

ROOT = Path(__file__).resolve().parents[1]
REAL_MESSAGES = sorted((ROOT / "tests" / "data" / "mail").glob("*.eml")) + sorted(
    (ROOT / "src" / "followup" / "demo").glob("*.eml")
)
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)

# What a draft may carry in its header; anything else got there from the message.
ALLOWED_HEADERS = {
    "from", "to", "subject", "date", "message-id", "in-reply-to", "references", "x-followup-key",
    "mime-version", "content-type", "content-transfer-encoding",
}  # fmt: skip

# Template syntax whose *evaluated* form is distinctive: the product and the loop output below must
# never appear in a draft (the literal text may, quoted or in the subject).
EVALUATED = ("7006652", "ZaZZbZ", "<class 'str'>", "EVALUATED")
HOSTILE = [
    "\r\nBcc: victim@evil.example",
    "\nX-Injected: yes",
    "\rX-Injected: cr",
    "=?utf-8?b?DQpCY2M6IHZpY3RpbUBldmlsLmV4YW1wbGU=?=",  # "\r\nBcc: victim@evil.example", RFC 2047
    "=?utf-8?q?a=0D=0AX-Injected:_q?=",
    "{{ 1234*5678 }}",
    "{% for x in 'ab' %}Z{{ x }}Z{% endfor %}",
    "{{ ''.__class__ }}",
    "{% if true %}EVAL{{ '' }}UATED{% endif %}",
    "{{ self.__init__.__globals__ }}",
    "<script>alert(1)</script>",
    "\x00\x1b[31m",
    "\u202eevil\u202c",
    "Acme Corp",
    "Ünïcödé 名前",
]


# ---- the pipeline ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    settings_ = config.parse(
        '[profile]\nname = "Sam Rivera"\nemail = "sam.rivera@example.org"\ntimezone = "Europe/Berlin"\n'
    )
    if (MODEL_DIR / "config.cfg").is_file():
        classifier = Classifier.load()
    else:  # the shipped model is built by `make model`; an untrained one still runs every component
        nlp = build_nlp()
        nlp.initialize()
        classifier = Classifier(nlp)
    return Pipeline.load(settings_, classifier=classifier)


def verdicts(email_: object) -> list[Classification]:
    """Every label forced with full confidence, so every rule and template sees the message."""
    assert isinstance(email_, mail.Email)
    out = []
    for label in Label:
        stages = (
            [RejectionStage.AFTER_APPLICATION, RejectionStage.AFTER_INTERVIEW]
            if label is Label.REJECTION
            else [None]
        )
        for stage in stages:
            out.append(Classification(label, 1.0, entities=extract_entities(email_, label), stage=stage))
    return out


def run_pipeline(pipeline: Pipeline, data: bytes) -> list[Draft]:
    """The daemon's pure path for one message; every draft it could write for any label."""
    try:
        parsed = mail.parse(data)
    except MailParseError:
        return []  # refused with a message: the daemon logs the UID and skips it
    drafts = []
    history = ApplicationHistory(company="Acme", role="Engineer", stage=Stage.INTERVIEWED,
                                 last_contact=NOW - timedelta(days=3), applied_at=NOW - timedelta(days=20))  # fmt: skip
    for classification in [pipeline.classify(parsed), *verdicts(parsed)]:
        for hist in (None, history):
            facts = pipeline.facts(parsed, classification, hist)
            actions = pipeline.decide(facts, now=NOW)
            for action in actions:
                if action.kind is ActionKind.DRAFT:
                    key = draft_key(parsed, action.name)
                    drafts.append(pipeline.compose(facts, action, key=key, now=NOW))
    for draft in drafts:
        check_draft(draft)
    return drafts


def check_draft(draft: Draft) -> None:
    head, sep, _body = draft.data.partition(b"\r\n\r\n")
    assert sep, "a draft has a header block and a body"
    assert head.isascii(), "draft headers are 7-bit (RFC 2047 encoded where needed)"
    lines = head.split(b"\r\n")
    for line in lines:
        assert b"\r" not in line and b"\n" not in line, f"bare CR/LF in a draft header: {line!r}"
    names = [line.split(b":", 1)[0].decode().lower() for line in lines if line[:1] not in (b" ", b"\t")]
    assert set(names) <= ALLOWED_HEADERS, f"unexpected header(s) in a draft: {set(names) - ALLOWED_HEADERS}"
    assert len(names) == len(set(names)), f"a header appears twice in a draft: {names}"
    parsed = email.message_from_bytes(draft.data, policy=email.policy.default)
    assert parsed.get_content_type() == "text/plain", "drafts are plain text: no HTML, nothing to run"
    assert not parsed.is_multipart()
    text = parsed.get_content() + "\n".join(str(parsed[h] or "") for h in ("Subject", "To", "From"))
    for evaluated in EVALUATED:
        assert evaluated not in text, f"template syntax from the message was evaluated: {evaluated!r}"
    for header in ("Subject", "To", "From", "In-Reply-To", "References"):
        value = str(parsed[header] or "")
        assert "\r" not in value and "\n" not in value, f"{header} decodes to a line break: {value!r}"
    assert parsed["Bcc"] is None and parsed["X-Injected"] is None


# ---- building hostile and broken messages ---------------------------------------------------------

INVITE_TEXT = (
    "Hi Sam,\n\nthanks for applying for the Backend Engineer role at {company}. We would like to invite you "
    "to an interview on Tuesday at 3pm CET via https://meet.example.com/abc.\n\nBest,\n{name}\nRecruiting"
)


def raw_message(headers: list[tuple[str, str]], body: bytes, charset: str = "utf-8") -> bytes:
    """Bytes as a hostile sender writes them: no library in between to clean up the headers."""
    head = b"".join(
        f"{name}: ".encode() + value.encode("utf-8", "surrogateescape") + b"\r\n" for name, value in headers
    )
    if not any(name.lower() == "content-type" for name, _ in headers):
        head += f"Content-Type: text/plain; charset={charset}\r\n".encode()
    return head + b"\r\n" + body


hostile = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))
hostile_mix = st.lists(hostile, min_size=1, max_size=4).map("".join)


@st.composite
def hostile_messages(draw: st.DrawFn) -> bytes:
    name, subject, company, body_extra = (
        draw(hostile_mix),
        draw(hostile_mix),
        draw(hostile_mix),
        draw(hostile_mix),
    )
    html = draw(st.booleans())
    text = INVITE_TEXT.format(company=company, name=name) + "\n\n" + body_extra
    headers = [
        ("From", f'"{name}" <recruiter@acme.example>'),
        (
            "Reply-To",
            f"{draw(hostile_mix)} <{draw(st.sampled_from(['hr@acme.example', 'a@b', '<x@y>', '']))}>",
        ),
        ("To", "Sam Rivera <sam.rivera@example.org>"),
        ("Subject", subject),
        ("Date", format_datetime(NOW - timedelta(hours=2))),
        ("Message-ID", draw(st.sampled_from(["<fuzz@acme.example>", f"<{name}@x>", "", "<a\r\nBcc: v@e>"]))),
        ("References", draw(hostile_mix)),
    ]
    if html:
        headers.append(("Content-Type", "text/html; charset=utf-8"))
        body = (
            f"<html><body><script>document.write('{{{{ 1234*5678 }}}}')</script><p>{text}</p></body></html>"
        )
        return raw_message(headers, body.encode("utf-8", "surrogateescape"))
    return raw_message(headers, text.encode("utf-8", "surrogateescape"))


CHARSETS = [
    "utf-8",
    "us-ascii",
    "iso-8859-1",
    "utf-16",
    "x-unknown-charset",
    "utf-8'--",
    "",
    "koi8-r",
    "gb2312",
]
ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"]
LEAF_TYPES = ["text/plain", "text/html", "text/calendar", "application/pdf", "image/png", "application/ics"]


@st.composite
def leaf(draw: st.DrawFn) -> bytes:
    ctype = draw(st.sampled_from(LEAF_TYPES))
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(ENCODINGS))
    payload = draw(
        st.one_of(
            st.binary(max_size=300), st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogateescape"))
        )
    )
    if ctype == "text/calendar" and draw(st.booleans()):
        payload = (b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:" + draw(st.sampled_from([b"20260312T150000Z", b"garbage", b""]))
                   + b"\r\nSUMMARY:" + payload[:50] + b"\r\nEND:VEVENT\r\n" + draw(st.sampled_from([b"END:VCALENDAR\r\n", b""])))  # fmt: skip
    name = draw(st.sampled_from(["", '; name="cv.pdf"', '; name="=?utf-8?q?broken', '; name="a\r\n b.ics"']))
    head = f"Content-Type: {ctype}; charset={charset}{name}\r\nContent-Transfer-Encoding: {cte}\r\n"
    if draw(st.booleans()):
        head += f"Content-Disposition: {draw(st.sampled_from(['attachment', 'inline', 'attachment; filename=', 'x']))}\r\n"
    return head.encode() + b"\r\n" + payload


@st.composite
def mime_tree(draw: st.DrawFn, depth: int = 0) -> bytes:
    """A part: a leaf, a multipart (boundaries sometimes wrong or unclosed) or a message/rfc822."""
    kind = draw(st.sampled_from(["leaf", "leaf", "multipart", "rfc822"] if depth < 4 else ["leaf"]))
    if kind == "leaf":
        return draw(leaf())
    if kind == "rfc822":
        inner = draw(mime_tree(depth + 1))
        headers = (
            b"From: inner@acme.example\r\nSubject: "
            + draw(hostile_mix).encode("utf-8", "surrogateescape")
            + b"\r\n"
        )
        return b"Content-Type: message/rfc822\r\n\r\n" + headers + inner
    boundary = draw(st.sampled_from(["b1", "==x==", "a" * 75, "sp ace", ""]))
    used = draw(st.sampled_from([boundary, boundary, "other", boundary[:-1] if boundary else "z"]))
    children = draw(st.lists(mime_tree(depth + 1), min_size=0, max_size=4))
    subtype = draw(st.sampled_from(["mixed", "alternative", "related", "signed", "x-unknown"]))
    body = b"preamble\r\n"
    for child in children:
        body += f"--{used}\r\n".encode() + child + b"\r\n"
    if draw(st.booleans()):
        body += f"--{used}--\r\n".encode()  # else: truncated, never closed
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode() + body


@st.composite
def mime_messages(draw: st.DrawFn) -> bytes:
    top = draw(mime_tree())
    head = (
        f"From: {draw(hostile_mix)} <r@acme.example>\r\nTo: sam.rivera@example.org\r\n"
        f"Subject: {draw(hostile_mix)}\r\nDate: {draw(st.sampled_from([format_datetime(NOW), 'yesterday', '']))}\r\n"
        f"Message-ID: <mime{draw(st.integers(0, 10**6))}@acme.example>\r\nMIME-Version: 1.0\r\n"
    ).encode("utf-8", "surrogateescape")
    return head + top


@st.composite
def mutated_real(draw: st.DrawFn) -> bytes:
    """A real-looking message from tests/data/mail or the demo, then cut, spliced and corrupted."""
    data = bytearray(draw(st.sampled_from(REAL_MESSAGES)).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        op = draw(st.sampled_from(["truncate", "delete", "duplicate", "flip", "insert", "8bit-header"]))
        i = draw(st.integers(0, len(data) - 1))
        j = draw(st.integers(i, min(len(data), i + 400)))
        if op == "truncate":
            del data[i:]
        elif op == "delete":
            del data[i:j]
        elif op == "duplicate":
            data[j:j] = data[i:j]
        elif op == "flip":
            data[i] ^= draw(st.integers(1, 255))
        elif op == "insert":
            data[i:i] = draw(
                st.sampled_from(
                    [b"\r\n", b"\n\n", b"\x00", b"--", b"=?utf-8?b?", b"\xff\xfe", b"{{ 1234*5678 }}"]
                )
            )
        else:
            data[0:0] = b"X-Eight-Bit: \xe9\xe8\xff caf\xc3\xa9 \x80\r\nSubject: \xff\xfe\r\n"
    return bytes(data)


# ---- the properties -------------------------------------------------------------------------------


@FUZZ
@given(data=hostile_messages())
def test_hostile_names_subjects_and_bodies_never_reach_a_draft_header_or_run(
    pipeline: Pipeline, data: bytes
) -> None:
    drafts = run_pipeline(pipeline, data)
    assert drafts, "a well-formed invitation, whatever its text, gets drafts under every forced label"


@FUZZ
@given(data=mime_messages())
def test_generated_mime_structures_never_crash_the_pipeline(pipeline: Pipeline, data: bytes) -> None:
    run_pipeline(pipeline, data)


@FUZZ
@given(data=mutated_real())
def test_mutated_real_messages_never_crash_the_pipeline(pipeline: Pipeline, data: bytes) -> None:
    run_pipeline(pipeline, data)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_pipeline(pipeline: Pipeline, data: bytes) -> None:
    run_pipeline(pipeline, data)


# ---- named worst cases ----------------------------------------------------------------------------

HEAD = b"From: HR <hr@acme.example>\r\nTo: sam.rivera@example.org\r\nSubject: Interview invitation\r\nMessage-ID: <big@acme.example>\r\n"


def many_parts(n: int) -> bytes:
    part = b"--b\r\nContent-Type: text/plain\r\n\r\nWe would like to invite you to an interview.\r\n"
    return HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + part * n + b"--b--\r\n"


def nested_rfc822(depth: int) -> bytes:
    data = b"Content-Type: text/plain\r\n\r\nWe would like to invite you to an interview.\r\n"
    for level in range(depth):
        data = f"From: l{level}@acme.example\r\nContent-Type: message/rfc822\r\n\r\n".encode() + data
    return HEAD + data


def nested_multipart(depth: int) -> bytes:
    data = b"Content-Type: text/plain\r\n\r\ninterview\r\n"
    for level in range(depth):
        data = (
            f'Content-Type: multipart/mixed; boundary="n{level}"\r\n\r\n--n{level}\r\n'.encode()
            + data
            + f"\r\n--n{level}--\r\n".encode()
        )
    return HEAD + data


WORST_CASES = {
    "10,000 parts": lambda: many_parts(10_000),
    "200 KB header line": lambda: (
        HEAD.replace(b"Subject: ", b"Subject: " + b"A" * 200_000 + b" ") + b"\r\nbody\r\n"
    ),
    "200 KB folded header": lambda: HEAD + b"X-Long: " + b"x\r\n " * 60_000 + b"\r\n\r\nbody\r\n",
    "message/rfc822 nested 200 deep": lambda: nested_rfc822(200),
    "multipart nested 3,000 deep": lambda: nested_multipart(3_000),
    "truncated multipart": lambda: (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="t"\r\n\r\n--t\r\nContent-Type: text/plain\r\n\r\ninterv'
    ),
    "wrong boundary": lambda: (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="right"\r\n\r\n--wrong\r\n\r\ninterview\r\n--wrong--\r\n'
    ),
    "charset that lies": lambda: (
        HEAD + b"Content-Type: text/plain; charset=us-ascii\r\n\r\n\xe4\xf6\xfc \xc3\xa9 interview\r\n"
    ),
    "unknown charset": lambda: (
        HEAD + b"Content-Type: text/plain; charset=x-klingon\r\n\r\n\x81\x82 interview\r\n"
    ),
    "8-bit headers": lambda: (
        b"From: J\xf6rg \xff <j@acme.example>\r\nSubject: Einladung zum Gespr\xe4ch\r\n\r\nbody"
    ),
    "broken RFC 2047": lambda: (
        b"From: =?utf-8?B?SsO2cmc=?= <j@a.example>\r\nSubject: =?utf-8?B?@@@?= =?unclosed?q?foo\r\n\r\nx"
    ),
    "headers only": lambda: HEAD,
    # RFC 6532 internationalized address: drafts.compose raised NonASCIILocalPartDefect (found by the fuzz)
    "non-ASCII local part in From": lambda: (
        "From: Jörg <jörg@example.de>\r\nSubject: Interview\r\n\r\nhi".encode()
    ),
    "8-bit garbage in From address": lambda: b"From: Lever <n\xff\xfeo-reply@h",
    "base64 garbage": lambda: HEAD + b"Content-Transfer-Encoding: base64\r\n\r\n!!!!====****\r\n",
}


@pytest.mark.parametrize("name", list(WORST_CASES))
def test_named_worst_cases_never_crash_the_pipeline(pipeline: Pipeline, name: str) -> None:
    run_pipeline(pipeline, WORST_CASES[name]())


def test_header_injection_through_every_header_is_refused(pipeline: Pipeline) -> None:
    """The exact attack, not left to chance: CR/LF and encoded CR/LF in From name, Subject and Reply-To."""
    data = raw_message(
        [
            ("From", '"HR\r\nBcc: victim@evil.example" <hr@acme.example>'),
            ("Reply-To", "=?utf-8?b?DQpCY2M6IHZpY3RpbUBldmlsLmV4YW1wbGU=?= <hr@acme.example>"),
            ("Subject", "Interview =?utf-8?q?a=0D=0AX-Injected:_q?= {{ 1234*5678 }}"),
            ("Message-ID", "<inject@acme.example>"),
            ("Date", format_datetime(NOW)),
        ],
        INVITE_TEXT.format(
            company="{% for x in 'ab' %}Z{{ x }}Z{% endfor %}", name="{{ ''.__class__ }}"
        ).encode(),
    )
    drafts = run_pipeline(pipeline, data)
    assert drafts
    reply = next(d for d in drafts if d.action.endswith("interview_reply"))
    assert "{{ 1234*5678 }}" in reply.subject, "the subject keeps the sender's text, literally"


@pytest.mark.skipif(not LONG, reason="30 MB attachment: only under HYPOTHESIS_PROFILE=long (make soak)")
def test_thirty_megabyte_attachment_is_handled(pipeline: Pipeline) -> None:
    blob = base64.encodebytes(os.urandom(22 * 1024 * 1024)).replace(b"\n", b"\r\n")  # about 30 MB
    data = (HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
            b"We would like to invite you to an interview on Tuesday at 3pm.\r\n--b\r\nContent-Type: application/pdf\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + blob + b"\r\n--b--\r\n")  # fmt: skip
    drafts = run_pipeline(pipeline, data)
    assert drafts
