"""Rule and advice settings as they appear in config.toml, and the built `Rule` the engine runs.

config.toml holds two parts that belong here::

    [advice]                      # the knobs of the default rules (AdviceSettings)
    thank_you_after_hours = 3
    interview_checkin_business_days = 5

    [[rules]]                     # your own rules (RuleConfig), added to the defaults
    name = "acme-interviews"
    [rules.when]
    label = "interview_invitation"
    sender = ['@acme\\.example$']
    [[rules.actions]]
    type = "keyword"
    keyword = "$Acme"

build.py turns these into `Rule` objects, merging your rules with the defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from followup.errors import ConfigError
from followup.models import ActionKind, Label, Recipient, RejectionStage, Stage
from followup.rules.timing import At, WorkCalendar, parse_at
from followup.situation import Situation
from followup.validation import StrictModel, format_validation_error

_RULE_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
# RFC 3501 atom: no SP, CTL, ( ) { % * " \ ]; a leading backslash would be a system flag.
_KEYWORD = re.compile(r"^[!#$&\'+,\-./0-9:;<=>?@A-Z\[^_`a-z|}~]{1,64}$")


_Strict = StrictModel


class Weekday(StrEnum):
    """A day as ``[advice] working_days`` names it; the order is Python's weekday() (Monday = 0)."""

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


_WEEK = list(Weekday)


def _as_list(value: Any) -> Any:
    """Let a single value stand for a one-element list: label = "rejection"."""
    return [value] if isinstance(value, str) else value


class WhenConfig(_Strict):
    """Conditions of a rule; all given ones must hold. Lists mean "any of".

    - ``label``: one label or a list (interview_invitation, rejection, offer, application_received,
      assessment, other); omitted means any label.
    - ``min_confidence``: the classifier's confidence must be at least this (0..1).
    - ``rejection_stage``: after_application and/or after_interview (rejections only).
    - ``application_stage``: the stage the store holds for this company (applied, interviewed, ...).
    - ``sender``, ``subject``, ``body``: regular expressions, case-insensitive, searched in the
      sender's address and its "Name <addr>" form, the subject, and the new text of the message.
    - ``company`` / ``exclude_company``: company names, case-insensitive, matched as part of the
      extracted company name ("Acme" matches "Acme GmbH").
    - ``account``, ``folder``: the account name from config and the folder the message is in.
    - ``situation`` / ``exclude_situation``: what the message asks of you (any of / none of):
      one_slot, several_slots, availability_request, booking_link, no_slot (invitations),
      assessment_done, feedback_given, talent_network.
    """

    label: list[Label] | None = None
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    rejection_stage: list[RejectionStage] | None = None
    application_stage: list[Stage] | None = None
    sender: list[str] = Field(default_factory=list)
    subject: list[str] = Field(default_factory=list)
    body: list[str] = Field(default_factory=list)
    company: list[str] = Field(default_factory=list)
    exclude_company: list[str] = Field(default_factory=list)
    account: list[str] = Field(default_factory=list)
    folder: list[str] = Field(default_factory=list)
    situation: list[Situation] | None = None
    exclude_situation: list[Situation] = Field(default_factory=list)

    _listify = field_validator(
        "label",
        "rejection_stage",
        "application_stage",
        "sender",
        "subject",
        "body",
        "company",
        "exclude_company",
        "account",
        "folder",
        "situation",
        "exclude_situation",
        mode="before",
    )(_as_list)

    @field_validator("sender", "subject", "body")
    @classmethod
    def _regex_compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(
                    f"bad regular expression {pattern!r}: {exc}; escape special characters"
                ) from None
        return patterns


class DraftActionConfig(_Strict):
    """Write a reply into Drafts.

    - ``template``: a template name (a file ``NAME.j2`` in the package or your templates/ dir).
    - ``recipient``: sender (Reply-To, else From), reply_to, contact (the address found in the
      text), or self (a note to yourself).
    - ``at``: when the draft appears: "now" or e.g. "interview.end + 3h",
      "received + 5 business days" (see timing.py); in your time zone.
    - ``latest``: optional deadline in the same form; a later `at` is pulled back to it, and the
      draft is skipped when the message is processed after it ("interview.end + 24h").
    - ``cancel_on_reply``: drop the draft if the company writes again before it is due.
    - ``name``: the action's stable name (part of the idempotency key); defaults to the template.
    """

    type: Literal["draft"] = "draft"
    template: str
    recipient: Recipient = Recipient.SENDER
    at: str = "now"
    latest: str | None = None
    cancel_on_reply: bool = False
    name: str | None = None

    @field_validator("at", "latest")
    @classmethod
    def _time_expression(cls, value: str | None) -> str | None:
        if value is not None:
            parse_at(value)  # ValueError carries the explanation
        return value


