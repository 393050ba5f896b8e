"""The whole flow against a real Dovecot: INBOX -> followup -> Drafts, exactly once."""

from __future__ import annotations

import email
import email.policy
import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conftest import ImapAccount, account_block, write_config
from dovecot import DovecotServer, Variant
from followup import config
from followup.daemon import service
from followup.daemon.store import LedgerState
from followup.demo import demo_messages
from followup.errors import ImapError

NOW = datetime.now(UTC).replace(microsecond=0)


def config_for(
    account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **extra: object
) -> Path:
    return write_config(tmp_path, account_block(account, monkeypatch, **extra))


def seed(server: DovecotServer, user: str, messages: list[bytes]) -> list[int]:
    return [server.append(user, "INBOX", data) for data in messages]


def drafts_in(
    server: DovecotServer, user: str, folder: str = "Drafts"
) -> list[tuple[tuple[str, ...], email.message.EmailMessage]]:
    out = []
    for _uid, flags, data in server.fetch_all(user, folder):
        out.append((flags, email.message_from_bytes(data, policy=email.policy.default)))
    return out  # type: ignore[return-value]


def keys_of(drafts: list) -> Counter[str]:  # type: ignore[type-arg]
    return Counter(str(msg["X-Followup-Key"]) for _, msg in drafts)


def source_ids(drafts: list) -> Counter[str]:  # type: ignore[type-arg]
    return Counter(str(msg["In-Reply-To"]).strip("<>") for _, msg in drafts)


def test_once_turns_job_mail_into_threaded_drafts_exactly_once(
    imap_account, tmp_path, monkeypatch, pipeline_for
):
    server, user = imap_account.server, imap_account.user
    seed(server, user, demo_messages(NOW))
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)

    first = service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)["test"]
    drafts = drafts_in(server, user)
    assert first.drafts == len(drafts) > 0
    sources = source_ids(drafts)
    # The invitation and the rejection are answered now; the rejection also gets a note to self.
    assert sources["demo-01-invite@northwind-analytics.com"] >= 1
    assert sources["demo-02-reject@brightpath.io"] >= 2
    # Newsletters, personal mail and the user's own sent mail get nothing.
    for quiet in (
        "demo-06-alert@jobs-digest.example.com",
        "demo-07-personal@example.net",
        "demo-08-own@example.org",
    ):
        assert sources[quiet] == 0
    for flags, msg in drafts:
        assert "\\Draft" in flags
        assert msg["X-Followup-Key"]
        assert (
            str(msg["Subject"]).lower().startswith("re:")
            or msg["To"] == "Sam Rivera <sam.rivera@example.org>"
        )
        assert str(msg["References"]).split()[-1] == str(msg["In-Reply-To"])
        assert "sam.rivera@example.org" in str(msg["From"])
    invite_reply = next(m for _, m in drafts if "northwind" in str(m["In-Reply-To"]) and m["To"] != m["From"])
    assert "priya.nair@northwind-analytics.com" in str(invite_reply["To"])
    assert str(invite_reply["Subject"]).count("Re:") == 1
    assert keys_of(drafts).most_common(1)[0][1] == 1

    # Nothing read is marked read.
    assert all("\\Seen" not in flags for _, flags, _ in server.fetch_all(user, "INBOX"))

    # A second run adds nothing.
    second = service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)["test"]
    assert second.drafts == 0
    assert len(drafts_in(server, user)) == len(drafts)


def test_timed_thank_you_lands_when_its_time_comes_and_never_twice(
    imap_account, tmp_path, monkeypatch, pipeline_for
):
    server, user = imap_account.server, imap_account.user
    seed(server, user, demo_messages(NOW))
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    store = service.open_store(settings)
    scheduled = store.scheduled_rows()
    store.close()
    assert scheduled, "the invitation should schedule a thank-you note for after the interview"
    before = len(drafts_in(server, user))
    first_due = min(entry.due for entry in scheduled if entry.due)

    # Just before the first due time: nothing new. Just after: exactly that draft, once.
    service.run_once(settings, pipeline=pipeline, clock=lambda: first_due - timedelta(minutes=1))
    assert len(drafts_in(server, user)) == before
    later = first_due + timedelta(minutes=1)
    service.run_once(settings, pipeline=pipeline, clock=lambda: later)
    service.run_once(settings, pipeline=pipeline, clock=lambda: later)
    drafts = drafts_in(server, user)
    assert len(drafts) == before + sum(1 for e in scheduled if e.due == first_due)
    assert max(keys_of(drafts).values()) == 1


def test_deleted_draft_is_not_recreated(imap_account, tmp_path, monkeypatch, pipeline_for):
    server, user = imap_account.server, imap_account.user
    seed(server, user, demo_messages(NOW)[:2])
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    assert drafts_in(server, user)
    with server.client(user) as imap:
        imap.select_folder("Drafts")
        imap.delete_messages(imap.search("ALL"))
        imap.expunge()
    # Even with the cursor forgotten (as after a UIDVALIDITY change), the ledger remembers.
    store = service.open_store(settings)
    store._db.execute("DELETE FROM cursors")
    store._db.execute("DELETE FROM messages")
    store.close()
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    assert drafts_in(server, user) == []


