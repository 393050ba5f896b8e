"""On a real server: the thank-you is timed on the interview and follows it when it moves or is called off."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conftest import ImapAccount, account_block, write_config
from followup import config
from followup.daemon import service
from followup.daemon.store import LedgerState

NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)


def _mail(message_id: str, subject: str, body: str) -> bytes:
    head = (
        f"From: Hannah Okafor <hannah.okafor@fernwoodhealth.example>\r\nTo: sam.rivera@example.org\r\n"
        f"Subject: {subject}\r\nMessage-ID: <{message_id}>\r\nDate: {NOW:%a, %d %b %Y %H:%M:%S +0000}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    sign = "\r\n\r\nKind regards,\r\n\r\nHannah Okafor\r\nWard Manager\r\nFernwood Health\r\n"
    return (head + body.replace("\n", "\r\n") + sign).encode()


def _day(moment: datetime) -> str:
    return f"{moment:%A} {moment.day} {moment:%B}"


def _thank_yous(settings: config.Settings) -> dict[str, tuple[str, datetime | None]]:
    store = service.open_store(settings)
    try:
        rows = [e for e in store.scheduled_rows() if e.action.endswith("interview_thank_you")]
        return {e.key: (e.source, e.due) for e in rows}
    finally:
        store.close()


def test_a_moved_interview_moves_the_thank_you_and_a_cancelled_one_drops_it(
    imap_account: ImapAccount,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pipeline_for,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="followup.daemon.worker")
    server, user = imap_account.server, imap_account.user
    settings = config.load(write_config(tmp_path, account_block(imap_account, monkeypatch)))
    pipeline = pipeline_for(settings)
    first = NOW + timedelta(days=3)
    invitation = _mail(
        "inv-1@fernwoodhealth.example",
        "Interview - Staff Nurse",
        "Dear Sam,\n\nThank you for your application for the Staff Nurse post. I am pleased to invite you "
        f"to an interview on {_day(first)} at 9:30am.\n\nAddress: 12 Mill Lane, Leeds",
    )
    server.append(user, "INBOX", invitation)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    [(first_key, (source, due))] = _thank_yous(settings).items()
    assert source == "inv-1@fernwoodhealth.example" and due is not None and due.date() == first.date()

    second = NOW + timedelta(days=5)
    moved = _mail(
        "move-1@fernwoodhealth.example",
        "Change of interview time",
        "Dear Sam,\n\nI'm sorry for the change, but the panel is not available that morning. Could we move "
        f"your interview for the Staff Nurse post to {_day(second)} at 1:30pm instead?",
    )
    server.append(user, "INBOX", moved)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW + timedelta(hours=1))
    [(second_key, (source, due))] = _thank_yous(settings).items()
    assert source == "move-1@fernwoodhealth.example" and due is not None and due.date() == second.date()

    cancelled = _mail(
        "cancel-1@fernwoodhealth.example",
        "Interview cancelled",
        "Dear Sam,\n\nI'm afraid we need to cancel your interview: the post has been put on hold. "
        "I'm very sorry for the short notice.",
    )
    server.append(user, "INBOX", cancelled)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW + timedelta(hours=2))
    assert _thank_yous(settings) == {}
    # the log says who wrote again, never "about None" or an internal key
    reasons = [
        r.getMessage().split(" cancelled: ", 1)[1] for r in caplog.records if " cancelled: " in r.getMessage()
    ]
    assert reasons and set(reasons) == {"Fernwood Health wrote again"}
    store = service.open_store(settings)
    try:
        assert store.ledger_state(first_key) == store.ledger_state(second_key) == LedgerState.CANCELLED
    finally:
        store.close()
