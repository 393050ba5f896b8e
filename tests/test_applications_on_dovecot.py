"""On a real server: two roles at one company are two applications; a rejection ends only its own."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from conftest import ImapAccount, account_block, write_config
from followup import config
from followup.daemon import service
from test_thank_you_follows_the_interview import NOW, _mail


def _invitation(message_id: str, role: str, day: datetime) -> bytes:
    return _mail(
        message_id,
        f"Interview - {role}",
        f"Dear Sam,\n\nThank you for your application for the {role} post. I am pleased to invite you to an "
        f"interview on {day:%A} {day.day} {day:%B} at 9:30am.\n\nAddress: 12 Mill Lane, Leeds",
    )


def _thank_yous(settings: config.Settings) -> dict[str, str]:
    """Source Message-ID -> state of each interview thank-you in the ledger."""
    store = service.open_store(settings)
    try:
        with store.transaction() as db:
            rows = db.execute(
                "SELECT source, state FROM ledger WHERE action LIKE '%interview_thank_you'"
            ).fetchall()
        return dict(rows)
    finally:
        store.close()


def test_a_rejection_for_one_role_keeps_the_thank_you_of_the_other(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for
) -> None:
    server, user = imap_account.server, imap_account.user
    settings = config.load(write_config(tmp_path, account_block(imap_account, monkeypatch)))
    pipeline = pipeline_for(settings)
    server.append(
        user, "INBOX", _invitation("inv-nurse@fernwoodhealth.example", "Staff Nurse", NOW + timedelta(days=3))
    )
    server.append(
        user,
        "INBOX",
        _invitation("inv-midwife@fernwoodhealth.example", "Community Midwife", NOW + timedelta(days=4)),
    )
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    assert _thank_yous(settings) == {
        "inv-nurse@fernwoodhealth.example": "scheduled",
        "inv-midwife@fernwoodhealth.example": "scheduled",
    }

    rejection = _mail(
        "rej-nurse@fernwoodhealth.example",
        "Your application for Staff Nurse",
        "Dear Sam,\n\nThank you for your interest in the Staff Nurse post. After careful consideration, we "
        "have decided not to progress your application further. We wish you every success.",
    )
    server.append(user, "INBOX", rejection)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW + timedelta(hours=1))
    assert _thank_yous(settings) == {
        "inv-nurse@fernwoodhealth.example": "cancelled",
        "inv-midwife@fernwoodhealth.example": "scheduled",
    }
    store = service.open_store(settings)
    try:
        apps = {a.role: a.stage.value for a in store.applications()}
    finally:
        store.close()
    assert apps == {"Staff Nurse": "rejected", "Community Midwife": "interview_scheduled"}