def test_uidvalidity_change_rescans_without_duplicates(imap_account, tmp_path, monkeypatch, pipeline_for):
    server, user = imap_account.server, imap_account.user
    seed(server, user, demo_messages(NOW))
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    before = keys_of(drafts_in(server, user))
    old, new = server.uidvalidity(user, "INBOX"), server.change_uidvalidity(user, "INBOX")
    assert old != new
    # A new invitation arrives after the change: it must be handled, the old ones not repeated.
    extra = demo_messages(NOW)[0].replace(b"demo-01-invite@", b"demo-09-invite@")
    server.append(user, "INBOX", extra)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    after = keys_of(drafts_in(server, user))
    assert max(after.values()) == 1
    assert set(before) < set(after)
    assert source_ids(drafts_in(server, user))["demo-09-invite@northwind-analytics.com"] >= 1


@pytest.mark.parametrize(
    ("variant", "folder"),
    [(Variant.GMAIL, "[Gmail]/Drafts"), (Variant.COURIER, "INBOX.Drafts"), (Variant.GERMAN, "Entwürfe")],
)
def test_drafts_folder_is_found_on_other_layouts(
    variant, folder, dovecot_pool, tmp_path, monkeypatch, pipeline_for
):
    server = dovecot_pool.get(variant)
    user, password = server.add_user()
    account = ImapAccount(server, user, password)
    seed(server, user, demo_messages(NOW)[:1])
    settings = config.load(config_for(account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    assert len(drafts_in(server, user, folder)) >= 1


def test_tls_account_with_private_ca(imap_account, tmp_path, monkeypatch, pipeline_for):
    server, user = imap_account.server, imap_account.user
    seed(server, user, demo_messages(NOW)[:1])
    settings = config.load(
        config_for(imap_account, tmp_path, monkeypatch, security="tls", ca_file=server.ca_file)
    )
    pipeline = pipeline_for(settings)
    assert service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)["test"].drafts >= 1
    # Without the CA the certificate is refused and nothing is written.
    untrusted = config.load(config_for(imap_account, tmp_path / "untrusted", monkeypatch, security="tls"))
    with pytest.raises(ImapError, match=r"(?i)certificate"):
        service.run_once(untrusted, pipeline=pipeline, clock=lambda: NOW)


def test_broken_messages_are_logged_with_their_uid_and_skipped(
    imap_account, tmp_path, monkeypatch, pipeline_for, caplog
):
    server, user = imap_account.server, imap_account.user
    good = demo_messages(NOW)
    broken = [
        b"From: =?utf-8?q?broken\r\nSubject: \xff\xfe 8-bit \xe9 header\r\nMessage-ID: <b1@x>\r\n"
        b'Content-Type: multipart/mixed; boundary="nope"\r\n\r\n--wrong\r\ntruncated',
        b"Message-ID: <b2@x>\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n\xfa\xfb\xfc",
        _big_attachment(20 * 1024 * 1024),
    ]
    uids = seed(server, user, broken[:1]) + seed(server, user, good[:2]) + seed(server, user, broken[1:])
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)
    # A message that parsed and asks for nothing is logged at debug (issue 14: no line per ordinary message)
    caplog.set_level(logging.DEBUG, logger="followup")
    result = service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)["test"]
    assert result.seen == len(uids)
    sources = source_ids(drafts_in(server, user))
    assert sources["demo-01-invite@northwind-analytics.com"] >= 1
    assert sources["demo-02-reject@brightpath.io"] >= 1
    text = caplog.text
    for uid in uids:
        assert f"UID {uid}" in text


