"""Which messages are decided at all: the one screen the daemon and `rules test` share.

A message the user sent themselves is never answered, nor one the user told followup to leave
alone (`followup ignore`), and the daemon leaves mail older than the lookback window alone. Both
the daemon and the dry run ask `screen()`, so they cannot disagree. Pure: no I/O, the moment and
the ignore list are passed in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum

from followup import mail
from followup.ignores import Ignore, ignored_by
from followup.models import Email


class Outcome(StrEnum):
    """What happened to a message; the state database stores these values as they are."""

    ACTED = "acted"  # decided, and at least one action came of it
    NO_ACTION = "no-action"  # decided, no rule asked for anything
    OWN = "own"  # screened out: the user's own mail
    OLD = "old"  # screened out: older than the lookback window
    IGNORED = "ignored"  # screened out: its thread, sender or domain is on the ignore list
    FAILED = "failed"  # could not be handled; logged with its UID


def screen(
    email: Email,
    *,
    own_address: str,
    now: datetime,
    lookback_days: int | None,
    received: datetime | None = None,
    ignores: Sequence[Ignore] = (),
) -> Outcome | None:
    """None when the message goes on to the classifier and rules; else why it is skipped.

    `received` is when the message arrived when its Date header is missing (the server's
    INTERNALDATE); with neither, the message counts as new. `lookback_days=None` skips the age
    test: `rules test` shows what the rules would do with a file whatever its date. `ignores` is
    what the user told followup to leave alone (`followup ignore`).
    """
    if mail.is_from(email, own_address):
        return Outcome.OWN
    if ignored_by(email, list(ignores)):
        return Outcome.IGNORED
    if lookback_days is not None:
        moment = email.date or received or now
        if moment < now - timedelta(days=lookback_days):
            return Outcome.OLD
    return None


def fingerprint(email: Email) -> str:
    """What tells two mails with one Message-ID apart (a careless ATS reuses one for every mail).

    Made of what the sender wrote (From, Date, Subject, the text), not of the bytes: the same mail
    filed in two folders, or passed through a list that adds headers, keeps its fingerprint.
    """
    sender = email.sender.email if email.sender else ""
    date = email.date.isoformat() if email.date else ""
    text = "\x00".join((sender, date, email.subject, email.full_text or email.text))
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]
