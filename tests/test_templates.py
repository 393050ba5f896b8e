"""Draft templates: what a recipient would read, fallbacks, overrides, and hostile input."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup.errors import ConfigError
from followup.models import Address, Classification, Email, Entities, Label, Profile, RejectionStage, Stage
from followup.rules import (
    AdviceSettings,
    ApplicationHistory,
    MessageFacts,
    build_context,
    render,
    template_names,
)
from followup.rules.rendering import first_name

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 10, 0, tzinfo=BERLIN)  # Monday
PROFILE = Profile(name="Alex Doe", email="alex@example.org", signature="Alex Doe\n+49 30 1234567")
PRIYA = Address("Priya Sharma", "priya@acme.example")
DEFAULTS = sorted(template_names(None))


def context(
    label: Label = Label.REJECTION,
    *,
    sender: Address | None = PRIYA,
    subject: str = "Your application",
    profile: Profile = PROFILE,
    history: ApplicationHistory | None = None,
    advice: AdviceSettings | None = None,
    stage: RejectionStage | None = None,
    **entities: Any,
) -> dict[str, Any]:
    message = Email(message_id="m1@acme.example", subject=subject, sender=sender, date=NOW)
    verdict = Classification(label=label, confidence=0.9, entities=Entities(**entities), stage=stage)
    return build_context(
        MessageFacts.build(message, verdict, history, BERLIN), profile, BERLIN, NOW, advice=advice
    )


def test_the_default_templates_cover_every_default_rule() -> None:
    assert set(DEFAULTS) >= {
        "interview_reply",
        "interview_thank_you",
        "interview_checkin",
        "rejection_reply",
        "rejection_next_steps",
        "rejection_stay_in_touch",
        "offer_reply",
        "assessment_reply",
        "application_checkin",
    }
    assert not any(name.startswith("_") for name in DEFAULTS)  # partials are not templates


FULL = {"company": "Acme", "role": "Data Engineer", "contact": "Priya Sharma"}


@pytest.mark.parametrize("name", DEFAULTS)
@pytest.mark.parametrize(
    ("facts", "sender", "greeting"),
    [
        (FULL, Address("Priya Sharma", "priya@acme.example"), "Hi Priya,"),
        ({"company": "Acme"}, Address("Acme Careers", "no-reply@acme.example"), "Dear Acme hiring team,"),
        ({}, None, "Dear hiring team,"),
        ({"role": "Data Engineer"}, Address("", "jobs@example.com"), "Dear hiring team,"),
    ],
)
def test_every_template_reads_well_with_or_without_facts(
    name: str, facts: dict[str, str], sender: Address | None, greeting: str
) -> None:
    rendered = render(name, context(sender=sender, **facts))
    text = rendered.body + (rendered.subject or "")
    assert "None" not in text
    assert not re.search(r"\s[,.]|  |\(\)|\bthe\s+role\b|\bat\s*\.", text), text
    assert "!!" not in text and text.count("!") <= 1
    if name not in {
        "rejection_next_steps",
        "interview_booking_note",
    }:  # notes to self: no greeting or sign-off
        assert rendered.body.startswith(greeting + "\n\n")
        assert rendered.body.rstrip().endswith("Best regards,\nAlex Doe\n+49 30 1234567")
    if "company" not in facts:
        assert "Acme" not in text
    assert len(rendered.body.split()) < 170  # short: a person reads it in under a minute


def test_profile_without_signature_signs_with_name_and_phone() -> None:
    profile = Profile(name="Alex Doe", email="alex@example.org", phone="+49 30 1234567")
    body = render("offer_reply", context(Label.OFFER, profile=profile)).body
    assert body.endswith("Best regards,\nAlex Doe\n+49 30 1234567\n")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Priya Sharma", "Priya"),
        ("Sharma, Priya", "Priya"),
        ("Dr. Priya Sharma", "Dr. Sharma"),
        ("Ms Priya Sharma", "Priya"),
        ("PRIYA SHARMA", "Priya"),
        (None, None),
    ],
)
def test_greeting_names(name: str | None, expected: str | None) -> None:
    assert first_name(name) == expected


def test_team_mailboxes_are_not_greeted_as_people() -> None:
    for sender in ("Acme Talent Acquisition", "Workday Notifications", "Acme", "do-not-reply"):
        ctx = context(sender=Address(sender, "x@acme.example"), company="Acme")
        assert ctx["contact_first_name"] is None, sender
    assert context(sender=Address("Jordan Lee", "jordan@acme.example"))["contact_first_name"] == "Jordan"


def test_interview_reply_confirms_the_slot_in_the_users_zone() -> None:
    start = datetime(2025, 3, 6, 13, 0, tzinfo=UTC)
    body = render(
        "interview_reply",
        context(
            Label.INTERVIEW_INVITATION, interview_start=start, meeting_link="https://meet.example/x", **FULL
        ),
    ).body
    assert "Thursday 6 March at 14:00 (Europe/Berlin) works well for me" in body
    assert "Data Engineer role at Acme" in body
    without_time = render("interview_reply", context(Label.INTERVIEW_INVITATION, **FULL)).body
    assert "Could you send me a few options?" in without_time
    assert "works well for me" not in without_time


def test_a_company_ending_in_its_own_period_gets_no_second_one() -> None:
    ctx = context(Label.INTERVIEW_INVITATION, company="Harbor Tools Inc.", role="Data Engineer")
    body = render("interview_reply", ctx).body
    assert "Data Engineer role at Harbor Tools Inc.\n" in body and "Inc.." not in body


def test_thank_you_sets_its_own_subject() -> None:
    rendered = render("interview_thank_you", context(Label.INTERVIEW_INVITATION, **FULL))
    assert rendered.subject == "Thank you – Data Engineer interview"
    assert not rendered.body.startswith("Subject:")
    assert render("interview_reply", context(Label.INTERVIEW_INVITATION)).subject is None  # stays "Re: ..."


def test_rejection_reply_asks_for_the_right_feedback_and_mentions_the_talent_network() -> None:
    link = "https://careers.acme.example/talent-network"
    after_interview = render(
        "rejection_reply", context(stage=RejectionStage.AFTER_INTERVIEW, talent_network_link=link, **FULL)
    ).body
    assert "feedback on my interviews" in after_interview
    assert link in after_interview
    assert "considered for future roles" in after_interview and "stay in touch" in after_interview
    after_application = render("rejection_reply", context(**FULL)).body
    assert "feedback on my application" in after_application
    # A talent network is mentioned only when the mail mentions or links one.
    assert "talent network" not in after_application and "https://" not in after_application
    # No stage from the classifier, but the store knows there was an interview.
    history = ApplicationHistory(company="Acme", role="Data Engineer", stage=Stage.INTERVIEWED)
    assert "feedback on my interviews" in render("rejection_reply", context(history=history)).body


def test_history_fills_in_company_and_role() -> None:
    history = ApplicationHistory(company="Acme", role="Data Engineer")
    body = render("application_checkin", context(Label.APPLICATION_RECEIVED, history=history)).body
    assert "I applied for the Data Engineer role at Acme" in body


def test_note_to_self_lists_the_next_steps() -> None:
    rendered = render(
        "rejection_next_steps",
        context(stage=RejectionStage.AFTER_INTERVIEW, talent_network_link="https://acme.example/tn", **FULL),
    )
    assert rendered.subject == "Next steps after Acme (Data Engineer)"
    body = rendered.body.lower()
    for step in (
        "reflect",
        "went well",
        "resume and cover letter",
        "talent network",
        "networking",
        "positive",
    ):
        assert step in body
    assert "https://acme.example/tn" in rendered.body
    assert "around Monday 14 April" in rendered.body  # the stay-in-touch draft, six weeks on
    quiet = render("rejection_next_steps", context(advice=AdviceSettings(stay_in_touch=False)))
    assert "stay-in-touch" not in quiet.body


def test_assessment_reply_promises_a_date() -> None:
    body = render(
        "assessment_reply", context(Label.ASSESSMENT, advice=AdviceSettings(assessment_business_days=5))
    ).body
    assert "complete it by Monday 10 March" in body


def test_offer_reply_asks_for_the_written_offer_and_a_decision_date() -> None:
    body = render("offer_reply", context(Label.OFFER, **FULL)).body
    assert "written offer" in body and "by when would you need my decision" in body


# ---- hostile input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload", ["{{ 7*7 }}", "{% for x in range(3) %}loop{% endfor %}", "{{ ''.__class__ }}"]
)
def test_template_syntax_in_mail_renders_literally(payload: str) -> None:
    plain = Profile(name="Alex Doe", email="alex@example.org")
    ctx = context(subject=payload, company=payload, role=payload, contact=f"{payload} Smith", profile=plain)
    for name in ("rejection_next_steps", "interview_thank_you", "rejection_reply"):
        rendered = render(name, ctx)
        assert payload in (rendered.subject or "") + rendered.body
        assert "49" not in rendered.body and "looploop" not in rendered.body


def test_line_breaks_in_mail_values_never_reach_the_subject() -> None:
    evil = "Acme\r\nBcc: victim@example.com\r\n\r\nInjected"
    ctx = context(company=evil, role="Engineer\nX-Evil: 1", subject="Hi\r\nBcc: x@example.com")
    rendered = render("rejection_next_steps", ctx)
    assert rendered.subject is not None
    assert "\r" not in rendered.subject and "\n" not in rendered.subject
    assert rendered.subject == "Next steps after Acme Bcc: victim@example.com Injected (Engineer X-Evil: 1)"
    assert ctx["message"]["subject"] == "Hi Bcc: x@example.com"
    assert "\nBcc:" not in rendered.body


def test_links_that_are_not_http_are_dropped() -> None:
    ctx = context(talent_network_link="javascript:alert(1)", meeting_link="https://ok.example/a b")
    assert ctx["talent_network_link"] is None and ctx["meeting_link"] is None


# ---- user templates ------------------------------------------------------------------------------


def test_user_templates_override_and_extend_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "rejection_reply.j2").write_text(
        "Subject: Thanks, {{ company or 'all' }}\n{% include '_greeting.j2' %}\n\nShort and sweet.\n"
    )
    (tmp_path / "coffee_chat.j2").write_text("{% include '_greeting.j2' %}\n\nCoffee next week?\n")
    (tmp_path / "_signature.j2").write_text("Cheers,\n{{ profile.first_name }}\n")
    names = template_names(tmp_path)
    assert "coffee_chat" in names and "rejection_reply" in names
    rendered = render("rejection_reply", context(company="Acme"), user_dir=tmp_path)
    assert rendered == type(rendered)("Thanks, Acme", "Hi Priya,\n\nShort and sweet.\n")
    offer = render("offer_reply", context(Label.OFFER), user_dir=tmp_path).body
    assert offer.endswith("Cheers,\nAlex\n")  # the overridden partial is used by the defaults too


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("Hi {{ contact }},\n", "prints a value this message does not have"),
        ("Hi {{ contakt or 'there' }},\n", "'contakt' is undefined"),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}\n", "template 'evil'"),
        ("{% if company %}unclosed\n", "evil.j2:"),
    ],
)
def test_broken_user_templates_fail_at_start_up(tmp_path: Path, source: str, problem: str) -> None:
    (tmp_path / "evil.j2").write_text(source)
    with pytest.raises(ConfigError, match=re.escape(problem)):
        template_names(tmp_path)


def test_unknown_template_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="template 'nope' not found"):
        render("nope", context())
