"""What the user did in the mail client, read on every pass: corrections and the fate of drafts.

After each sync the worker calls `after_sync`. It
- finds `followup/<label>` keywords on watched mail (and Gmail-style label folders of that name
  holding a message), records each as a correction and acts on it at once: timed drafts of the wrong
  label are cancelled, the right label's drafts are written; a draft already written for the wrong
  label stays (marked `followup/outdated` when it is still exactly as written);
- acts on corrections made with `followup teach`;
- asks the personal model to be retrained (a child process at low priority, see Retrainer);
- now and then looks in Sent and Drafts for what became of each draft (learning/outcomes.py).
It never deletes, moves or changes the user's mail, and reads with EXAMINE and BODY.PEEK only.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from followup import mail
from followup.classifiers import Classifier
from followup.classifiers.entities import extract_entities
from followup.daemon.records import Incoming
from followup.errors import FollowupError, ImapError
from followup.learning import state
from followup.learning.labels import KEYWORDS, OUTDATED_KEYWORD, PREFIX, label_from_keyword
from followup.learning.outcomes import SENT_AS_IS, best_match, similarity
from followup.learning.personal import fingerprint, personal_model, trained_fingerprint
from followup.learning.state import Outcome, Via
from followup.models import Classification, Email, Label, RawMessage
from followup.screen import fingerprint as mail_fingerprint

if TYPE_CHECKING:
    from followup.daemon.store import Store
    from followup.daemon.worker import AccountWorker, Queued
    from followup.pipeline import Pipeline

log = logging.getLogger(__name__)

OUTCOME_INTERVAL = 600.0  # seconds between two looks at Sent and Drafts (the first pass always looks)
OUTCOME_WINDOW = timedelta(days=60)  # drafts older than this are left as they are
OUTCOME_MIN_AGE = timedelta(minutes=5)  # a draft younger than this is pending: no need to look
KNOWN_SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "[Google Mail]/Sent Mail",
                    "INBOX.Sent", "INBOX/Sent", "Gesendet", "Gesendete Elemente", "Envoyés", "Enviados")  # fmt: skip


@dataclass
class _WorkerState:
    last_outcomes: float | None = None
    sent_folder: str | None = None
    fetched: dict[str, tuple[Email, str, int]] = field(
        default_factory=dict
    )  # identity -> (email, folder, uid)


_STATES: weakref.WeakKeyDictionary[AccountWorker, _WorkerState] = weakref.WeakKeyDictionary()


def _state_of(worker: AccountWorker) -> _WorkerState:
    return _STATES.setdefault(worker, _WorkerState())


def after_sync(worker: AccountWorker) -> None:
    """Everything this module does, once per pass. A failure of its own never stops the mail."""
    try:
        scan_keywords(worker)
        scan_label_folders(worker)
        apply_pending(worker)
        retrainer(worker.pipeline).check(worker.store)
        st = _state_of(worker)
        if st.last_outcomes is None or time.monotonic() - st.last_outcomes >= OUTCOME_INTERVAL:
            check_outcomes(worker)
    except (ImapError, OSError):
        raise  # the connection is gone: the watcher reconnects
    except Exception:
        log.exception("%s: reading corrections and draft outcomes failed; mail goes on", worker.name)


# -- corrections -----------------------------------------------------------------------------------
def _all_keywords() -> list[str]:
    return [PREFIX + name for names in KEYWORDS.values() for name in names]


def _keyword_criteria() -> list[object]:
    """OR KEYWORD a OR KEYWORD b ... KEYWORD z: one SEARCH for every label keyword."""
    words = _all_keywords()
    criteria: list[object] = []
    for word in words[:-1]:
        criteria += ["OR", "KEYWORD", word]
    return [*criteria, "KEYWORD", words[-1]]


def _label_of(flags: tuple[str, ...]) -> Label | bool | None:
    labels = {lab for f in flags if (lab := label_from_keyword(f)) is not None}
    if len(labels) > 1:
        return False  # two labels at once: the user is not done yet
    return labels.pop() if labels else None


def _remember(worker: AccountWorker, raw: RawMessage, folder: str, label: Label, via: Via) -> bool:
    """Record the correction of one fetched message; True when it is new or changed."""
    try:
        email = mail.parse(raw.data)
    except Exception as exc:
        log.warning("%s: %s UID %d: cannot read the corrected message: %s", worker.name, folder, raw.uid, exc)
        return False
    if not state.save_correction(
        worker.store, worker.name, email, label, via=via, folder=folder, uid=raw.uid
    ):
        return False
    _state_of(worker).fetched[email.identity] = (email, folder, raw.uid)
    log.info("%s: %s UID %d: corrected to %s (%s)", worker.name, folder, raw.uid, label.value, via.value)
    return True


def scan_keywords(worker: AccountWorker) -> int:
    """Corrections the user set as keywords on watched mail; how many are new."""
    imap, new = worker.imap(), 0
    for folder in worker.account.folders:
        folder_state = imap.select(folder, readonly=True)
        hits = imap.search_in(folder, _keyword_criteria())
        todo: list[tuple[int, Label]] = []
        for uid, flags in imap.flags_in(folder, hits).items():
            label = _label_of(flags)
            if label is False:
                log.warning("%s: %s UID %d has two followup/ labels; left until one is removed",
                            worker.name, folder, uid)  # fmt: skip
                continue
            if not isinstance(label, Label):
                continue
            identity = state.handled_identity(
                worker.store, worker.name, folder, folder_state.uidvalidity, uid
            )
            if identity and state.correction_label(worker.store, worker.name, identity) is label:
                continue
            if not identity and state.known_at(worker.store, worker.name, folder, uid, label):
                continue
            todo.append((uid, label))
        if todo:
            labels = dict(todo)
            for raw in imap.fetch_in(folder, sorted(labels)):
                new += _remember(worker, raw, folder, labels[raw.uid], Via.KEYWORD)
    return new


def label_folders(folders: list[tuple[frozenset[str], str]]) -> dict[str, Label]:
    """Folders named after a label (a Gmail label `followup/rejection` is such a folder over IMAP)."""
    return {
        name: label
        for flags, name in folders
        if "\\noselect" not in flags and (label := label_from_keyword(name)) is not None
    }


def scan_label_folders(worker: AccountWorker) -> int:
    """Corrections filed as Gmail-style labels (folders); new messages since the folder's cursor."""
    from followup.daemon.store import Cursor

    imap, new = worker.imap(), 0
    for folder, label in label_folders(imap.folders()).items():
        folder_state = imap.select(folder, readonly=True)
        cursor = worker.store.cursor(worker.name, folder)
        last = cursor.last_uid if cursor and cursor.uidvalidity == folder_state.uidvalidity else 0
        uids = imap.uids_after(last)
        for raw in imap.fetch_in(folder, uids) if uids else []:
            new += _remember(worker, raw, folder, label, Via.FOLDER)
        worker.store.set_cursor(worker.name, folder, Cursor(folder_state.uidvalidity, max([last, *uids])))
    return new


