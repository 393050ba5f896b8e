"""One account's work: fetch what is new, decide it, APPEND the drafts and record all of it.

The decisions come from the pure stages (screen -> mail -> classifiers -> rules -> drafts); this
module only fetches, writes and keeps the ledger, so every draft is written exactly once.
`watcher.py` runs a worker forever, `recovery.py` settles what a crash left pending.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from followup import mail
from followup.config import AccountConfig, ConnectionSettings
from followup.daemon import feedback, recovery
from followup.daemon.imap import ImapSession
from followup.daemon.recovery import redate
from followup.daemon.store import Cursor, LedgerState, Store
from followup.errors import FollowupError, ImapError, SecretError
from followup.models import Action, ActionKind, Classification, Draft, Email, Label, RawMessage, draft_key
from followup.passwords import get_secret
from followup.pipeline import Pipeline
from followup.rules.engine import ApplicationHistory
from followup.screen import Outcome, screen

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
SessionFactory = Callable[[ConnectionSettings, Callable[[], str]], ImapSession]
BATCH = 200  # messages fetched, decided and committed together (bounds memory and fsyncs)


def utcnow() -> datetime:
    return datetime.now(UTC)


class WorkerStatus(StrEnum):
    """Where a worker is; `STATUS=` lists the accounts that are not connected."""

    STARTING = "starting"
    CONNECTED = "connected"
    RETRYING = "retrying"


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


Queued = list[tuple[str, Draft, int]]  # (key, draft, source UID): drafts to APPEND after the commit


class AccountWorker:
    """Everything followup does for one account. Not thread-safe; one thread per worker."""

    def __init__(
        self,
        account: AccountConfig,
        pipeline: Pipeline,
        store: Store,
        *,
        clock: Clock = utcnow,
        session_factory: SessionFactory = ImapSession,
    ) -> None:
        self.account = account
        self.pipeline = pipeline
        self.store = store
        self.clock = clock
        self._session_factory = session_factory
        self.session: ImapSession | None = None
        self.drafts_folder = ""
        self.counters = Counters()
        self.status = WorkerStatus.STARTING
        self.status_reason = ""
        self.heartbeat = time.monotonic()  # the watchdog pings only while every worker's beat is fresh
        self.append_failed_at: float | None = None  # when an APPEND last failed (recovery waits it out)

    @property
    def name(self) -> str:
        return self.account.name

    # -- connection ------------------------------------------------------------------------------
    def connect(self) -> None:
        """Log in, find Drafts and settle drafts a crash left half-written."""
        self.close()
        secret = get_secret(self.account.password, self.account.name)
        session = self._session_factory(self.account.connection(), lambda: secret)
        session.connect()
        self.session = session
        self.drafts_folder, how = session.find_drafts(self.account.drafts_folder)
        log.info(
            "%s: logged in to %s; drafts go to %r (%s)", self.name, self.account.host, self.drafts_folder, how
        )
        self.recover()
        self.status = WorkerStatus.CONNECTED

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

    def imap(self) -> ImapSession:
        """The live session; ImapError when the worker is not connected."""
        if self.session is None:
            raise ImapError(f"{self.name}: not connected")
        return self.session

    def recover(self) -> None:
        """Resolve every `pending` key a stop left behind (see recovery.py)."""
        recovery.settle_pending(self)

    # -- one pass --------------------------------------------------------------------------------
    def sync(self) -> Counters:
        """Fetch and handle everything new in every watched folder, then the due follow-ups."""
        before = copy.deepcopy(self.counters)
        for folder in self.account.folders:
            self._sync_folder(folder)
        self.run_due()
        feedback.after_sync(self)  # corrections set in the mail client, what became of drafts
        return self.counters.since(before)

    def _sync_folder(self, folder: str) -> None:
        imap = self.imap()
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
        queued: Queued = []
        with self.store.transaction():
            fresh = [(raw, email) for raw, email in parsed if self._fresh(raw, email, folder, uidvalidity)]
            results = self.pipeline.classify_many([email for _, email in fresh])
            for (raw, email), classification in zip(fresh, results, strict=True):
                self.beat()
                self._handle(raw, email, classification, folder, uidvalidity, queued)
            self.store.set_cursor(self.name, folder, Cursor(uidvalidity, last_uid))
        if queued:
            self.appending(
                lambda: self.imap().append_drafts(
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

    def _record(self, raw: RawMessage, email: Email, folder: str, uidvalidity: int, outcome: Outcome,
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
        """Not seen before and through the screen (not the user's own mail, not too old)."""
        if self.store.is_processed(self.name, email.identity):
            return False
        outcome = screen(
            email,
            own_address=self.pipeline.profile.email,
            now=self.clock(),
            lookback_days=self.pipeline.settings.lookback_days,
            received=raw.internal_date,
        )
        if outcome is None:
            return True
        self._record(raw, email, folder, uidvalidity, outcome)
        self.counters.skipped += 1
        return False

    def _handle(self, raw: RawMessage, email: Email, classification: Classification, folder: str,
                uidvalidity: int, queued: Queued) -> None:  # fmt: skip
        """One message inside the batch transaction; its own failure is undone and logged alone."""
        mark = len(queued)
        try:
            with self.store.transaction():
                actions, history = self._decide(email, classification, folder)
                for action in actions:
                    self._execute(action, email, classification, history, raw.uid, folder, queued)
                outcome = Outcome.ACTED if actions else Outcome.NO_ACTION
                self._record(raw, email, folder, uidvalidity, outcome, classification)
        except (ImapError, SecretError, OSError):
            raise  # the connection is gone: the batch is undone and retried after reconnecting
        except Exception as exc:
            del queued[mark:]
            log.error("%s: %s UID %d: failed, skipped: %r", self.name, folder, raw.uid, exc, exc_info=True)
            self.counters.failed += 1
            self._record(raw, email, folder, uidvalidity, Outcome.FAILED)
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
                 history: ApplicationHistory | None, uid: int, folder: str, queued: Queued) -> None:  # fmt: skip
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
                self.imap().add_keyword(folder, uid, action.keyword)
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

    def appending(self, append: Callable[[], object]) -> None:
        """Run an APPEND; remember when one fails, so recovery waits out a late delivery."""
        try:
            append()
        except (FollowupError, OSError):
            self.append_failed_at = time.monotonic()
            raise

    def append_one(self, key: str, data: bytes) -> None:
        """APPEND one pending draft and mark it done."""
        self.appending(lambda: self.imap().append_draft(self.drafts_folder, data, self.clock()))
        self.store.set_state(key, LedgerState.DONE, keep_data=False)
        self.counters.drafts += 1

    def run_due(self) -> None:
        """Write the timed drafts whose moment has come (thank-you notes, check-ins)."""
        now = self.clock()
        for entry in self.store.entries(self.name, LedgerState.SCHEDULED, due_before=now):
            if not entry.data:
                continue
            self.store.set_state(entry.key, LedgerState.PENDING)
            self.append_one(entry.key, redate(entry.data, now))
            log.info(
                "%s: timed draft %r written (%s, key %s)", self.name, entry.subject, entry.action, entry.key
            )

    def wait_for_mail(self, stop: threading.Event, timeout: float) -> None:
        """IDLE on the first folder where the server has it; else sleep until the next poll."""
        imap = self.imap()
        if self.account.mode == "idle" and "IDLE" in imap.capabilities():
            imap.select(self.account.folders[0], readonly=True)
            imap.idle_wait(timeout)
        else:
            stop.wait(timeout)
