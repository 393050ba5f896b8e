"""The default rules: well-known job-search advice, written as ordinary rules.

Each function below builds one rule from ``[advice]``; its docstring is the user documentation of
that rule. To change a default, in order of effort:

1. turn a knob in ``[advice]`` (AdviceSettings in schema.py);
2. override its template: put ``NAME.j2`` in your config directory's ``templates/``;
3. replace the whole rule: a ``[[rules]]`` entry with the same ``name``
   (``enabled = false`` and only the name switches it off);
4. ``[advice] defaults = false`` drops all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from followup.models import Label, Stage
from followup.rules.schema import AdviceSettings, RuleConfig
from followup.situation import Situation


def _doc(fn: Callable[..., Any]) -> str:
    return " ".join((fn.__doc__ or "").split("\n\n")[0].split())


def interview_invitation(advice: AdviceSettings) -> RuleConfig:
    """Interview invitation: confirm the slot, thank them afterwards, check in if it goes quiet.

    - ``interview_reply`` (now, to the sender), fitted to what the invitation asks: one slot is
      confirmed in the recruiter's own words; several are listed for you to keep one; a request for
      your availability gets ``[profile] availability`` (or a placeholder to fill in); a booking
      link is acknowledged (and ``interview_booking`` leaves you a note); with no time yet it asks
      for a few options.
    - ``interview_thank_you``: a thank-you note ``thank_you_after_hours`` (default 3) after the
      interview ends, and never later than 24 hours after it; skipped when the invitation is only
      processed more than 24 hours after the interview (a late thank-you reads worse than none).
      Only for a known interview time: with several slots, none, or a weekday that does not match
      its date, there is no thank-you (and no check-in), and `rules test` says so.
    - ``interview_checkin`` (``interview_checkin``, ``interview_checkin_business_days``, default 5):
      a polite check-in that is dropped if the company writes again first.
    - keyword ``$Followup-Interview`` on the invitation when ``interview_keyword = true``.
    - tracks the application as interview_scheduled.
    """
    actions: list[dict[str, Any]] = [
        {"type": "draft", "template": "interview_reply"},
        *_after_interview(advice),
    ]
    if advice.interview_keyword:
        actions.append({"type": "keyword", "keyword": "$Followup-Interview"})
    actions.append({"type": "track", "stage": Stage.INTERVIEW_SCHEDULED})
    return _rule(
        "interview_invitation", Label.INTERVIEW_INVITATION, advice, actions, _doc(interview_invitation)
    )


def interview_booking(advice: AdviceSettings) -> RuleConfig:
    """Interview booking link: a note to yourself with the link and any deadline to book by.

    - ``interview_booking_note`` (now, to yourself), only for invitations that send a booking link.
    """
    actions: list[dict[str, Any]] = [
        {"type": "draft", "template": "interview_booking_note", "recipient": "self"}
    ]
    return _rule(
        "interview_booking",
        Label.INTERVIEW_INVITATION,
        advice,
        actions,
        _doc(interview_booking),
        situation=[Situation.BOOKING_LINK],
    )


def _after_interview(advice: AdviceSettings) -> list[dict[str, Any]]:
    """The thank-you (and the check-in, when on) timed on the interview's end: invitations and bookings."""
    actions: list[dict[str, Any]] = [
        {
            "type": "draft",
            "template": "interview_thank_you",
            "at": f"interview.end + {advice.thank_you_after_hours:g}h",
            "latest": "interview.end + 24h",
        }
    ]
    if advice.interview_checkin:
        actions.append(
            {
                "type": "draft",
                "template": "interview_checkin",
                "at": f"interview.end + {advice.interview_checkin_business_days} business days",
                "cancel_on_reply": True,
            }
        )
    return actions


def interview_booked(advice: AdviceSettings) -> RuleConfig:
    """Reminder or confirmation of a booked interview: time the thank-you on the slot it names.

    - ``interview_thank_you`` and ``interview_checkin``, timed as for an invitation on the slot
      it names. For mail labelled `other` that confirms a slot with its time
      ("a quick reminder that your interview is tomorrow, Tuesday 15 December at 10:00"). The
      daemon drops the thank-you timed on the invitation, so a moved interview gets one note.
    """
    actions = _after_interview(advice)
    return _rule(
        "interview_booked",
        [Label.OTHER, Label.REJECTION],
        advice,
        actions,
        _doc(interview_booked),
        situation=[Situation.INTERVIEW_BOOKED],
    )


def interview_moved(advice: AdviceSettings) -> RuleConfig:
    """A booked interview moves: reply to the new time as to an invitation.

    - ``interview_reply`` (now, to the sender) for mail labelled `other` that moves an interview
      ("could we move your interview to Wednesday 16 December at 1:30pm instead?"): the new slot
      is confirmed in their words, or your availability offered when they ask for it. The
      thank-you follows the new slot (``interview_booked``); the old one is dropped.
    """
    actions: list[dict[str, Any]] = [{"type": "draft", "template": "interview_reply"}]
    return _rule(
        "interview_moved",
        [Label.OTHER, Label.REJECTION],
        advice,
        actions,
        _doc(interview_moved),
        situation=[Situation.INTERVIEW_MOVED],
    )


