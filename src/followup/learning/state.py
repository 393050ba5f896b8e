"""Corrections and draft outcomes in the local state database (the same 0600 SQLite file).

Nothing here leaves the machine: a correction keeps the text the personal model trains on, an
outcome keeps how a draft ended. `forget` removes all of it. The tables live in `SCHEMA`, which
store.py creates with its own; a trigger keeps a copy of every draft as it is written, because the
ledger drops the bytes once the server has them and the outcome check compares against them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from followup.models import Email, Label

if TYPE_CHECKING:
    from followup.daemon.store import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    account TEXT NOT NULL, identity TEXT NOT NULL, label TEXT NOT NULL, previous TEXT,
    via TEXT NOT NULL, record TEXT NOT NULL, folder TEXT, uid INTEGER,
    applied INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, PRIMARY KEY (account, identity));
CREATE TABLE IF NOT EXISTS draft_copies (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS draft_outcomes (
    key TEXT PRIMARY KEY, outcome TEXT NOT NULL, similarity REAL, checked_at TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS ledger_keep_copy AFTER UPDATE OF state ON ledger
    WHEN new.state = 'done' AND COALESCE(old.data, new.data) IS NOT NULL
    BEGIN INSERT OR IGNORE INTO draft_copies VALUES (new.key, COALESCE(old.data, new.data)); END;
"""


class Via(StrEnum):
    """Where a correction came from."""

    KEYWORD = "keyword"  # an IMAP keyword set in the mail client
    FOLDER = "folder"  # a Gmail label (a folder over IMAP) holding the message
    CLI = "cli"  # followup teach


class Outcome(StrEnum):
    """What became of a written draft."""

    PENDING = "pending"  # still in Drafts (or not looked at yet)
    SENT = "sent"  # sent as written (similarity at or above SENT_AS_IS)
    EDITED = "edited"  # sent after the user changed it
    DISCARDED = "discarded"  # gone from Drafts and not in Sent


@dataclass(frozen=True)
class Correction:
    account: str
    identity: str
    label: Label
    previous: Label | None
    via: Via
    record: dict[str, Any]  # a corpus record (dataset.py format): what the personal model trains on
    folder: str | None
    uid: int | None
    applied: bool
    created_at: datetime


@dataclass(frozen=True)
class DraftRow:
    """A written draft with its outcome, for `status --drafts` and the outcome check."""

    key: str
    account: str
    source: str
    rule: str
    action: str
    subject: str
    recipient: str
    written_at: datetime
    copy: bytes | None
    outcome: Outcome
    similarity: float | None


def email_record(email: Email, label: Label) -> dict[str, Any]:
    """The message as a corpus record (the format of corpus/*.jsonl), so training reads it as it is."""
    sender = email.sender
    headers: dict[str, str] = {}
    if email.list_id:
        headers["List-Id"] = email.list_id
    if email.list_unsubscribe:
        headers["List-Unsubscribe"] = "<mailto:unsubscribe>"
    if email.precedence:
        headers["Precedence"] = email.precedence
    if email.auto_submitted:
        headers["Auto-Submitted"] = email.auto_submitted
    record: dict[str, Any] = {
        "id": f"correction-{email.identity}",
        "family": f"correction:{email.identity}",
        "label": label.value,
        "sender": f"{sender.name} <{sender.email}>" if sender else "",
        "subject": email.subject,
        "text": email.text,
        "date": email.date.isoformat() if email.date else "",
        "headers": headers,
    }
    if email.events:
        event = email.events[0]
        record["ics"] = {
            "start": event.start.isoformat() if event.start else None,
            "end": event.end.isoformat() if event.end else None,
            "summary": event.summary, "location": event.location, "url": event.url, "method": event.method,
        }  # fmt: skip
    return record


def _now() -> str:
    return datetime.now(UTC).isoformat()


