"""The rule engine: (rules, a message's facts) -> actions. Pure; it decides, others do.

`explain` says for every rule whether it matched and why (``followup rules test``); `evaluate`
returns just the actions of the rules that matched. Every matching rule fires, in order.
Action names are "<rule>.<action>" ("rejection.rejection_reply"): stable, so the daemon's
idempotency key (models.draft_key) is the same across restarts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from functools import lru_cache
from zoneinfo import ZoneInfo

from followup.facts import ApplicationHistory, MessageFacts, aware
from followup.models import Action, ActionKind, Email
from followup.rules.schema import ActionSpec, Condition, Rule, RuleSource
from followup.rules.timing import Anchor, Moments, format_moment, resolve

log = logging.getLogger(__name__)

__all__ = ["ApplicationHistory", "RuleMatch", "evaluate", "explain"]  # ApplicationHistory: re-exported

_INTERVIEW = (Anchor.INTERVIEW_START, Anchor.INTERVIEW_END)
_BODY_LIMIT = 100_000  # user patterns run on at most this much text, so huge mail stays cheap


@dataclass(frozen=True)
class RuleMatch:
    """One rule's verdict on one message, for `followup rules test` and debug logs."""

    rule: str
    matched: bool
    reasons: list[str] = field(default_factory=list)
    actions: tuple[Action, ...] = ()
    source: RuleSource = RuleSource.CONFIG

    def describe(self) -> str:
        head = f"{self.rule}: {'matched' if self.matched else 'no match'}"
        return "\n".join([head, *(f"  - {reason}" for reason in self.reasons)])


def _utc(moment: datetime) -> datetime:
    # Comparing two datetimes that share a ZoneInfo compares wall clocks, wrong in the fall-back hour.
    return moment.astimezone(UTC)


class _Verdicts:
    """Collects (passed, reason) per condition checked: all must pass for the rule to match."""

    def __init__(self) -> None:
        self.ok = True
        self.reasons: list[str] = []

    def add(self, passed: bool, yes: str, no: str) -> None:
        self.ok = self.ok and passed
        self.reasons.append(yes if passed else no)


@lru_cache(maxsize=512)
def _listed(values: frozenset[Enum]) -> str:
    """ "a, b, c": a rule's wanted values in a reason, made once per rule (not once per message)."""
    return ", ".join(sorted(str(value.value) for value in values))


def _check_verdict(cond: Condition, facts: MessageFacts, out: _Verdicts) -> None:
    """The classifier's label and confidence, the rejection stage, the application's stage."""
    label = facts.label
    if cond.labels is not None:
        wanted = _listed(cond.labels)
        out.add(
            label in cond.labels, f"label is {label.value}", f"label is {label.value}, rule wants {wanted}"
        )
    if cond.min_confidence > 0:
        conf = facts.classification.confidence
        out.add(
            conf >= cond.min_confidence,
            f"confidence {conf:.2f} >= {cond.min_confidence:.2f}",
            f"confidence {conf:.2f} is below min_confidence {cond.min_confidence:.2f}",
        )
    if cond.rejection_stages is not None:
        stage = facts.rejection_stage
        wanted = _listed(cond.rejection_stages)
        shown = stage.value if stage else "none (not a rejection)"
        out.add(
            stage in cond.rejection_stages,
            f"rejection stage is {shown}",
            f"rejection stage is {shown}, rule wants {wanted}",
        )
    if cond.application_stages is not None:
        stage_now = facts.history.stage if facts.history else None
        shown = stage_now.value if stage_now else "unknown (no application on record)"
        wanted = _listed(cond.application_stages)
        out.add(
            stage_now in cond.application_stages,
            f"application stage is {shown}",
            f"application stage is {shown}, rule wants {wanted}",
        )


def _check_situation(cond: Condition, facts: MessageFacts, out: _Verdicts) -> None:
    """What the message asks of the user (a proposed slot, a booking link, a finished assessment)."""
    found = facts.situations
    shown = ", ".join(sorted(found)) or "none"
    if cond.situations is not None:
        wanted = _listed(cond.situations)
        out.add(
            bool(found & cond.situations),
            f"situation is {shown}",
            f"situation is {shown}, rule wants {wanted}",
        )
    if cond.exclude_situations:
        hit = sorted(found & cond.exclude_situations)
        out.add(not hit, f"situation is not {_listed(cond.exclude_situations)}",
                f"situation is {', '.join(hit)}, which the rule excludes")  # fmt: skip


