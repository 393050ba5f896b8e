"""Where a big sync is: a progress bar on a terminal, a summary line every few seconds under journald.

The first run on a full mailbox goes through thousands of messages. A line per message tells
nobody anything (drafts still get their own line); a bar with messages done/total, drafts so far
and the rate does, and so does one journal line every few seconds. Small syncs (new mail arriving
while the daemon runs) show nothing extra. One board serves every account's thread.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger(__name__)

BIG = 500  # messages in one folder's sync from which progress is shown
EVERY = 5.0  # seconds between summary lines in the journal


class Progress(Protocol):
    """What a worker reports while it syncs a folder; `key` tells concurrent syncs apart."""

    def begin(self, key: str, total: int) -> None: ...
    def advance(self, key: str, messages: int, drafts: int, scheduled: int) -> None: ...
    def end(self, key: str) -> None: ...


class NoProgress:
    """For tests, the demo and anything that is not a person watching."""

    def begin(self, key: str, total: int) -> None:
        pass

    def advance(self, key: str, messages: int, drafts: int, scheduled: int) -> None:
        pass

    def end(self, key: str) -> None:
        pass


@dataclass
class _Run:
    total: int
    started: float
    done: int = 0
    drafts: int = 0
    scheduled: int = 0
    said: float = 0.0

    def line(self, key: str, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-6)
        share = 100 * self.done / self.total if self.total else 100
        return (
            f"{key}: {self.done}/{self.total} messages ({share:.0f}%), {self.drafts} draft(s) written, "
            f"{self.scheduled} timed, {rate:.0f} messages/s"
        )

    def final(self, key: str, now: float) -> str:
        elapsed = now - self.started
        return (
            f"{key}: {self.done} messages in {elapsed:.1f} s ({self.done / max(elapsed, 1e-6):.0f} messages/s), "
            f"{self.drafts} draft(s) written, {self.scheduled} timed"
        )


class LogProgress:
    """One summary line every `every` seconds while a big sync runs, and one when it ends."""

    def __init__(
        self, every: float = EVERY, big: int = BIG, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.every, self.big, self.clock = every, big, clock
        self._runs: dict[str, _Run] = {}
        self._lock = threading.Lock()

    def begin(self, key: str, total: int) -> None:
        if total < self.big:
            return
        now = self.clock()
        with self._lock:
            self._runs[key] = _Run(total, now, said=now)
        log.info("%s: %d messages to go through", key, total)

    def advance(self, key: str, messages: int, drafts: int, scheduled: int) -> None:
        with self._lock:
            run = self._runs.get(key)
            if run is None:
                return
            run.done += messages
            run.drafts, run.scheduled = drafts, scheduled
            now = self.clock()
            if now - run.said < self.every:
                return
            run.said = now
            text = run.line(key, now)
        log.info("%s", text)

    def end(self, key: str) -> None:
        with self._lock:
            run = self._runs.pop(key, None)
        if run is not None:
            log.info("%s", run.final(key, self.clock()))


class BarProgress:
    """A rich progress bar on stderr; log lines (drafts, errors) print above it while it runs."""

    def __init__(self, big: int = BIG) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        self.big = big
        self._bar = RichProgress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[drafts]} draft(s), {task.fields[scheduled]} timed"),
            TextColumn("{task.fields[rate]} msg/s"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._tasks: dict[str, Any] = {}
        self._started: dict[str, float] = {}
        self._done: dict[str, int] = {}
        self._lock = threading.Lock()
        self._streams: list[tuple[logging.StreamHandler[Any], Any]] = []

    def begin(self, key: str, total: int) -> None:
        if total < self.big:
            return
        with self._lock:
            if not self._tasks:
                self._bar.start()
                self._route_logs()
            self._tasks[key] = self._bar.add_task(key, total=total, drafts=0, scheduled=0, rate="-")
            self._started[key] = time.monotonic()
            self._done[key] = 0

    def advance(self, key: str, messages: int, drafts: int, scheduled: int) -> None:
        with self._lock:
            task = self._tasks.get(key)
            if task is None:
                return
            self._done[key] += messages
            rate = self._done[key] / max(time.monotonic() - self._started[key], 1e-6)
            self._bar.update(task, advance=messages, drafts=drafts, scheduled=scheduled, rate=f"{rate:.0f}")

    def end(self, key: str) -> None:
        with self._lock:
            if self._tasks.pop(key, None) is None:
                return
            self._started.pop(key, None)
            if not self._tasks:
                self._bar.stop()
                self._restore_logs()

    def _route_logs(self) -> None:
        """Send stderr log handlers through the bar's console so lines appear above the bar."""
        console_file = self._bar.console.file
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream in (sys.stderr, sys.__stderr__):
                self._streams.append((handler, handler.stream))
                handler.setStream(_AboveBar(self._bar, console_file))

    def _restore_logs(self) -> None:
        for handler, stream in self._streams:
            handler.setStream(stream)
        self._streams.clear()


class _AboveBar:
    """A stream whose lines rich prints above the live bar."""

    def __init__(self, bar: Any, fallback: Any) -> None:
        self._bar, self._fallback = bar, fallback

    def write(self, text: str) -> int:
        text = text.rstrip("\n")
        if text:
            self._bar.console.print(text, markup=False, highlight=False, soft_wrap=True)
        return len(text)

    def flush(self) -> None:
        self._fallback.flush()


STAGES = ("fetch", "parse", "classify", "decide", "compose", "append")
SECOND = " (2nd process)"  # the suffix of the stages a second process spent (daemon/reader.py)


def stage_line(stages: dict[str, float], wall: float) -> str:
    """Where the time of a run went: each stage's seconds and share of `wall`; the rest is "other"
    (start-up, the model, login, the state database). Reading done by a second process at the same
    time (daemon/reader.py) is listed apart: it overlaps the rest and is not part of the sum."""
    wall = max(wall, 1e-9)
    spent = [(name, stages.get(name, 0.0)) for name in STAGES]
    second = [(name, stages.get(f"{name}{SECOND}", 0.0)) for name in ("parse", "classify", "decide")]
    waiting = stages.get(f"wait{SECOND}", 0.0)  # for the second process's part of a batch
    if any(t for _, t in second) or waiting:
        spent.append(("waiting", waiting))
    spent.append(("other", max(wall - sum(t for _, t in spent), 0.0)))
    line = "time by stage: " + ", ".join(f"{name} {t:.2f} s ({100 * t / wall:.0f}%)" for name, t in spent)
    if any(t for _, t in second):
        line += "; in a second process, at the same time: " + ", ".join(
            f"{n} {t:.2f} s" for n, t in second if t
        )
    return line


def for_this_process() -> Progress:
    """A bar when a person watches a terminal; summary lines under journald or in a pipe."""
    if os.environ.get("JOURNAL_STREAM") or not sys.stderr.isatty():
        return LogProgress()
    return BarProgress()
