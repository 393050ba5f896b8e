"""The rule engine: (rules, message, verdict, history) -> actions. Pure; it decides, others do.

`explain` says for every rule whether it matched and why (``followup rules test``); `evaluate`
returns just the actions of the rules that matched. Every matching rule fires, in order.
Action names are "<rule>.<action>" ("rejection.rejection_reply"): stable, so the daemon's
idempotency key (models.draft_key) is the same across restarts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followup.models import Action, ActionKind, Classification, Email, Label, RejectionStage, Stage
from followup.rules.schema import ActionSpec, Condition, Rule
from followup.rules.timing import Moments, format_moment, resolve

log = logging.getLogger(__name__)

_BODY_LIMIT = 100_000  # user patterns run on at most this much text, so huge mail stays cheap


@dataclass(frozen=True)
class ApplicationHistory:
    """The engine's view of the store: what is known about the application this message belongs to."""

    company: str
    role: str | None = None
    stage: Stage | None = None
    last_contact: datetime | None = None  # the last message from the company before this one
    applied_at: datetime | None = None
    interview_start: datetime | None = None  # the latest interview on record, if any
    interview_end: datetime | None = None


@dataclass(frozen=True)
class RuleMatch:
    """One rule's verdict on one message, for `followup rules test` and debug logs."""

    rule: str
    matched: bool
    reasons: list[str] = field(default_factory=list)
    actions: tuple[Action, ...] = ()
    source: str = "config"

    def describe(self) -> str:
        head = f"{self.rule}: {'matched' if self.matched else 'no match'}"
        return "\n".join([head, *(f"  - {reason}" for reason in self.reasons)])


_INTERVIEWED = {Stage.INTERVIEW_SCHEDULED, Stage.INTERVIEWED}


def rejection_stage(
    classification: Classification, history: ApplicationHistory | None
) -> RejectionStage | None:
    """The classifier's stage, else from the store: an interview on record means after_interview."""
    if classification.label is not Label.REJECTION:
        return None
    if classification.stage is not None:
        return classification.stage
    if history is not None and (history.stage in _INTERVIEWED or history.interview_start is not None):
        return RejectionStage.AFTER_INTERVIEW
    return RejectionStage.AFTER_APPLICATION


def _utc(moment: datetime) -> datetime:
    # Comparing two datetimes that share a ZoneInfo compares wall clocks, wrong in the fall-back hour.
    return moment.astimezone(UTC)


def _aware(moment: datetime | None, tz: ZoneInfo) -> datetime | None:
    # A naive time (a sloppy .ics, a test) is read as the user's local time rather than rejected.
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=tz)


def _check(
    cond: Condition,
    email: Email,
    classification: Classification,
    history: ApplicationHistory | None,
    account: str,
    folder: str,
) -> tuple[bool, list[str]]:
    """(all conditions hold, one reason per condition checked)."""
    ok = True
    reasons: list[str] = []

    def verdict(passed: bool, yes: str, no: str) -> None:
        nonlocal ok
        ok = ok and passed
        reasons.append(yes if passed else no)

    label = classification.label
    if cond.labels is not None:
        wanted = ", ".join(sorted(value.value for value in cond.labels))
        verdict(
            label in cond.labels, f"label is {label.value}", f"label is {label.value}, rule wants {wanted}"
        )
    if cond.min_confidence > 0:
        conf = classification.confidence
        verdict(
            conf >= cond.min_confidence,
            f"confidence {conf:.2f} >= {cond.min_confidence:.2f}",
            f"confidence {conf:.2f} is below min_confidence {cond.min_confidence:.2f}",
        )
    if cond.rejection_stages is not None:
        stage = rejection_stage(classification, history)
        wanted = ", ".join(sorted(value.value for value in cond.rejection_stages))
        shown = stage.value if stage else "none (not a rejection)"
        verdict(
            stage in cond.rejection_stages,
            f"rejection stage is {shown}",
            f"rejection stage is {shown}, rule wants {wanted}",
        )
    if cond.application_stages is not None:
        stage_now = history.stage if history else None
        shown = stage_now.value if stage_now else "unknown (no application on record)"
        wanted = ", ".join(sorted(value.value for value in cond.application_stages))
        verdict(
            stage_now in cond.application_stages,
            f"application stage is {shown}",
            f"application stage is {shown}, rule wants {wanted}",
        )
    # The bare address lets `@acme\.example$` work; "Name <addr>" lets a pattern see the name too.
    senders = (email.sender.email, str(email.sender)) if email.sender else ("",)
    for what, patterns, texts in (
        ("sender", cond.sender, senders),
        ("subject", cond.subject, (email.subject,)),
        ("body", cond.body, (email.text[:_BODY_LIMIT],)),
    ):
        if patterns:
            hit = next((p.pattern for p in patterns for text in texts if p.search(text)), None)
            verdict(hit is not None, f"{what} matches /{hit}/", f"{what} matches none of the {what} patterns")
    company = classification.entities.company or (history.company if history else None)
    folded = " ".join(company.casefold().split()) if company else ""
    if cond.companies:
        verdict(
            any(name in folded for name in cond.companies) if folded else False,
            f"company '{company}' is listed",
            f"company '{company}' is not listed"
            if company
            else "no company was found, and the rule lists companies",
        )
    if cond.exclude_companies and folded:
        excluded = next((name for name in cond.exclude_companies if name in folded), None)
        verdict(excluded is None, f"company '{company}' is not excluded", f"company '{company}' is excluded")
    if cond.accounts:
        verdict(account in cond.accounts, f"account is {account!r}", f"account {account!r} is not listed")
    if cond.folders:
        names = {name.casefold() for name in cond.folders}
        verdict(folder.casefold() in names, f"folder is {folder}", f"folder {folder} is not listed")
    return ok, reasons