def corrected(email: Email, label: Label) -> Classification:
    """The user's label as a verdict: certain, with the entities a reply for that label needs."""
    return Classification(label=label, confidence=1.0, scores={label.value: 1.0},
                          entities=extract_entities(email, label))  # fmt: skip


def _find(worker: AccountWorker, correction: state.Correction) -> tuple[Email, str, int] | None:
    cached = _state_of(worker).fetched.pop(correction.identity, None)
    if cached is not None:
        return cached
    where = state.account_of(worker.store, correction.identity)
    if where is None or where[0] != worker.name:
        return None
    _, folder, uid = where
    for raw in worker.imap().fetch_in(folder, [uid]):
        email = mail.parse(raw.data)
        if email.identity == correction.identity:
            return email, folder, uid
    return None


def apply_pending(worker: AccountWorker) -> int:
    """Act on every correction of this account not acted on yet; how many were acted on."""
    done = 0
    for correction in state.corrections(worker.store, unapplied_for=worker.name):
        found = _find(worker, correction)
        if found is None:
            log.info("%s: correction of %s kept for training only: the message is not in a watched folder",
                     worker.name, correction.identity)  # fmt: skip
        else:
            act_on(worker, *found, correction.label)
            done += 1
        state.mark_applied(worker.store, worker.name, correction.identity)
    return done


