"""The daemon's two entry points: `run_once` (cron, `followup once`) and `run_forever` (`followup run`).

The work itself lives apart: `worker.py` does one account (fetch, decide, append), `watcher.py`
keeps workers running (IDLE/poll, due drafts, backoff), `recovery.py` settles drafts a stop left
pending, `store.py` is the ledger. Only this package does I/O; the decisions come from the pure
stages (screen -> mail -> classifiers -> rules -> drafts).
"""

from __future__ import annotations

import logging

from followup.config import Settings
from followup.daemon.imap import ImapSession
from followup.daemon.progress import Progress
from followup.daemon.statedir import StateLock
from followup.daemon.store import Store, open_store
from followup.daemon.watcher import Backoff, run_forever, status_line
from followup.daemon.worker import AccountWorker, Clock, Counters, SessionFactory, utcnow
from followup.errors import FollowupError, ImapError
from followup.pipeline import Pipeline

log = logging.getLogger(__name__)


def run_once(settings: Settings, *, pipeline: Pipeline | None = None, store: Store | None = None,
             clock: Clock = utcnow, session_factory: SessionFactory = ImapSession,
             progress: Progress | None = None) -> dict[str, Counters]:  # fmt: skip
    """Process every account once. An account that fails does not stop the others; then ImapError.

    The state directory is locked first: with another `run` or `once` at work on it, this stops at
    once (StateError naming that process) before loading the model or asking any server.
    """
    with StateLock(settings.state_path, "followup once"):
        return _run_once(settings, pipeline, store, clock, session_factory, progress)


def _run_once(settings: Settings, pipeline: Pipeline | None, store: Store | None, clock: Clock,
              session_factory: SessionFactory, progress: Progress | None) -> dict[str, Counters]:  # fmt: skip
    own_store = store is None
    store = store or open_store(settings)  # a damaged or unwritable state fails before the model loads
    try:
        store.check_writable()
        pipeline = pipeline or Pipeline.load(settings)
    except BaseException:
        if own_store:
            store.close()
        raise
    results: dict[str, Counters] = {}
    errors: list[str] = []
    try:
        for account in settings.accounts:
            worker = AccountWorker(account, pipeline, store, clock=clock, session_factory=session_factory,
                                   progress=progress)  # fmt: skip
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


__all__ = ["AccountWorker", "Backoff", "Counters", "open_store", "run_forever", "run_once", "status_line"]
