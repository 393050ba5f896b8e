"""Each account may write as its own person: `[accounts.profile]` name, email and signature, else `[profile]`."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followup import config, mail
from followup.drafts import reader_text
from followup.errors import ConfigError
from followup.models import ActionKind, Classification, Entities, Label, draft_key
from followup.pipeline import Pipeline

CONFIG = """
[profile]
name = "Alex Doe"
email = "alex@example.org"
signature = "Alex Doe"

[[accounts]]
name = "personal"
host = "127.0.0.1"
username = "alex"
password = "env:P1"

[[accounts]]
name = "work"
host = "127.0.0.1"
username = "adoe"
password = "env:P2"
[accounts.profile]
email = "a.doe@consulting.example"
signature = "Alex Doe | Doe Consulting"
"""
INVITATION = (
    b"From: Priya Sharma <priya@northwind.example>\r\nTo: a.doe@consulting.example\r\n"
    b"Subject: Interview\r\nMessage-ID: <m1@northwind.example>\r\nDate: Mon, 7 Dec 2026 09:00:00 +0000\r\n\r\n"
    b"Hi Alex, would Thursday 10 December at 14:00 GMT work for an interview for the Data Engineer role?\r\n"
)


def test_an_account_falls_back_to_the_profile_key_by_key() -> None:
    settings = config.parse(CONFIG, source="test")
    personal, work = settings.profile_for("personal"), settings.profile_for("work")
    assert (personal.name, personal.email, personal.signature) == ("Alex Doe", "alex@example.org", "Alex Doe")
    assert (work.name, work.email, work.signature) == (
        "Alex Doe",
        "a.doe@consulting.example",
        "Alex Doe | Doe Consulting",
    )


def test_drafts_go_out_from_the_accounts_address_with_its_signature(shared_classifier) -> None:  # type: ignore[no-untyped-def]
    pipeline = Pipeline.load(config.parse(CONFIG, source="test"), classifier=shared_classifier)
    email = mail.parse(INVITATION)
    verdict = Classification(Label.INTERVIEW_INVITATION, 0.9, entities=Entities(company="Northwind"))
    now = datetime(2026, 12, 7, 9, 10, tzinfo=UTC)
    [reply, *_] = [
        a for a in pipeline.decide(email, verdict, history=None, now=now) if a.kind is ActionKind.DRAFT
    ]
    for account, sender, signature in (
        ("work", "a.doe@consulting.example", "Alex Doe | Doe Consulting"),
        ("personal", "alex@example.org", "Alex Doe"),
    ):
        draft = pipeline.compose(
            email, verdict, reply, key=draft_key(email, reply.name), now=now, account=account
        )
        shown = reader_text(draft.data)
        assert shown.startswith(f"From: Alex Doe <{sender}>")
        assert f"Best regards,\n{signature}\n" in shown
        assert (
            f"@{sender.split('@')[1]}>" in draft.data.split(b"Message-ID: ", 1)[1].split(b"\r\n")[0].decode()
        )


def test_a_bad_account_address_names_the_key() -> None:
    bad = CONFIG.replace('email = "a.doe@consulting.example"', 'email = "not an address"')
    with pytest.raises(ConfigError, match=r"accounts\[1\]\.profile\.email"):
        config.parse(bad, source="test")
