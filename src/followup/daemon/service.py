"""The daemon: one worker per account turns new mail into drafts, exactly once.

`run_once` processes everything new and the due follow-ups, then returns; `run_forever` does the
same in a loop per account (IDLE where the server has it, else polling via `schedule`), reconnecting
with exponential backoff and jitter. Only this package does I/O; the decisions come from the pure
stages (mail -> classifiers -> rules -> drafts).
"""

from __future__ import annotations

import copy
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Protocol

import schedule

from followup import mail
from followup.config import AccountConfig, Settings
from followup.daemon.imap import ConnectionSettings, ImapSession
from followup.daemon.store import Cursor, LedgerState, Store
from followup.errors import FollowupError, ImapError, SecretError
from followup.models import Action, ActionKind, Classification, Draft, Email, Label, RawMessage, draft_key
from followup.passwords import get_secret
from followup.pipeline import Pipeline
from followup.rules.engine import ApplicationHistory

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
BATCH = 200  # messages fetched, decided and committed together (bounds memory and fsyncs)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Notifier(Protocol):
    def notify(self, state: str) -> None: ...


@dataclass
class Counters:
    """Live figures for logs, `STATUS=` and the demo's summary."""

    seen: int = 0
    drafts: int = 0
    scheduled: int = 0
    skipped: int = 0
    failed: int = 0
    cancelled: int = 0
    labels: dict[str, int] = field(default_factory=dict)

    def since(self, before: Counters) -> Counters:
        """What happened after `before` was taken (a copy of these counters)."""
        delta = Counters(**{f.name: getattr(self, f.name) - getattr(before, f.name) for f in fields(self)
                            if f.name != "labels"})  # fmt: skip
        delta.labels = {
            k: n - before.labels.get(k, 0) for k, n in self.labels.items() if n != before.labels.get(k, 0)
        }
        return delta


_DATE_HEADER = re.compile(rb"^Date:[^\r\n]*\r?\n", re.MULTILINE | re.IGNORECASE)


def redate(data: bytes, when: datetime) -> bytes:
    """A timed draft was composed earlier: give it the Date of the moment it lands in Drafts."""
    head, sep, body = data.partition(b"\r\n\r\n")
    line = f"Date: {format_datetime(when)}\r\n".encode()
    new_head, n = _DATE_HEADER.subn(line, head + b"\r\n", count=1)
    return new_head[:-2] + sep + body if n else data


def connection_settings(account: AccountConfig) -> ConnectionSettings:
    """What the IMAP session needs from an [[accounts]] entry (the daemon and `doctor` connect alike)."""
    return ConnectionSettings(
        host=account.host,
        port=account.port or 993,
        security=account.security,
        username=account.username,
        ca_file=account.ca_file,
        allow_insecure=account.allow_insecure,
        timeout=account.timeout,
        auth=account.auth,
        account=account.name,
    )


