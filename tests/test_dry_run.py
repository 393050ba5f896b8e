"""`once --dry-run` against Dovecot: every draft printed readable, nothing written anywhere.

And the ignore list, which the daemon honours through the same screen the dry run uses.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

from conftest import account_block, write_config
from followup import config
from followup.cli import main
from followup.daemon import service
from followup.daemon.dryrun import WRITE_COMMANDS, DryRunWriteError, read_only_session_factory
from followup.daemon.store import open_store
from followup.demo import demo_messages

pytestmark = pytest.mark.dovecot
NOW = datetime.now(UTC).replace(microsecond=0)
KEYWORD_RULE = """
[[rules]]
name = "mark-invitations"
[rules.when]
label = "interview_invitation"
[[rules.actions]]
type = "keyword"
keyword = "$FollowupSeen"
"""


def _state_files(settings: config.Settings) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(settings.state_path.iterdir())}


def _inbox_flags(server, user) -> list[tuple[int, tuple[str, ...]]]:
    return [(uid, flags) for uid, flags, _ in server.fetch_all(user, "INBOX")]


def test_once_dry_run_prints_readable_drafts_and_changes_nothing(imap_account, tmp_path, monkeypatch, capsys):
    server, user = imap_account.server, imap_account.user
    messages = demo_messages(NOW)
    path = write_config(tmp_path, account_block(imap_account, monkeypatch), top="")
    path.write_text(path.read_text() + KEYWORD_RULE)
    settings = config.load(path)
    # A real run first, so there is state to leave alone: the personal note gets nothing, the invite later.
    server.append(user, "INBOX", messages[6])
    assert main(["once", "--config", str(path)]) == 0
    for data in messages[:3]:
        server.append(user, "INBOX", data)
    before_state, before_flags = _state_files(settings), _inbox_flags(server, user)
    capsys.readouterr()

    assert main(["once", "--dry-run", "--config", str(path)]) == 0
    out = capsys.readouterr()
    assert server.fetch_all(user, "Drafts") == []
    assert _state_files(settings) == before_state
    assert _inbox_flags(server, user) == before_flags
    assert "draft that would go to Drafts (dry run: not written)" in out.out
    assert "In-Reply-To: <demo-01-invite@northwind-analytics.com>" in out.out
    assert "would set keyword $FollowupSeen" in out.out
    assert "timed draft, due" in out.out and "Europe/Berlin" in out.out
    assert "=C3" not in out.out and "=\n" not in out.out  # decoded text, not quoted-printable
    assert "nothing was written" in out.err
    assert (
        "would be written by rule interview_invitation" in out.err
        and " written by rule" not in out.err.replace("would be written", "")
    )

    # The same mail, for real: the drafts the dry run showed now land.
    assert main(["once", "--config", str(path)]) == 0
    landed = server.fetch_all(user, "Drafts")
    assert landed and any(b"demo-01-invite@northwind-analytics.com" in data for _, _, data in landed)


def test_the_dry_run_client_refuses_every_write(imap_account):
    seen = []
    session = read_only_session_factory(seen.append)(
        imap_account.settings("none"), lambda: imap_account.password
    )
    session.connect()
    try:
        client = session._need()
        for name in sorted(WRITE_COMMANDS):
            with pytest.raises(DryRunWriteError):
                getattr(client, name)("INBOX", [1])
        session.append_drafts("Drafts", [b"Subject: x\r\n\r\nbody\r\n"])
        session.add_keyword("INBOX", 1, "$X")
    finally:
        session.close()
    assert [(i.folder, i.keyword) for i in seen] == [("Drafts", ""), ("INBOX", "$X")]
    assert imap_account.server.fetch_all(imap_account.user, "Drafts") == []


def test_ignored_senders_and_threads_get_no_drafts(imap_account, tmp_path, monkeypatch, pipeline_for, capsys):
    server, user = imap_account.server, imap_account.user
    for data in demo_messages(NOW)[:3]:  # an invitation, a rejection, an offer
        server.append(user, "INBOX", data)
    path = write_config(tmp_path, account_block(imap_account, monkeypatch))
    assert main(["ignore", "sender", "priya.nair@northwind-analytics.com", "--config", str(path)]) == 0
    assert main(["ignore", "thread", "<demo-02-reject@brightpath.io>", "--config", str(path)]) == 0
    settings = config.load(path)
    service.run_once(settings, pipeline=pipeline_for(settings), clock=lambda: NOW)
    answered = {
        data.split(b"In-Reply-To: <", 1)[1].split(b">", 1)[0]
        for _, _, data in server.fetch_all(user, "Drafts")
    }
    assert b"demo-01-invite@northwind-analytics.com" not in answered
    assert b"demo-02-reject@brightpath.io" not in answered
    assert answered, "the offer, which nobody ignored, is still answered"
    store = open_store(settings)
    try:
        outcomes = {row.subject[:20]: row.outcome for row in store.message_rows()}
    finally:
        store.close()
    assert sorted(outcomes.values()).count("ignored") == 2


def test_run_dry_run_prints_drafts_as_mail_arrives_and_writes_nothing(
    imap_account, tmp_path, monkeypatch, pipeline_for
):
    import threading
    import time

    from followup.daemon.dryrun import run_forever_dry

    server, user = imap_account.server, imap_account.user
    path = write_config(tmp_path, account_block(imap_account, monkeypatch, mode="poll", poll_interval=5))
    settings = config.load(path)
    seen: list = []
    stop = threading.Event()
    thread = threading.Thread(
        target=run_forever_dry,
        args=(settings, stop, seen.append),
        kwargs={"pipeline": pipeline_for(settings)},
    )
    thread.start()
    try:
        server.append(user, "INBOX", demo_messages(NOW)[0])
        deadline = time.monotonic() + 60
        while not seen and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert seen and b"demo-01-invite@northwind-analytics.com" in (seen[0].data or b"")
    assert server.fetch_all(user, "Drafts") == []
    assert not (settings.state_path / "state.sqlite3").exists()  # the real state was never created