def _check_text(cond: Condition, email: Email, out: _Verdicts) -> None:
    """The user's regular expressions on the sender, the subject and the new text."""
    # The bare address lets `@acme\.example$` work; "Name <addr>" lets a pattern see the name too.
    senders = (email.sender.email, str(email.sender)) if email.sender else ("",)
    for what, patterns, texts in (
        ("sender", cond.sender, senders),
        ("subject", cond.subject, (email.subject,)),
        ("body", cond.body, (email.text[:_BODY_LIMIT],)),
    ):
        if patterns:
            hit = next((p.pattern for p in patterns for text in texts if p.search(text)), None)
            out.add(hit is not None, f"{what} matches /{hit}/", f"{what} matches none of the {what} patterns")


def _check_place(cond: Condition, company: str | None, account: str, folder: str, out: _Verdicts) -> None:
    """Company lists, the account and the folder."""
    folded = " ".join(company.casefold().split()) if company else ""
    if cond.companies:
        out.add(
            any(name in folded for name in cond.companies) if folded else False,
            f"company '{company}' is listed",
            f"company '{company}' is not listed"
            if company
            else "no company was found, and the rule lists companies",
        )
    if cond.exclude_companies and folded:
        excluded = next((name for name in cond.exclude_companies if name in folded), None)
        out.add(excluded is None, f"company '{company}' is not excluded", f"company '{company}' is excluded")
    if cond.accounts:
        out.add(account in cond.accounts, f"account is {account!r}", f"account {account!r} is not listed")
    if cond.folders:
        names = {name.casefold() for name in cond.folders}
        out.add(folder.casefold() in names, f"folder is {folder}", f"folder {folder} is not listed")


def _check(cond: Condition, facts: MessageFacts, account: str, folder: str) -> tuple[bool, list[str]]:
    """(all conditions hold, one reason per condition checked)."""
    out = _Verdicts()
    _check_verdict(cond, facts, out)
    _check_situation(cond, facts, out)
    _check_text(cond, facts.email, out)
    _check_place(cond, facts.company, account, folder, out)
    return out.ok, out.reasons


def _moments(facts: MessageFacts) -> Moments:
    return Moments(
        received=facts.received,
        interview_start=facts.interview_start,
        interview_end=facts.interview_end,
        duration_minutes=facts.duration_minutes,
    )


def _action(
    rule: Rule, spec: ActionSpec, moments: Moments, now: datetime, tz: ZoneInfo
) -> tuple[Action | None, list[str]]:
    name = f"{rule.name}.{spec.name}"
    if spec.kind is ActionKind.KEYWORD:
        return Action(kind=spec.kind, name=name, rule=rule.name, keyword=spec.keyword), []
    if spec.kind is ActionKind.TRACK:
        return Action(kind=spec.kind, name=name, rule=rule.name, stage=spec.stage), []
    if spec.at.anchor in _INTERVIEW and moments.interview_start is None:
        # A thank-you for an interview with no known time would land before the interview.
        return None, [f"{spec.name}: skipped, no interview time is known (none given, or not settled yet)"]

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
    facts: MessageFacts,
    *,
    now: datetime,
    tz: ZoneInfo,
    account: str = "",
    folder: str = "INBOX",
) -> list[RuleMatch]:
    """Every rule's verdict with its reasons, and the actions of those that matched."""
    now = aware(now, tz) or now
    moments = _moments(facts)
    out: list[RuleMatch] = []
    for rule in rules:
        matched, reasons = _check(rule.when, facts, account, folder)
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
    facts: MessageFacts,
    *,
    now: datetime,
    tz: ZoneInfo,
    account: str = "",
    folder: str = "INBOX",
) -> list[Action]:
    """The actions to take for this message, in rule order."""
    matches = explain(rules, facts, now=now, tz=tz, account=account, folder=folder)
    for match in matches:
        if match.matched:
            log.debug("rule %s matched %s: %s", match.rule, facts.email.identity, "; ".join(match.reasons))
    return [action for match in matches for action in match.actions]
