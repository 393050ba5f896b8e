"""A second process that reads (parses and classifies) a big backlog while this one decides and writes.

Reading is pure and is most of a first run's work. On a machine with two CPUs, a folder with a
backlog forks one child from the process that has already loaded the model (the model is shared
copy-on-write, not loaded twice). Each fetched batch is split: the child reads the larger part while
this process decides and writes the batch before and reads the rest; the split follows the measured
times, so both CPUs stay busy. The child only parses and classifies: it holds no state, writes
nothing, and ends when the pipe closes. If it fails in any way this process reads the batch itself
and carries on alone, so the second process can make a run faster but never change what it does.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from followup import heap, mail
from followup.classifiers import entities
from followup.daemon import statedir
from followup.daemon.counters import Counters
from followup.daemon.progress import SECOND
from followup.facts import MessageFacts
from followup.models import Classification, Email, RawMessage
from followup.pipeline import Pipeline

log = logging.getLogger(__name__)

MIN_BACKLOG = 600  # a folder with fewer new messages is read in this process alone (fork costs more)


@dataclass
class Read:
    """One message as read: the email, or why it could not be parsed; its label when classified."""

    raw: RawMessage  # its bytes dropped (data=b"") once parsed
    email: Email | None
    error: str = ""
    classification: Classification | None = None
    facts: MessageFacts | None = None  # built here too: pure, and most of what deciding costs


@dataclass
class Timing:
    parse: float = 0.0
    classify: float = 0.0
    facts: float = 0.0


def parse_one(raw: RawMessage) -> Read:
    """One message parsed, or the reason it cannot be (a message that cannot be read never stops a run)."""
    bare = RawMessage(raw.uid, b"", raw.flags, raw.internal_date)  # what is kept of it: no bytes
    try:
        return Read(bare, mail.parse(raw.data))
    except Exception as exc:  # MailParseError, or anything a hostile message provokes
        return Read(bare, None, str(exc))


def read(pipeline: Pipeline, raws: Sequence[RawMessage]) -> tuple[list[Read], Timing]:
    """Parse every message, classify the ones that parsed and work out their facts, in order."""
    timing = Timing()
    began = time.perf_counter()
    out = [parse_one(raw) for raw in raws]
    timing.parse = time.perf_counter() - began
    began = time.perf_counter()
    parsed = [(item, email) for item in out if (email := item.email) is not None]
    found = pipeline.classify_many([email for _, email in parsed])
    classified = [(item, email, c) for (item, email), c in zip(parsed, found, strict=True)]
    timing.classify = time.perf_counter() - began
    began = time.perf_counter()
    for item, email, classification in classified:
        item.classification = classification
        item.facts = pipeline.facts(email, classification)
    timing.facts = time.perf_counter() - began
    return out, timing


def read_ahead(reader: Reader, chunks: list[list[int]], fetch: Callable[[list[int]], list[RawMessage]],
               settle: Callable[[list[Read], list[int]], None], counters: Counters) -> None:  # fmt: skip
    """The batches in order, each read while this process decides and writes the one before.

    Batch k+1 is fetched and the child's part of it sent before this process settles batch k-1
    (decides, commits, writes) and reads its own part of batch k: the child always has its next part
    at hand and goes from one to the next without waiting. Every batch is still settled in order,
    exactly as in one process.
    """
    ahead = reader.hand_out(fetch(chunks[0])) if chunks else None
    behind: tuple[list[Read], list[int]] | None = None
    for index, chunk in enumerate(chunks):
        assert ahead is not None
        mine, theirs, whole = ahead
        began = time.perf_counter()
        ahead = reader.hand_out(fetch(chunks[index + 1])) if index + 1 < len(chunks) else None
        if behind is not None:
            settle(*behind)
        reads, timing = read(reader.pipeline, mine)
        rest = time.perf_counter() - began - timing.parse - timing.classify - timing.facts
        _count(counters, timing, "")
        with counters.timing("wait" + SECOND):
            theirs_read, their_timing = reader.collect(theirs, whole=whole, rest=rest)
        _count(counters, their_timing, SECOND)
        behind = (reads + theirs_read, chunk)
    if behind is not None:
        settle(*behind)


def _count(counters: Counters, timing: Timing, where: str) -> None:
    for stage, seconds in (("parse", timing.parse), ("classify", timing.classify), ("decide", timing.facts)):
        counters.stages[stage + where] = counters.stages.get(stage + where, 0.0) + seconds


def two_cpus() -> bool:
    """At least two CPUs this process may run on (affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) >= 2


class _Send:
    """One object on its way through the pipe: a thread writes it, so its sender goes on meanwhile.

    The write blocks until the other end reads; one in flight each way is what lets both processes
    work without waiting for each other, and the other end always reads, so this never deadlocks.
    """

    def __init__(self, conn: Connection, obj: object) -> None:
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(conn, obj), name="followup-reader-send",
                                        daemon=True)  # fmt: skip
        self._thread.start()

    def _run(self, conn: Connection, obj: object) -> None:
        try:
            conn.send(obj)
        except BaseException as exc:  # the other end is gone, or the object cannot be sent:
            self.error = exc  # either way whoever waits on it stops using the pipe (never a silent gap)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def done(self, timeout: float | None = None) -> BaseException | None:
        """Wait for the write to end; the error that stopped it, if any."""
        self._thread.join(timeout)
        return self.error