def act_on(worker: AccountWorker, email: Email, folder: str, uid: int, label: Label) -> None:
    """Cancel the wrong label's timed drafts, write the right label's, mark untouched wrong drafts."""
    classification = corrected(email, label)
    company = classification.entities.company
    app = worker._application_key(email, classification, company) if company else None
    facts = worker.pipeline.facts(email, classification, worker._history(company, app) if company else None)
    actions = worker.pipeline.decide(facts, now=worker.clock(), account=worker.name, folder=folder)
    wanted = {action.name for action in actions}
    source = email.message_id or email.identity
    for key, name in state.cancel_other_scheduled(worker.store, worker.name, source, wanted):
        log.info("%s: timed draft %s (%s) cancelled: the message is %s", worker.name, key, name, label.value)
        worker.counters.cancelled += 1
    queued: Queued = []
    message = Incoming(uid, email, email.identity, mail_fingerprint(email), email.date)
    with worker.store.transaction():
        for action in actions:
            worker._execute(action, message, facts, app, folder, queued)
    if queued:
        worker.write(queued)  # the same exactly-once path as new mail: keys already in Drafts are not re-sent
    for key in state.written_for_source(worker.store, worker.name, source, exclude=wanted):
        _mark_outdated(worker, key)


def _mark_outdated(worker: AccountWorker, key: str) -> None:
    """Tag a wrong-label draft the user has not touched (still in Drafts, text as written)."""
    imap = worker.imap()
    copy = state.draft_copy(worker.store, key)
    uids = imap.search_in(worker.drafts_folder, ["HEADER", "X-Followup-Key", key])
    if copy is None or not uids:
        return
    ours = mail.parse(copy).text
    for raw in imap.fetch_in(worker.drafts_folder, uids):
        if OUTDATED_KEYWORD not in raw.flags and mail.parse(raw.data).text == ours:
            imap.add_keyword(worker.drafts_folder, raw.uid, OUTDATED_KEYWORD)
            log.info(
                "%s: draft %s marked %s: written for the wrong label", worker.name, key, OUTDATED_KEYWORD
            )


# -- what became of every draft ---------------------------------------------------------------------
def choose_sent(folders: list[tuple[frozenset[str], str]]) -> str | None:
    """The Sent folder: SPECIAL-USE \\Sent, else a known name; None when there is none."""
    selectable = [(flags, name) for flags, name in folders if "\\noselect" not in flags]
    for flags, name in selectable:
        if "\\sent" in flags:
            return name
    by_lower = {name.casefold(): name for _, name in selectable}
    return next((by_lower[n.casefold()] for n in KNOWN_SENT_NAMES if n.casefold() in by_lower), None)


def _parsed(raws: list[RawMessage]) -> list[Email]:
    out = []
    for raw in raws:
        try:
            out.append(mail.parse(raw.data))
        except Exception:  # a broken message in Sent is no draft of ours
            continue
    return out


def check_outcomes(worker: AccountWorker) -> dict[str, Outcome]:
    """Look in Sent and Drafts for every written draft not settled yet; the outcomes that changed."""
    st = _state_of(worker)
    st.last_outcomes = time.monotonic()
    imap = worker.imap()
    if not state.has_unsettled(worker.store, worker.name, worker.clock() - OUTCOME_MIN_AGE):
        return {}
    if st.sent_folder is None:
        st.sent_folder = choose_sent(imap.folders()) or ""
    changed: dict[str, Outcome] = {}
    now = worker.clock()
    for row in state.written_drafts(worker.store, worker.name):
        settled = row.outcome in (Outcome.SENT, Outcome.EDITED) or row.copy is None
        if settled or not now - OUTCOME_WINDOW <= row.written_at <= now - OUTCOME_MIN_AGE:
            continue
        outcome, ratio = _outcome(worker, st.sent_folder, row)
        if outcome is not row.outcome or ratio != row.similarity:
            state.set_outcome(worker.store, row.key, outcome, ratio)
            if outcome is not row.outcome:
                changed[row.key] = outcome
                log.info("%s: draft %s (%s): %s", worker.name, row.key, row.action, outcome.value)
    return changed


