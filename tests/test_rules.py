"""The default rules and the engine on realistic messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.errors import ConfigError
from followup.models import (
    Action,
    ActionKind,
    Address,
    Classification,
    Email,
    Entities,
    Label,
    Recipient,
    RejectionStage,
    Stage,
)
from followup.rules import (
    AdviceSettings,
    ApplicationHistory,
    MessageFacts,
    RuleConfig,
    build_rules,
    evaluate,
    explain,
    template_names,
)
from followup.rules.schema import Rule

BERLIN = ZoneInfo("Europe/Berlin")
# Monday 3 March 2025, 10:00 in Berlin: the moment the daemon sees the message.
NOW = datetime(2025, 3, 3, 10, 0, tzinfo=BERLIN)
TEMPLATES = template_names(None)


def email(subject: str, text: str, *, sender: Address | None = None, date: datetime | None = NOW) -> Email:
    return Email(
        message_id=f"{abs(hash(subject))}@mail.acme.example",
        subject=subject,
        sender=sender or Address("Priya Sharma", "priya.sharma@acme.example"),
        date=date,
        text=text,
    )


def verdict(label: Label, confidence: float = 0.93, **entities: object) -> Classification:
    stage = entities.pop("stage", None)
    return Classification(
        label=label,
        confidence=confidence,
        entities=Entities(**entities),  # type: ignore[arg-type]
        stage=stage,  # type: ignore[arg-type]
    )


def facts(
    message: Email, classification: Classification, history: ApplicationHistory | None = None
) -> MessageFacts:
    return MessageFacts.build(message, classification, history, BERLIN)


def rules(advice: AdviceSettings | None = None, user: list[dict[str, object]] | None = None) -> list[Rule]:
    configs = [RuleConfig.model_validate(item) for item in user] if user is not None else None
    return build_rules(configs, advice or AdviceSettings(), TEMPLATES)


def run(message: Email, classification: Classification, **kwargs: object) -> dict[str, Action]:
    advice = kwargs.pop("advice", None)
    built = rules(advice)  # type: ignore[arg-type]
    history = kwargs.pop("history", None)
    actions = evaluate(
        built, facts(message, classification, history), now=kwargs.pop("now", NOW), tz=BERLIN, **kwargs
    )  # type: ignore[arg-type]
    return {action.name: action for action in actions}


INVITATION = email(
    "Interview invitation: Data Engineer at Acme",
    "Dear Alex, thank you for applying. We would like to invite you to a video interview on "
    "Thursday 6 March at 14:00 CET (45 minutes) with our team lead. Please confirm the slot.\nBest, Priya",
)


def invitation_verdict(start: datetime | None = datetime(2025, 3, 6, 14, 0, tzinfo=BERLIN)) -> Classification:
    return verdict(
        Label.INTERVIEW_INVITATION,
        company="Acme",
        role="Data Engineer",
        contact="Priya Sharma",
        interview_start=start,
        duration_minutes=45 if start else None,
        meeting_link="https://meet.acme.example/xyz",
    )


def test_interview_invitation_reply_thank_you_checkin_and_tracking() -> None:
    actions = run(INVITATION, invitation_verdict())
    assert list(actions) == [
        "interview_invitation.interview_reply",
        "interview_invitation.interview_thank_you",
        "interview_invitation.interview_checkin",
        "interview_invitation.track",
    ]
    reply = actions["interview_invitation.interview_reply"]
    assert (reply.kind, reply.template, reply.recipient, reply.due) == (
        ActionKind.DRAFT,
        "interview_reply",
        Recipient.SENDER,
        None,
    )
    # 14:00 + 45 min interview + 3 h.
    assert actions["interview_invitation.interview_thank_you"].due == datetime(
        2025, 3, 6, 17, 45, tzinfo=BERLIN
    )
    checkin = actions["interview_invitation.interview_checkin"]
    assert checkin.due == datetime(2025, 3, 13, 14, 45, tzinfo=BERLIN)  # 5 business days after the end
    assert checkin.cancel_on_reply
    assert actions["interview_invitation.track"].stage is Stage.INTERVIEW_SCHEDULED
    assert not any(a.kind is ActionKind.KEYWORD for a in actions.values())


def test_interview_keyword_and_checkin_follow_the_advice_switches() -> None:
    advice = AdviceSettings(interview_keyword=True, interview_checkin=False, thank_you_after_hours=1)
    actions = run(INVITATION, invitation_verdict(), advice=advice)
    assert actions["interview_invitation.keyword"].keyword == "$Followup-Interview"
    assert "interview_invitation.interview_checkin" not in actions
    assert actions["interview_invitation.interview_thank_you"].due == datetime(
        2025, 3, 6, 15, 45, tzinfo=BERLIN
    )


def test_thank_you_for_an_interview_that_just_ended_is_due_now() -> None:
    start = NOW - timedelta(hours=2)  # ended 75 minutes ago; end + 3h is still ahead
    actions = run(INVITATION, invitation_verdict(start))
    assert actions["interview_invitation.interview_thank_you"].due == start + timedelta(minutes=45, hours=3)
    later = NOW + timedelta(hours=5)  # processed after end + 3h but within 24 h
    actions = run(INVITATION, invitation_verdict(start), now=later)
    assert actions["interview_invitation.interview_thank_you"].due is None


def test_thank_you_is_skipped_more_than_a_day_after_the_interview() -> None:
    start = NOW - timedelta(days=2)
    matches = explain(rules(), facts(INVITATION, invitation_verdict(start)), now=NOW, tz=BERLIN)
    names = [a.name for m in matches for a in m.actions]
    assert "interview_invitation.interview_thank_you" not in names
    assert "interview_invitation.interview_reply" in names
    reasons = " ".join(matches[0].reasons)
    assert "interview_thank_you: skipped" in reasons and "deadline" in reasons


def test_a_later_thank_you_is_pulled_back_within_24_hours() -> None:
    user = [
        {
            "name": "slow-thanks",
            "when": {"label": "interview_invitation"},
            "actions": [
                {
                    "type": "draft",
                    "template": "interview_thank_you",
                    "at": "interview.end + 30h",
                    "latest": "interview.end + 24h",
                },
            ],
        }
    ]
    built = rules(AdviceSettings(defaults=False), user)
    (action,) = evaluate(built, facts(INVITATION, invitation_verdict()), now=NOW, tz=BERLIN)
    assert action.due == datetime(2025, 3, 7, 14, 45, tzinfo=BERLIN)


def test_no_interview_time_means_no_thank_you_yet_and_says_why() -> None:
    # A thank-you timed on a guessed "next business day" would land before any interview happened.
    friday = datetime(2025, 3, 7, 16, 0, tzinfo=BERLIN)
    message = email("Next steps", "We'd love to talk to you. When are you free?", date=friday)
    matches = explain(rules(), facts(message, invitation_verdict(None)), now=friday, tz=BERLIN)
    templates = [a.template for a in matches[0].actions]
    assert "interview_reply" in templates
    assert "interview_thank_you" not in templates and "interview_checkin" not in templates
    assert "interview_thank_you: skipped, no interview time is known" in " ".join(matches[0].reasons)


def test_several_slots_or_a_weekday_that_disagrees_with_the_date_time_nothing() -> None:
    slots = email("Interview", "Would Tuesday 4 March at 10:00 or Wednesday 5 March at 14:00 CET suit you?")
    start = datetime(2025, 3, 4, 10, 0, tzinfo=BERLIN)
    assert "interview_invitation.interview_thank_you" not in run(slots, invitation_verdict(start))
    wrong_day = email(
        "Interview", "We have reserved Friday 6 March at 14:00 for you."
    )  # 6 March is a Thursday
    start = datetime(2025, 3, 6, 14, 0, tzinfo=BERLIN)
    assert "interview_invitation.interview_thank_you" not in run(wrong_day, invitation_verdict(start))
    right_day = email("Interview", "We have reserved Thursday 6 March at 14:00 for you.")
    assert "interview_invitation.interview_thank_you" in run(right_day, invitation_verdict(start))


REJECTION = email(
    "Your application for Data Engineer",
    "Thank you for your interest in Acme. After careful consideration we have decided to move forward "
    "with other candidates. We encourage you to join our talent network.",
    sender=Address("Acme Careers", "no-reply@acme.example"),
)


def test_rejection_reply_note_to_self_stay_in_touch_and_tracking() -> None:
    classification = verdict(
        Label.REJECTION,
        company="Acme",
        role="Data Engineer",
        talent_network_link="https://acme.example/talent",
    )
    actions = run(REJECTION, classification)
    assert actions["rejection.rejection_reply"].due is None
    note = actions["rejection.rejection_next_steps"]
    assert (note.recipient, note.due) == (Recipient.SELF, None)
    # Six weeks later at the same wall-clock time, although Berlin moved to summer time in between.
    stay = actions["rejection.rejection_stay_in_touch"]
    assert stay.due == datetime(2025, 4, 14, 10, 0, tzinfo=BERLIN)
    assert stay.due.utcoffset() == timedelta(hours=2)
    assert actions["rejection.track"].stage is Stage.REJECTED


def test_rejection_switches_turn_off_note_and_stay_in_touch() -> None:
    advice = AdviceSettings(stay_in_touch=False, rejection_note_to_self=False)
    actions = run(REJECTION, verdict(Label.REJECTION), advice=advice)
    assert list(actions) == ["rejection.rejection_reply", "rejection.track"]


def test_stay_in_touch_weeks_are_configurable() -> None:
    actions = run(REJECTION, verdict(Label.REJECTION), advice=AdviceSettings(stay_in_touch_weeks=2))
    assert actions["rejection.rejection_stay_in_touch"].due == NOW + timedelta(weeks=2)


def test_offer_assessment_and_acknowledgement() -> None:
    offer = run(email("Offer", "We are pleased to offer you the role."), verdict(Label.OFFER))
    assert [(a.template, a.stage) for a in offer.values()] == [("offer_reply", None), (None, Stage.OFFER)]
    test = run(email("Coding challenge", "Please complete the attached task."), verdict(Label.ASSESSMENT))
    assert [(a.template, a.stage) for a in test.values()] == [
        ("assessment_reply", None),
        (None, Stage.ASSESSMENT),
    ]
    ack = run(
        email("We received your application", "Thanks for applying, we will review it."),
        verdict(Label.APPLICATION_RECEIVED),
    )
    checkin = ack["application_received.application_checkin"]
    assert checkin.due == datetime(2025, 3, 12, 10, 0, tzinfo=BERLIN)  # 7 business days later
    assert checkin.cancel_on_reply
    assert ack["application_received.track"].stage is Stage.ACKNOWLEDGED


def test_other_mail_and_unsure_verdicts_get_nothing() -> None:
    newsletter = email("Top 10 jobs this week", "Here are jobs you might like.")
    assert run(newsletter, verdict(Label.OTHER)) == {}
    matches = explain(rules(), facts(REJECTION, verdict(Label.REJECTION, confidence=0.3)), now=NOW, tz=BERLIN)
    assert not any(m.matched for m in matches)
    assert "confidence 0.30 is below min_confidence 0.50" in matches[1].reasons


def test_explain_says_why_each_rule_did_or_did_not_match() -> None:
    matches = explain(rules(), facts(REJECTION, verdict(Label.REJECTION)), now=NOW, tz=BERLIN)
    by_name = {m.rule: m for m in matches}
    assert set(by_name) == {
        "interview_invitation",
        "rejection",
        "offer",
        "assessment",
        "application_received",
        "interview_booking",
        "interview_booked",
        "interview_moved",
    }
    assert by_name["rejection"].matched and "label is rejection" in by_name["rejection"].reasons
    assert by_name["offer"].reasons[0] == "label is rejection, rule wants offer"
    assert by_name["offer"].actions == ()
    assert by_name["rejection"].source == "default"
    assert (
        "rejection_stay_in_touch: due Monday 14 April at 10:00 (Europe/Berlin)"
        in by_name["rejection"].describe()
    )


def test_action_names_are_stable_across_runs_and_unique() -> None:
    first = [
        a.name for a in evaluate(rules(), facts(REJECTION, verdict(Label.REJECTION)), now=NOW, tz=BERLIN)
    ]
    later = NOW + timedelta(days=3)
    second = [
        a.name for a in evaluate(rules(), facts(REJECTION, verdict(Label.REJECTION)), now=later, tz=BERLIN)
    ]
    assert first == second
    assert len(set(first)) == len(first)


# ---- user rules and how they combine with the defaults ---------------------------------------

ACME_KEYWORD = {
    "name": "acme-flag",
    "when": {"sender": [r"@acme\.example$"], "company": ["acme"], "exclude_company": ["acme staffing"]},
    "actions": [{"type": "keyword", "keyword": "$Acme"}],
}


def test_user_rules_are_added_after_the_defaults() -> None:
    built = rules(user=[ACME_KEYWORD])
    assert [r.name for r in built][-1] == "acme-flag"
    actions = evaluate(
        built, facts(REJECTION, verdict(Label.REJECTION, company="Acme GmbH")), now=NOW, tz=BERLIN
    )
    assert actions[-1].name == "acme-flag.keyword" and actions[-1].keyword == "$Acme"
    excluded = evaluate(
        built, facts(REJECTION, verdict(Label.REJECTION, company="Acme Staffing")), now=NOW, tz=BERLIN
    )
    assert "acme-flag.keyword" not in [a.name for a in excluded]


def test_user_rule_with_a_default_name_replaces_it_in_place() -> None:
    replacement = {
        "name": "rejection",
        "when": {"label": "rejection"},
        "actions": [{"type": "track", "stage": "rejected"}],
    }
    built = rules(user=[replacement])
    assert [r.name for r in built].index("rejection") == 1
    assert [r.source for r in built if r.name == "rejection"] == ["config"]
    names = [a.name for a in evaluate(built, facts(REJECTION, verdict(Label.REJECTION)), now=NOW, tz=BERLIN)]
    assert names == ["rejection.track"]


def test_a_default_can_be_switched_off_by_name_and_all_defaults_at_once() -> None:
    built = rules(user=[{"name": "offer", "enabled": False}])
    assert "offer" not in [r.name for r in built]
    assert rules(AdviceSettings(defaults=False)) == []
    only_user = rules(AdviceSettings(defaults=False), [ACME_KEYWORD])
    assert [r.name for r in only_user] == ["acme-flag"]


def test_build_rules_errors_name_the_key() -> None:
    bad_template = {"name": "x", "actions": [{"type": "draft", "template": "thanks"}]}
    with pytest.raises(ConfigError) as info:
        rules(user=[ACME_KEYWORD, bad_template])
    message = str(info.value)
    assert message.startswith("rules[1].actions[0].template: unknown template 'thanks' (valid: ")
    assert "interview_thank_you" in message
    with pytest.raises(
        ConfigError, match=r"rules\[1\].name: duplicate rule name 'acme-flag' \(also rules\[0\]\)"
    ):
        rules(user=[ACME_KEYWORD, ACME_KEYWORD])
    twice = {
        "name": "twice",
        "actions": [
            {"type": "draft", "template": "offer_reply"},
            {"type": "draft", "template": "offer_reply"},
        ],
    }
    with pytest.raises(
        ConfigError, match=r"rules\[0\].actions\[1\]: action name 'offer_reply' is already used"
    ):
        rules(user=[twice])


def test_conditions_on_subject_body_account_and_folder() -> None:
    rule = {
        "name": "work-account-interviews",
        "when": {
            "label": ["interview_invitation", "assessment"],
            "subject": ["interview"],
            "body": [r"video\s+interview"],
            "account": "work",
            "folder": ["INBOX", "Jobs"],
        },
        "actions": [{"type": "keyword", "keyword": "$Interview"}],
    }
    built = rules(AdviceSettings(defaults=False), [rule])
    hit = evaluate(
        built, facts(INVITATION, invitation_verdict()), now=NOW, tz=BERLIN, account="work", folder="jobs"
    )
    assert [a.keyword for a in hit] == ["$Interview"]
    (match,) = explain(built, facts(INVITATION, invitation_verdict()), now=NOW, tz=BERLIN, account="home")
    assert not match.matched
    assert "account 'home' is not listed" in match.reasons
    assert "subject matches /interview/" in match.reasons


def test_rejection_stage_comes_from_the_classifier_or_the_history() -> None:
    rule = {
        "name": "after-interview-only",
        "when": {"label": "rejection", "rejection_stage": "after_interview"},
        "actions": [{"type": "keyword", "keyword": "$Interviewed"}],
    }
    built = rules(AdviceSettings(defaults=False), [rule])
    plain = verdict(Label.REJECTION)
    assert evaluate(built, facts(REJECTION, plain), now=NOW, tz=BERLIN) == []
    staged = verdict(Label.REJECTION, stage=RejectionStage.AFTER_INTERVIEW)
    assert len(evaluate(built, facts(REJECTION, staged), now=NOW, tz=BERLIN)) == 1
    history = ApplicationHistory(company="Acme", stage=Stage.INTERVIEWED)
    assert len(evaluate(built, facts(REJECTION, plain, history), now=NOW, tz=BERLIN)) == 1


def test_application_stage_condition_needs_a_record() -> None:
    rule = {
        "name": "nudge-acknowledged",
        "when": {"application_stage": ["acknowledged"]},
        "actions": [{"type": "draft", "template": "application_checkin", "at": "received + 3 business days"}],
    }
    built = rules(AdviceSettings(defaults=False), [rule])
    history = ApplicationHistory(
        company="Acme", stage=Stage.ACKNOWLEDGED, last_contact=NOW - timedelta(days=9)
    )
    (action,) = evaluate(built, facts(REJECTION, verdict(Label.OTHER), history), now=NOW, tz=BERLIN)
    assert action.due == datetime(2025, 3, 6, 10, 0, tzinfo=BERLIN)
    (match,) = explain(built, facts(REJECTION, verdict(Label.OTHER)), now=NOW, tz=BERLIN)
    assert match.reasons == [
        "application stage is unknown (no application on record), rule wants acknowledged"
    ]


def test_interview_times_in_utc_are_scheduled_in_the_users_zone() -> None:
    start = datetime(2025, 3, 6, 13, 0, tzinfo=UTC)  # 14:00 in Berlin
    actions = run(INVITATION, invitation_verdict(start))
    due = actions["interview_invitation.interview_thank_you"].due
    assert due is not None and due.tzinfo == BERLIN and (due.hour, due.minute) == (17, 45)


def test_rules_describe_themselves_for_check_config() -> None:
    lines = [rule.describe() for rule in rules()]
    assert lines[0] == (
        "interview_invitation (default, interview_invitation): draft interview_reply to sender now; "
        "draft interview_thank_you to sender at interview.end + 3h, by interview.end + 24h; "
        "draft interview_checkin to sender at interview.end + 5 business days, unless they write first; "
        "track interview_scheduled"
    )
    assert "draft rejection_next_steps to self now" in lines[1]
