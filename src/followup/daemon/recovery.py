"""After a stop: settle the drafts the ledger holds as `pending` (appended or not, nobody knows yet).

A key is `pending` from the commit that decided its draft until the commit after the server took
it. kill -9, a lost connection or a power cut in between leaves the question open; the answer is
on the server: a draft with that X-Followup-Key in Drafts means done, none means APPEND it now.
Timed drafts whose moment has come take the same road: scheduled -> pending -> done (`write_due`).
"""

from __future__ import annotations

import logging
import re
import time
from datetime import datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING

from followup.daemon.folders import where_drafts_go
from followup.daemon.store import LedgerState

if TYPE_CHECKING:
    from followup.daemon.worker import AccountWorker

log = logging.getLogger(__name__)

KEY_HEADER = "X-Followup-Key"

_DATE_HEADER = re.compile(rb"^Date:[^\r\n]*\r?\n", re.MULTILINE | re.IGNORECASE)


def redate(data: bytes, when: datetime) -> bytes:
    """A timed draft was composed earlier: give it the Date of the moment it lands in Drafts."""
    head, sep, body = data.partition(b"\r\n\r\n")
    line = f"Date: {format_datetime(when)}\r\n".encode()
    new_head, n = _DATE_HEADER.subn(line, head + b"\r\n", count=1)
    return new_head[:-2] + sep + body if n else data


def _append_one(worker: AccountWorker, key: str, data: bytes) -> None:
    """APPEND one pending draft and mark it done."""
    worker.appending(lambda: worker.imap().append_draft(worker.drafts_folder, data, worker.clock()))
    if not worker.store.set_state(key, LedgerState.DONE, keep_data=False):
        log.warning("%s: draft %s was no longer pending when written", worker.name, key)
    worker.counters.drafts += 1


def settle_pending(worker: AccountWorker) -> None:
    """Resolve every `pending` key: found in Drafts -> done; not found -> APPEND it now.

    An APPEND cut off by a network failure may still reach the server over the dead connection
    (a stalled link delivers late); looking too early would write that draft twice, so the first
    look waits until such an APPEND is at least two timeouts old. The keys are looked up in
    batches (one SEARCH for many keys).
    """
    pending = worker.store.entries(worker.name, LedgerState.PENDING)
    if pending and worker.append_failed_at is not None:
        _wait_for_late_append(worker, worker.append_failed_at)
    worker.append_failed_at = None
    if not pending:
        return
    present = worker.imap().keys_present(worker.drafts_folder, KEY_HEADER, [e.key for e in pending])
    for entry in pending:
        if entry.key in present:
            log.info("%s: draft %s was already in Drafts (recovered after a stop)", worker.name, entry.key)
            worker.store.set_state(entry.key, LedgerState.DONE, keep_data=False)
        elif entry.data:
            # A timed draft gets the date it lands; one due now keeps its composition date.
            data = redate(entry.data, worker.clock()) if entry.due else entry.data
            _append_one(worker, entry.key, data)
            log.info("%s: draft %s appended on recovery (%s)", worker.name, entry.key, entry.action)


def adopt_earlier_drafts(worker: AccountWorker) -> None:
    """A new state on an account followup wrote to before: take what it did then as done.

    A lost, truncated or moved state (a new state_dir, --user to --system) knows nothing of the
    drafts written before, nor of those the user deleted or sent since. The drafts followup wrote
    carry X-Followup-Key and land with the time they were written; the newest one in Drafts, Sent
    or Trash marks when the earlier state was last at work. Mail that arrived by then was seen by
    it, so its drafts are not written again (a timed one due later still is); newer mail is
    handled as usual, and every key is looked up in Drafts before it is appended.
    """
    store, name = worker.store, worker.name
    if not store.is_new(name) or store.horizon(name) is not None:
        return
    imap = worker.imap()
    dates: dict[str, datetime] = {}
    for folder in where_drafts_go(imap.folders(), worker.drafts_folder):
        dates.update(imap.header_dates(folder, KEY_HEADER))
    if not dates:
        return
    horizon = max(dates.values())
    store.set_horizon(name, horizon)
    log.warning(
        "%s: the state is new, but the server holds %d draft(s) of followup (newest %s): mail that "
        "arrived by then counts as handled and is not drafted again",
        name, len(dates), horizon.isoformat(timespec="minutes"),
    )  # fmt: skip


def _wait_for_late_append(worker: AccountWorker, failed_at: float) -> None:
    """Sleep until an APPEND that failed at `failed_at` can no longer land, beating the watchdog."""
    grace = min(max(2 * worker.account.timeout, 5.0), 60.0)
    wait = failed_at + grace - time.monotonic()
    if wait <= 0:
        return
    log.info("%s: waiting %.0f s for an interrupted APPEND before checking Drafts", worker.name, wait)
    deadline = time.monotonic() + wait
    while (left := deadline - time.monotonic()) > 0:
        worker.beat()
        time.sleep(min(left, 5.0))


def write_due(worker: AccountWorker) -> None:
    """Write the timed drafts whose moment has come (thank-you notes, check-ins).

    Each moves scheduled -> pending only if it still is scheduled (a cancel, or a bug, may have
    got there first); one already in Drafts is marked done, not written again.
    """
    now = worker.clock()
    due = [e for e in worker.store.entries(worker.name, LedgerState.SCHEDULED, due_before=now) if e.data]
    moved = [e for e in due if worker.store.set_state(e.key, LedgerState.PENDING)]
    if not moved:
        return
    present = worker.imap().keys_present(worker.drafts_folder, KEY_HEADER, [e.key for e in moved])
    for entry in moved:
        if entry.key in present:
            worker.store.set_state(entry.key, LedgerState.DONE, keep_data=False)
            log.info("%s: timed draft %s is already in Drafts: not written twice", worker.name, entry.key)
            continue
        assert entry.data is not None
        _append_one(worker, entry.key, redate(entry.data, now))
        log.info(
            "%s: timed draft %r written (%s, key %s)", worker.name, entry.subject, entry.action, entry.key
        )