class AccountWorker:
    """Everything followup does for one account. Not thread-safe; one thread per worker."""

    def __init__(
        self,
        account: AccountConfig,
        pipeline: Pipeline,
        store: Store,
        *,
        clock: Clock = utcnow,
        session_factory: Callable[[ConnectionSettings, Callable[[], str]], ImapSession] = ImapSession,
    ) -> None:
        self.account = account
        self.pipeline = pipeline
        self.store = store
        self.clock = clock
        self._session_factory = session_factory
        self.session: ImapSession | None = None
        self.drafts_folder = ""
        self.counters = Counters()
        self.status = "starting"
        self.heartbeat = time.monotonic()  # the watchdog pings only while every worker's beat is fresh
        self._append_failed_at: float | None = None

    @property
    def name(self) -> str:
        return self.account.name

    # -- connection ------------------------------------------------------------------------------
    def connect(self) -> None:
        """Log in, find Drafts and settle drafts a crash left half-written."""
        self.close()
        secret = get_secret(self.account.password, self.account.name)
        settings = connection_settings(self.account)
        session = self._session_factory(settings, lambda: secret)
        session.connect()
        self.session = session
        self.drafts_folder, how = session.find_drafts(self.account.drafts_folder)
        log.info(
            "%s: logged in to %s; drafts go to %r (%s)", self.name, self.account.host, self.drafts_folder, how
        )
        self.recover()
        self.status = "connected"

    def beat(self) -> None:
        self.heartbeat = time.monotonic()

    def interrupt(self) -> None:
        """Wake the worker's thread out of IDLE (called from the main thread on stop)."""
        if self.session is not None:
            self.session.interrupt()

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None

    def _imap(self) -> ImapSession:
        if self.session is None:
            raise ImapError(f"{self.name}: not connected")
        return self.session

    def recover(self) -> None:
        """Resolve every `pending` key: found in Drafts -> done; not found -> APPEND it now.

        An APPEND cut off by a network failure may still reach the server over the dead connection
        (a stalled link delivers late); looking too early would write that draft twice, so the first
        look waits until such an APPEND is at least two timeouts old.
        """
        pending = self.store.entries(self.name, LedgerState.PENDING)
        if pending and self._append_failed_at is not None:
            grace = min(max(2 * self.account.timeout, 5.0), 60.0)
            wait = self._append_failed_at + grace - time.monotonic()
            if wait > 0:
                log.info(
                    "%s: waiting %.0f s for an interrupted APPEND before checking Drafts", self.name, wait
                )
                deadline = time.monotonic() + wait
                while (left := deadline - time.monotonic()) > 0:
                    self.beat()
                    time.sleep(min(left, 5.0))
        self._append_failed_at = None
        for entry in pending:
            found = self._imap().search_header(self.drafts_folder, "X-Followup-Key", entry.key)
            if found:
                log.info("%s: draft %s was already in Drafts (recovered after a stop)", self.name, entry.key)
                self.store.set_state(entry.key, LedgerState.DONE, keep_data=False)
            elif entry.data:
                # A timed draft gets the date it lands; one due now keeps its composition date.
                data = redate(entry.data, self.clock()) if entry.due else entry.data
                self._append(entry.key, data)
                log.info("%s: draft %s appended on recovery (%s)", self.name, entry.key, entry.action)

    # -- one pass --------------------------------------------------------------------------------
    def sync(self) -> Counters:
        """Fetch and handle everything new in every watched folder, then the due follow-ups."""
        before = copy.deepcopy(self.counters)
        for folder in self.account.folders:
            self._sync_folder(folder)
        self.run_due()
        return self.counters.since(before)

    def _sync_folder(self, folder: str) -> None:
        imap = self._imap()
        state = imap.select(folder, readonly=True)
        cursor = self.store.cursor(self.name, folder)
        if cursor is not None and cursor.uidvalidity != state.uidvalidity:
            log.warning(
                "%s: %s changed UIDVALIDITY (%d -> %d): rescanning; drafts already written are not repeated",
                self.name, folder, cursor.uidvalidity, state.uidvalidity,
            )  # fmt: skip
            cursor = None
        last_uid = cursor.last_uid if cursor else 0
        since = (self.clock() - timedelta(days=self.pipeline.settings.lookback_days)).date()
        uids = imap.uids_after(last_uid, since=since)
        for start in range(0, len(uids), BATCH):
            chunk = uids[start : start + BATCH]
            self._handle_batch(list(imap.fetch(chunk, batch=BATCH)), folder, state.uidvalidity, max(chunk))
        top = max(state.uidnext - 1, last_uid, uids[-1] if uids else 0)
        self.store.set_cursor(self.name, folder, Cursor(state.uidvalidity, top))

    def _handle_batch(self, raws: list[RawMessage], folder: str, uidvalidity: int, last_uid: int) -> None:
        """Decide a batch in one transaction, then APPEND its drafts.

        The transaction records the messages, the cursor and every draft as `pending` together; the
        drafts are appended after it commits and marked done in a second one. A stop in between
        leaves pending keys that `recover()` settles, so no draft is lost or written twice.
        """
        parsed = [(raw, email) for raw in raws if (email := self._parse(raw, folder)) is not None]
        queued: list[tuple[str, Draft, int]] = []
        with self.store.transaction():
            fresh = [(raw, email) for raw, email in parsed if self._fresh(raw, email, folder, uidvalidity)]
            results = self.pipeline.classify_many([email for _, email in fresh])
            for (raw, email), classification in zip(fresh, results, strict=True):
                self.beat()
                self._handle(raw, email, classification, folder, uidvalidity, queued)
            self.store.set_cursor(self.name, folder, Cursor(uidvalidity, last_uid))
        if queued:
            self._appending(
                lambda: self._imap().append_drafts(
                    self.drafts_folder, [draft.data for _, draft, _ in queued], self.clock()
                )
            )
            with self.store.transaction():
                for key, draft, uid in queued:
                    self.store.set_state(key, LedgerState.DONE, keep_data=False)
                    log.info("%s: UID %d: draft %r written by rule %s (key %s)", self.name, uid, draft.subject,
                             draft.rule, key)  # fmt: skip
            self.counters.drafts += len(queued)

    def _parse(self, raw: RawMessage, folder: str) -> Email | None:
        """A message that cannot be read is logged with its UID and skipped; it never stops the loop."""
        self.counters.seen += 1
        try:
            return mail.parse(raw.data)
        except Exception as exc:  # MailParseError, or anything a hostile message provokes
            log.error("%s: %s UID %d: cannot parse, skipped: %s", self.name, folder, raw.uid, exc)
            self.counters.failed += 1
            return None

    def _record(self, raw: RawMessage, email: Email, folder: str, uidvalidity: int, outcome: str,
                classification: Classification | None = None) -> None:  # fmt: skip
        self.store.record_message(
            self.name, email.identity, folder=folder, uidvalidity=uidvalidity, uid=raw.uid,
            message_id=email.message_id, outcome=outcome, subject=email.subject,
            received_at=email.date or raw.internal_date,
            label=classification.label if classification else None,
            confidence=classification.confidence if classification else None,
            company=classification.entities.company if classification else None,
        )  # fmt: skip

    def _fresh(self, raw: RawMessage, email: Email, folder: str, uidvalidity: int) -> bool:
        """Not seen before, not the user's own mail, not older than the lookback window."""
        if self.store.is_processed(self.name, email.identity):
            return False
        outcome = None
        if mail.is_from(email, self.pipeline.profile.email):
            outcome = "own"
        else:
            received = email.date or raw.internal_date or self.clock()
            if received < self.clock() - timedelta(days=self.pipeline.settings.lookback_days):
                outcome = "old"
        if outcome is None:
            return True
        self._record(raw, email, folder, uidvalidity, outcome)
        self.counters.skipped += 1
        return False

    def _handle(self, raw: RawMessage, email: Email, classification: Classification, folder: str,
                uidvalidity: int, queued: list[tuple[str, Draft, int]]) -> None:  # fmt: skip
        """One message inside the batch transaction; its own failure is undone and logged alone."""
        mark = len(queued)
        try:
            with self.store.transaction():
                actions, history = self._decide(email, classification, folder)
                for action in actions:
                    self._execute(action, email, classification, history, raw.uid, folder, queued)
                self._record(raw, email, folder, uidvalidity, "acted" if actions else "no-action",
                             classification)  # fmt: skip
        except (ImapError, SecretError, OSError):
            raise  # the connection is gone: the batch is undone and retried after reconnecting
        except Exception as exc:
            del queued[mark:]
            log.error("%s: %s UID %d: failed, skipped: %r", self.name, folder, raw.uid, exc, exc_info=True)
            self.counters.failed += 1
            self._record(raw, email, folder, uidvalidity, "failed")
            return
        label = classification.label
        self.counters.labels[label.value] = self.counters.labels.get(label.value, 0) + 1
        log.info("%s: %s UID %d: %s (%.2f), %d action(s)", self.name, folder, raw.uid, label.value,
                 classification.confidence, len(actions))  # fmt: skip

    def _decide(
        self, email: Email, classification: Classification, folder: str
    ) -> tuple[list[Action], ApplicationHistory | None]:
        # Any reply in the thread drops the check-ins it makes unnecessary; job mail about the same
        # application (a new slot, a rejection, an offer) also drops thank-yous timed on old news.
        job_mail = classification.label is not Label.OTHER
        company = classification.entities.company if job_mail else None
        thread = [ref for ref in (email.in_reply_to, *email.references) if ref]
        cancelled = self.store.cancel_scheduled(self.name, sources=thread, company=company, every=job_mail)
        for key in cancelled:
            log.info("%s: timed draft %s cancelled: the company wrote again", self.name, key)
        self.counters.cancelled += len(cancelled)
        history = self._history(company) if company else None
        actions = self.pipeline.decide(email, classification, history=history, now=self.clock(),
                                       account=self.name, folder=folder)  # fmt: skip
        return actions, history

    def _history(self, company: str) -> ApplicationHistory | None:
        app = self.store.application(self.name, company)
        if app is None:
            return None
        return ApplicationHistory(company=app.company, role=app.role, stage=app.stage,
                                  last_contact=app.last_contact, applied_at=app.first_contact)  # fmt: skip

    def _execute(self, action: Action, email: Email, classification: Classification,
                 history: ApplicationHistory | None, uid: int, folder: str,
                 queued: list[tuple[str, Draft, int]]) -> None:  # fmt: skip
        key = draft_key(email, action.name)
        if self.store.ledger_state(key) is not None:
            return
        now = self.clock()
        company = classification.entities.company
        if action.kind is ActionKind.TRACK:
            if company and action.stage:
                self.store.track(self.name, company, classification.entities.role, action.stage,
                                 email.date or now, email.identity)  # fmt: skip
            return
        if action.kind is ActionKind.KEYWORD:
            if action.keyword:  # STORE is idempotent: if the batch is undone, doing it again is harmless
                self._imap().add_keyword(folder, uid, action.keyword)
                self.store.add_ledger(key, account=self.name, source=email.message_id or email.identity,
                                      action=action.name, rule=action.rule, state=LedgerState.DONE, data=None)  # fmt: skip
            return
        draft = self.pipeline.compose(email, classification, action, key=key, now=now, history=history)
        later = action.due is not None and action.due > now
        added = self.store.add_ledger(
            key, account=self.name, source=email.message_id or email.identity, action=action.name,
            rule=action.rule, data=draft.data, subject=draft.subject, recipient=draft.to, company=company,
            cancel_on_reply=action.cancel_on_reply, due=action.due,
            state=LedgerState.SCHEDULED if later else LedgerState.PENDING,
        )  # fmt: skip
        if not added:
            return
        if later:
            assert action.due is not None
            self.counters.scheduled += 1
            log.info("%s: UID %d: %s scheduled for %s (key %s)", self.name, uid, action.name,
                     action.due.isoformat(), key)  # fmt: skip
        else:
            queued.append((key, draft, uid))

    def _appending(self, append: Callable[[], object]) -> None:
        """Run an APPEND; remember when one fails, so `recover()` waits out a late delivery."""
        try:
            append()
        except (FollowupError, OSError):
            self._append_failed_at = time.monotonic()
            raise

    def _append(self, key: str, data: bytes) -> None:
        self._appending(lambda: self._imap().append_draft(self.drafts_folder, data, self.clock()))
        self.store.set_state(key, LedgerState.DONE, keep_data=False)
        self.counters.drafts += 1

    def run_due(self) -> None:
        """Write the timed drafts whose moment has come (thank-you notes, check-ins)."""
        now = self.clock()
        for entry in self.store.entries(self.name, LedgerState.SCHEDULED, due_before=now):
            if not entry.data:
                continue
            self.store.set_state(entry.key, LedgerState.PENDING)
            self._append(entry.key, redate(entry.data, now))
            log.info(
                "%s: timed draft %r written (%s, key %s)", self.name, entry.subject, entry.action, entry.key
            )

    # -- forever ---------------------------------------------------------------------------------
    def wait_for_mail(self, stop: threading.Event, timeout: float) -> None:
        """IDLE on the first folder where the server has it; else sleep until the next poll."""
        imap = self._imap()
        if self.account.mode == "idle" and "IDLE" in imap.capabilities():
            imap.select(self.account.folders[0], readonly=True)
            imap.idle_wait(timeout)
        else:
            stop.wait(timeout)


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


