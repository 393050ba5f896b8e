"""What became of a draft, decided from messages already fetched: pure, so tested without a server.

A sent reply is matched to its draft by X-Followup-Key (searched on the server), by the draft's
Message-ID (kept by most clients, or named in References), and failing both by what every client
keeps: it answers the same message (In-Reply-To), under the same subject, to the same person.
"""

from __future__ import annotations

import difflib
import re

from followup.models import Email

SENT_AS_IS = 0.95  # a similarity ratio at or above this: sent as written (a typo fixed is not an edit)

_PREFIX = re.compile(r"^\s*((re|aw|sv|antw|fw|fwd|wg)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def _subject(value: str) -> str:
    return _SPACE.sub(" ", _PREFIX.sub("", value)).strip().casefold()


def _text(value: str) -> str:
    # Quoted lines and re-wrapping (format=flowed) are not edits.
    kept = [line for line in value.splitlines() if not line.lstrip().startswith(">")]
    return _SPACE.sub(" ", " ".join(kept)).strip()


def similarity(draft: str, sent: str) -> float:
    """How much of the draft's text the sent message kept: 1.0 unchanged, 0.0 nothing in common."""
    a, b = _text(draft), _text(sent)
    if not a and not b:
        return 1.0
    return round(difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(), 4)


def _recipients(email: Email) -> set[str]:
    return {a.email.casefold() for a in (*email.to, *email.cc) if a.email}


def answers_draft(draft: Email, sent: Email) -> bool:
    """Whether `sent` is the user's sending of `draft` (or of an edited copy of it)."""
    if draft.message_id and (sent.message_id == draft.message_id or draft.message_id in sent.references):
        return True
    if not draft.in_reply_to or sent.in_reply_to != draft.in_reply_to:
        return False
    same_subject = _subject(sent.subject) == _subject(draft.subject)
    return same_subject and bool(_recipients(draft) & _recipients(sent) or not _recipients(draft))


def best_match(draft: Email, candidates: list[Email]) -> Email | None:
    """The sent message that is this draft, the most similar one when several answer the same source."""
    found = [c for c in candidates if answers_draft(draft, c)]
    return max(found, key=lambda c: similarity(draft.text, c.text), default=None)