def _moments(
    email: Email, classification: Classification, history: ApplicationHistory | None, tz: ZoneInfo
) -> Moments:
    entities = classification.entities
    start, end = entities.interview_start, entities.interview_end
    if start is None and history is not None:
        start, end = history.interview_start, history.interview_end
    return Moments(
        received=_aware(email.date, tz),
        interview_start=_aware(start, tz),
        interview_end=_aware(end, tz),
        duration_minutes=entities.duration_minutes if entities.interview_start else None,
    )


def _action(
    rule: Rule, spec: ActionSpec, moments: Moments, now: datetime, tz: ZoneInfo
) -> tuple[Action | None, list[str]]:
    name = f"{rule.name}.{spec.name}"
    if spec.kind is ActionKind.KEYWORD:
        return Action(kind=spec.kind, name=name, rule=rule.name, keyword=spec.keyword), []
    if spec.kind is ActionKind.TRACK:
        return Action(kind=spec.kind, name=name, rule=rule.name, stage=spec.stage), []

    notes: list[str] = []
    due_at = resolve(
        spec.at,
        moments,
        now=now,
        tz=tz,
        calendar=rule.calendar,
        default_interview_minutes=rule.interview_minutes,
    )
    notes.extend(due_at.notes)  # fallbacks concern the message, not one action: shown once per rule
    when = due_at.when
    if spec.latest is not None:
        deadline = resolve(
            spec.latest,
            moments,
            now=now,
            tz=tz,
            calendar=rule.calendar,
            default_interview_minutes=rule.interview_minutes,
        ).when
        if _utc(now) > _utc(deadline):
            notes.append(
                f"{spec.name}: skipped, the message was processed after the deadline "
                f"{spec.latest} ({format_moment(deadline, tz)})"
            )
            return None, notes
        if _utc(when) > _utc(deadline):
            notes.append(f"{spec.name}: pulled back to the deadline {spec.latest}")
            when = deadline
    due: datetime | None = when
    if _utc(when) <= _utc(now):
        due = None
        if spec.at.text != "now":
            notes.append(f"{spec.name}: {spec.at} ({format_moment(when, tz)}) has passed, so it is due now")
    else:
        notes.append(f"{spec.name}: due {format_moment(when, tz)} ({spec.at})")
    action = Action(
        kind=ActionKind.DRAFT,
        name=name,
        rule=rule.name,
        template=spec.template,
        recipient=spec.recipient,
        due=due,
        cancel_on_reply=spec.cancel_on_reply,
    )
    return action, notes


def explain(
    rules: list[Rule],
    email: Email,
    classification: Classification,
    *,
    history: ApplicationHistory | None = None,
    now: datetime,
    tz: ZoneInfo,
    account: str = "",
    folder: str = "INBOX",
) -> list[RuleMatch]:
    """Every rule's verdict with its reasons, and the actions of those that matched."""
    now = _aware(now, tz) or now
    moments = _moments(email, classification, history, tz)
    out: list[RuleMatch] = []
    for rule in rules:
        matched, reasons = _check(rule.when, email, classification, history, account, folder)
        actions: list[Action] = []
        if matched:
            for spec in rule.actions:
                action, notes = _action(rule, spec, moments, now, tz)
                reasons.extend(note for note in notes if note not in reasons)
                if action is not None:
                    actions.append(action)
        out.append(RuleMatch(rule.name, matched, reasons, tuple(actions), rule.source))
    return out


def evaluate(
    rules: list[Rule],
    email: Email,
    classification: Classification,
    *,
    history: ApplicationHistory | None = None,
    now: datetime,
    tz: ZoneInfo,
    account: str = "",
    folder: str = "INBOX",
) -> list[Action]:
    """The actions to take for this message, in rule order."""
    matches = explain(
        rules, email, classification, history=history, now=now, tz=tz, account=account, folder=folder
    )
    for match in matches:
        if match.matched:
            log.debug("rule %s matched %s: %s", match.rule, email.identity, "; ".join(match.reasons))
    return [action for match in matches for action in match.actions]