class KeywordActionConfig(_Strict):
    """Set an IMAP keyword on the message, e.g. "$Followup-Interview" (never a system flag)."""

    type: Literal["keyword"] = "keyword"
    keyword: str
    name: str | None = None

    @field_validator("keyword")
    @classmethod
    def _valid_keyword(cls, value: str) -> str:
        if value.startswith("\\"):
            raise ValueError(f"'{value}' is a system flag; use a keyword such as '$Followup-Interview'")
        if not _KEYWORD.match(value):
            raise ValueError(
                f"'{value}' is not an IMAP keyword: use letters, digits, $ - _ . "
                "(no spaces, brackets or quotes)"
            )
        return value


class TrackActionConfig(_Strict):
    """Record the application's new stage in the store (applied, acknowledged, ..., offer)."""

    type: Literal["track"] = "track"
    stage: Stage
    name: str | None = None


ActionConfig = Annotated[
    DraftActionConfig | KeywordActionConfig | TrackActionConfig,
    Field(discriminator="type"),
]


class RuleConfig(_Strict):
    """One ``[[rules]]`` entry: when it applies and what it does.

    - ``name``: lower-case letters, digits, ``_ . -``; stable (it is part of draft keys). The
      name of a default rule replaces that default.
    - ``enabled``: false switches the rule off (the way to drop one default rule).
    - ``description``: shown by ``followup rules``.
    - ``when``: conditions (see WhenConfig). ``actions``: one or more of draft, keyword, track.
    """

    name: str
    enabled: bool = True
    description: str = ""
    when: WhenConfig = Field(default_factory=WhenConfig)
    actions: list[ActionConfig] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _valid_name(cls, value: str) -> str:
        if not _RULE_NAME.match(value):
            raise ValueError(f"'{value}' is not a rule name: use lower-case letters, digits, _ . - (max 64)")
        return value

    @model_validator(mode="after")
    def _has_actions(self) -> RuleConfig:
        if self.enabled and not self.actions:
            raise ValueError(
                "an enabled rule needs at least one [[rules.actions]] entry (or set enabled = false)"
            )
        return self


class AdviceSettings(_Strict):
    """``[advice]``: the knobs of the default rules (see defaults.py for what each rule does).

    - ``defaults``: false turns every default rule off; only your ``[[rules]]`` run.
    - ``min_confidence``: the classifier confidence a default rule needs to act.
    - ``thank_you_after_hours``: the thank-you note appears this long after the interview ends
      (always within 24 hours of it).
    - ``interview_checkin``, ``interview_checkin_business_days``: a polite check-in if nothing
      comes back this many business days after the interview.
    - ``interview_keyword``: also set the IMAP keyword ``$Followup-Interview`` on invitations.
    - ``application_checkin``, ``application_checkin_business_days``: a check-in this long after an
      application was acknowledged, if nothing else arrives from the company.
    - ``rejection_note_to_self``: a note to yourself with next steps after a rejection.
    - ``stay_in_touch``, ``stay_in_touch_weeks``: a friendly note this many weeks after a rejection.
    - ``assessment_business_days``: the reply to an assessment promises it within this many.
    - ``interview_minutes``: assumed interview length when only the start is known.
    - ``working_days``: e.g. ["mon", "tue", "wed", "thu", "fri"].
    - ``business_hours``: ["09:00", "17:00"]; business-day follow-ups appear within them.
    """

    defaults: bool = True
    min_confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    thank_you_after_hours: float = Field(default=3.0, ge=0.0, le=24.0)
    interview_checkin: bool = True
    interview_checkin_business_days: int = Field(default=5, ge=1, le=60)
    interview_keyword: bool = False
    application_checkin: bool = True
    application_checkin_business_days: int = Field(default=7, ge=1, le=60)
    rejection_note_to_self: bool = True
    stay_in_touch: bool = True
    stay_in_touch_weeks: int = Field(default=6, ge=1, le=104)
    assessment_business_days: int = Field(default=3, ge=1, le=30)
    interview_minutes: int = Field(default=60, ge=5, le=600)
    working_days: list[Weekday] = Field(default_factory=lambda: _WEEK[:5])
    business_hours: tuple[time, time] = (time(9, 0), time(17, 0))

    @field_validator("working_days", mode="before")
    @classmethod
    def _day_names(cls, days: Any) -> Any:
        # "Monday", " TUE " and "wed" all name a day; anything else is reported with the valid names.
        if not isinstance(days, list):
            return days  # pydantic reports the type
        out = [day.strip().lower()[:3] if isinstance(day, str) else day for day in days]
        for given, short in zip(days, out, strict=True):
            if short not in _WEEK:
                raise ValueError(f"unknown day '{given}' (valid: {', '.join(_WEEK)})")
        if not out:
            raise ValueError("at least one working day is needed")
        return out

    @field_validator("business_hours")
    @classmethod
    def _hours_in_order(cls, hours: tuple[time, time]) -> tuple[time, time]:
        if hours[0] >= hours[1]:
            raise ValueError(
                "business_hours must be [start, end] with start before end, e.g. ['09:00', '17:00']"
            )
        return hours

    def calendar(self) -> WorkCalendar:
        return WorkCalendar(
            working_days=frozenset(_WEEK.index(day) for day in self.working_days),
            day_start=self.business_hours[0],
            day_end=self.business_hours[1],
        )


