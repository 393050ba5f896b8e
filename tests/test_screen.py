"""The one screen the daemon and `rules test` share: own mail never answered, old mail left alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followup import mail
from followup.screen import Outcome, screen

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def message(sender: str, date: str | None = "Mon, 09 Mar 2026 09:00:00 +0000") -> mail.Email:
    head = f"From: {sender}\r\nTo: me@example.org\r\nSubject: Interview\r\nMessage-ID: <s@example.com>\r\n"
    if date:
        head += f"Date: {date}\r\n"
    return mail.parse((head + "\r\nHello\r\n").encode())


def test_own_mail_is_screened_out_before_its_age_is_asked() -> None:
    own = message("Me <ME@example.org>", date="Mon, 02 Feb 2026 09:00:00 +0000")
    assert screen(own, own_address="me@example.org", now=NOW, lookback_days=14) is Outcome.OWN
    assert screen(own, own_address="me@example.org", now=NOW, lookback_days=None) is Outcome.OWN


def test_mail_older_than_the_lookback_is_old_only_when_lookback_applies() -> None:
    old = message("hr@acme.example", date="Mon, 02 Feb 2026 09:00:00 +0000")
    assert screen(old, own_address="me@example.org", now=NOW, lookback_days=14) is Outcome.OLD
    assert screen(old, own_address="me@example.org", now=NOW, lookback_days=None) is None
    assert screen(message("hr@acme.example"), own_address="me@example.org", now=NOW, lookback_days=14) is None


def test_without_a_date_header_the_servers_arrival_time_decides() -> None:
    undated = message("hr@acme.example", date=None)
    arrived = NOW - timedelta(days=30)
    assert (
        screen(undated, own_address="me@example.org", now=NOW, lookback_days=14, received=arrived)
        is Outcome.OLD
    )
    assert screen(undated, own_address="me@example.org", now=NOW, lookback_days=14) is None
