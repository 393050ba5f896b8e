"""The state database's foundation: schema and migrations, the connection, transactions.

store.py builds the ledger on it and store_apps.py the applications; see store.py for the ledger's life.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from followup.daemon.statedir import db_error, private_dir, private_file
from followup.errors import StateError
from followup.learning.state import SCHEMA as LEARNING_SCHEMA

if TYPE_CHECKING:
    pass

SCHEMA_VERSION = 3

# An application is company + role; its key (`app_key`, see `application_key`) is what the
# ledger's `company` column holds for the drafts about it.
_APPLICATIONS = """CREATE TABLE IF NOT EXISTS applications (
    id INTEGER PRIMARY KEY, account TEXT NOT NULL, company TEXT NOT NULL, company_key TEXT NOT NULL,
    role TEXT, stage TEXT NOT NULL, first_contact TEXT NOT NULL, last_contact TEXT NOT NULL,
    app_key TEXT NOT NULL, UNIQUE (account, app_key))"""
_APPLICATIONS_INDEX = "CREATE INDEX IF NOT EXISTS applications_company ON applications (account, company_key)"

_SCHEMA = f"""
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
CREATE INDEX IF NOT EXISTS ledger_source ON ledger (source);
CREATE INDEX IF NOT EXISTS ledger_company ON ledger (company);
{_APPLICATIONS};
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


def _per_application(db: sqlite3.Connection) -> None:
    """Schema 2 -> 3: an application is company + role, no longer the company alone.

    SQLite cannot drop the old UNIQUE (account, company_key), so the table is rebuilt with the
    same ids (stage_history points at them). An old row keeps its company-only key, which the
    ledger's `company` column already holds for its drafts, so both keep finding each other.
    """
    db.execute(_APPLICATIONS.replace("IF NOT EXISTS applications", "applications_v3"))
    db.execute(
        "INSERT INTO applications_v3 SELECT id, account, company, company_key, role, stage, first_contact, "
        "last_contact, company_key FROM applications"
    )
    db.execute("DROP TABLE applications")
    db.execute("ALTER TABLE applications_v3 RENAME TO applications")


def _role_key(role: str | None) -> str:
    """Fold a role so 'Data Analyst' and 'data analyst' name one application; "" for none."""
    return " ".join("".join(c if c.isalnum() else " " for c in (role or "").casefold()).split())


class StoreBase:
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
            if "app_key" not in {row[1] for row in db.execute("PRAGMA table_info(applications)")}:
                _per_application(db)
            db.execute(_APPLICATIONS_INDEX)
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

    def _write(self, sql: str, args: Sequence[object]) -> sqlite3.Cursor:
        """One statement as its own transaction; inside `transaction()` it runs without a savepoint.

        SQLite undoes a failed statement by itself (statement atomicity), so a savepoint around a
        single statement changes nothing but costs two more statements for every message.
        """
        with self._read() as db:
            if self._depth:
                return db.execute(sql, args)
        with self._tx() as db:
            return db.execute(sql, args)

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """Group many changes into one commit (one fsync): a batch of messages is recorded at once.

        The calling thread holds the database until it ends; calls inside it nest as savepoints.
        """
        return self._tx()
