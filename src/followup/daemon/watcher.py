"""Running a worker forever: IDLE (or polling via `schedule`), due drafts, reconnect with backoff.

One thread per account; `run_forever` starts them, tells systemd when it is ready, and pings the
watchdog only while every worker's heartbeat is fresh.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from datetime import UTC
from typing import Protocol

import schedule

from followup.config import Settings
from followup.daemon.imap import ImapSession
from followup.daemon.progress import Progress
from followup.daemon.statedir import StateLock
from followup.daemon.store import Store, open_store
from followup.daemon.worker import AccountWorker, Clock, SessionFactory, WorkerStatus, utcnow
from followup.errors import FollowupError
from followup.pipeline import Pipeline

log = logging.getLogger(__name__)


class Notifier(Protocol):
    def notify(self, state: str) -> None: ...


class Backoff:
    """Exponential backoff with full jitter: 1 s, 2 s, 4 s ... capped, reset after a good pass."""

    def __init__(self, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None) -> None:
        self.base, self.cap, self.attempt = base, cap, 0
        self._rng = rng or random.Random()

    def next(self) -> float:
        delay = min(self.cap, self.base * 2**self.attempt)
        self.attempt += 1
        return self._rng.uniform(delay / 2, delay)

    def reset(self) -> None:
        self.attempt = 0


def run_forever(
    settings: Settings,
    stop: threading.Event,
    *,
    notifier: Notifier | None = None,
    pipeline: Pipeline | None = None,
    clock: Clock = utcnow,
    watchdog: float | None = None,
    store: Store | None = None,
    session_factory: SessionFactory = ImapSession,
    progress: Progress | None = None,
) -> None:
    """One thread per account; returns when `stop` is set (SIGTERM/SIGINT).

    READY=1 goes out once every account has had its first attempt (logged in, or failed and now
    retrying with backoff: one broken account must not hold the others hostage). WATCHDOG=1 goes
    out only while every worker's heartbeat is fresh, so a hung read gets the service restarted.
    The state directory stays locked while it runs: a second `run` or `once` stops at once.
    """
    with StateLock(settings.state_path, "followup run"):
        own_store = store is None
        store = store or open_store(settings)  # a damaged or unwritable state fails before the model loads
        try:
            store.check_writable()
            pipeline = pipeline or Pipeline.load(settings)
            _serve(settings, stop, notifier, pipeline, store, clock, watchdog, session_factory, progress)
        finally:
            if own_store:
                store.close()


def _serve(settings: Settings, stop: threading.Event, notifier: Notifier | None, pipeline: Pipeline,
           store: Store, clock: Clock, watchdog: float | None, session_factory: SessionFactory,
           progress: Progress | None) -> None:  # fmt: skip
    workers = [AccountWorker(a, pipeline, store, clock=clock, session_factory=session_factory, progress=progress)
               for a in settings.accounts]  # fmt: skip
    first_attempts = [threading.Event() for _ in workers]
    threads = [
        threading.Thread(target=watch, args=(w, stop, ready, watchdog), name=f"account-{w.name}", daemon=True)
        for w, ready in zip(workers, first_attempts, strict=True)
    ]
    for thread in threads:
        thread.start()
    try:
        while not all(ready.wait(0.1) for ready in first_attempts) and not stop.is_set():
            pass
        if notifier and not stop.is_set():
            notifier.notify("READY=1\nSTATUS=" + status_line(workers, store))
        period = min(watchdog / 3, 5.0) if watchdog else 5.0
        while not stop.wait(period):
            if notifier:
                fresh = watchdog is None or all(time.monotonic() - w.heartbeat < watchdog for w in workers)
                notifier.notify(("WATCHDOG=1\n" if fresh else "") + "STATUS=" + status_line(workers, store))
    finally:
        stop.set()
        for worker in workers:
            worker.interrupt()
        deadline = time.monotonic() + 10  # one deadline for all, well inside TimeoutStopSec
        for thread in threads:
            thread.join(timeout=max(0.1, deadline - time.monotonic()))
        for worker in workers:
            worker.close()


def status_line(workers: list[AccountWorker], store: Store) -> str:
    seen = sum(w.counters.seen for w in workers)
    written = sum(w.counters.drafts for w in workers)
    down = [
        f"{w.name} ({w.status_reason})" if w.status_reason else w.name
        for w in workers
        if w.status is not WorkerStatus.CONNECTED
    ]
    due = store.next_due()
    parts = [f"{seen} messages seen, {written} drafts written"]
    if due:
        parts.append(f"next follow-up {due.astimezone(UTC):%Y-%m-%d %H:%M} UTC")
    if down:
        parts.append("retrying: " + ", ".join(down))
    return "; ".join(parts)


def watch(worker: AccountWorker, stop: threading.Event, first_attempt: threading.Event,
          watchdog: float | None) -> None:  # fmt: skip
    """Connect, sync, wait for mail, repeat; on any failure back off and reconnect. Never raises."""
    backoff = Backoff()
    # IDLE is renewed well before servers drop it, and before the watchdog would miss a beat.
    renew = float(worker.account.idle_renew)
    if watchdog:
        renew = min(renew, watchdog / 2)
    scheduler = schedule.Scheduler()
    while not stop.is_set():
        try:
            worker.connect()
            first_attempt.set()
            backoff.reset()
            worker.sync()
            scheduler.clear()
            if worker.account.mode == "poll":
                scheduler.every(worker.account.poll_interval).seconds.do(worker.sync)
            while not stop.is_set():
                worker.beat()
                due = worker.store.next_due(worker.name)
                timeout = renew
                if due is not None:
                    timeout = max(0.5, min(timeout, (due - worker.clock()).total_seconds()))
                if worker.account.mode == "poll":
                    timeout = min(timeout, max(scheduler.idle_seconds or 0.0, 0.05))
                    stop.wait(timeout)
                    scheduler.run_pending()
                    worker.run_due()
                else:
                    worker.wait_for_mail(stop, timeout)
                    if not stop.is_set():
                        worker.sync()
        except (FollowupError, OSError) as exc:
            if stop.is_set():
                break
            _retry(worker, stop, first_attempt, backoff, str(exc), watchdog)
        except Exception as exc:  # never let one account's thread die
            if stop.is_set():
                break
            log.exception("%s: unexpected error", worker.name)
            _retry(worker, stop, first_attempt, backoff, repr(exc), watchdog)
    worker.close()


def _retry(worker: AccountWorker, stop: threading.Event, first_attempt: threading.Event, backoff: Backoff,
           reason: str, watchdog: float | None) -> None:  # fmt: skip
    worker.status, worker.status_reason = WorkerStatus.RETRYING, reason
    worker.close()
    first_attempt.set()
    delay = backoff.next()
    log.warning("%s: %s; retrying in %.0f s", worker.name, reason, delay)
    deadline = time.monotonic() + delay
    step = watchdog / 3 if watchdog else delay
    while not stop.is_set() and (left := deadline - time.monotonic()) > 0:
        worker.beat()  # waiting out a backoff is not a hang
        stop.wait(min(step, left))
