"""A big first sync says where it is: a bar on a terminal, a line every few seconds in the journal."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime

import pytest

from conftest import account_block, write_config
from followup import config
from followup.daemon import service, worker
from followup.daemon.progress import BarProgress, LogProgress, for_this_process, stage_line
from followup.demo import demo_messages


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_log_progress_says_a_line_every_few_seconds_and_a_summary(caplog):
    caplog.set_level(logging.INFO, logger="followup.daemon.progress")
    clock = Clock()
    progress = LogProgress(every=5.0, big=500, clock=clock)
    progress.begin("personal: INBOX", 1000)
    for drafts in range(10):
        clock.now += 1.0  # ten batches of 100, one second apart
        progress.advance("personal: INBOX", 100, drafts, 0)
    progress.end("personal: INBOX")
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0] == "personal: INBOX: 1000 messages to go through"
    assert lines[1:3] == [
        "personal: INBOX: 500/1000 messages (50%), 4 draft(s) written, 0 timed, 100 messages/s",
        "personal: INBOX: 1000/1000 messages (100%), 9 draft(s) written, 0 timed, 100 messages/s",
    ]
    assert (
        lines[3] == "personal: INBOX: 1000 messages in 10.0 s (100 messages/s), 9 draft(s) written, 0 timed"
    )
    assert len(lines) == 4


def test_a_small_sync_says_nothing_extra(caplog):
    caplog.set_level(logging.INFO, logger="followup.daemon.progress")
    progress = LogProgress(big=500, every=0)
    progress.begin("a: INBOX", 3)
    progress.advance("a: INBOX", 3, 1, 0)
    progress.end("a: INBOX")
    assert caplog.records == []


def test_the_bar_shows_done_total_and_drafts_and_lets_log_lines_through(capsys):
    handler = logging.StreamHandler(sys.stderr)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        bar = BarProgress(big=10)
        bar.begin("personal: INBOX", 40)
        assert handler.stream is not sys.stderr  # routed above the bar
        logging.getLogger("followup.daemon.worker").warning("draft 'Re: Interview' written")
        bar.advance("personal: INBOX", 40, 3, 1)
        bar.end("personal: INBOX")
        assert handler.stream is sys.stderr  # restored
    finally:
        root.removeHandler(handler)
    err = capsys.readouterr().err
    assert "draft 'Re: Interview' written" in err
    assert "40/40" in err and "3 draft(s), 1 timed" in err


def test_journald_and_pipes_get_lines_terminals_get_the_bar(monkeypatch):
    monkeypatch.setenv("JOURNAL_STREAM", "8:1234")
    assert isinstance(for_this_process(), LogProgress)
    monkeypatch.delenv("JOURNAL_STREAM")
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    assert isinstance(for_this_process(), BarProgress)


@pytest.mark.dovecot
def test_a_big_first_run_logs_progress_not_a_line_per_ordinary_message(
    imap_account, tmp_path, monkeypatch, pipeline_for, caplog
):
    now = datetime.now(UTC).replace(microsecond=0)
    personal = demo_messages(now)[6]  # personal mail: no draft
    messages = [personal.replace(b"Message-ID: <", f"Message-ID: <n{i}.".encode(), 1) for i in range(60)]
    messages.append(demo_messages(now)[0])  # one invitation: a draft
    with imap_account.server.client(imap_account.user) as imap:
        imap.multiappend("INBOX", messages)
    settings = config.load(write_config(tmp_path, account_block(imap_account, monkeypatch)))
    monkeypatch.setattr(worker, "BATCH", 20)
    caplog.set_level(logging.INFO)
    service.run_once(settings, pipeline=pipeline_for(settings), progress=LogProgress(every=0, big=50))
    lines = [r.getMessage() for r in caplog.records]
    assert "test: INBOX: 61 messages to go through" in lines
    assert any(line.startswith("test: INBOX: 40/61 messages (66%)") for line in lines)
    assert any(line.startswith("test: INBOX: 61 messages in ") for line in lines)
    assert not any("other (" in line for line in lines)  # ordinary mail: counted, not listed
    assert any("draft 'Re: Interview invitation" in line for line in lines)  # drafts keep their line


def test_the_stage_line_keeps_a_second_process_apart_from_the_sum() -> None:
    """The reading a second process did at the same time is said apart; the main process's waiting
    for it is a stage of its own, so "other" stays what it says: start-up, model, login, state."""
    alone = stage_line({"fetch": 1.0, "parse": 2.0, "classify": 3.0, "decide": 1.0}, wall=10.0)
    assert alone.endswith("other 3.00 s (30%)") and "second process" not in alone
    two = stage_line({"fetch": 1.0, "decide": 2.0, "parse (2nd process)": 2.5,
                      "classify (2nd process)": 3.5, "decide (2nd process)": 0.5,
                      "wait (2nd process)": 1.0}, wall=6.0)  # fmt: skip
    assert "waiting 1.00 s (17%), other 2.00 s (33%)" in two
    assert two.endswith("in a second process, at the same time: parse 2.50 s, classify 3.50 s, decide 0.50 s")
