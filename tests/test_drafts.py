"""drafts.compose: the bytes are parsed back with the stdlib, as a mail client would read them."""

from __future__ import annotations

import re
import textwrap
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.drafts import NO_ADDRESS_NOTE, compose, is_no_reply, reader_text, reply_subject
from followup.errors import ConfigError
from followup.facts import MessageFacts
from followup.mail import parse
from followup.mailwriter import unflow, wrap_words
from followup.models import (
    Action,
    ActionKind,
    Address,
    Classification,
    Draft,
    Email,
    Entities,
    Label,
    Profile,
    Recipient,
)
from followup.rules.rendering import Rendered

DATA = Path(__file__).parent / "data" / "mail"
NOW = datetime(2024, 3, 6, 9, 30, tzinfo=UTC)
PROFILE = Profile(name="Alex Doe", email="alex@Example.org")
KEY = "0123456789abcdef0123456789abcdef"


def original(**changes: object) -> Email:
    base = Email(
        message_id="orig-1@acme.example",
        subject="Interview availability",
        sender=Address("Jane Smith", "jane@acme.example"),
        date=datetime(2024, 3, 5, 17, 12, tzinfo=UTC),
        references=("root@acme.example",),
        full_text="Are you free on Thursday?\n\nBest,\nJane",
    )
    return Email(**{**base.__dict__, **changes})


def draft_for(
    email: Email,
    body: str,
    *,
    recipient: Recipient = Recipient.SENDER,
    contact_email: str | None = None,
    subject: str | None = None,
    action: str = "rule.template",
    rule: str = "rule",
    key: str = KEY,
    profile: Profile = PROFILE,
    now: datetime = NOW,
) -> Draft:
    """compose() for a message with these facts and a draft action with this recipient."""
    verdict = Classification(
        label=Label.OTHER, confidence=0.9, entities=Entities(contact_email=contact_email)
    )
    facts = MessageFacts.build(email, verdict, None, ZoneInfo("UTC"))
    act = Action(kind=ActionKind.DRAFT, name=action, rule=rule, template="t", recipient=recipient)
    return compose(facts, Rendered(subject=subject, body=body), act, key=key, profile=profile, now=now)


