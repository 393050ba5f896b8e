"""`followup once --dry-run` and `run --dry-run`: every decision made, nothing written anywhere.

The real worker runs unchanged, so the dry run cannot drift from what the daemon does, with two
differences: its state is a scratch copy of the real database in a temporary directory (thrown
away at the end), and its IMAP session hands every draft and keyword to the caller instead of
the server. Underneath, the session's client refuses every command that could change a mailbox
(APPEND, STORE, COPY, MOVE, EXPUNGE, CREATE, ...) and opens folders with EXAMINE only, so a write
path the interception does not know about fails loudly instead of writing.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from followup.config import ConnectionSettings, Settings
from followup.daemon.imap import ImapSession
from followup.daemon.store import LedgerEntry, LedgerState, Store, open_store
from followup.errors import FollowupError

# IMAP commands (imapclient's method names) that change a mailbox; the dry run's client refuses them.
WRITE_COMMANDS = frozenset({
    "append", "multiappend", "add_flags", "remove_flags", "set_flags", "add_gmail_labels",
    "remove_gmail_labels", "set_gmail_labels", "copy", "move", "expunge", "uid_expunge",
    "delete_messages", "undelete_messages", "create_folder", "delete_folder", "rename_folder",
    "subscribe_folder", "unsubscribe_folder", "setacl", "set_quota",
})  # fmt: skip


class DryRunWriteError(FollowupError):
    """Something tried to change the mailbox during a dry run (a bug: report it)."""


@dataclass(frozen=True)
class Intercepted:
    """What the daemon would have written: a draft (`data`) or a keyword on a message."""

    account: str
    folder: str
    data: bytes | None = None
    keyword: str = ""
    uid: int | None = None


Sink = Callable[[Intercepted], None]


def _refuse(name: str) -> Callable[..., Any]:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise DryRunWriteError(f"dry run: refused IMAP {name.upper()} (nothing is written in a dry run)")

    return refused


def read_only_session_factory(sink: Sink) -> Callable[[ConnectionSettings, Callable[[], str]], ImapSession]:
    """Sessions that report drafts and keywords to `sink` and cannot write to the server."""

    class DryRunSession(ImapSession):
        def _create_client(self) -> Any:
            client = super()._create_client()
            for name in WRITE_COMMANDS:
                setattr(client, name, _refuse(name))
            examine = client.select_folder
            client.select_folder = lambda folder, readonly=True: examine(folder, readonly=True)
            return client

        def append_draft(self, folder: str, data: bytes, when: datetime | None = None) -> int | None:
            sink(Intercepted(self.settings.account, folder, data=data))
            return None

        def append_drafts(self, folder: str, messages: Sequence[bytes], when: datetime | None = None) -> None:
            for data in messages:
                self.append_draft(folder, data, when)

        def add_keyword(self, folder: str, uid: int, keyword: str) -> None:
            sink(Intercepted(self.settings.account, folder, keyword=keyword, uid=uid))

    return DryRunSession


class _DryRunWording(logging.Filter):
    """The worker logs what it did ("draft ... written"); in a dry run that is what it would do."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (
            record.name.startswith("followup.daemon")
            and isinstance(record.msg, str)
            and not record.msg.startswith("dry run: ")
        ):
            record.msg = "dry run: " + record.msg.replace(" written", " would be written")
        return True


@contextmanager
def dry_run_logging() -> Iterator[None]:
    """Reword the daemon's log lines while a dry run lasts."""
    wording = _DryRunWording()
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(wording)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(wording)


@contextmanager
def scratch_state(settings: Settings) -> Iterator[tuple[Settings, Store]]:
    """Settings whose state is a throw-away copy of the real database (empty if there is none yet)."""
    real = settings.state_path / "state.sqlite3"
    with tempfile.TemporaryDirectory(prefix="followup-dry-run-") as tmp:
        scratch = settings.model_copy(update={"state_dir": Path(tmp)})
        if real.exists():
            # The backup API gives a consistent copy even while the daemon writes. With no -wal file
            # nobody is writing, and `immutable` reads without creating the -wal/-shm files.
            live = real.with_name(real.name + "-wal").exists()
            with (
                closing(
                    sqlite3.connect(f"file:{real}?{'mode=ro' if live else 'immutable=1'}", uri=True)
                ) as source,
                closing(sqlite3.connect(Path(tmp) / "state.sqlite3")) as target,
            ):
                source.backup(target)
        store = open_store(scratch)
        try:
            yield scratch, store
        finally:
            store.close()


def newly_scheduled(store: Store, before: set[str]) -> list[LedgerEntry]:
    """Timed drafts the dry run scheduled (not in the real state before it began)."""
    return [e for e in store.scheduled_rows() if e.key not in before and e.state == LedgerState.SCHEDULED]


def run_once_dry(settings: Settings, sink: Sink, **kwargs: Any) -> tuple[dict[str, Any], list[LedgerEntry]]:
    """`run_once` on scratch state with intercepted writes: (counters per account, new timed drafts)."""
    from followup.daemon.service import run_once

    with dry_run_logging(), scratch_state(settings) as (scratch, store):
        before = {e.key for e in store.scheduled_rows()}
        results = run_once(scratch, store=store, session_factory=read_only_session_factory(sink), **kwargs)
        return results, newly_scheduled(store, before)


def run_forever_dry(settings: Settings, stop: threading.Event, sink: Sink, **kwargs: Any) -> None:
    """`run_forever` on scratch state with intercepted writes, until `stop`."""
    from followup.daemon.watcher import run_forever

    with dry_run_logging(), scratch_state(settings) as (scratch, _store):
        run_forever(scratch, stop, session_factory=read_only_session_factory(sink), **kwargs)
