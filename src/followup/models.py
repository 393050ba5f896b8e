"""The plain data that flows between the stages (see DESIGN.md).

RawMessage -> Email -> Classification -> list[Action] -> Draft. Everything here is frozen and
free of I/O, so each stage is a pure function that tests can drive without a server.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Label(StrEnum):
    """What a message is. The values are the public names used in config, JSON and the corpus."""

    INTERVIEW_INVITATION = "interview_invitation"
    REJECTION = "rejection"
    OFFER = "offer"
    APPLICATION_RECEIVED = "application_received"
    ASSESSMENT = "assessment"
    OTHER = "other"


class RejectionStage(StrEnum):
    """When in the process a rejection came; the reply asks for different feedback."""

    AFTER_APPLICATION = "after_application"
    AFTER_INTERVIEW = "after_interview"


class Stage(StrEnum):
    """An application's stage, in the order a search usually moves through them."""

    APPLIED = "applied"
    ACKNOWLEDGED = "acknowledged"
    ASSESSMENT = "assessment"
    INTERVIEW_SCHEDULED = "interview_scheduled"
    INTERVIEWED = "interviewed"
    REJECTED = "rejected"
    OFFER = "offer"


@dataclass(frozen=True)
class RawMessage:
    """One message as the server handed it over: nothing parsed yet."""

    uid: int
    data: bytes
    flags: tuple[str, ...] = ()
    internal_date: datetime | None = None


@dataclass(frozen=True)
class Address:
    """A mailbox: display name (may be empty) and addr-spec (lower-cased domain)."""

    name: str
    email: str

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class CalendarEvent:
    """A VEVENT found in a text/calendar part or an .ics attachment."""

    start: datetime | None = None
    end: datetime | None = None
    summary: str = ""
    location: str = ""
    url: str = ""
    organizer: Address | None = None
    method: str = ""  # REQUEST, CANCEL, ... from the VCALENDAR


@dataclass(frozen=True)
class Email:
    """A parsed message. Every header is decoded here, once (STYLE.md: parse once)."""

    message_id: str  # without angle brackets; "" when the message has none
    subject: str
    sender: Address | None  # From
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date: datetime | None = None  # the Date header, timezone-aware; None when absent or broken
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    text: str = ""  # the new text only: quoted history and signature removed, HTML made text
    full_text: str = ""  # the whole body as text, for quoting below a reply
    signature: str = ""  # the stripped signature block, where one was found (contact extraction)
    events: tuple[CalendarEvent, ...] = ()
    list_id: str = ""
    list_unsubscribe: bool = False
    precedence: str = ""  # bulk, list, junk, ...
    auto_submitted: str = ""  # auto-generated, auto-replied, ... ("no" counts as absent)
    attachments: tuple[str, ...] = ()  # file names, for logs and signals
    raw_sha256: str = ""  # hex digest of the bytes, the identity of a message with no Message-ID

    @property
    def is_bulk(self) -> bool:
        """Mailing-list or bulk mail: newsletters, job alerts, notifications."""
        return bool(self.list_id) or self.list_unsubscribe or self.precedence in {"bulk", "list", "junk"}

    @property
    def is_auto_reply(self) -> bool:
        """An out-of-office or other automatic response (RFC 3834)."""
        return self.auto_submitted not in {"", "no"}

    @property
    def identity(self) -> str:
        """What a draft key is derived from: stable across servers and UIDVALIDITY changes."""
        return self.message_id or f"sha256:{self.raw_sha256}"


@dataclass(frozen=True)
class Entities:
    """What a reply needs, as found in the message. Absent values are None, never ''."""

    company: str | None = None
    role: str | None = None
    contact: str | None = None  # a person's name: who signed, or the From display name
    contact_email: str | None = None  # a personal address found in the text (for no-reply mail)
    interview_start: datetime | None = None  # timezone-aware; naive = the reader's own zone ("4pm your time")
    interview_end: datetime | None = None
    duration_minutes: int | None = None
    meeting_link: str | None = None
    location: str | None = None
    talent_network_link: str | None = None

    def as_dict(self) -> dict[str, str | int | None]:
        """JSON-ready form (datetimes as ISO 8601)."""
        out: dict[str, str | int | None] = {}
        for name, value in self.__dict__.items():
            out[name] = value.isoformat() if isinstance(value, datetime) else value
        return out


@dataclass(frozen=True)
class Evidence:
    """A phrase that pushed the decision, so a user can see why a message got its label."""

    label: Label
    text: str
    source: str = "body"  # body, subject, header, language, correction


@dataclass(frozen=True)
class Classification:
    """The classifier's verdict on one Email."""

    label: Label
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    entities: Entities = field(default_factory=Entities)
    evidence: tuple[Evidence, ...] = ()
    stage: RejectionStage | None = None  # only for rejections
    language: str = ""  # ISO 639-1 of the mail's main language; "" when it could not be told
    reason: str = ""  # why this label when the model's best guess was not kept (unsure, language)


class ActionKind(StrEnum):
    DRAFT = "draft"
    KEYWORD = "keyword"
    TRACK = "track"


class Recipient(StrEnum):
    """Who a draft is addressed to."""

    SENDER = "sender"  # Reply-To, else From (never a no-reply address)
    REPLY_TO = "reply_to"
    CONTACT = "contact"  # the contact address found in the text
    SELF = "self"  # a note to self (the profile address)


@dataclass(frozen=True)
class Action:
    """One thing a rule decided to do. It describes itself; the daemon's executor performs it."""

    kind: ActionKind
    name: str  # stable name, part of the idempotency key: "interview.reply", "rejection.note"
    rule: str  # the rule that produced it
    template: str | None = None  # DRAFT: template name
    recipient: Recipient = Recipient.SENDER
    due: datetime | None = None  # DRAFT: when the draft should appear; None means now
    cancel_on_reply: bool = False  # DRAFT: drop it if the company writes again before it is due
    keyword: str | None = None  # KEYWORD: the IMAP keyword to set on the source message
    stage: Stage | None = None  # TRACK: the application's new stage

    def describe(self) -> str:
        """One line for logs and dry runs."""
        if self.kind is ActionKind.DRAFT:
            when = f"due {self.due.isoformat()}" if self.due else "now"
            return f"draft '{self.template}' to {self.recipient.value}, {when} (rule {self.rule})"
        if self.kind is ActionKind.KEYWORD:
            return f"set keyword {self.keyword} on the message (rule {self.rule})"
        stage = self.stage.value if self.stage else "?"
        return f"track the application as {stage} (rule {self.rule})"


def draft_key(email: Email, action_name: str, identity: str | None = None) -> str:
    """The idempotency key of (message, action): never from UIDs or clocks (DESIGN.md).

    `identity` replaces `email.identity` for a second mail that reuses a Message-ID (the daemon's call).
    """
    digest = hashlib.sha256(f"{identity or email.identity}\x00{action_name}".encode()).hexdigest()
    return f"{digest[:32]}"


@dataclass(frozen=True)
class Draft:
    """A composed reply, ready to APPEND: the bytes carry X-Followup-Key."""

    key: str
    data: bytes
    subject: str
    to: str  # for logs and status; "" when no safe recipient was found
    due: datetime | None = None
    action: str = ""
    rule: str = ""


@dataclass(frozen=True)
class Profile:
    """The user, as drafts sign and address them."""

    name: str
    email: str
    signature: str = ""
    phone: str = ""
    timezone: str = "UTC"
    availability: str = ""  # e.g. "Tuesday to Thursday afternoons, 14:00-17:00 UK time"
