"""Nothing lost, nothing doubled, on a real Dovecot: a refused APPEND, a second instance, a lost state,
and what counts as one message.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import ImapAccount
from followup import config
from followup.cli import main
from followup.daemon import service, worker
from followup.daemon.store import LedgerState, open_store
from followup.demo import demo_messages
from followup.errors import ImapError
from test_e2e import NOW, config_for, drafts_in, keys_of, seed, source_ids


def _ledger(settings: config.Settings, state: LedgerState) -> set[str]:
    store = open_store(settings)
    try:
        return {entry.key for entry in store.entries("test", state)}
    finally:
        store.close()


# ---- the server refuses the APPEND ------------------------------------------------------------


def test_refused_append_keeps_drafts_pending_and_writes_each_once_when_the_quota_is_lifted(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for, capsys
) -> None:
    server, user = imap_account.server, imap_account.user
    seed(server, user, demo_messages(NOW))
    server.set_quota(user, "*:storage=2K")  # INBOX already holds more: every APPEND to Drafts is refused
    path = config_for(imap_account, tmp_path, monkeypatch)
    settings = config.load(path)
    pipeline = pipeline_for(settings)

    # `followup once` says why in the server's words, on one line, and exits 1.
    assert main(["once", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert "OVERQUOTA" in err and "Traceback" not in err
    assert drafts_in(server, user) == []
    pending = _ledger(settings, LedgerState.PENDING)
    assert len(pending) >= 4 and _ledger(settings, LedgerState.DONE) == set()

    # Still full: still an error, still nothing marked written.
    with pytest.raises(ImapError, match="OVERQUOTA"):
        service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    assert _ledger(settings, LedgerState.PENDING) == pending

    server.set_quota(user)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    keys = keys_of(drafts_in(server, user))
    assert set(keys) == pending and max(keys.values()) == 1
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    assert keys_of(drafts_in(server, user)) == keys
    assert _ledger(settings, LedgerState.PENDING) == set()


class _Notes:
    def __init__(self) -> None:
        self.states: list[str] = []

    def notify(self, state: str) -> None:
        self.states.append(state)


def test_run_retries_a_refused_append_with_backoff_and_says_why_in_status(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for
) -> None:
    server, user = imap_account.server, imap_account.user
    seed(server, user, demo_messages(NOW))
    server.set_quota(user, "*:storage=2K")
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch, mode="poll", poll_interval=5))
    notes, stop = _Notes(), threading.Event()
    thread = threading.Thread(
        target=service.run_forever,
        args=(settings, stop),
        kwargs={"pipeline": pipeline_for(settings), "notifier": notes},
        daemon=True,
    )
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not any("OVERQUOTA" in s for s in notes.states) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert any("STATUS=" in s and "OVERQUOTA" in s for s in notes.states), notes.states
        assert drafts_in(server, user) == []
        server.set_quota(user)
        deadline = time.monotonic() + 30
        while not _ledger(settings, LedgerState.DONE) and time.monotonic() < deadline:
            time.sleep(0.3)
        time.sleep(1)
    finally:
        stop.set()
        thread.join(timeout=20)
    keys = keys_of(drafts_in(server, user))
    assert keys and max(keys.values()) == 1
    assert set(keys) == _ledger(settings, LedgerState.DONE) - _ledger(settings, LedgerState.SCHEDULED)


# ---- two instances on one state ---------------------------------------------------------------


def _followup(*args: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as err:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "followup", *args],
            env=dict(os.environ),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )


def test_a_second_instance_on_the_same_state_stops_at_once_naming_the_first(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(imap_account.server, imap_account.user, demo_messages(NOW))
    path = config_for(imap_account, tmp_path, monkeypatch)
    first = _followup("run", "--config", str(path), log=tmp_path / "run.log")
    try:
        deadline = time.monotonic() + 60
        while "logged in" not in (tmp_path / "run.log").read_text() and time.monotonic() < deadline:
            assert first.poll() is None, (tmp_path / "run.log").read_text()
            time.sleep(0.2)
        began = time.monotonic()
        second = _followup("once", "--config", str(path), log=tmp_path / "once.log")
        assert second.wait(timeout=30) == 1
        took = time.monotonic() - began
        err = (tmp_path / "once.log").read_text().strip().splitlines()
        assert len(err) == 1, err
        assert f"pid {first.pid}" in err[0] and "followup run" in err[0], err[0]
        assert took < 10  # at once: before the model is loaded or the server asked
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=30)
    keys = keys_of(drafts_in(imap_account.server, imap_account.user))
    assert keys and max(keys.values()) == 1


# ---- a lost state -----------------------------------------------------------------------------


def test_a_lost_state_neither_doubles_drafts_nor_brings_back_one_the_user_deleted(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for
) -> None:
    server, user = imap_account.server, imap_account.user
    for data in demo_messages(NOW):
        server.append(user, "INBOX", data, when=NOW - timedelta(hours=1))
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch))
    pipeline = pipeline_for(settings)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    written = keys_of(drafts_in(server, user))
    assert len(written) >= 4
    # The user deletes the newest draft (the hardest case: the newest is what a fresh state looks for).
    with server.client(user) as imap:
        imap.select_folder("Drafts")
        newest = max(imap.search("ALL"))
        deleted = str(imap.fetch([newest], ["BODY.PEEK[HEADER.FIELDS (X-Followup-Key)]"])[newest]
                      [b"BODY[HEADER.FIELDS (X-FOLLOWUP-KEY)]"].decode().split(":", 1)[1].strip())  # fmt: skip
        imap.delete_messages([newest])
        imap.expunge()
    # The state is lost (truncated to nothing), and new mail arrives after the last draft.
    (settings.state_path / "state.sqlite3").write_bytes(b"")
    later = NOW + timedelta(hours=2)
    fresh = [d.replace(b"Message-ID: <demo-", b"Message-ID: <later-demo-") for d in demo_messages(later)]
    for data in fresh:
        server.append(user, "INBOX", data, when=later - timedelta(minutes=30))

    service.run_once(settings, pipeline=pipeline, clock=lambda: later)
    after = keys_of(drafts_in(server, user))
    assert max(after.values()) == 1, [k for k, n in after.items() if n > 1]
    assert deleted not in after
    assert set(written) - {deleted} <= set(after)
    new_sources = Counter(s for s in source_ids(drafts_in(server, user)).elements() if s.startswith("later-"))
    assert sum(new_sources.values()) == len(after) - (len(written) - 1)  # the new mail got its drafts


def test_drafts_another_instance_writes_between_two_batches_are_not_written_again(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for
) -> None:
    """Two instances on two states (a --user and a --system service, say) read the same backlog: what
    the other wrote while this one was between batches is seen before each APPEND, not only once."""
    server, user = imap_account.server, imap_account.user
    seed(server, user, demo_messages(NOW))
    other = config.load(config_for(imap_account, tmp_path / "other", monkeypatch))
    service.run_once(other, pipeline=pipeline_for(other), clock=lambda: NOW)
    theirs = server.fetch_all(user, "Drafts")
    assert len(theirs) >= 4
    with server.client(user) as imap:  # replayed below, as if written while this instance runs
        imap.select_folder("Drafts")
        imap.delete_messages(imap.search("ALL"))
        imap.expunge()

    monkeypatch.setattr(worker, "BATCH", 2)  # several batches, each with its own write
    original = worker.AccountWorker.write
    calls = []

    def write_then_the_other_instance_writes_the_rest(self: worker.AccountWorker, queued: object) -> None:
        original(self, queued)  # type: ignore[arg-type]
        calls.append(len(queued))  # type: ignore[arg-type]
        if len(calls) == 1:
            present = keys_of(drafts_in(server, user))
            for _uid, _flags, data in theirs:
                if not any(f"X-Followup-Key: {key}".encode() in data for key in present):
                    server.append(user, "Drafts", data)

    monkeypatch.setattr(worker.AccountWorker, "write", write_then_the_other_instance_writes_the_rest)
    this = config.load(config_for(imap_account, tmp_path / "this", monkeypatch))
    service.run_once(this, pipeline=pipeline_for(this), clock=lambda: NOW)
    assert len(calls) >= 2  # the other instance's drafts landed between two writes of this one
    after = keys_of(drafts_in(server, user))
    assert max(after.values()) == 1, [k for k, n in after.items() if n > 1]
    assert len(after) == len(theirs)


def test_doctor_says_when_the_state_is_new_but_drafts_of_followup_are_on_the_server(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for
) -> None:
    from followup import doctor

    server, user = imap_account.server, imap_account.user
    seed(server, user, demo_messages(NOW))
    path = config_for(imap_account, tmp_path, monkeypatch)
    settings = config.load(path)
    service.run_once(settings, pipeline=pipeline_for(settings), clock=lambda: NOW)
    found = {c.name: c for c in doctor.run_checks(path, systemctl=lambda argv: (127, ""))}
    assert "new" not in found["test: drafts"].detail
    (settings.state_path / "state.sqlite3").unlink()
    found = {c.name: c for c in doctor.run_checks(path, systemctl=lambda argv: (127, ""))}
    detail = found["test: drafts"].detail
    assert "state is new" in detail and "followup draft" in detail, detail


# ---- what one message is ----------------------------------------------------------------------


def test_two_mails_sharing_a_message_id_are_two_messages_and_one_mail_in_two_folders_is_one(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for
) -> None:
    server, user = imap_account.server, imap_account.user
    invite, reject = demo_messages(NOW)[:2]
    shared = b"Message-ID: <same-id@ats.example>"
    twins = [
        invite.replace(b"Message-ID: <demo-01-invite@northwind-analytics.com>", shared),
        reject.replace(b"Message-ID: <demo-02-reject@brightpath.io>", shared),
    ]
    assert all(shared in t for t in twins)
    with server.client(user) as imap:
        imap.create_folder("Jobs")
    seed(server, user, twins[:1])
    server.append(user, "Jobs", twins[0])  # the same invitation, filed in a second watched folder
    settings = config.load(config_for(imap_account, tmp_path, monkeypatch, folders=["INBOX", "Jobs"]))
    pipeline = pipeline_for(settings)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    seed(server, user, twins[1:])  # weeks later, the same ATS sends another mail under the same ID
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    drafts = drafts_in(server, user)
    keys = keys_of(drafts)
    assert max(keys.values()) == 1
    subjects = {str(msg["Subject"]) for _, msg in drafts}
    # Both mails were answered (the rejection also gets its note to self); the copy in Jobs added nothing.
    assert any("Northwind" in s or "Data Analyst" in s for s in subjects), subjects
    assert any("BrightPath" in s or "Product Analyst" in s for s in subjects), subjects
    reference = ImapAccount(server, *server.add_user())
    seed(server, reference.user, [invite, reject])
    ref_settings = config.load(config_for(reference, tmp_path / "ref", monkeypatch))
    service.run_once(ref_settings, pipeline=pipeline_for(ref_settings), clock=lambda: NOW)
    assert len(keys) == len(drafts_in(server, reference.user))