def _big_attachment(size: int) -> bytes:
    import base64

    blob = base64.encodebytes(os.urandom(size * 3 // 4))
    return (
        b"From: Files <files@example.com>\r\nSubject: big file\r\nMessage-ID: <big@x>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        b"--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=big.bin\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + blob + b"\r\n--b--\r\n"
    )


def _wait_for(predicate, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _run_forever(settings, pipeline):  # type: ignore[no-untyped-def]
    stop = threading.Event()
    thread = threading.Thread(
        target=service.run_forever, args=(settings, stop), kwargs={"pipeline": pipeline}
    )
    thread.start()
    return stop, thread


def test_run_in_idle_mode_turns_a_new_message_into_a_draft(imap_account, tmp_path, monkeypatch, pipeline_for):
    server, user = imap_account.server, imap_account.user
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)
    stop, thread = _run_forever(settings, pipeline)
    try:
        time.sleep(1.0)  # logged in and idling
        server.append(user, "INBOX", demo_messages(datetime.now(UTC))[0])
        assert _wait_for(lambda: len(drafts_in(server, user)) >= 1, timeout=10)
    finally:
        stop.set()
        thread.join(timeout=15)
    assert not thread.is_alive()


def test_daemon_reconnects_after_the_server_restarts(private_dovecot, tmp_path, monkeypatch, pipeline_for):
    server = private_dovecot
    user, password = server.add_user()
    account = ImapAccount(server, user, password)
    settings = config.load(config_for(account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)
    stop, thread = _run_forever(settings, pipeline)
    try:
        time.sleep(1.0)
        server.restart()
        server.append(user, "INBOX", demo_messages(datetime.now(UTC))[1])
        assert _wait_for(lambda: len(drafts_in(server, user)) >= 1, timeout=30)
    finally:
        stop.set()
        thread.join(timeout=15)
    assert not thread.is_alive()


def test_kill_9_at_random_moments_never_duplicates_or_loses_a_draft(dovecot, tmp_path, monkeypatch):
    """20 runs of `followup once` killed at random while mail keeps arriving, then a clean run:
    every expected draft exactly once, none lost, nothing marked read."""
    rng = random.Random(20261128)
    rounds = [
        [data.replace(b"Message-ID: <demo-", f"Message-ID: <k{i}-{j}-demo-".encode()) for j in range(2)
         for data in demo_messages(NOW)]
        for i in range(20)
    ]  # fmt: skip
    # The expected drafts: one clean run over all the mail, on a mailbox of its own. Timing one round's
    # run on another mailbox tells how long a run that has work to do lasts on this machine.
    ref_user, ref_pw = dovecot.add_user()
    seed(dovecot, ref_user, rounds[0])
    ref_path = config_for(ImapAccount(dovecot, ref_user, ref_pw), tmp_path / "ref", monkeypatch)
    started = time.monotonic()
    assert _cli(ref_path).wait(timeout=120) == 0
    one_round = time.monotonic() - started
    seed(dovecot, ref_user, [m for r in rounds[1:] for m in r])
    assert _cli(ref_path).wait(timeout=120) == 0
    expected = keys_of(drafts_in(dovecot, ref_user))
    assert len(expected) >= 100

    user, pw = dovecot.add_user()
    path = config_for(ImapAccount(dovecot, user, pw), tmp_path / "victim", monkeypatch)
    kills = 0
    # Home in on the end of a run, where the drafts are written: a run that finished before its
    # kill makes the next kill come sooner; a killed one lets the next run go on a little longer.
    delay = 0.8 * one_round
    for batch in rounds:
        seed(dovecot, user, batch)
        proc = _cli(path)
        time.sleep(delay * rng.uniform(0.85, 1.15))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
            delay *= 1.1
        else:
            delay *= 0.8
        proc.wait(timeout=60)
    assert _cli(path).wait(timeout=120) == 0
    found = keys_of(drafts_in(dovecot, user))
    assert kills >= 10, f"only {kills} of 20 runs were still working when killed: the test proved little"
    assert found == expected  # the same keys, each exactly once
    assert all("\\Seen" not in flags for _, flags, _ in dovecot.fetch_all(user, "INBOX"))


def _cli(config_path: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    return subprocess.Popen(
        [sys.executable, "-m", "followup", "once", "--config", str(config_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_timed_check_in_is_cancelled_when_the_company_writes_again(imap_account, tmp_path, monkeypatch,
                                                                   pipeline_for):  # fmt: skip
    """An acknowledgement schedules a check-in; the company's next message in the thread cancels it."""
    server, user = imap_account.server, imap_account.user
    ack = next(m for m in demo_messages(NOW) if b"demo-04-ack@" in m)
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)
    server.append(user, "INBOX", ack)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    store = service.open_store(settings)
    [checkin] = [e for e in store.scheduled_rows() if "demo-04-ack" in e.source]
    store.close()

    reply = (
        b"From: Lumen Health Recruiting <jobs@lumen-health.example>\r\nTo: sam.rivera@example.org\r\n"
        b"Subject: Re: Thank you for applying to Lumen Health\r\nMessage-ID: <lumen-next@lumen-health.example>\r\n"
        b"In-Reply-To: <demo-04-ack@greenhouse-mail.io>\r\nReferences: <demo-04-ack@greenhouse-mail.io>\r\n"
        + f"Date: {NOW:%a, %d %b %Y %H:%M:%S +0000}\r\n".encode()
        + b"\r\nHi Sam, we would like to invite you to a 30 minute phone screen with our recruiter. "
        b"Would Thursday at 10:00 work for you?\r\n\r\nBest,\r\nDana Whitfield\r\nLumen Health\r\n"
    )
    server.append(user, "INBOX", reply)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW + timedelta(hours=1))
    store = service.open_store(settings)
    assert store.ledger_state(checkin.key) == LedgerState.CANCELLED
    store.close()
    # Long after the check-in would have been due, it never lands.
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW + timedelta(days=30))
    assert checkin.key not in keys_of(drafts_in(server, user))


def test_run_stops_cleanly_on_sigterm(imap_account, tmp_path, monkeypatch):
    """`followup run` as systemd runs it: SIGTERM mid-IDLE ends it promptly with exit 0."""
    path = config_for(imap_account, tmp_path, monkeypatch)
    log_path = tmp_path / "run.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "followup", "run", "--config", str(path)], stdout=log, stderr=log
        )
    try:
        assert _wait_for(lambda: "drafts go to" in log_path.read_text(), timeout=60), log_path.read_text()
        time.sleep(0.5)  # into IDLE
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        assert time.monotonic() - started < 10
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "stopping" in log_path.read_text()