class Reader:
    """The forked child and the share of each batch it reads.

    `share` is the fraction of a batch sent to the child; after every batch it moves towards the
    split that makes both processes take equally long (the child reads; this process also decides,
    composes, appends and fetches).
    """

    def __init__(self, pipeline: Pipeline, name: str) -> None:
        self.pipeline, self.name = pipeline, name
        self.share = 0.8
        self._conn: Connection | None = None
        self._proc: Any = None
        self._sends: deque[_Send] = deque()  # parts handed out and not collected yet, oldest first

    def start(self) -> bool:
        """Fork the child; False (and this process reads alone) when it cannot be started."""
        context = multiprocessing.get_context("fork")
        entities.warm_up()  # built once here and shared, not once in each process
        parent, child = context.Pipe()
        # No other thread may be inside the model while the child's copy of it is made.
        with self.pipeline.lock:
            try:
                self._proc = context.Process(target=_serve, args=(self.pipeline, child, parent),
                                             name="followup-reader", daemon=True)  # fmt: skip
                with heap.frozen_for_fork():
                    self._proc.start()
            except OSError as exc:
                log.warning("%s: reading in one process: a second could not start (%s)", self.name, exc)
                parent.close()
                child.close()
                return False
        child.close()
        self._conn = parent
        log.debug("%s: a second process (pid %d) reads the backlog", self.name, self._proc.pid)
        return True

    def split(self, raws: list[RawMessage]) -> tuple[list[RawMessage], list[RawMessage]]:
        """(read here, sent to the child): the child takes the later part of the batch."""
        cut = len(raws) - round(len(raws) * self.share)
        return raws[:cut], raws[cut:]

    def hand_out(self, raws: list[RawMessage]) -> tuple[list[RawMessage], list[RawMessage], int]:
        """Split a batch and send the child its part: (read here, the child's part, the batch's size).

        The parts are collected in the order they were handed out, one at a time behind the other.
        """
        mine, theirs = self.split(raws)
        self.submit(theirs)
        return mine, theirs, len(raws)

    def submit(self, raws: list[RawMessage]) -> None:
        """Send a part of a batch (in a thread: the child may still be busy with the part before).

        One write at a time on the pipe: the part before has been taken by then (the child reads the next
        part as soon as it has sent a result), so waiting for it costs nothing and frames never interleave.
        """
        if self._conn is None or not raws:
            return
        if self._sends and (failed := self._sends[-1].done()) is not None:
            self._lost(failed)
            return
        self._sends.append(_Send(self._conn, raws))

    def collect(self, raws: list[RawMessage], *, whole: int, rest: float) -> tuple[list[Read], Timing]:
        """The child's reads of `raws` (what was submitted) and its timing.

        `whole` is the batch's size, `rest` the time this process spent since the submit on other
        work than reading (deciding, writing, fetching): they set the next batch's share. A child
        that died is replaced by reading here.
        """
        if not raws:
            return [], Timing()
        if self._conn is not None and self._sends:
            try:
                sent = self._sends.popleft().done()  # already written: the child reads in order
                if sent is not None:
                    raise sent
                reads, timing = self._conn.recv()
                if [item.raw.uid for item in reads] != [raw.uid for raw in raws]:
                    raise ValueError("its answer is not the part it was sent")
                self._rebalance(len(raws), whole, timing, rest)
                return reads, timing
            except Exception as exc:  # any failure: this process reads the part, nothing is skipped
                self._lost(exc)
        return read(self.pipeline, raws)

    def _rebalance(self, count: int, whole: int, child: Timing, rest: float) -> None:
        """Move the share halfway to where both processes would have finished together.

        With p the reading time of one message, both finish together when
        share * whole * p = (1 - share) * whole * p + rest.
        """
        per_message = (child.parse + child.classify + child.facts) / max(count, 1)
        if per_message <= 0 or whole <= 0:
            return
        target = (whole * per_message + rest) / (2 * whole * per_message)
        self.share = min(max(0.5 * self.share + 0.5 * target, 0.3), 1.0)

    def _lost(self, exc: BaseException) -> None:
        log.warning("%s: the second reading process stopped (%s): reading in this one", self.name, exc)
        self.close()

    def close(self) -> None:
        """Close the pipe (the child ends on it) and reap the child."""
        conn, self._conn = self._conn, None
        if any(send.alive for send in self._sends) and self._proc is not None:
            self._proc.kill()  # stopped in the middle: a write to a child that waits to be read ends here
        while self._sends:
            self._sends.popleft().done(timeout=5)
        if conn is not None:
            conn.close()
        if self._proc is not None:
            self._proc.join(timeout=5)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join(timeout=5)
            self._proc = None


def _serve(pipeline: Pipeline, conn: Connection, parent_end: Connection) -> None:
    """The child: read what arrives until the pipe closes. Never writes anything but the pipe."""
    parent_end.close()
    statedir.drop_inherited_locks()  # a parent killed with -9 must free the state at once
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's; the child ends on EOF
    pipeline.lock = threading.Lock()  # the parent's lock was held at fork time
    sending: _Send | None = None  # the last batch's result, on its way while the next is read
    try:
        while True:
            try:
                raws = conn.recv()
            except (EOFError, OSError):
                return
            done = read(pipeline, raws)
            if sending is not None and sending.done() is not None:
                return  # the parent is gone
            sending = _Send(conn, done)
    except Exception:  # the parent sees the pipe close and reads the batch itself
        log.debug("second reading process failed", exc_info=True)
    finally:
        if sending is not None:
            sending.done()
        conn.close()