def build(email: Email, body: str = "Thursday works for me.", **kwargs: object) -> EmailMessage:
    draft = draft_for(email, body, **kwargs)  # type: ignore[arg-type]
    msg = message_from_bytes(draft.data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def content(msg: EmailMessage) -> str:
    """The body as a reader sees it (a 7bit part keeps its wire CRLFs in get_content)."""
    text = msg.get_content()
    assert isinstance(text, str)
    return text.replace("\r\n", "\n")


def test_reply_headers_threading_and_body() -> None:
    email = original()
    draft = draft_for(
        email,
        "Thursday works for me.",
        recipient=Recipient.SENDER,
        contact_email=None,
        now=NOW,
        action="interview.reply",
        rule="interview",
    )
    assert draft.key == KEY and draft.action == "interview.reply" and draft.rule == "interview"
    assert draft.subject == "Re: Interview availability"
    assert draft.to == "Jane Smith <jane@acme.example>"
    assert b"\r\n" in draft.data and b"\n" not in draft.data.replace(b"\r\n", b"")  # CRLF only

    msg = message_from_bytes(draft.data, policy=policy.default)
    assert msg["From"].addresses[0].addr_spec == "alex@example.org"
    assert msg["From"].addresses[0].display_name == "Alex Doe"
    assert msg["To"].addresses[0].addr_spec == "jane@acme.example"
    assert msg["Subject"] == "Re: Interview availability"
    assert msg["In-Reply-To"] == "<orig-1@acme.example>"
    assert msg["References"].split() == ["<root@acme.example>", "<orig-1@acme.example>"]
    assert msg["X-Followup-Key"] == KEY
    assert msg["MIME-Version"] == "1.0"
    assert msg["Message-ID"].endswith("@example.org>")
    assert msg["Date"].datetime == NOW
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    body = content(msg)
    assert body.startswith("Thursday works for me.\n\nOn Tue, 05 Mar 2024 at 17:12 +0000, Jane Smith")
    assert "> Are you free on Thursday?\n>\n> Best,\n> Jane" in body


def test_message_ids_differ_per_key() -> None:
    first = build(original())["Message-ID"]
    second = build(original(), key="fedcba9876543210")["Message-ID"]
    assert first != second


def test_original_without_message_id_is_not_threaded() -> None:
    msg = build(original(message_id="", references=()))
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_note_to_self_is_addressed_to_the_profile_and_stays_in_the_thread() -> None:
    msg = build(original(), recipient=Recipient.SELF)
    assert msg["To"].addresses[0].addr_spec == "alex@example.org"
    assert msg["In-Reply-To"] == "<orig-1@acme.example>"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Interview", "Re: Interview"),
        ("Re: Interview", "Re: Interview"),
        ("RE: Re: re:Interview", "Re: Interview"),
        ("Aw: Bewerbung", "Re: Bewerbung"),
        ("SV: Ansøgning", "Re: Ansøgning"),
        ("Re[2]: Offer", "Re: Offer"),
        ("Fwd: Offer", "Re: Fwd: Offer"),
        ("Regarding your application", "Re: Regarding your application"),
        ("", "Re:"),
    ],
)
def test_re_is_added_once(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected
    assert build(original(subject=subject))["Subject"] == expected


def test_explicit_subject_wins() -> None:
    assert build(original(), subject="Thank you, Jane")["Subject"] == "Thank you, Jane"


def test_reply_to_is_preferred_over_from() -> None:
    email = original(reply_to=(Address("Recruiting", "jobs@acme.example"),))
    assert build(email)["To"].addresses[0].addr_spec == "jobs@acme.example"
    assert build(email, recipient=Recipient.REPLY_TO)["To"].addresses[0].addr_spec == "jobs@acme.example"


def test_a_reply_to_on_another_domain_is_shown_at_the_top_of_the_draft() -> None:
    elsewhere = original(reply_to=(Address("Hiring", "offers@acme-careers.example"),))
    msg = build(elsewhere)
    assert msg["To"].addresses[0].addr_spec == "offers@acme-careers.example"  # RFC 5322: Reply-To wins
    first = content(msg).split("\n\n")[0].replace("\n", " ")  # the first paragraph, wrapped
    assert "offers@acme-careers.example" in first and "jane@acme.example" in first and "Reply-To" in first
    # A Reply-To on the sender's domain (or a subdomain of it) is ordinary: no note.
    for same in ("jobs@acme.example", "jobs@mail.acme.example"):
        assert "Reply-To" not in content(build(original(reply_to=(Address("", same),))))
    assert "Reply-To" not in content(build(original()))


def test_a_non_ascii_recipient_domain_is_written_in_idna() -> None:
    msg = build(original(sender=Address("Jürgen", "jurgen@bücher.example")))
    raw = msg.as_bytes()
    assert b"jurgen@xn--bcher-kva.example" in raw and b"=?" not in raw.split(b"@", 1)[1].split(b">", 1)[0]
    assert msg["To"].addresses[0].addr_spec == "jurgen@xn--bcher-kva.example"


def test_contact_recipient_uses_the_contact_address() -> None:
    msg = build(original(), recipient=Recipient.CONTACT, contact_email="jane.personal@acme.example")
    assert msg["To"].addresses[0].addr_spec == "jane.personal@acme.example"


@pytest.mark.parametrize(
    "address",
    [
        "no-reply@us.greenhouse-mail.io",
        "noreply@acme.example",
        "DoNotReply@acme.example",
        "do-not-reply@acme.example",
        "MAILER-DAEMON@mx.example",
        "notifications@lever.co",
        "bounces+123@sendgrid.example",
        "careers-noreply@acme.example",
    ],
)
def test_no_reply_addresses_are_recognised(address: str) -> None:
    assert is_no_reply(address)


@pytest.mark.parametrize("address", ["jane@acme.example", "nora.reply@x.example", "bouncer.jones@x.example"])
def test_people_are_not_no_reply(address: str) -> None:
    assert not is_no_reply(address)


def test_no_reply_sender_falls_back_to_the_contact() -> None:
    email = original(sender=Address("Acme", "no-reply@greenhouse.example"))
    msg = build(email, contact_email="jane@acme.example")
    assert msg["To"].addresses[0].addr_spec == "jane@acme.example"
    assert NO_ADDRESS_NOTE not in content(msg)


def test_no_reply_and_no_contact_leaves_to_empty_with_a_note() -> None:
    email = original(
        sender=Address("Acme", "no-reply@greenhouse.example"),
        reply_to=(Address("", "noreply@greenhouse.example"),),
    )
    draft = draft_for(
        email, "Thanks!", key=KEY, profile=PROFILE, recipient=Recipient.SENDER, contact_email=None, now=NOW
    )
    msg = message_from_bytes(draft.data, policy=policy.default)
    assert draft.to == ""
    assert not msg["To"].addresses
    assert content(msg).startswith(NO_ADDRESS_NOTE + "\n\nThanks!")


def test_invalid_contact_address_is_treated_as_missing() -> None:
    email = original(sender=Address("Acme", "no-reply@greenhouse.example"))
    for bad in ("jane @acme.example", "jane@acme.example\r\nBcc: evil@x.com", "a@b@c.example", ""):
        msg = build(email, contact_email=bad)
        assert not msg["To"].addresses
        assert msg["Bcc"] is None


def test_hostile_names_and_subjects_cannot_inject_headers() -> None:
    email = original(
        sender=Address("x\r\nBcc: evil@x.com", "jane@acme.example"),
        subject="Hello\r\nBcc: evil@x.com\r\nX-Evil: 1",
        references=("a@b\r\nBcc: evil@x.com", "ok@acme.example"),
        message_id="orig-1@acme.example\r\nBcc: evil@x.com",
    )
    msg = build(email, subject=None)
    assert msg["Bcc"] is None and msg["X-Evil"] is None
    assert msg["To"].addresses[0].addr_spec == "jane@acme.example"
    assert "\n" not in msg["Subject"] and "\r" not in msg["Subject"]
    assert msg["In-Reply-To"] is None  # an id with spaces is not an id
    assert sorted(k.lower() for k in msg) == sorted(
        {"from", "to", "subject", "date", "message-id", "x-followup-key", "content-type"}
        | {"content-transfer-encoding", "mime-version"}
    )


def test_hostile_message_parsed_then_composed_stays_clean() -> None:
    raw = (
        b"From: =?utf-8?Q?x=0D=0ABcc:_evil@x.com?= <hr@acme.example>\r\n"
        b"Subject: =?utf-8?Q?Offer=0D=0ABcc:_evil@x.com?=\r\nMessage-ID: <m1@acme.example>\r\n\r\nHi\r\n"
    )
    draft = draft_for(
        parse(raw),
        "Thanks",
        key=KEY,
        profile=PROFILE,
        recipient=Recipient.SENDER,
        contact_email=None,
        now=NOW,
    )
    header_block = draft.data.split(b"\r\n\r\n", 1)[0]
    assert not any(line.lower().startswith(b"bcc:") for line in header_block.split(b"\r\n"))
    msg = message_from_bytes(draft.data, policy=policy.default)
    assert msg["Bcc"] is None
    assert msg["To"].addresses[0].addr_spec == "hr@acme.example"


def test_utf8_names_and_bodies_round_trip() -> None:
    profile = Profile(name="Zoë Ångström-Müller", email="zoe@example.org")
    email = original(
        sender=Address("José Núñez", "jose@empresa.example"), subject="Entrevista — próxima semana"
    )
    body = "¡Gracias, José! Nos vemos el martes. 日本語もOK ✓ " + "palabra " * 20
    msg = build(email, body, profile=profile)
    assert msg["From"].addresses[0].display_name == "Zoë Ångström-Müller"
    assert msg["To"].addresses[0].display_name == "José Núñez"
    assert msg["Subject"] == "Re: Entrevista — próxima semana"
    text = content(msg)
    assert text.startswith("¡Gracias, José! Nos vemos el martes. 日本語もOK ✓")
    assert all(len(line) <= 78 for line in text.split("\n") if not line.startswith(">"))  # wrapped
    assert "palabra palabra" in text


def test_long_urls_are_not_broken_by_wrapping() -> None:
    url = "https://meet.example.com/" + "a" * 120
    assert url in content(build(original(), f"Join here: {url} thanks")).split()


def test_bad_profile_address_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"profile\.email"):
        build(original(), profile=Profile(name="A", email="not an address"))


