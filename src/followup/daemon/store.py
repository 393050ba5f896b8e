"""The state database (SQLite, WAL): cursors, processed messages, the draft ledger, applications.

The ledger is what makes drafts exactly-once. A draft's life:
``scheduled`` (due later) -> ``pending`` (about to be APPENDed) -> ``done``; or ``cancelled``.
A key, once in the ledger, is never written again, so a draft the user deleted stays deleted.
Every state change commits before the next network step, so kill -9 at any point leaves either
no entry (nothing was appended) or a ``pending`` one that start-up resolves by searching Drafts.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from followup.daemon.records import (
    STEP_FROM,
    Application,
    Cursor,
    LedgerEntry,
    LedgerState,
    MessageRow,
    company_key,
)
from followup.daemon.statedir import db_error, private_dir, private_file
from followup.errors import StateError
from followup.ignores import Ignore, IgnoreKind
from followup.learning.state import SCHEMA as LEARNING_SCHEMA
from followup.models import Label, Stage
from followup.screen import Outcome

if TYPE_CHECKING:
    from followup.config import Settings

SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cursors (
    account TEXT NOT NULL, folder TEXT NOT NULL, uidvalidity INTEGER NOT NULL, last_uid INTEGER NOT NULL,
    PRIMARY KEY (account, folder));
CREATE TABLE IF NOT EXISTS messages (
    account TEXT NOT NULL, identity TEXT NOT NULL, folder TEXT NOT NULL, uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL, message_id TEXT NOT NULL, label TEXT, confidence REAL, outcome TEXT NOT NULL,
    company TEXT, subject TEXT, received_at TEXT, processed_at TEXT NOT NULL, fingerprint TEXT,
    PRIMARY KEY (account, identity));
CREATE TABLE IF NOT EXISTS ledger (
    key TEXT PRIMARY KEY, account TEXT NOT NULL, source TEXT NOT NULL, action TEXT NOT NULL,
    rule TEXT NOT NULL, state TEXT NOT NULL, due TEXT, data BLOB, subject TEXT, recipient TEXT,
    company TEXT, cancel_on_reply INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ledger_state ON ledger (account, state, due);
CREATE TABLE IF NOT EXISTS applications (
    id INTEGER PRIMARY KEY, account TEXT NOT NULL, company TEXT NOT NULL, company_key TEXT NOT NULL,
    role TEXT, stage TEXT NOT NULL, first_contact TEXT NOT NULL, last_contact TEXT NOT NULL,
    UNIQUE (account, company_key));
CREATE TABLE IF NOT EXISTS stage_history (
    application INTEGER NOT NULL REFERENCES applications(id), stage TEXT NOT NULL, at TEXT NOT NULL,
    source TEXT NOT NULL, UNIQUE (application, stage, source));
CREATE TABLE IF NOT EXISTS ignores (
    kind TEXT NOT NULL, value TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (kind, value));
"""


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Store:
    """One SQLite file shared by every account's thread (one connection, serialised by a lock)."""

    def __init__(self, path: Path) -> None:
        private_dir(path.parent)
        private_file(path)
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0  # transaction nesting of the thread that holds the lock
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise db_error(path, exc) from None
        try:
            self._open()
        except sqlite3.Error as exc:
            self._db.close()
            raise db_error(path, exc) from None
        except BaseException:
            self._db.close()
            raise
        private_file(path)  # the -wal and -shm files SQLite just made

    def _open(self) -> None:
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA + LEARNING_SCHEMA)
        with self._tx() as db:
            columns = {row[1] for row in db.execute("PRAGMA table_info(messages)")}
            if "fingerprint" not in columns:  # schema 1 -> 2: what tells two mails with one Message-ID apart
                db.execute("ALTER TABLE messages ADD COLUMN fingerprint TEXT")
            row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None or int(row[0]) < SCHEMA_VERSION:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise StateError(
                    f"{self.path}: state written by a newer followup (schema {row[0]}): upgrade followup"
                )

    def check_writable(self) -> None:
        """Write once, now: a state the process may only read fails here (StateError), not mid-run."""
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('opened', ?)", (_iso(datetime.now(UTC)),))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """The connection for a query; a database failure leaves as one StateError line."""
        with self._lock:
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise db_error(self.path, exc) from None

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """A transaction; nested inside `transaction()` it is a savepoint (undone alone on error)."""
        with self._read():
            depth = self._depth
            self._db.execute(f"SAVEPOINT sp{depth}" if depth else "BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self._db
            except BaseException:
                self._depth = depth
                self._db.execute(f"ROLLBACK TO sp{depth}" if depth else "ROLLBACK")
                if depth:
                    self._db.execute(f"RELEASE sp{depth}")
                raise
            self._depth = depth
            self._db.execute(f"RELEASE sp{depth}" if depth else "COMMIT")

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """Group many changes into one commit (one fsync): a batch of messages is recorded at once.

        The calling thread holds the database until it ends; calls inside it nest as savepoints.
        """
        return self._tx()

    # -- cursors ---------------------------------------------------------------------------------
    def cursor(self, account: str, folder: str) -> Cursor | None:
        with self._read() as db:
            row = db.execute(
                "SELECT uidvalidity, last_uid FROM cursors WHERE account=? AND folder=?", (account, folder)
            ).fetchone()
        return Cursor(row[0], row[1]) if row else None

    def set_cursor(self, account: str, folder: str, cursor: Cursor) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO cursors VALUES (?,?,?,?) ON CONFLICT (account, folder) DO UPDATE SET "
                "uidvalidity=excluded.uidvalidity, last_uid=excluded.last_uid",
                (account, folder, cursor.uidvalidity, cursor.last_uid),
            )

    # -- a state that starts on an account followup wrote to before ------------------------------
    def is_new(self, account: str) -> bool:
        """Nothing recorded for this account yet: no cursor, no message, no draft."""
        with self._read() as db:
            return not any(
                db.execute(f"SELECT 1 FROM {table} WHERE account=? LIMIT 1", (account,)).fetchone()
                for table in ("cursors", "messages", "ledger")
            )

    def horizon(self, account: str) -> datetime | None:
        """When the newest draft of an earlier state landed: mail up to then counts as handled."""
        with self._read() as db:
            row = db.execute("SELECT value FROM meta WHERE key=?", (f"horizon:{account}",)).fetchone()
        return _dt(row[0]) if row else None

    def set_horizon(self, account: str, when: datetime) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"horizon:{account}", _iso(when)))

    # -- messages --------------------------------------------------------------------------------
    def is_processed(self, account: str, identity: str) -> bool:
        return self.fingerprint(account, identity) is not None

    def fingerprint(self, account: str, identity: str) -> str | None:
        """The content fingerprint recorded for this identity ("" for rows older than schema 2);
        None when no message with this identity was handled."""
        with self._read() as db:
            row = db.execute(
                "SELECT COALESCE(fingerprint, '') FROM messages WHERE account=? AND identity=?",
                (account, identity),
            ).fetchone()
        return str(row[0]) if row else None

    def record_message(
        self,
        account: str,
        identity: str,
        *,
        folder: str,
        uidvalidity: int,
        uid: int,
        message_id: str,
        outcome: Outcome,
        label: Label | None = None,
        confidence: float | None = None,
        company: str | None = None,
        subject: str = "",
        received_at: datetime | None = None,
        fingerprint: str = "",
    ) -> None:
        """Remember a message as handled, and how (acted, no-action, own, old, failed)."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO messages (account, identity, folder, uidvalidity, uid, message_id, "
                "label, confidence, outcome, company, subject, received_at, processed_at, fingerprint) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    account, identity, folder, uidvalidity, uid, message_id,
                    label.value if label else None, confidence, outcome, company, subject,
                    _iso(received_at), _iso(datetime.now(UTC)), fingerprint or None,
                ),
            )  # fmt: skip

    def message_rows(self) -> list[MessageRow]:
        """Every message handled, oldest first (for the demo and `status`)."""
        with self._read() as db:
            rows = db.execute(
                "SELECT account, folder, uid, subject, label, confidence, outcome, company FROM messages "
                "ORDER BY account, folder, uid"
            ).fetchall()
        return [
            MessageRow(account, folder, uid, subject, label, confidence, Outcome(outcome), company)
            for account, folder, uid, subject, label, confidence, outcome, company in rows
        ]

    # -- ledger ----------------------------------------------------------------------------------
    def ledger_state(self, key: str) -> LedgerState | None:
        with self._read() as db:
            row = db.execute("SELECT state FROM ledger WHERE key=?", (key,)).fetchone()
        return LedgerState(row[0]) if row else None

    def add_ledger(
        self,
        key: str,
        *,
        account: str,
        source: str,
        action: str,
        rule: str,
        state: LedgerState,
        data: bytes | None,
        due: datetime | None = None,
        subject: str = "",
        recipient: str = "",
        company: str | None = None,
        cancel_on_reply: bool = False,
    ) -> bool:
        """Insert a new key; False (and nothing changed) when the key is already known."""
        now = _iso(datetime.now(UTC))
        with self._tx() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO ledger VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    key, account, source, action, rule, state, _iso(due), data, subject, recipient,
                    company_key(company) if company else None, int(cancel_on_reply), now, now,
                ),
            )  # fmt: skip
            return cur.rowcount == 1

    def set_state(self, key: str, state: LedgerState, *, keep_data: bool = True) -> bool:
        """Move a draft one step along its life; False (and nothing changed) when it was not in the
        state that step starts from: another instance or a bug got there first, so never append then.
        """
        with self._tx() as db:
            cur = db.execute(
                "UPDATE ledger SET state=?, updated_at=?"
                + ("" if keep_data else ", data=NULL")
                + " WHERE key=? AND state=?",
                (state, _iso(datetime.now(UTC)), key, STEP_FROM[state]),
            )
            return cur.rowcount == 1

    def entries(
        self, account: str, state: LedgerState, due_before: datetime | None = None
    ) -> list[LedgerEntry]:
        query = "SELECT * FROM ledger WHERE account=? AND state=?"
        args: list[object] = [account, state]
        if due_before is not None:
            query += " AND due <= ?"
            args.append(_iso(due_before))
        with self._read() as db:
            rows = db.execute(query + " ORDER BY due, created_at", args).fetchall()
        return [self._entry(row) for row in rows]

    @staticmethod
    def _entry(row: Sequence[object]) -> LedgerEntry:
        return LedgerEntry(
            key=str(row[0]), account=str(row[1]), source=str(row[2]), action=str(row[3]), rule=str(row[4]),
            state=LedgerState(row[5]), due=_dt(row[6]),  # type: ignore[arg-type]
            data=row[7],  # type: ignore[arg-type]
            subject=str(row[8] or ""), recipient=str(row[9] or ""), company=row[10],  # type: ignore[arg-type]
        )  # fmt: skip

    def cancel_scheduled(
        self, account: str, *, sources: Sequence[str], company: str | None, every: bool = False
    ) -> list[str]:
        """Cancel timed drafts of these source messages or this company; return their keys.

        Only the drafts marked cancel_on_reply (check-ins), unless `every`: then all of them
        (the company wrote about the application again, so a thank-you or stay-in-touch note
        timed on the old news no longer fits).
        """
        keys: list[str] = []
        with self._tx() as db:
            clauses, args = [], [account, LedgerState.SCHEDULED]
            if sources:
                clauses.append(f"source IN ({','.join('?' * len(sources))})")
                args.extend(sources)
            if company:
                clauses.append("company = ?")
                args.append(company_key(company))
            if not clauses:
                return []
            only = "" if every else " AND cancel_on_reply=1"
            rows = db.execute(
                f"SELECT key FROM ledger WHERE account=? AND state=?{only} AND ({' OR '.join(clauses)})", args
            ).fetchall()
            keys = [r[0] for r in rows]
            keys = [
                key
                for key in keys
                if db.execute(
                    "UPDATE ledger SET state=?, data=NULL, updated_at=? WHERE key=? AND state=?",
                    (LedgerState.CANCELLED, _iso(datetime.now(UTC)), key, LedgerState.SCHEDULED),
                ).rowcount
                == 1
            ]
        return keys

    def scheduled_rows(self) -> list[LedgerEntry]:
        """Timed drafts not yet due, across accounts, soonest first."""
        with self._read() as db:
            rows = db.execute(
                "SELECT * FROM ledger WHERE state=? ORDER BY due", (LedgerState.SCHEDULED,)
            ).fetchall()
        return [self._entry(row) for row in rows]

    def ledger_counts(self, account: str | None = None) -> dict[str, int]:
        query = "SELECT state, COUNT(*) FROM ledger"
        args: tuple[str, ...] = ()
        if account:
            query += " WHERE account=?"
            args = (account,)
        with self._read() as db:
            return dict(db.execute(query + " GROUP BY state", args).fetchall())

    def next_due(self, account: str | None = None) -> datetime | None:
        query = "SELECT MIN(due) FROM ledger WHERE state=?"
        args: list[str] = [LedgerState.SCHEDULED]
        if account:
            query += " AND account=?"
            args.append(account)
        with self._read() as db:
            row = db.execute(query, args).fetchone()
        return _dt(row[0]) if row else None

    # -- applications ----------------------------------------------------------------------------
    def track(
        self, account: str, company: str, role: str | None, stage: Stage, at: datetime, source: str
    ) -> None:
        """Move the application with this company to `stage` (and remember when and why)."""
        ckey = company_key(company)
        when = _iso(at)
        with self._tx() as db:
            db.execute(
                "INSERT INTO applications (account, company, company_key, role, stage, first_contact, "
                "last_contact) VALUES (?,?,?,?,?,?,?) ON CONFLICT (account, company_key) DO UPDATE SET "
                "stage=excluded.stage, last_contact=MAX(last_contact, excluded.last_contact), "
                "role=COALESCE(applications.role, excluded.role)",
                (account, company, ckey, role, stage.value, when, when),
            )
            app_id = db.execute(
                "SELECT id FROM applications WHERE account=? AND company_key=?", (account, ckey)
            ).fetchone()[0]
            db.execute(
                "INSERT OR IGNORE INTO stage_history VALUES (?,?,?,?)", (app_id, stage.value, when, source)
            )

    def application(self, account: str, company: str) -> Application | None:
        with self._read() as db:
            row = db.execute(
                "SELECT account, company, role, stage, first_contact, last_contact FROM applications "
                "WHERE account=? AND company_key=?",
                (account, company_key(company)),
            ).fetchone()
        return self._application(row) if row else None

    def applications(self) -> list[Application]:
        with self._read() as db:
            rows = db.execute(
                "SELECT a.account, a.company, a.role, a.stage, a.first_contact, a.last_contact, "
                "(SELECT COUNT(*) FROM ledger l WHERE l.account=a.account AND l.company=a.company_key "
                " AND l.state='scheduled'), "
                "(SELECT MIN(due) FROM ledger l WHERE l.account=a.account AND l.company=a.company_key "
                " AND l.state='scheduled') FROM applications a ORDER BY a.last_contact DESC"
            ).fetchall()
        return [self._application(row) for row in rows]

    @staticmethod
    def _application(row: Sequence[object]) -> Application:
        first, last = _dt(row[4]), _dt(row[5])  # type: ignore[arg-type]
        assert first is not None and last is not None
        return Application(
            account=str(row[0]), company=str(row[1]), role=row[2],  # type: ignore[arg-type]
            stage=Stage(str(row[3])), first_contact=first, last_contact=last,
            pending=int(row[6]) if len(row) > 6 else 0,  # type: ignore[call-overload]
            next_due=_dt(row[7]) if len(row) > 7 else None,  # type: ignore[arg-type]
        )  # fmt: skip

    # -- what the user cancelled or asked followup to leave alone ----------------------------------
    def find_keys(self, prefix: str) -> list[LedgerEntry]:
        """Ledger entries whose key starts with `prefix` (`followup cancel` takes a short key)."""
        with self._read() as db:
            rows = db.execute(
                "SELECT * FROM ledger WHERE substr(key, 1, ?) = ? ORDER BY key", (len(prefix), prefix)
            ).fetchall()
        return [self._entry(row) for row in rows]

    def cancel(self, key: str) -> bool:
        """Cancel one timed draft; False when it is no longer waiting (written, or cancelled already).

        The key stays in the ledger as cancelled, so the draft is never written later.
        """
        with self._tx() as db:
            cur = db.execute(
                "UPDATE ledger SET state=?, data=NULL, updated_at=? WHERE key=? AND state=?",
                (LedgerState.CANCELLED, _iso(datetime.now(UTC)), key, LedgerState.SCHEDULED),
            )
            return cur.rowcount == 1

    def add_ignore(self, kind: str, value: str) -> bool:
        """Remember a thread, sender or domain to leave alone; False when it was there already."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO ignores VALUES (?,?,?)", (kind, value, _iso(datetime.now(UTC)))
            )
            return cur.rowcount == 1

    def remove_ignore(self, kind: str, value: str) -> bool:
        with self._tx() as db:
            return db.execute("DELETE FROM ignores WHERE kind=? AND value=?", (kind, value)).rowcount == 1

    def ignores(self) -> list[Ignore]:
        """Every thread, sender and domain to leave alone, oldest first (`followup ignore`)."""
        with self._read() as db:
            rows = db.execute("SELECT kind, value, created_at FROM ignores ORDER BY created_at").fetchall()
        return [Ignore(IgnoreKind(kind), str(value), datetime.fromisoformat(at)) for kind, value, at in rows]


def open_store(settings: Settings) -> Store:
    """The state database of this config (`state_dir`, else $XDG_STATE_HOME/followup)."""
    return Store(settings.state_path / "state.sqlite3")


__all__ = [
    "Application", "Cursor", "LedgerEntry", "LedgerState", "MessageRow", "Store", "company_key", "open_store",
]  # fmt: skip