def save_correction(
    store: Store, account: str, email: Email, label: Label, *, via: Via,
    folder: str | None = None, uid: int | None = None, applied: bool = False,
) -> bool:  # fmt: skip
    """Record (or change) the user's label for a message; False when it already had this label.

    The label the model gave it, when followup handled the message, is kept as `previous`.
    """
    with store.transaction() as db:
        row = db.execute(
            "SELECT label FROM corrections WHERE account=? AND identity=?", (account, email.identity)
        ).fetchone()
        if row is not None and row[0] == label.value:
            return False
        found = db.execute(
            "SELECT label FROM messages WHERE identity=? AND (account=? OR ?='') AND label IS NOT NULL",
            (email.identity, account, account),
        ).fetchone()
        db.execute(
            "INSERT OR REPLACE INTO corrections VALUES (?,?,?,?,?,?,?,?,?,?)",
            (account, email.identity, label.value, found[0] if found else None, via,
             json.dumps(email_record(email, label), ensure_ascii=False), folder, uid, int(applied), _now()),
        )  # fmt: skip
    return True


def account_of(store: Store, identity: str) -> tuple[str, str, int] | None:
    """(account, folder, uid) where followup handled this message, if it did."""
    with store.transaction() as db:
        row = db.execute(
            "SELECT account, folder, uid FROM messages WHERE identity=? ORDER BY processed_at DESC LIMIT 1",
            (identity,),
        ).fetchone()
    return (str(row[0]), str(row[1]), int(row[2])) if row else None


def handled_identity(store: Store, account: str, folder: str, uidvalidity: int, uid: int) -> str | None:
    """The identity of the message followup handled at this UID (None: not one of ours)."""
    with store.transaction() as db:
        row = db.execute(
            "SELECT identity FROM messages WHERE account=? AND folder=? AND uidvalidity=? AND uid=?",
            (account, folder, uidvalidity, uid),
        ).fetchone()
    return str(row[0]) if row else None


def correction_label(store: Store, account: str, identity: str) -> Label | None:
    with store.transaction() as db:
        row = db.execute(
            "SELECT label FROM corrections WHERE account=? AND identity=?", (account, identity)
        ).fetchone()
    return Label(row[0]) if row else None


def corrections(store: Store, *, unapplied_for: str | None = None) -> list[Correction]:
    """Every correction, oldest first (or only those of one account not acted on yet)."""
    where = " WHERE account=? AND applied=0" if unapplied_for is not None else ""
    query = f"SELECT * FROM corrections{where} ORDER BY created_at, identity"
    return [_correction(r) for r in _select(store, query, unapplied_for)]


def _select(store: Store, query: str, account: str | None) -> list[Any]:
    """Rows of a query that takes the account as its one parameter when one is given."""
    with store.transaction() as db:
        return db.execute(query, () if account is None else (account,)).fetchall()


def _correction(r: Any) -> Correction:
    return Correction(
        account=str(r[0]), identity=str(r[1]), label=Label(r[2]), previous=Label(r[3]) if r[3] else None,
        via=Via(r[4]), record=json.loads(r[5]), folder=r[6], uid=r[7], applied=bool(r[8]),
        created_at=datetime.fromisoformat(r[9]),
    )  # fmt: skip


def mark_applied(store: Store, account: str, identity: str) -> None:
    with store.transaction() as db:
        db.execute("UPDATE corrections SET applied=1 WHERE account=? AND identity=?", (account, identity))


def written_drafts(store: Store, account: str | None = None) -> list[DraftRow]:
    """Every draft written to Drafts (ledger `done` with bytes), with its outcome so far."""
    # Keyword actions are `done` with no bytes ever; drafts written before this table existed have
    # no copy either. Both are told apart by the copy: only rows with one are drafts we can follow.
    query = (
        "SELECT l.key, l.account, l.source, l.rule, l.action, l.subject, l.recipient, l.updated_at, c.data, "
        "o.outcome, o.similarity FROM ledger l JOIN draft_copies c ON c.key = l.key "
        "LEFT JOIN draft_outcomes o ON o.key = l.key WHERE l.state = 'done'"
        + (" AND l.account = ?" if account is not None else "")
        + " ORDER BY l.updated_at"
    )
    return [_draft_row(r) for r in _select(store, query, account)]


def _draft_row(r: Any) -> DraftRow:
    return DraftRow(
        key=str(r[0]), account=str(r[1]), source=str(r[2]), rule=str(r[3]), action=str(r[4]),
        subject=str(r[5] or ""), recipient=str(r[6] or ""), written_at=datetime.fromisoformat(r[7]),
        copy=r[8], outcome=Outcome(r[9]) if r[9] else Outcome.PENDING, similarity=r[10],
    )  # fmt: skip