def test_naive_now_is_taken_as_utc() -> None:
    assert build(original(), now=datetime(2024, 3, 6, 9, 30))["Date"].datetime == NOW


def test_fixture_reply_threads_under_the_rejection() -> None:
    email = parse((DATA / "greenhouse_rejection_html.eml").read_bytes())
    msg = build(email, contact_email=None)
    assert msg["In-Reply-To"] == "<65e7443e9a3b2_4d1c2@greenhouse-mail.io>"
    assert not msg["To"].addresses  # Greenhouse only gave no-reply addresses
    assert "> Thank you for your interest" in content(msg)


_text = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=10),
        st.sampled_from(
            ["\r", "\n", "\r\n", "Bcc: e@x.com", "@", "<", "=?utf-8?Q?=0D=0A?=", "=?utf-8?Q?=0A x?="]
        ),
    ),
    max_size=5,
).map("".join)
_address = st.one_of(st.emails(), _text)


@settings(max_examples=150, deadline=None)
@given(
    name=_text,
    addr=_address,
    subject=_text,
    body=_text,
    message_id=st.sampled_from(["m@x.example", "CAB+1=2_x@mail.gmail.com", "65e7.4d1c2@greenhouse-mail.io"]),
    contact=st.one_of(st.none(), _address),
    recipient=st.sampled_from(list(Recipient)),
)
def test_compose_output_always_parses_with_one_of_each_header(
    name: str, addr: str, subject: str, body: str, message_id: str, contact: str | None, recipient: Recipient
) -> None:
    email = original(sender=Address(name, addr), subject=subject, message_id=message_id, full_text=body)
    draft = draft_for(
        email, body, key=KEY, profile=PROFILE, recipient=recipient, contact_email=contact, now=NOW
    )
    msg = message_from_bytes(draft.data, policy=policy.default)
    assert not msg.defects
    for header in ("From", "To", "Subject", "In-Reply-To", "References", "Message-ID", "X-Followup-Key"):
        assert len(msg.get_all(header, [])) == 1, header
    assert msg["In-Reply-To"] == f"<{message_id}>"
    assert msg["Bcc"] is None
    assert len(msg["To"].addresses) <= 1


