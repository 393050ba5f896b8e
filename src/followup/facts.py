"""What is known about one message, worked out once: its entities merged with the application's history.

The rules engine (conditions, due times) and the templates (the draft's words) both read one
`MessageFacts`, so a rule and the draft it writes can never disagree about the company, the
rejection stage or the interview time. Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from followup import situation
from followup.models import Classification, Email, Label, RejectionStage, Stage
from followup.situation import OfferTerms, Situation

_NOT_A_PERSON = re.compile(
    r"\b(team|careers?|recruit\w*|talent|hr|jobs?|hiring|no-?reply|do[- ]not[- ]reply|notifications?|"
    r"people|acquisition|human resources|applications?|support|info|admin|mailer|system|workday|greenhouse|"
    r"lever|noreply|staffing)\b",
    re.IGNORECASE,
)
_NOT_A_COMPANY = re.compile(
    r"https?:|www\.|@|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|^\d{4,5}\b|\.\.|[-–]\s*\w+'\w+$|[-–]$|^\W"
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
    """Text safe for one line (and a header): NFC, no CR/LF or other control characters; '' is None."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value)  # "Zoë" typed as e + combining diaeresis reads as one
    # A printable string has no character of a C category (the usual case), so it needs no pass of its own.
    cleaned = (
        value
        if value.isprintable()
        else "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in value)
    )
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


def plausible_company(name: str | None, contact: str | None = None) -> str | None:
    """`name` unless it is plainly not a company: a postcode, a link, an address, a person's name, a
    sentence fragment ("X- You're", "Co.."). A neutral greeting beats a wrong name."""
    name = one_line(name, 120)
    if name is None or _NOT_A_COMPANY.search(name) or len(name.split()) > 6:
        return None
    if contact and name.casefold() == contact.casefold():
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
    situations: frozenset[Situation] = frozenset()
    scheduling: Situation | None = None  # invitations only: one of situation.SCHEDULING
    slots: tuple[str, ...] = ()  # the proposed interview times, as written
    booking_link: str | None = None
    deadline: str | None = None  # as written: "by Friday 11 December at 5pm", "within 5 days"
    talent_network: str | None = None  # what the mail calls it: "talent pool"
    offer: OfferTerms | None = None  # offers only

    @property
    def moves_interview(self) -> bool:
        """A reminder, a new time or a cancellation: timed drafts of the application are old news."""
        moving = {Situation.INTERVIEW_BOOKED, Situation.INTERVIEW_MOVED, Situation.INTERVIEW_CANCELLED}
        return bool(self.situations & moving)

    @property
    def slot(self) -> str | None:
        """The one proposed time, as written, when there is exactly one."""
        return self.slots[0] if self.scheduling is Situation.ONE_SLOT and self.slots else None

    @property
    def label(self) -> Label:
        return self.classification.label

    def with_history(self, history: ApplicationHistory | None) -> MessageFacts:
        """The same reading merged with the application's history (found once the company is known)."""
        return replace(self, **_merged(self.email, self.classification, history))

    @classmethod
    def build(
        cls,
        email: Email,
        classification: Classification,
        history: ApplicationHistory | None,
        tz: ZoneInfo,
    ) -> MessageFacts:
        """Merge the message's entities with `history` (which fills only what the message lacks)."""
        read = _Reading.of(email, classification, tz)
        entities = classification.entities
        return cls(
            email=email,
            classification=classification,
            **_merged(email, classification, history),
            received=aware(email.date, tz),
            interview_start=read.start,
            interview_end=read.end,
            duration_minutes=entities.duration_minutes if read.start else None,
            situations=read.situations,
            scheduling=read.scheduling,
            slots=read.slots,
            booking_link=read.link,
            deadline=situation.deadline(email.text),
            talent_network=situation.talent_network(email.text)
            or ("talent network" if entities.talent_network_link else None),
            offer=situation.offer_terms(email.text) if classification.label is Label.OFFER else None,
        )


def _merged(
    email: Email, classification: Classification, history: ApplicationHistory | None
) -> dict[str, Any]:
    """The facts that depend on the application's history: the message's own values first."""
    entities = classification.entities
    company = one_line(entities.company) or one_line(history.company if history else None)
    names = [one_line(a.name) for a in (email.sender, *email.reply_to) if a is not None]
    contact = next((p for p in (person_name(n, company) for n in [entities.contact, *names]) if p), None)
    return {
        "history": history,
        "company": company,
        "role": one_line(entities.role) or one_line(history.role if history else None),
        "contact": contact,
        "rejection_stage": rejection_stage(classification, history),
    }


@dataclass(frozen=True)
class _Reading:
    """The situation and the interview time, read together: a time is known only for one slot."""

    situations: frozenset[Situation]
    scheduling: Situation | None
    slots: tuple[str, ...]
    link: str | None
    start: datetime | None
    end: datetime | None

    @classmethod
    def of(cls, email: Email, classification: Classification, tz: ZoneInfo) -> _Reading:
        text, entities = email.text, classification.entities
        start, end = aware(entities.interview_start, tz), aware(entities.interview_end, tz)
        slots = tuple(situation.find_slots(text))
        link = situation.booking_link(text)
        found: set[Situation] = set()
        scheduling = None
        # A new time for a booked interview; the classifier may call it `other` or even a rejection.
        news = classification.label is Label.OTHER or (classification.label is Label.REJECTION and slots)
        moved = news and situation.moved_interview(text)
        if classification.label is Label.INTERVIEW_INVITATION or moved:
            # A time the extractor found (an .ics, "tomorrow at 3") counts as one slot too.
            scheduling = situation.scheduling(text, len(slots) or (1 if start else 0), link)
            found.add(scheduling)
            if scheduling is not Situation.ONE_SLOT:
                start = end = None  # several times, or none yet: the interview is not settled
            else:
                start, end = _checked(start, end, slots, aware(email.date, tz))
            if moved:
                found.add(Situation.INTERVIEW_MOVED)
                if start is not None:
                    found.add(Situation.INTERVIEW_BOOKED)  # the new slot: time the thank-you on it
        elif situation.booked_reminder(text) and start is not None:
            # The slot it confirms is the interview's time: a thank-you can be timed on it.
            start, end = _checked(start, end, slots, aware(email.date, tz))
            if start is not None:
                found.add(Situation.INTERVIEW_BOOKED)
        if situation.cancelled_interview(text):
            found.add(Situation.INTERVIEW_CANCELLED)
            start = end = None
        if situation.finished_assessment(text):
            found.add(Situation.ASSESSMENT_DONE)
        if classification.label is Label.REJECTION and situation.gives_feedback(text):
            found.add(Situation.FEEDBACK_GIVEN)
        if situation.talent_network(text) or entities.talent_network_link:
            found.add(Situation.TALENT_NETWORK)
        return cls(frozenset(found), scheduling, slots, link, start, end)


def _checked(
    start: datetime | None, end: datetime | None, slots: tuple[str, ...], received: datetime | None
) -> tuple[datetime | None, datetime | None]:
    """The time found, moved to the year its written weekday needs, or None when no year does."""
    if start is None or not slots or not situation.same_day(start, slots[0]):
        return start, end
    checked = situation.agree(start, slots[0], received)
    if checked is None:
        return None, None
    return checked, (end + (checked - start) if end is not None else None)
