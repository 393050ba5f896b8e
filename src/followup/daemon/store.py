"""The state database (SQLite, WAL): cursors, processed messages, the draft ledger, applications.

The ledger is what makes drafts exactly-once. A draft's life:
``scheduled`` (due later) -> ``pending`` (about to be APPENDed) -> ``done``; or ``cancelled``.
A key, once in the ledger, is never written again, so a draft the user deleted stays deleted.
Every state change commits before the next network step, so kill -9 at any point leaves either
no entry (nothing was appended) or a ``pending`` one that start-up resolves by searching Drafts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
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
from followup.models import Label
from followup.screen import Outcome

if TYPE_CHECKING:
    from followup.config import Settings

from followup.daemon.store_apps import ApplicationStore
from followup.daemon.store_base import _dt, _iso


class Store(ApplicationStore):
    """The ledger, cursors and processed messages, on the applications and the base (store_apps, store_base)."""

    # -- cursors ---------------------------------------------------------------------------------
    def cursor(self, account: str, folder: str) -> Cursor | None:
        with self._read() as db:
            row = db.execute(
                "SELECT uidvalidity, last_uid FROM cursors WHERE account=? AND folder=?", (account, folder)
            ).fetchone()
        return Cursor(row[0], row[1]) if row else None

    def set_cursor(self, account: str, folder: str, cursor: Cursor) -> None:
        self._write(
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
        self._write("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"horizon:{account}", _iso(when)))

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
        self._write(
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
        application: str | None = None,
    ) -> bool:
        """Insert a new key; False (and nothing changed) when the key is already known.

        `application` (see `application_key`) ties the draft to one application; without it, the
        company alone does (the key of the company-only applications of schema 2).
        """
        now = _iso(datetime.now(UTC))
        cur = self._write(
            "INSERT OR IGNORE INTO ledger VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                key, account, source, action, rule, state, _iso(due), data, subject, recipient,
                application or (company_key(company) if company else None), int(cancel_on_reply), now, now,
            ),
        )  # fmt: skip
        return cur.rowcount == 1

    def set_state(self, key: str, state: LedgerState, *, keep_data: bool = True) -> bool:
        """Move a draft one step along its life; False (and nothing changed) when it was not in the
        state that step starts from: another instance or a bug got there first, so never append then.
        """
        cur = self._write(
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
        self,
        account: str,
        *,
        sources: Sequence[str],
        company: str | None,
        every: bool = False,
        application: str | None = None,
    ) -> list[str]:
        """Cancel timed drafts of these source messages or this application; return their keys.

        `application` is a key from `application_key`; without it, `company` names the
        company-only application (schema 2 keys).

        Only the drafts marked cancel_on_reply (check-ins), unless `every`: then all of them
        (the company wrote about the application again, so a thank-you or stay-in-touch note
        timed on the old news no longer fits).
        """
        clauses, args = [], [account, LedgerState.SCHEDULED]
        if sources:
            clauses.append(f"source IN ({','.join('?' * len(sources))})")
            args.extend(sources)
        if application or company:
            clauses.append("company = ?")
            args.append(application or company_key(company or ""))
        if not clauses:
            return []
        only = "" if every else " AND cancel_on_reply=1"
        # Most mail cancels nothing: the transaction (a savepoint inside a batch) opens only when the
        # SELECT found a draft; each UPDATE checks the state again, so nothing is cancelled twice.
        # Found through the source and company indexes (the "+" keeps SQLite off ledger_state, which made
        # it read every timed draft of the account per message: 0.5 ms at 2,500 of them), in the order
        # that scan gave (due, then rowid).
        with self._read() as db:
            rows = db.execute(
                f"SELECT key FROM ledger WHERE +account=? AND +state=?{only} AND ({' OR '.join(clauses)})"
                " ORDER BY due, rowid",
                args,
            ).fetchall()
            if not rows:
                return []
            with self._tx():
                return [key for (key,) in rows if self.cancel(key)]

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
        cur = self._write(
            "UPDATE ledger SET state=?, data=NULL, updated_at=? WHERE key=? AND state=?",
            (LedgerState.CANCELLED, _iso(datetime.now(UTC)), key, LedgerState.SCHEDULED),
        )
        return cur.rowcount == 1


def open_store(settings: Settings) -> Store:
    """The state database of this config (`state_dir`, else $XDG_STATE_HOME/followup)."""
    return Store(settings.state_path / "state.sqlite3")


__all__ = [
    "Application", "Cursor", "LedgerEntry", "LedgerState", "MessageRow", "Store", "company_key", "open_store",
]  # fmt: skip