def _outcome(worker: AccountWorker, sent_folder: str, row: state.DraftRow) -> tuple[Outcome, float | None]:
    imap = worker.imap()
    assert row.copy is not None
    draft = mail.parse(row.copy)
    if sent_folder:
        uids = imap.search_in(sent_folder, ["HEADER", "X-Followup-Key", row.key])
        if not uids and draft.in_reply_to:
            uids = imap.search_in(sent_folder, ["HEADER", "In-Reply-To", draft.in_reply_to])
        candidates = _parsed(imap.fetch_in(sent_folder, uids[-20:])) if uids else []
        sent = best_match(draft, candidates)
        if sent is not None:
            ratio = similarity(draft.text, sent.text)
            return (Outcome.SENT if ratio >= SENT_AS_IS else Outcome.EDITED), ratio
    if imap.search_in(worker.drafts_folder, ["HEADER", "X-Followup-Key", row.key]):
        return Outcome.PENDING, None
    # A client that saved an edited copy may have dropped our header: any draft answering the source.
    if draft.in_reply_to and imap.search_in(
        worker.drafts_folder, ["HEADER", "In-Reply-To", draft.in_reply_to]
    ):
        return Outcome.PENDING, None
    return Outcome.DISCARDED, None


# -- retraining the personal model ------------------------------------------------------------------
class Retrainer:
    """Retrains the personal model in a child process at low priority, one run at a time.

    The daemon keeps fetching and drafting meanwhile; the child runs in the service's cgroup, so
    the unit's memory and CPU limits hold for both. When it succeeds the pipeline switches to the
    new model between two batches (under the pipeline's lock).
    """

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.process: subprocess.Popen[bytes] | None = None
        self.wanted: list[dict[str, object]] | None = None
        self.wanted_fingerprint = ""
        self.running = ""  # fingerprint of the corrections the child is training on
        self.input: Path | None = None
        self._lock = threading.Lock()

    def check(self, store: Store) -> None:
        """Retrain when the corrections differ from those the personal model was trained on.

        Corrections from keywords, label folders and `followup teach` alike; after `followup forget`
        there are none and the model was removed with them, so nothing runs.
        """
        records = [c.record for c in state.corrections(store)]
        with self._lock:
            target = fingerprint(records)
            if records and target not in (trained_fingerprint(), self.running):
                self.wanted, self.wanted_fingerprint = records, target
        self.poll()

    def poll(self) -> None:
        """Start a wanted run when none is going; load the model a finished run wrote."""
        with self._lock:
            if self.process is not None:
                rc = self.process.poll()
                if rc is None:
                    return
                self._finished(rc)
            if self.wanted is None:
                return
            records, self.wanted, self.running = self.wanted, None, self.wanted_fingerprint
            fd, name = tempfile.mkstemp(prefix="followup-corrections-", suffix=".jsonl")  # 0600
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            self.input = Path(name)
            cmd = [sys.executable, "-m", "followup.learning.retrain", name]
            self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
            log.info(
                "retraining the personal model on %d correction(s) (pid %d)", len(records), self.process.pid
            )

    def _finished(self, rc: int) -> None:
        self.process, self.running = None, ""
        if self.input is not None:
            self.input.unlink(missing_ok=True)  # the child removes it after reading; this is for a crash
        if rc != 0:
            log.error("retraining the personal model failed (exit %d); the current model stays", rc)
            return
        path = personal_model()
        if path is None:
            return
        try:
            classifier = Classifier.load(path, threshold=self.pipeline.settings.classifier.threshold)
        except FollowupError as exc:
            log.error("the new personal model cannot be loaded (%s); the current model stays", exc)
            return
        with self.pipeline.lock:
            self.pipeline.classifier = classifier
        log.info("personal model loaded from %s", path)

    def wait(self, timeout: float) -> bool:
        """For tests and `once`: wait for a running retrain; True when none is left running."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            with self._lock:
                if self.process is None and self.wanted is None:
                    return True
            time.sleep(0.2)
        return False


_RETRAINERS: dict[int, Retrainer] = {}  # by id(pipeline): a dataclass pipeline is not hashable
_RETRAINERS_LOCK = threading.Lock()


def retrainer(pipeline: Pipeline) -> Retrainer:
    """The one retrainer of this pipeline (shared by every account's worker)."""
    with _RETRAINERS_LOCK:
        found = _RETRAINERS.get(id(pipeline))
        if found is None or found.pipeline is not pipeline:
            found = _RETRAINERS[id(pipeline)] = Retrainer(pipeline)
        return found


__all__ = ["after_sync", "check_outcomes", "choose_sent", "label_folders", "retrainer", "scan_keywords"]
