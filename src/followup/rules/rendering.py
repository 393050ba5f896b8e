"""Draft templates: Jinja2 in a sandbox, plain text, one file per template.

A template is ``NAME.j2``. The package ships the defaults (rules/templates/); a file of the same
name in your config directory's ``templates/`` replaces one, and a new name adds one. Names that
start with ``_`` are partials for ``{% include %}`` (``_greeting.j2``, ``_signature.j2``) and can
be overridden the same way.

Subject: when the first line of the rendered text is ``Subject: ...`` it becomes the draft's
subject and is removed from the body; otherwise the draft keeps the reply subject ("Re: ...").

Variables (every one is always defined; missing facts are None, so guard them with
``{% if company %}`` or ``{{ company or "your team" }}``; printing None is an error, not "None"):

- ``profile``: name, first_name, email, signature, phone
- ``message``: sender_name, sender_email, subject, date ("Thursday 5 March"), received
- ``company``, ``role``, ``contact`` (a person's full name), ``contact_first_name``
  ("Priya", "Dr. Sharma"); None when the sender is a team or a no-reply address
- ``interview_day`` ("Thursday 5 March"),
  ``meeting_link``, ``location``, ``talent_network_link``
- ``scheduling`` (what an invitation asks: one_slot, several_slots, availability_request,
  booking_link, no_slot), ``interview_time`` (the slot as the email wrote it), ``slot_unclear``
  (its weekday and date disagree), ``slots`` (a list), ``booking_link``, ``deadline`` (as
  written: "by Friday 11 December at 5pm"), ``availability`` (from ``[profile]``),
  ``details_to_follow`` (they said they will send the time)
- ``feedback_given``, ``talent_network`` (what the mail calls it: "talent pool"), ``offer_stated``
  and ``offer_missing`` (lists; join them with ``| and_join``), ``offer_deadline``
- ``rejection_stage`` ("after_interview" / "after_application" / None), ``after_interview``
- ``assessment_due`` ("Monday 9 March"), ``stay_in_touch_day`` (None when switched off)

Everything taken from an email is plain data: Jinja never evaluates it ("{{ 7*7 }}" in a subject
stays as written), and line breaks and control characters are removed from one-line values.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from followup import situation
from followup.errors import ConfigError
from followup.facts import MessageFacts, one_line
from followup.models import Address, Classification, Email, Entities, Label, Profile, RejectionStage
from followup.rules.schema import AdviceSettings
from followup.rules.timing import add_business_days, format_day, format_moment
from followup.situation import OfferTerms, Situation

DEFAULT_DIR = Path(__file__).parent / "templates"
SUFFIX = ".j2"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_LINK = re.compile(r"^https?://[^\s<>\"]{1,500}$")
_TITLES = {"dr", "prof", "professor"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx"}


@dataclass(frozen=True)
class Rendered:
    """A rendered template: the subject when the template sets one, and the plain-text body."""

    subject: str | None
    body: str


class _MissingValue(Exception):
    """A template printed None: a guard is missing, and the draft would read "Hi None,"."""


def _finalize(value: Any) -> Any:
    if value is None:
        raise _MissingValue
    return value


@functools.lru_cache(maxsize=8)
def _environment(user_dir: Path | None) -> SandboxedEnvironment:
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None and user_dir.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(user_dir)))
    loaders.append(jinja2.FileSystemLoader(str(DEFAULT_DIR)))
    env = SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,  # plain text mail, not HTML
        undefined=jinja2.StrictUndefined,  # a typo in a variable name fails at start-up, not in a draft
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["and_join"] = and_join
    return env


def and_join(items: list[str]) -> str:
    """["a", "b", "c"] -> "a, b and c": a list a sentence can hold."""
    items = [str(item) for item in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _files(user_dir: Path | None) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for directory in (DEFAULT_DIR, user_dir):
        if directory is None or not directory.is_dir():
            continue
        for path in sorted(directory.glob(f"*{SUFFIX}")):
            found[path.name.removesuffix(SUFFIX)] = path
    return found


def template_names(user_dir: Path | None = None) -> set[str]:
    """Every usable template name; each is compiled and trial-rendered, so mistakes fail at start-up."""
    env = _environment(user_dir)
    names: set[str] = set()
    for name, path in _files(user_dir).items():
        if not _NAME.match(name.lstrip("_")):
            raise ConfigError(
                f"{path}: template file names use lower-case letters, digits, _ . - only; rename it"
            )
        try:
            env.get_template(name + SUFFIX)
        except jinja2.TemplateSyntaxError as exc:
            raise ConfigError(
                f"{path}:{exc.lineno}: template syntax error: {exc.message}; fix the template"
            ) from None
        if not name.startswith("_"):
            names.add(name)
    for name in sorted(names):
        for context in sample_contexts():
            render(name, context, user_dir=user_dir)
    return names


def render(name: str, context: dict[str, Any], *, user_dir: Path | None = None) -> Rendered:
    """Render template `name`; ConfigError (with the template's name and the fix) if it cannot be."""
    env = _environment(user_dir)
    try:
        text = env.get_template(name + SUFFIX).render(context)
    except jinja2.TemplateNotFound:
        raise ConfigError(
            f"template '{name}' not found in {user_dir or DEFAULT_DIR}; add {name}{SUFFIX}"
        ) from None
    except _MissingValue:
        raise ConfigError(
            f"template '{name}' prints a value this message does not have; guard it with "
            "{% if ... %} or write {{ value or 'fallback' }}"
        ) from None
    except jinja2.UndefinedError as exc:
        raise ConfigError(
            f"template '{name}': {exc.message}; see the variables listed in followup/rules/rendering.py"
        ) from None
    except jinja2.exceptions.SecurityError as exc:
        raise ConfigError(f"template '{name}' tried something the sandbox forbids: {exc}") from None
    except jinja2.TemplateError as exc:
        raise ConfigError(f"template '{name}' failed: {exc}; fix the template") from None
    except Exception as exc:  # {{ 1 // 0 }}, a filter fed the wrong type: the template's fault, not a crash
        raise ConfigError(
            f"template '{name}' raised {type(exc).__name__} when rendered ({exc}); fix the template"
        ) from None
    return _split(text)


# a value that ends in its own period ("Acme Inc.") before the template's full stop: one period
_DOUBLE_PERIOD = re.compile(r"(?<=[^\W\d_])\.\.(?=\s|$)")


def _split(text: str) -> Rendered:
    text = _DOUBLE_PERIOD.sub(".", text.lstrip("\n"))
    subject: str | None = None
    first, _, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        subject = one_line(first[len("subject:") :])
        text = rest
    lines = [line.rstrip() for line in text.splitlines()]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return Rendered(subject=subject, body=body + "\n")


# ---- context ----------------------------------------------------------------------------------


def _link(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if _LINK.match(value) else None


def first_name(full: str | None) -> str | None:
    """What follows "Hi": "Priya" from "Priya Sharma" or "Sharma, Priya"; "Dr. Sharma" for a title."""
    if not full:
        return None
    if "," in full:
        last, _, first = full.partition(",")
        full = f"{first.strip()} {last.strip()}".strip()
    words = full.split()
    if not words:
        return None
    head = words[0].rstrip(".").lower()
    if head in _TITLES and len(words) > 1:
        return f"{words[0].rstrip('.').capitalize()}. {words[-1]}"
    if head in _HONORIFICS and len(words) > 1:
        words = words[1:]
    word = words[0]
    return word.capitalize() if word.isupper() and len(word) > 2 else word


def _profile(profile: Profile) -> dict[str, str]:
    return {
        "name": one_line(profile.name) or "",
        "first_name": first_name(one_line(profile.name)) or "",
        "email": profile.email,
        "signature": profile.signature.strip(),
        "phone": one_line(profile.phone) or "",
    }


def _interview_time(facts: MessageFacts, tz: ZoneInfo) -> str | None:
    """The slot in the recruiter's own words; else the time found (an .ics), stated in the user's zone.

    A window ("between 10 and 11am") is never confirmed as one exact time: its day, then the window
    as written."""
    if facts.slot is not None:
        return facts.slot
    start = facts.interview_start
    if start is None:
        return None
    window = situation.time_window(facts.email.text) if not facts.email.events else None
    if window is not None:
        return f"{start:%A} {start.day} {start:%B}, {window}"  # the day where the window's clock is
    return format_moment(start, tz)


def _offer(facts: MessageFacts) -> dict[str, Any]:
    terms = facts.offer or OfferTerms()
    stated = [f"a salary of {terms.salary}"] if terms.salary else []
    stated += [f"a start date of {terms.start_date}"] if terms.start_date else []
    stated += [f"a decision by {terms.deadline}"] if terms.deadline else []
    missing = [] if terms.written else ["the written offer with the full details"]
    missing += [] if terms.start_date else ["the start date you have in mind"]
    return {"offer_stated": stated, "offer_missing": missing, "offer_deadline": terms.deadline}


def build_context(
    facts: MessageFacts,
    profile: Profile,
    tz: ZoneInfo,
    now: datetime,
    *,
    advice: AdviceSettings | None = None,
) -> dict[str, Any]:
    """Everything a template may use, as plain data (see the module docstring for the names)."""
    advice = advice or AdviceSettings()
    email, entities = facts.email, facts.classification.entities
    start = facts.interview_start
    received = facts.received or now
    stage = facts.rejection_stage
    stay_in_touch_day = None
    if advice.stay_in_touch and facts.label is Label.REJECTION:
        stay_in_touch_day = format_day(received + timedelta(weeks=advice.stay_in_touch_weeks), tz)
    return {
        "profile": _profile(profile),
        "message": {
            "sender_name": one_line(email.sender.name) if email.sender else None,
            "sender_email": email.sender.email if email.sender else None,
            "subject": one_line(email.subject, 300),
            "date": format_day(received, tz),
            "received": format_moment(received, tz),
        },
        "company": facts.company,
        "role": facts.role,
        "contact": facts.contact,
        "contact_first_name": first_name(facts.contact),
        "scheduling": facts.scheduling.value if facts.scheduling else None,
        "availability": one_line(profile.availability, 300),
        "details_to_follow": situation.details_to_follow(email.text),
        "interview_time": _interview_time(facts, tz),
        "slot_unclear": facts.slot is not None and start is None,
        "slots": [one_line(slot) for slot in facts.slots],
        "interview_day": format_day(start, tz) if start else None,
        "meeting_link": _link(entities.meeting_link),
        "booking_link": _link(facts.booking_link),
        "deadline": one_line(facts.deadline),
        "location": one_line(entities.location),
        "talent_network": facts.talent_network,
        "talent_network_link": _link(entities.talent_network_link),
        "feedback_given": Situation.FEEDBACK_GIVEN in facts.situations,
        "rejection_stage": stage.value if stage else None,
        "after_interview": stage is RejectionStage.AFTER_INTERVIEW,
        **_offer(facts),
        "assessment_due": format_day(
            add_business_days(now, advice.assessment_business_days, calendar=advice.calendar(), tz=tz), tz
        ),
        "stay_in_touch_day": stay_in_touch_day,
    }


_SAMPLES: tuple[tuple[Label, str], ...] = (
    (Label.REJECTION, ""),
    (Label.REJECTION, "The panel felt your answers lacked depth. We will keep your CV in our talent pool."),
    (Label.INTERVIEW_INVITATION, ""),
    (Label.INTERVIEW_INVITATION, "Would Thursday 6 March at 14:00 CET work for you?"),
    (Label.INTERVIEW_INVITATION, "Would Friday 6 March at 14:00 work for you?"),  # 6 March 2025 is a Thursday
    (Label.INTERVIEW_INVITATION, "Would Tuesday 4 March at 10:00 or Wednesday 5 March at 14:00 suit you?"),
    (Label.INTERVIEW_INVITATION, "Could you send me your availability for next week?"),
    (Label.INTERVIEW_INVITATION, "Please book a time at https://calendly.com/acme/30 by Friday 7 March."),
    (Label.OFFER, ""),
    (
        Label.OFFER,
        "A salary of £50,000, a start date of 1 April 2025; offer letter attached. Answer by 10 March.",
    ),
    (Label.ASSESSMENT, ""),
    (Label.ASSESSMENT, "Please complete it by Friday 7 March."),
)


def sample_contexts() -> list[dict[str, Any]]:
    """Contexts with every optional fact missing, and with each situation a template may meet.

    Every template is trial-rendered with each of them at start-up, so a mistake in any branch of
    a template (or of an overriding one) fails there, not in a draft.
    """
    tz = ZoneInfo("Europe/Berlin")
    now = datetime(2025, 3, 3, 10, 0, tzinfo=tz)
    empty = Classification(label=Label.OTHER, confidence=0.9)
    profile = Profile(name="Alex Doe", email="alex@example.org")
    contexts = [
        build_context(
            MessageFacts.build(Email("sample@example.com", "", None), empty, None, tz), profile, tz, now
        )
    ]
    entities = Entities(
        company="Acme",
        role="Data Engineer",
        contact="Priya Sharma",
        interview_start=now + timedelta(days=3, hours=4),
        meeting_link="https://meet.example.com/abc",
        talent_network_link="https://acme.example.com/talent",
    )
    sender = Address("Priya Sharma", "priya@acme.example.com")
    signed = Profile(name="Alex Doe", email="alex@example.org", signature="Alex Doe\n+49 30 1234567")
    for label, text in _SAMPLES:
        email = Email("sample@example.com", "Your application", sender, date=now, text=text)
        facts = MessageFacts.build(email, Classification(label, 0.9, entities=entities), None, tz)
        contexts.append(build_context(facts, signed, tz, now))
    return contexts