def test_encoded_words_smuggled_in_decoded_text_cannot_inject() -> None:
    # The email package decodes RFC 2047 words inside a str header value; a double-encoded subject
    # would otherwise turn into a real CR LF and a Bcc header in the draft.
    raw = (
        b"From: hr@acme.example\r\nMessage-ID: <m2@acme.example>\r\n"
        b"Subject: =?utf-8?Q?Offer_=3D=3Futf-8=3FQ=3F=3D0D=3D0ABcc=3A_evil=40x=2Ecom=3F=3D?=\r\n\r\nHi\r\n"
    )
    email = parse(raw)
    assert "=?utf-8?Q?" in email.subject  # what mail.py decoded is itself an encoded word
    for name in ("=?utf-8?Q?x=0D=0ABcc:_evil@x.com?=", "=?utf-8?B?DQpC!Y2M6IGVAeC5jb20?="):
        msg = build(email, profile=Profile(name=name, email="alex@example.org"))
        assert msg["Bcc"] is None
        assert msg["Subject"] == "Re: Offer = ?utf-8?Q?=0D=0ABcc: evil@x.com?="
        assert "\n" not in str(msg["From"])


EXCHANGE_ID = (
    "BN8PR11MB3601F2C41D8E4B7C9A1F0E6BD9A1234@BN8PR11MB3601.namprd11.prod.outlook.com"  # Exchange Online
)
SES_ID = "0100018f3c2b9a7e-5d1e9c44-8b2a-4f6e-9d3c-2a7b1e0f4c88-000000@email.amazonses.com"  # Amazon SES