def open_store(settings: Settings) -> Store:
    return Store(settings.state_path / "state.sqlite3")


def run_once(settings: Settings, *, pipeline: Pipeline | None = None, store: Store | None = None,
             clock: Clock = utcnow) -> dict[str, Counters]:  # fmt: skip
    """Process every account once. An account that fails does not stop the others; then ImapError."""
    pipeline = pipeline or Pipeline.load(settings)
    own_store = store is None
    store = store or open_store(settings)
    results: dict[str, Counters] = {}
    errors: list[str] = []
    try:
        for account in settings.accounts:
            worker = AccountWorker(account, pipeline, store, clock=clock)
            try:
                worker.connect()
                results[account.name] = worker.sync()
            except FollowupError as exc:
                log.error("%s: %s", account.name, exc)
                errors.append(f"{account.name}: {exc}")
            finally:
                worker.close()
    finally:
        if own_store:
            store.close()
    if errors:  # the other accounts were still processed; the exit code tells cron/systemd
        raise ImapError("; ".join(errors))
    return results


def run_forever(
    settings: Settings,
    stop: threading.Event,
    *,
    notifier: Notifier | None = None,
    pipeline: Pipeline | None = None,
    clock: Clock = utcnow,
    watchdog: float | None = None,
) -> None:
    """One thread per account; returns when `stop` is set (SIGTERM/SIGINT).

    READY=1 goes out once every account has had its first attempt (logged in, or failed and now
    retrying with backoff: one broken account must not hold the others hostage). WATCHDOG=1 goes
    out only while every worker's heartbeat is fresh, so a hung read gets the service restarted.
    """
    pipeline = pipeline or Pipeline.load(settings)
    store = open_store(settings)
    workers = [AccountWorker(a, pipeline, store, clock=clock) for a in settings.accounts]
    first_attempts = [threading.Event() for _ in workers]
    threads = [
        threading.Thread(target=_loop, args=(w, stop, ready, watchdog), name=f"account-{w.name}", daemon=True)
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
        store.close()


def status_line(workers: list[AccountWorker], store: Store) -> str:
    seen = sum(w.counters.seen for w in workers)
    written = sum(w.counters.drafts for w in workers)
    down = [w.name for w in workers if w.status != "connected"]
    due = store.next_due()
    parts = [f"{seen} messages seen, {written} drafts written"]
    if due:
        parts.append(f"next follow-up {due.astimezone(UTC):%Y-%m-%d %H:%M} UTC")
    if down:
        parts.append("retrying: " + ", ".join(down))
    return "; ".join(parts)


def _loop(worker: AccountWorker, stop: threading.Event, first_attempt: threading.Event,
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
    worker.status = f"retrying ({reason})"
    worker.close()
    first_attempt.set()
    delay = backoff.next()
    log.warning("%s: %s; retrying in %.0f s", worker.name, reason, delay)
    deadline = time.monotonic() + delay
    step = watchdog / 3 if watchdog else delay
    while not stop.is_set() and (left := deadline - time.monotonic()) > 0:
        worker.beat()  # waiting out a backoff is not a hang
        stop.wait(min(step, left))


__all__ = ["AccountWorker", "Backoff", "Counters", "run_forever", "run_once", "status_line"]