def rejection(advice: AdviceSettings) -> RuleConfig:
    """Rejection: a gracious reply, a note to yourself with next steps, and a stay-in-touch note.

    - ``rejection_reply`` (now, to the sender): thanks them, thanks them for their feedback when the
      mail gives some and otherwise asks for it (on the interviews after_interview, else on the
      application), asks to be considered for future roles, and mentions joining their talent
      network only when the mail mentions or links one.
    - ``rejection_next_steps`` (now, to yourself; ``rejection_note_to_self``): reflect on what went
      well, update resume and cover letter with the feedback, join the talent network, keep
      networking, stay positive.
    - ``rejection_stay_in_touch`` (``stay_in_touch``, ``stay_in_touch_weeks``, default 6): a
      friendly note some weeks later.
    - tracks the application as rejected.
    """
    actions: list[dict[str, Any]] = [{"type": "draft", "template": "rejection_reply"}]
    if advice.rejection_note_to_self:
        actions.append({"type": "draft", "template": "rejection_next_steps", "recipient": "self"})
    if advice.stay_in_touch:
        actions.append(
            {
                "type": "draft",
                "template": "rejection_stay_in_touch",
                "at": f"received + {advice.stay_in_touch_weeks} weeks",
            }
        )
    actions.append({"type": "track", "stage": Stage.REJECTED})
    # "We need to cancel Friday's interview" or "could we move it?" reads like a rejection, but is not.
    return _rule(
        "rejection",
        Label.REJECTION,
        advice,
        actions,
        _doc(rejection),
        exclude=[Situation.INTERVIEW_CANCELLED, Situation.INTERVIEW_MOVED],
    )


def offer(advice: AdviceSettings) -> RuleConfig:
    """Offer: thank them and ask for the written offer and the date they need a decision by.

    - ``offer_reply`` (now, to the sender). Tracks the application as offer.
    """
    actions: list[dict[str, Any]] = [
        {"type": "draft", "template": "offer_reply"},
        {"type": "track", "stage": Stage.OFFER},
    ]
    return _rule("offer", Label.OFFER, advice, actions, _doc(offer))


def assessment(advice: AdviceSettings) -> RuleConfig:
    """Assessment: acknowledge it and say when it will be done.

    - ``assessment_reply`` (now, to the sender) keeps to the deadline the mail states, else promises
      it within ``assessment_business_days`` (default 3). Tracks the application as assessment.
      A receipt for an assessment you already finished gets nothing.
    """
    actions: list[dict[str, Any]] = [
        {"type": "draft", "template": "assessment_reply"},
        {"type": "track", "stage": Stage.ASSESSMENT},
    ]
    return _rule(
        "assessment", Label.ASSESSMENT, advice, actions, _doc(assessment), exclude=[Situation.ASSESSMENT_DONE]
    )


def application_received(advice: AdviceSettings) -> RuleConfig:
    """Application acknowledged: check in if it goes quiet.

    - ``application_checkin`` (``application_checkin``, ``application_checkin_business_days``,
      default 7): a check-in that is dropped if the company writes again first.
    - tracks the application as acknowledged.
    """
    actions: list[dict[str, Any]] = []
    if advice.application_checkin:
        actions.append(
            {
                "type": "draft",
                "template": "application_checkin",
                "at": f"received + {advice.application_checkin_business_days} business days",
                "cancel_on_reply": True,
            }
        )
    actions.append({"type": "track", "stage": Stage.ACKNOWLEDGED})
    return _rule(
        "application_received",
        Label.APPLICATION_RECEIVED,
        advice,
        actions,
        _doc(application_received),
        exclude=[Situation.ASSESSMENT_DONE],  # "we received your test" is no application to chase
    )


def _rule(
    name: str,
    label: Label | list[Label],
    advice: AdviceSettings,
    actions: list[dict[str, Any]],
    doc: str,
    *,
    situation: list[Situation] | None = None,
    exclude: list[Situation] | None = None,
) -> RuleConfig:
    # Built through validation like a user's rule, so a default can never bypass the checks.
    # Interview news (a reminder, a new time) is acted on through its situation, the surer signal
    # then: the classifier may call it `other`, or even a rejection, with any confidence.
    labels = label if isinstance(label, list) else [label]
    confidence = 0.0 if Label.OTHER in labels else advice.min_confidence
    when: dict[str, Any] = {"label": labels, "min_confidence": confidence}
    if situation:
        when["situation"] = situation
    if exclude:
        when["exclude_situation"] = exclude
    return RuleConfig.model_validate({"name": name, "description": doc, "when": when, "actions": actions})


DEFAULT_RULES: tuple[Callable[[AdviceSettings], RuleConfig], ...] = (
    interview_invitation,
    rejection,
    offer,
    assessment,
    application_received,
    interview_booking,
    interview_booked,
    interview_moved,
)
"""Label `other` has no default rule: such mail gets nothing."""


def default_rules(advice: AdviceSettings) -> list[RuleConfig]:
    """The default rules for these settings, in firing order."""
    return [build(advice) for build in DEFAULT_RULES]