def header_lines(data: bytes, name: str) -> list[bytes]:
    """The raw physical lines of one header (first line and its folded continuations)."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    start = next(i for i, line in enumerate(head) if line.lower().startswith(name.lower().encode() + b":"))
    end = start + 1
    while end < len(head) and head[end][:1] in (b" ", b"\t"):
        end += 1
    return head[start:end]


@pytest.mark.parametrize("long_id", [EXCHANGE_ID, SES_ID])
def test_long_message_ids_are_written_verbatim_never_encoded(long_id: str) -> None:
    assert len(f"<{long_id}>") >= 80
    draft = draft_for(original(message_id=long_id, references=(SES_ID, EXCHANGE_ID)), "Thanks.")
    assert header_lines(draft.data, "In-Reply-To") == [f"In-Reply-To: <{long_id}>".encode()]
    assert b"=?" not in draft.data.split(b"\r\n\r\n", 1)[0].replace(b"Subject: =?", b"")
    msg = message_from_bytes(draft.data, policy=policy.default)
    assert msg["In-Reply-To"] == f"<{long_id}>"
    assert msg["References"].split()[-1] == f"<{long_id}>"


def test_references_fold_only_between_ids_and_keep_the_first_and_the_latest() -> None:
    chain = tuple(f"r{i:02d}.{EXCHANGE_ID}" for i in range(30))
    draft = draft_for(original(message_id=SES_ID, references=chain), "Thanks.")
    lines = header_lines(draft.data, "References")
    ids = b"".join(lines)[len(b"References: ") :].split(b" ")
    assert all(re.fullmatch(rb"<[^<>\s]+>", one) for one in ids)  # every line break falls between ids
    assert all(len(line) <= 78 or line.count(b"<") == 1 for line in lines)
    kept = [one.decode()[1:-1] for one in ids]
    assert len(kept) == 20 and kept[0] == chain[0] and kept[-1] == SES_ID and kept[-2] == chain[-1]
    assert kept[1:-1] == list(chain[-18:])


def test_non_ascii_subject_is_encoded_word_by_word_and_reads_back() -> None:
    subject = "Entretien: Zoë Café – Data Engineer (Nordlicht Möbel) " + "x" * 40
    msg = build(original(subject=subject))
    assert msg["Subject"] == f"Re: {subject}"
    raw = draft_for(original(subject=subject), "Hi").data
    assert all(len(line) <= 78 for line in header_lines(raw, "Subject"))
    assert b"Re: Entretien:" in raw  # ASCII words stay readable on the wire


def test_text_is_format_flowed_and_rewraps_to_the_written_lines() -> None:
    sentence = (
        "Thank you for inviting me to interview for the Data Engineer role at Northwind Analytics. " * 3
    )
    body = f"Hi Jane,\n\n{sentence.strip()}\n>not a quote\nFrom here on\n\nBest regards,\nAlex"
    draft = draft_for(original(), body)
    msg = message_from_bytes(draft.data, policy=policy.default)
    assert msg.get_content_type() == "text/plain" and msg.get_param("format") == "flowed"
    wire = content(msg)
    assert all(len(line) <= 78 for line in wire.split("\n"))
    assert " \n" in wire  # soft line breaks end in a space
    assert "\n >not a quote\n" in wire and "\n From here on\n" in wire  # space-stuffed
    shown = unflow(wire)
    assert shown.startswith(
        f"Hi Jane,\n\n{sentence.strip()}\n>not a quote\nFrom here on\n\nBest regards,\nAlex\n"
    )
    assert "> Are you free on Thursday?" in shown


def test_the_quote_keeps_the_senders_own_lines_whole_and_wraps_only_what_is_too_long() -> None:
    """The sender wrapped at 76: each line quoted as it was, not cut at 70 with a word left alone
    on the next line (ragged in an editor after recall); a one-line paragraph is wrapped to 78."""
    lines = [
        "following your application we are pleased to invite you to an interview",
        "in our office on Thursday 10 December at 14:30; the panel will take an hour.",
    ]
    assert all(71 <= len(line) <= 76 for line in lines)
    long = "We look forward to meeting you and discussing the role in more detail with the team. " * 4
    wire = content(
        message_from_bytes(
            draft_for(original(full_text="\n".join(lines) + "\n\n" + long.strip()), "Hi").data,
            policy=policy.default,
        )
    )
    for line in lines:  # quoted whole: no lone tail word on a line of its own
        assert f"\n> {line}\n" in wire
    assert all(len(line) <= 78 for line in wire.split("\n"))
    assert f"> {long.strip()}" in unflow(wire)  # the long paragraph was soft-wrapped, not cut


def test_reader_text_is_the_decoded_draft() -> None:
    draft = draft_for(original(subject="Café"), "Merci beaucoup, Zoë. " * 8)
    shown = reader_text(draft.data)
    assert "Subject: Re: Café" in shown and ("Merci beaucoup, Zoë. " * 8).strip() in shown
    assert "=?" not in shown and "=C3" not in shown


_PIECES = ["a", "word", "x" * 20, "y" * 90, " ", " ", "  ", " " * 25, "é’", "-", "https://x.example/" + "p" * 70,
           "\xa0", "\t", "\u2003"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.integers(min_value=20, max_value=78))
def test_draft_lines_wrap_as_textwrap_would(pieces: list[str], width: int) -> None:
    """The sliced wrap of the reply's lines cuts exactly where textwrap did (words, space runs, long URLs)."""
    line = "".join(pieces)
    for text in (line, line.rstrip(" "), line.lstrip(" ")):
        assert wrap_words(text, width) == textwrap.wrap(
            text, width, break_long_words=False, break_on_hyphens=False
        ), (text, width)