# ---- built form: what the engine runs --------------------------------------------------------


@dataclass(frozen=True)
class ActionSpec:
    """One action of a built rule; `name` is unique within the rule."""

    kind: ActionKind
    name: str
    template: str | None = None
    recipient: Recipient = Recipient.SENDER
    at: At = field(default_factory=lambda: parse_at("now"))
    latest: At | None = None
    cancel_on_reply: bool = False
    keyword: str | None = None
    stage: Stage | None = None

    def describe(self) -> str:
        if self.kind is ActionKind.DRAFT:
            when = "now" if self.at.text == "now" else f"at {self.at}"
            extra = f", by {self.latest}" if self.latest else ""
            extra += ", unless they write first" if self.cancel_on_reply else ""
            return f"draft {self.template} to {self.recipient.value} {when}{extra}"
        if self.kind is ActionKind.KEYWORD:
            return f"keyword {self.keyword}"
        return f"track {self.stage.value if self.stage else '?'}"


@dataclass(frozen=True)
class Condition:
    """The compiled `when` of a rule."""

    labels: frozenset[Label] | None = None
    min_confidence: float = 0.0
    rejection_stages: frozenset[RejectionStage] | None = None
    application_stages: frozenset[Stage] | None = None
    sender: tuple[re.Pattern[str], ...] = ()
    subject: tuple[re.Pattern[str], ...] = ()
    body: tuple[re.Pattern[str], ...] = ()
    companies: tuple[str, ...] = ()
    exclude_companies: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()
    situations: frozenset[Situation] | None = None
    exclude_situations: frozenset[Situation] = frozenset()


class RuleSource(StrEnum):
    """Where a built rule comes from: shipped advice, or the user's ``[[rules]]``."""

    DEFAULT = "default"
    CONFIG = "config"


@dataclass(frozen=True)
class Rule:
    """A validated rule, ready for the engine."""

    name: str
    description: str
    when: Condition
    actions: tuple[ActionSpec, ...]
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    interview_minutes: int = 60
    source: RuleSource = RuleSource.CONFIG

    def describe(self) -> str:
        """One line for `followup check-config`: name, origin, labels and what it does."""
        labels = (
            ", ".join(sorted(label.value for label in self.when.labels)) if self.when.labels else "any label"
        )
        return f"{self.name} ({self.source}, {labels}): " + "; ".join(
            spec.describe() for spec in self.actions
        )


class _RulesSection(_Strict):
    rules: list[RuleConfig] | None = None
    advice: AdviceSettings = Field(default_factory=AdviceSettings)


def parse_rules_config(data: dict[str, Any]) -> tuple[list[RuleConfig] | None, AdviceSettings]:
    """Validate the `rules` and `advice` parts of a loaded TOML table (other keys are ignored here)."""
    part = {key: data[key] for key in ("rules", "advice") if key in data}
    try:
        section = _RulesSection.model_validate(part)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc)) from None
    return section.rules, section.advice