def set_outcome(store: Store, key: str, outcome: Outcome, similarity: float | None = None) -> None:
    with store.transaction() as db:
        db.execute(
            "INSERT OR REPLACE INTO draft_outcomes VALUES (?,?,?,?)", (key, outcome, similarity, _now())
        )


def forget(store: Store) -> dict[str, int]:
    """Remove every correction, draft copy and outcome; how many of each were removed."""
    removed: dict[str, int] = {}
    with store.transaction() as db:
        db.execute("PRAGMA secure_delete=ON")  # overwrite the freed pages: the text is really gone
        for table in ("corrections", "draft_outcomes", "draft_copies"):
            removed[table] = db.execute(f"DELETE FROM {table}").rowcount
    return removed


def known_at(store: Store, account: str, folder: str, uid: int, label: Label) -> bool:
    """Whether the message at this UID was already corrected to this label (no need to fetch it)."""
    with store.transaction() as db:
        row = db.execute(
            "SELECT 1 FROM corrections WHERE account=? AND folder=? AND uid=? AND label=?",
            (account, folder, uid, label.value),
        ).fetchone()
    return row is not None


def cancel_other_scheduled(store: Store, account: str, source: str, keep: set[str]) -> list[tuple[str, str]]:
    """Cancel this message's timed drafts whose action is not in `keep`; (key, action) of each."""
    with store.transaction() as db:
        rows = db.execute(
            "SELECT key, action FROM ledger WHERE account=? AND source=? AND state='scheduled'",
            (account, source),
        ).fetchall()
        out = [(str(k), str(a)) for k, a in rows if a not in keep]
        for key, _ in out:
            db.execute(
                "UPDATE ledger SET state='cancelled', data=NULL, updated_at=? WHERE key=? AND state='scheduled'",
                (_now(), key),
            )
    return out


def written_for_source(store: Store, account: str, source: str, *, exclude: set[str]) -> list[str]:
    """Keys of drafts written for this message by actions not in `exclude`."""
    with store.transaction() as db:
        rows = db.execute(
            "SELECT l.key, l.action FROM ledger l JOIN draft_copies c ON c.key = l.key "
            "WHERE l.account=? AND l.source=? AND l.state='done'",
            (account, source),
        ).fetchall()
    return [str(k) for k, a in rows if a not in exclude]


def draft_copy(store: Store, key: str) -> bytes | None:
    with store.transaction() as db:
        row = db.execute("SELECT data FROM draft_copies WHERE key=?", (key,)).fetchone()
    return bytes(row[0]) if row else None


def has_unsettled(store: Store, account: str, before: datetime) -> bool:
    """Whether a draft written before `before` may still change its outcome (not sent yet)."""
    with store.transaction() as db:
        row = db.execute(
            "SELECT 1 FROM ledger l JOIN draft_copies c ON c.key = l.key LEFT JOIN draft_outcomes o "
            "ON o.key = l.key WHERE l.account=? AND l.state='done' AND l.updated_at <= ? "
            "AND COALESCE(o.outcome, 'pending') NOT IN ('sent', 'edited') LIMIT 1",
            (account, before.astimezone(UTC).isoformat()),
        ).fetchone()
    return row is not None


def outcome_summary(store: Store) -> list[dict[str, Any]]:
    """Per rule and action (template): written, sent as is, sent edited, discarded, pending."""
    table: dict[tuple[str, str], dict[str, Any]] = {}
    for row in written_drafts(store):
        entry = table.setdefault(
            (row.rule, row.action),
            {"rule": row.rule, "action": row.action, "written": 0, "sent_as_is": 0, "sent_edited": 0,
             "discarded": 0, "pending": 0},
        )  # fmt: skip
        entry["written"] += 1
        column = {Outcome.SENT: "sent_as_is", Outcome.EDITED: "sent_edited"}.get(
            row.outcome, row.outcome.value
        )
        entry[column] += 1
    return [table[k] for k in sorted(table)]
