"""A big backlog is read by a second process: the same drafts as one process, and nothing lost when it dies."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ImapAccount
from dovecot import DovecotServer
from followup import config
from followup.daemon import reader, service, statedir, worker
from followup.daemon.counters import Counters
from followup.daemon.progress import SECOND
from followup.daemon.reader import Read, Reader, Timing, read_ahead
from followup.daemon.statedir import StateLock
from followup.demo import demo_messages
from followup.models import RawMessage
from test_e2e import NOW, _cli, config_for, drafts_in, keys_of, seed

BROKEN = b"X-Nothing: x\r\n\r\n \r\n"  # no sender, subject, date or text: not mail, skipped


def _mailbox() -> list[bytes]:
    # The demo mail twice over (the copies under new Message-IDs are new mail) and a broken message.
    demo = demo_messages(NOW)
    again = [m.replace(b"Message-ID: <", b"Message-ID: <again-", 1) for m in demo]
    return [*demo[:5], BROKEN, *demo[5:], *again]


def _drafts(server: DovecotServer, user: str) -> dict[str, tuple[str, str, str]]:
    """Each draft by its key: subject, recipient and text (what a user reads)."""
    out = {}
    for _, msg in drafts_in(server, user):
        body = msg.get_body(("plain",))
        out[str(msg["X-Followup-Key"])] = (
            str(msg["Subject"]),
            str(msg["To"]),
            body.get_content() if body else "",
        )
    return out


def _run(account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for, *,
         second: bool) -> tuple[dict[str, tuple[str, str, str]], dict[str, float], int]:  # fmt: skip
    seed(account.server, account.user, _mailbox())
    settings = config.load(config_for(account, tmp_path, monkeypatch))
    monkeypatch.setattr(worker, "MIN_BACKLOG", 1 if second else 10**9)
    monkeypatch.setattr(worker, "two_cpus", lambda: True)
    monkeypatch.setattr(worker, "BATCH", 4)  # several batches, so the read-ahead really overlaps
    counters = service.run_once(settings, pipeline=pipeline_for(settings), clock=lambda: NOW)["test"]
    return _drafts(account.server, account.user), counters.stages, counters.failed


def test_a_second_process_writes_exactly_the_drafts_one_process_writes(
    dovecot: DovecotServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for, caplog
) -> None:
    caplog.set_level(logging.INFO, logger="followup")
    alone = ImapAccount(dovecot, *dovecot.add_user())
    together = ImapAccount(dovecot, *dovecot.add_user())
    drafts_alone, stages_alone, failed_alone = _run(
        alone, tmp_path / "a", monkeypatch, pipeline_for, second=False
    )
    drafts_two, stages_two, failed_two = _run(
        together, tmp_path / "b", monkeypatch, pipeline_for, second=True
    )

    assert len(drafts_alone) >= 8
    assert drafts_two == drafts_alone
    assert failed_two == failed_alone == 1  # the broken message, skipped in both
    assert "parse (2nd process)" not in stages_alone
    assert stages_two["classify (2nd process)"] > 0  # the child really read most of the mail
    assert "second reading process stopped" not in caplog.text  # (and not this process in its place)
    assert "second could not start" not in caplog.text
    assert "cannot parse, skipped" in caplog.text

    # A second pass finds nothing new and writes nothing twice.
    settings = config.load(tmp_path / "b" / "config.toml")
    service.run_once(settings, pipeline=pipeline_for(settings), clock=lambda: NOW)
    assert _drafts(together.server, together.user) == drafts_two
    assert len(drafts_in(together.server, together.user)) == len(drafts_two)


def test_when_the_second_process_dies_this_one_reads_on_and_nothing_is_lost(
    dovecot: DovecotServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for, caplog
) -> None:
    alone = ImapAccount(dovecot, *dovecot.add_user())
    drafts_alone, _, _ = _run(alone, tmp_path / "a", monkeypatch, pipeline_for, second=False)

    def die(*args: object) -> None:
        os._exit(3)  # the child vanishes as if killed; the parent finds the pipe closed

    monkeypatch.setattr(reader, "_serve", die)
    broken = ImapAccount(dovecot, *dovecot.add_user())
    drafts, stages, _ = _run(broken, tmp_path / "b", monkeypatch, pipeline_for, second=True)
    assert drafts == drafts_alone
    assert "the second reading process stopped" in caplog.text
    assert stages.get("classify (2nd process)", 0.0) > 0  # the parts it left were read here instead


def test_a_forked_child_does_not_keep_the_state_locked_after_its_parent_lets_go(tmp_path: Path) -> None:
    lock = StateLock(tmp_path / "state", "followup once")
    lock.acquire()
    pid = os.fork()
    if pid == 0:  # the child, as the reader starts: drops its copy, then lives on for a while
        statedir.drop_inherited_locks()
        time.sleep(3)
        os._exit(0)
    try:
        time.sleep(0.2)
        lock.release()  # the parent is done (or was killed): the next followup must get in now
        second = StateLock(tmp_path / "state", "followup once")
        second.acquire()
        second.release()
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)


def test_the_share_moves_towards_both_processes_finishing_together(pipeline_for) -> None:
    one = Reader(pipeline=None, name="test")  # type: ignore[arg-type]
    one.share = 0.5
    # The child read 100 of 200 messages in 1 s (10 ms each); meanwhile this process also spent 1 s
    # deciding and writing: balance needs the child to take (2 + 1) / 4 = 75% of the next batch.
    for _ in range(8):
        one._rebalance(100, 200, Timing(parse=0.4, classify=0.6), rest=1.0)
    assert one.share == pytest.approx(0.75, abs=0.01)
    # With nothing else to do here, an even split is right.
    for _ in range(8):
        one._rebalance(100, 200, Timing(parse=0.4, classify=0.6), rest=0.0)
    assert one.share == pytest.approx(0.5, abs=0.01)


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _ended(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except OSError:
        return True


def test_kill_9_in_the_middle_of_a_two_process_run_frees_the_state_and_loses_or_doubles_nothing(
    dovecot: DovecotServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline_for
) -> None:
    demo = demo_messages(NOW)
    mail = [m.replace(b"Message-ID: <", f"Message-ID: <k9-{i}-".encode(), 1) for i in range(90) for m in demo]
    assert len(mail) >= worker.MIN_BACKLOG  # a real first run: `followup once` forks its reader

    reference = ImapAccount(dovecot, *dovecot.add_user())
    with reference.server.client(reference.user) as imap:
        imap.multiappend("INBOX", mail)
    settings = config.load(config_for(reference, tmp_path / "ref", monkeypatch))
    service.run_once(settings, pipeline=pipeline_for(settings), clock=lambda: NOW)
    expected = keys_of(drafts_in(dovecot, reference.user))

    victim = ImapAccount(dovecot, *dovecot.add_user())
    with victim.server.client(victim.user) as imap:
        imap.multiappend("INBOX", mail)
    path = config_for(victim, tmp_path / "victim", monkeypatch)
    proc = _cli(path)
    deadline = time.monotonic() + 60
    while not _children(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    child = _children(proc.pid)
    assert child, "followup once never started its second reading process"
    time.sleep(0.5)  # a batch or two into the run
    proc.kill()
    proc.wait(timeout=10)

    # The next run starts and finishes (the orphaned child may still be finishing its batch; that it
    # holds no lock is test_a_forked_child_does_not_keep_the_state_locked_after_its_parent_lets_go).
    assert _cli(path).wait(timeout=120) == 0
    deadline = time.monotonic() + 10
    while not all(_ended(pid) for pid in child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_ended(pid) for pid in child), "the reader outlived its parent"
    assert keys_of(drafts_in(dovecot, victim.user)) == expected  # every draft, each exactly once


def _read_ahead_with_a_child(
    monkeypatch: pytest.MonkeyPatch, echo: object, chunks: list[list[int]], size: int, timeout: float
) -> tuple[list[tuple[list[int], list[Read]]], Counters]:
    """read_ahead over `chunks` with a forked child that reads by `echo`: what was settled, and the counters."""
    monkeypatch.setattr(reader, "read", echo)  # the child, forked after this, reads the same way
    monkeypatch.setattr(reader.entities, "warm_up", lambda: None)
    one = Reader(pipeline=SimpleNamespace(lock=threading.Lock()), name="test")  # type: ignore[arg-type]
    assert one.start()

    def fetch(chunk: list[int]) -> list[RawMessage]:
        return [RawMessage(uid, (f"{uid}:" + "x" * size).encode(), (), None) for uid in chunk]

    settled: list[tuple[list[int], list[Read]]] = []
    counters = Counters()
    run = threading.Thread(
        target=lambda: read_ahead(
            one, chunks, fetch, lambda reads, chunk: settled.append((chunk, reads)), counters
        ),
        daemon=True,
    )
    try:
        run.start()
        run.join(timeout=timeout)
        assert not run.is_alive(), "the two processes wait for each other"
    finally:
        one.close()
    return settled, counters


def test_parts_bigger_than_the_pipe_in_flight_both_ways_are_settled_in_order_without_a_hang(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The child gets batch k+1 before batch k comes back, and sends batch k back while reading k+1:
    # with a few MB each way, more than a pipe holds, a write that waited for a read would hang here.
    def echo(pipeline: object, raws: list[RawMessage]) -> tuple[list[Read], Timing]:
        return [Read(raw, None, raw.data.decode()) for raw in raws], Timing(parse=0.001 * len(raws))

    chunks = [list(range(i * 8, i * 8 + 8)) for i in range(6)]
    settled, counters = _read_ahead_with_a_child(monkeypatch, echo, chunks, 700_000, timeout=60)
    assert [(chunk, [r.error.split(":")[0] for r in reads]) for chunk, reads in settled] == [
        (chunk, [str(uid) for uid in chunk]) for chunk in chunks
    ]
    assert counters.stages.get("parse" + SECOND, 0.0) > 0  # the child really read its parts


def test_a_result_the_child_cannot_send_is_read_here_and_no_message_is_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A part whose reads cannot be pickled (anything a hostile message might provoke): the child stops,
    # this process reads that part and every later one itself; every message is settled once, in order.
    def echo(pipeline: object, raws: list[RawMessage]) -> tuple[list[Read], Timing]:
        out = [Read(raw, None, raw.data.decode()) for raw in raws]
        if any(raw.uid == 10 for raw in raws):
            out[0].facts = threading.Lock()  # type: ignore[assignment]
        return out, Timing(parse=0.001 * len(raws))

    chunks = [list(range(i * 8, i * 8 + 8)) for i in range(4)]
    settled, _counters = _read_ahead_with_a_child(monkeypatch, echo, chunks, 1, timeout=30)
    assert [(chunk, [r.raw.uid for r in reads]) for chunk, reads in settled] == [
        (chunk, chunk) for chunk in chunks
    ]
