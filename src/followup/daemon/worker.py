"""One account's work: fetch what is new, decide it, APPEND the drafts and record all of it.

The decisions come from the pure stages (screen -> mail -> classifiers -> rules -> drafts); this
module only fetches, writes and keeps the ledger, so every draft is written exactly once.
`watcher.py` runs a worker forever, `recovery.py` settles what a crash left pending.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from followup.config import AccountConfig, ConnectionSettings
from followup.daemon import feedback, recovery
from followup.daemon.counters import Counters
from followup.daemon.imap import ImapSession
from followup.daemon.imap_headers import Seen
from followup.daemon.progress import NoProgress, Progress
from followup.daemon.reader import MIN_BACKLOG, Read, Reader, parse_one, read_ahead, two_cpus
from followup.daemon.records import Incoming
from followup.daemon.recovery import KEY_HEADER
from followup.daemon.store import Cursor, LedgerState, Store
from followup.errors import AppendRefusedError, FollowupError, ImapError, SecretError, StateError
from followup.facts import ApplicationHistory, MessageFacts
from followup.ignores import Ignore
from followup.models import Action, ActionKind, Classification, Draft, Email, Label, RawMessage, draft_key
from followup.passwords import get_secret
from followup.pipeline import Pipeline
from followup.screen import Outcome, screen

log = logging.getLogger(__name__)
T = TypeVar("T")

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


Queued = list[tuple[str, Draft, int]]  # (key, draft, source UID): drafts to APPEND after the commit
BATCH_BYTES = 16 * 1024 * 1024  # bytes fetched at once; a larger mail comes alone


def batches(uids: list[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    """UIDs in fetch batches bounded by count (BATCH) and by RFC822.SIZE (BATCH_BYTES)."""
    chunk: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if chunk and (len(chunk) >= BATCH or total + size > BATCH_BYTES):
            yield chunk
            chunk, total = [], 0
        chunk.append(uid)
        total += size
    if chunk:
        yield chunk


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
        progress: Progress | None = None,
    ) -> None:
        self.account = account
        self.progress = progress or NoProgress()
        self.pipeline = pipeline
        self.store = store
        self.clock = clock
        self._session_factory = session_factory
        self.session: ImapSession | None = None
        self.drafts_folder = ""
        self.counters = Counters()
        # the draft keys in Drafts as far as read (per session: each write reads on from the last UID seen)
        self.drafts_seen: Seen | None = None
        self.status = WorkerStatus.STARTING
        self.status_reason = ""
        self.heartbeat = time.monotonic()  # the watchdog pings only while every worker's beat is fresh
        self.append_failed_at: float | None = None  # when an APPEND last failed (recovery waits it out)
        self.ignores: list[Ignore] = []

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
        self.drafts_seen = None  # read Drafts' keys afresh on this session
        self.drafts_folder, how = session.find_drafts(self.account.drafts_folder)
        log.info(
            "%s: logged in to %s; drafts go to %r (%s)", self.name, self.account.host, self.drafts_folder, how
        )
        recovery.adopt_earlier_drafts(self)
        self.recover()
        self.status, self.status_reason = WorkerStatus.CONNECTED, ""

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
        key, drafts, scheduled = f"{self.name}: {folder}", self.counters.drafts, self.counters.scheduled
        self.progress.begin(key, len(uids))

        def advance(done: int) -> None:
            self.progress.advance(
                key, done, self.counters.drafts - drafts, self.counters.scheduled - scheduled
            )

        try:
            chunks = list(batches(uids, imap.sizes(uids) if uids else {}))
            reader = self._reader(len(uids))

            def fetch(chunk: list[int]) -> Iterable[RawMessage]:
                return self.counters.timed(imap.fetch(chunk, batch=len(chunk)), "fetch")

            if reader is None:
                for chunk in chunks:  # streamed: each message's bytes go as soon as it is parsed
                    self._handle_batch(fetch(chunk), folder, state.uidvalidity, max(chunk))
                    advance(len(chunk))
            else:

                def settle(reads: list[Read], chunk: list[int]) -> None:
                    self._decide_batch(reads, folder, state.uidvalidity, max(chunk))
                    advance(len(chunk))

                with contextlib.closing(reader):
                    read_ahead(reader, chunks, lambda chunk: list(fetch(chunk)), settle, self.counters)
        finally:
            self.progress.end(key)
        top = max(state.uidnext - 1, last_uid, uids[-1] if uids else 0)
        self.store.set_cursor(self.name, folder, Cursor(state.uidvalidity, top))

    def _reader(self, backlog: int) -> Reader | None:
        """A second process reading this folder's backlog, when it is big and two CPUs are free."""
        if backlog < MIN_BACKLOG or not self.pipeline.settings.classifier.second_process or not two_cpus():
            return None
        reader = Reader(self.pipeline, self.name)
        return reader if reader.start() else None

    def _handle_batch(self, raws: Iterable[RawMessage], folder: str, uidvalidity: int, last_uid: int) -> None:
        """Parse a batch, then decide it (one process: only the messages not seen before are classified)."""
        parsed = [item for raw in raws if (item := self._parse(raw, folder)) is not None]
        self._handle_parsed(parsed, folder, uidvalidity, last_uid)

    def _decide_batch(self, reads: list[Read], folder: str, uidvalidity: int, last_uid: int) -> None:
        """Decide a batch the reader parsed and classified (in this process or the second one)."""
        parsed: list[Incoming] = []
        labels: dict[int, Classification] = {}
        for item in reads:
            self.counters.seen += 1
            if item.email is None:
                self._skipped(folder, item.raw.uid, item.error)
                continue
            parsed.append(Incoming.of(item.raw, item.email, item.facts))
            if item.classification is not None:
                labels[item.raw.uid] = item.classification
        self._handle_parsed(parsed, folder, uidvalidity, last_uid, labels)

    def _handle_parsed(self, parsed: list[Incoming], folder: str, uidvalidity: int, last_uid: int,
                labels: dict[int, Classification] | None = None) -> None:  # fmt: skip
        """Decide a batch in one transaction, then APPEND its drafts.

        The transaction records the messages, the cursor and every draft as `pending` together; the
        drafts are appended after it commits and marked done in a second one. A stop in between
        leaves pending keys that `recover()` settles, so no draft is lost or written twice. Each
        message's bytes are dropped as soon as it is parsed (the batch keeps only what was read).
        `labels` are classifications made ahead (by uid); without them the fresh mail is classified here.
        """
        self.ignores = self.store.ignores()  # read per batch: `followup ignore` works on a running daemon
        queued: Queued = []
        claimed: dict[str, str] = {}
        with self.store.transaction():
            fresh = [m for m in parsed if self._fresh(m, folder, uidvalidity, claimed)]
            if labels is None:
                with self.counters.timing("classify"):
                    results = self.pipeline.classify_many([m.email for m in fresh])
            else:
                results = [labels[m.uid] for m in fresh]
            for message, classification in zip(fresh, results, strict=True):
                self.beat()
                self._handle(message, classification, folder, uidvalidity, queued)
            self.store.set_cursor(self.name, folder, Cursor(uidvalidity, last_uid))
        if queued:
            self.write(queued)

    def write(self, queued: Queued) -> None:
        """APPEND pending drafts that are not on the server yet, then mark every one of them done.

        Drafts' keys are read on from the last UID seen (all once a session, then what anyone added
        since): an EXAMINE and a UID SEARCH when nothing changed. A lost state derives the same keys:
        this check keeps it from drafting twice."""
        self.drafts_seen = self.imap().header_values_after(self.drafts_folder, KEY_HEADER, self.drafts_seen)
        present = self.drafts_seen.values & {key for key, _, _ in queued}
        todo = [item for item in queued if item[0] not in present]
        if todo:
            with self.counters.timing("append"):
                self.appending(
                    lambda: self.imap().append_drafts(
                        self.drafts_folder, [draft.data for _, draft, _ in todo], self.clock()
                    )
                )
        with self.store.transaction():
            for key, draft, uid in queued:
                if not self.store.set_state(key, LedgerState.DONE, keep_data=False):
                    log.warning("%s: draft %s was no longer pending when written", self.name, key)
                elif key in present:
                    log.info(
                        "%s: UID %d: draft %s is already in Drafts: not written twice", self.name, uid, key
                    )
                else:
                    log.info("%s: UID %d: draft %r written by rule %s (key %s)", self.name, uid, draft.subject,
                             draft.rule, key)  # fmt: skip
        self.counters.drafts += len(todo)

    def _parse(self, raw: RawMessage, folder: str) -> Incoming | None:
        """A message that cannot be read is logged with its UID and skipped; it never stops the loop."""
        self.counters.seen += 1
        with self.counters.timing("parse"):
            item = parse_one(raw)
        if item.email is None:
            self._skipped(folder, raw.uid, item.error)
            return None
        return Incoming.of(raw, item.email)

    def _skipped(self, folder: str, uid: int, error: str) -> None:
        log.error("%s: %s UID %d: cannot parse, skipped: %s", self.name, folder, uid, error)
        self.counters.failed += 1

    def _record(self, message: Incoming, folder: str, uidvalidity: int, outcome: Outcome,
                classification: Classification | None = None) -> None:  # fmt: skip
        email = message.email
        self.store.record_message(
            self.name, message.identity, folder=folder, uidvalidity=uidvalidity, uid=message.uid,
            message_id=email.message_id, outcome=outcome, subject=email.subject,
            received_at=email.date or message.arrival, fingerprint=message.fingerprint,
            label=classification.label if classification else None,
            confidence=classification.confidence if classification else None,
            company=classification.entities.company if classification else None,
        )  # fmt: skip

    def _fresh(self, message: Incoming, folder: str, uidvalidity: int, claimed: dict[str, str]) -> bool:
        """Not seen before and through the screen (not the user's own mail, not too old)."""
        identity = self._identity(message, claimed)
        if identity is None:
            return False
        message.identity = identity
        outcome = screen(
            message.email,
            own_address=self.pipeline.settings.profile_for(self.name).email,
            now=self.clock(),
            lookback_days=self.pipeline.settings.lookback_days,
            received=message.arrival,
            ignores=self.ignores,
        )
        if outcome is None:
            return True
        self._record(message, folder, uidvalidity, outcome)
        self.counters.skipped += 1
        return False

    def _identity(self, message: Incoming, claimed: dict[str, str]) -> str | None:
        """The message's identity in the state; None when this very mail was handled already.

        The Message-ID, as drafts keys have always been; only a second, different mail under an ID
        already taken gets the ID plus its fingerprint. The same mail in another folder is one.
        """
        base, mark = message.email.identity, message.fingerprint
        seen = claimed[base] if base in claimed else self.store.fingerprint(self.name, base)
        if seen is None:
            claimed[base] = mark
            return base
        if seen in ("", mark):  # "": recorded before fingerprints were kept
            return None
        twin = f"{base}#{mark}"
        if twin in claimed or self.store.is_processed(self.name, twin):
            return None
        claimed[twin] = mark
        return twin

    def _handle(self, message: Incoming, classification: Classification, folder: str, uidvalidity: int,
                queued: Queued) -> None:  # fmt: skip
        """One message inside the batch transaction; its own failure is undone and logged alone."""
        mark = len(queued)
        try:
            with self.store.transaction():
                with self.counters.timing("decide"):
                    actions, facts, app = self._decide(message.email, classification, folder, message.facts)
                for action in actions:
                    self._execute(action, message, facts, app, folder, queued)
                outcome = Outcome.ACTED if actions else Outcome.NO_ACTION
                self._record(message, folder, uidvalidity, outcome, classification)
        except (ImapError, SecretError, StateError, OSError):
            raise  # the connection or the state is gone: the batch is undone and retried later
        except Exception as exc:
            del queued[mark:]
            log.error(
                "%s: %s UID %d: failed, skipped: %r", self.name, folder, message.uid, exc, exc_info=True
            )
            self.counters.failed += 1
            self._record(message, folder, uidvalidity, Outcome.FAILED)
            return
        label = classification.label
        self.counters.labels[label.value] = self.counters.labels.get(label.value, 0) + 1
        # A message that asks for nothing is not news: the progress line counts it (`-v` shows each).
        log.log(logging.INFO if actions else logging.DEBUG, "%s: %s UID %d: %s (%.2f), %d action(s)", self.name,
                folder, message.uid, label.value, classification.confidence, len(actions))  # fmt: skip

    def _decide(
        self, email: Email, classification: Classification, folder: str, facts: MessageFacts | None = None
    ) -> tuple[list[Action], MessageFacts, str | None]:
        """The actions for this message, its facts (built once, read by every draft) and its application."""
        # Any reply in the thread drops the check-ins it makes unnecessary; job mail about the same
        # application (a new slot, a rejection, an offer) also drops thank-yous timed on old news.
        # A reminder, a new time or a cancellation of an interview counts too (label other or not).
        # An application is company + role (company + thread without a role): see Store.application_key.
        facts = self.pipeline.facts(email, classification, None) if facts is None else facts
        job_mail = classification.label is not Label.OTHER or facts.moves_interview
        company = (classification.entities.company or facts.company) if job_mail else None
        thread = [ref for ref in (*email.references, email.in_reply_to) if ref]
        app = self._application_key(email, classification, company) if company else None
        cancelled = self.store.cancel_scheduled(self.name, sources=thread, company=company, every=job_mail,
                                                application=app)  # fmt: skip
        why = f"{company} wrote again" if company else "a newer message in its thread"
        for key in cancelled:
            log.info("%s: timed draft %s cancelled: %s", self.name, key, why)
        self.counters.cancelled += len(cancelled)
        if company:
            facts = facts.with_history(self._history(company, app))
        actions = self.pipeline.decide(facts, now=self.clock(), account=self.name, folder=folder)
        # tracking and the ledger key the application by the classifier's company, as before
        tracked = classification.entities.company
        if tracked and tracked != company:
            app = self._application_key(email, classification, tracked)
        return actions, facts, app if tracked else None

    def _application_key(self, email: Email, classification: Classification, company: str) -> str:
        """The key of the application this mail from `company` is about (company + role, or thread)."""
        thread = [ref for ref in (*email.references, email.in_reply_to) if ref]
        return self.store.application_key(self.name, company, classification.entities.role, thread,
                                          email.identity)  # fmt: skip

    def _history(self, company: str, key: str | None = None) -> ApplicationHistory | None:
        app = self.store.application(self.name, company, key)
        if app is None:
            return None
        return ApplicationHistory(company=app.company, role=app.role, stage=app.stage,
                                  last_contact=app.last_contact, applied_at=app.first_contact)  # fmt: skip

    def _execute(self, action: Action, message: Incoming, facts: MessageFacts, app: str | None, folder: str,
                 queued: Queued) -> None:  # fmt: skip
        email, uid, classification = message.email, message.uid, facts.classification
        key = draft_key(email, action.name, identity=message.identity)
        if self.store.ledger_state(key) is not None:
            return
        now = self.clock()
        company = classification.entities.company
        source = email.message_id or message.identity
        if action.kind is ActionKind.TRACK:
            if company and action.stage:
                self.store.track(self.name, company, classification.entities.role, action.stage,
                                 email.date or now, message.identity, application=app)  # fmt: skip
            return
        if action.kind is ActionKind.KEYWORD:
            if action.keyword:  # STORE is idempotent: if the batch is undone, doing it again is harmless
                self.imap().add_keyword(folder, uid, action.keyword)
                self.store.add_ledger(key, account=self.name, source=source, action=action.name,
                                      rule=action.rule, state=LedgerState.DONE, data=None)  # fmt: skip
            return
        if self._written_before(message, action.due):
            self.store.add_ledger(key, account=self.name, source=source, action=action.name,
                                  rule=action.rule, state=LedgerState.DONE, data=None)  # fmt: skip
            log.info("%s: UID %d: %s taken as written by an earlier state (key %s)", self.name, uid,
                     action.name, key)  # fmt: skip
            return
        with self.counters.timing("compose"):
            draft = self.pipeline.compose(facts, action, key=key, now=now, account=self.name)
        later = action.due is not None and action.due > now
        added = self.store.add_ledger(
            key, account=self.name, source=source, action=action.name,
            rule=action.rule, data=draft.data, subject=draft.subject, recipient=draft.to, company=company,
            cancel_on_reply=action.cancel_on_reply, due=action.due, application=app,
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

    def _written_before(self, message: Incoming, due: datetime | None) -> bool:
        """On a state that started after followup had written to this account (see recovery.py): a
        draft whose moment (the mail's arrival, or its due time) is not after the newest draft found
        then was written, or deliberately not, by that earlier state. Never write it again."""
        horizon = self.store.horizon(self.name)
        if horizon is None or message.arrival is None or message.arrival > horizon:
            return False
        return due is None or due <= horizon

    def appending(self, append: Callable[[], object]) -> None:
        """Run an APPEND; remember when one fails in transit, so recovery waits out a late delivery.

        A refusal (the server said NO) wrote nothing and needs no wait.
        """
        try:
            append()
        except AppendRefusedError:
            raise
        except (FollowupError, OSError):
            self.append_failed_at = time.monotonic()
            raise

    def run_due(self) -> None:
        """Write the timed drafts whose moment has come (thank-you notes, check-ins)."""
        recovery.write_due(self)

    def wait_for_mail(self, stop: threading.Event, timeout: float) -> None:
        """IDLE on the first folder where the server has it; else sleep until the next poll."""
        imap = self.imap()
        if self.account.mode == "idle" and "IDLE" in imap.capabilities():
            imap.select(self.account.folders[0], readonly=True)
            imap.idle_wait(timeout)
        else:
            stop.wait(timeout)
