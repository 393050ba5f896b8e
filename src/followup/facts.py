"""What is known about one message, worked out once: its entities merged with the application's history.

The rules engine (conditions, due times) and the templates (the draft's words) both read one
`MessageFacts`, so a rule and the draft it writes can never disagree about the company, the
rejection stage or the interview time. Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from followup.models import Classification, Email, Label, RejectionStage, Stage

_NOT_A_PERSON = re.compile(
    r"\b(team|careers?|recruit\w*|talent|hr|jobs?|hiring|no-?reply|do[- ]not[- ]reply|notifications?|"
    r"people|acquisition|human resources|applications?|support|info|admin|mailer|system|workday|greenhouse|"
    r"lever|noreply|staffing)\b",
    re.IGNORECASE,
)
_INTERVIEWED = frozenset({Stage.INTERVIEW_SCHEDULED, Stage.INTERVIEWED})


@dataclass(frozen=True)
class ApplicationHistory:
    """The store's view of the application this message belongs to."""

    company: str
    role: str | None = None
    stage: Stage | None = None
    last_contact: datetime | None = None  # the last message from the company before this one
    applied_at: datetime | None = None


def one_line(value: str | None, limit: int = 200) -> str | None:
    """Text safe for one line (and a header): no CR/LF or other control characters; '' becomes None."""
    if value is None:
        return None
    cleaned = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in value)
    cleaned = " ".join(cleaned.split())[:limit].strip()
    return cleaned or None


def person_name(name: str | None, company: str | None) -> str | None:
    """A display name that belongs to a person ("Priya Sharma"), not "Acme Careers" or "no-reply"."""
    name = one_line(name, 80)
    if not name or "@" in name or _NOT_A_PERSON.search(name) or not any(ch.isalpha() for ch in name):
        return None
    if company and company.casefold() in name.casefold():
        return None
    if len(name.replace(",", " ").split()) > 4:
        return None
    return name


def rejection_stage(
    classification: Classification, history: ApplicationHistory | None
) -> RejectionStage | None:
    """The classifier's stage, else from the store: an interview on record means after_interview."""
    if classification.label is not Label.REJECTION:
        return None
    if classification.stage is not None:
        return classification.stage
    if history is not None and history.stage in _INTERVIEWED:
        return RejectionStage.AFTER_INTERVIEW
    return RejectionStage.AFTER_APPLICATION


def aware(moment: datetime | None, tz: ZoneInfo) -> datetime | None:
    """A naive time (a sloppy .ics, a test) is read as the user's local time rather than rejected."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=tz)


@dataclass(frozen=True)
class MessageFacts:
    """One message, its verdict, and the facts drawn from both and from the application's history.

    Build it with `MessageFacts.build`. Text values are cleaned to one line; times are aware
    (a naive one is read in the user's zone); absent facts are None.
    """

    email: Email
    classification: Classification
    history: ApplicationHistory | None = None
    company: str | None = None  # the message's, else the application's
    role: str | None = None
    contact: str | None = None  # a person's name: the signer, else the sender; never a team
    rejection_stage: RejectionStage | None = None
    received: datetime | None = None  # the Date header
    interview_start: datetime | None = None
    interview_end: datetime | None = None
    duration_minutes: int | None = None  # only with a start

    @property
    def label(self) -> Label:
        return self.classification.label

    @classmethod
    def build(
        cls,
        email: Email,
        classification: Classification,
        history: ApplicationHistory | None,
        tz: ZoneInfo,
    ) -> MessageFacts:
        """Merge the message's entities with `history` (which fills only what the message lacks)."""
        entities = classification.entities
        company = one_line(entities.company) or one_line(history.company if history else None)
        sender_name = one_line(email.sender.name) if email.sender else None
        return cls(
            email=email,
            classification=classification,
            history=history,
            company=company,
            role=one_line(entities.role) or one_line(history.role if history else None),
            contact=person_name(entities.contact, company) or person_name(sender_name, company),
            rejection_stage=rejection_stage(classification, history),
            received=aware(email.date, tz),
            interview_start=aware(entities.interview_start, tz),
            interview_end=aware(entities.interview_end, tz),
            duration_minutes=entities.duration_minutes if entities.interview_start else None,
        )
