"""The plain rows the state database hands out, and the life of a draft in the ledger.

Data only (no SQL, no I/O): `store.py` reads and writes them, the worker and the CLI read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from followup.facts import MessageFacts
from followup.lexicon import COMPANY_KEY_SUFFIXES
from followup.models import Email, RawMessage, Stage
from followup.screen import Outcome, fingerprint


class LedgerState(StrEnum):
    """A draft's life in the ledger; the database stores these values as they are."""

    SCHEDULED = "scheduled"
    PENDING = "pending"
    DONE = "done"
    CANCELLED = "cancelled"


# The one step that leads into each state: scheduled -> pending -> done; scheduled -> cancelled.
STEP_FROM: dict[LedgerState, LedgerState] = {
    LedgerState.PENDING: LedgerState.SCHEDULED,
    LedgerState.DONE: LedgerState.PENDING,
    LedgerState.CANCELLED: LedgerState.SCHEDULED,
}


@dataclass(frozen=True)
class Cursor:
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class LedgerEntry:
    key: str
    account: str
    source: str
    action: str
    rule: str
    state: LedgerState
    due: datetime | None
    data: bytes | None
    subject: str
    recipient: str
    company: str | None


@dataclass(frozen=True)
class MessageRow:
    account: str
    folder: str
    uid: int
    subject: str
    label: str | None
    confidence: float | None
    outcome: Outcome
    company: str | None


@dataclass(frozen=True)
class Application:
    account: str
    company: str
    role: str | None
    stage: Stage
    first_contact: datetime
    last_contact: datetime
    pending: int = 0
    next_due: datetime | None = None


def company_key(company: str) -> str:
    """Fold a company name so 'ACME Inc.' and 'Acme' count as one application."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in company.lower()).split()]
    suffixes = {"the", *COMPANY_KEY_SUFFIXES}
    kept = [w for w in words if w not in suffixes]
    return " ".join(kept or words)


@dataclass
class Incoming:
    """One fetched message on its way through a batch: what was read, without the bytes."""

    uid: int
    email: Email
    identity: str  # the Message-ID (or the bytes' hash); ID + fingerprint for a second mail under one ID
    fingerprint: str
    arrival: datetime | None  # INTERNALDATE, else the Date header
    facts: MessageFacts | None = None  # worked out ahead, with its label, by daemon/reader.py

    @classmethod
    def of(cls, raw: RawMessage, email: Email, facts: MessageFacts | None = None) -> Incoming:
        return cls(raw.uid, email, email.identity, fingerprint(email), raw.internal_date or email.date, facts)
