"""Config validation of [[rules]] and [advice]: one-line messages with the key path and the fix."""

from __future__ import annotations

import tomllib
from datetime import time

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from followup.errors import ConfigError
from followup.models import Label, Recipient, Stage
from followup.rules import AdviceSettings, RuleConfig, format_validation_error, parse_rules_config
from followup.rules.schema import DraftActionConfig, KeywordActionConfig, TrackActionConfig


def error_for(toml: str) -> str:
    with pytest.raises(ConfigError) as info:
        parse_rules_config(tomllib.loads(toml))
    message = str(info.value)
    assert "\n" not in message
    return message


def test_a_full_rule_parses_into_typed_models() -> None:
    rules, advice = parse_rules_config(
        tomllib.loads(
            """
            [advice]
            thank_you_after_hours = 2
            working_days = ["Mon", "Tue", "Wed", "Thu"]
            business_hours = ["08:30", "16:00"]

            [[rules]]
            name = "acme"
            [rules.when]
            label = "interview_invitation"
            sender = '@acme\\.example$'
            min_confidence = 0.8
            [[rules.actions]]
            type = "draft"
            template = "interview_thank_you"
            recipient = "contact"
            at = "interview.end + 2h"
            cancel_on_reply = true
            [[rules.actions]]
            type = "keyword"
            keyword = "$Followup-Interview"
            [[rules.actions]]
            type = "track"
            stage = "interview_scheduled"
            """
        )
    )
    assert advice.thank_you_after_hours == 2
    assert advice.calendar().working_days == frozenset({0, 1, 2, 3})
    assert advice.business_hours == (time(8, 30), time(16, 0))
    assert rules is not None
    (rule,) = rules
    assert rule.when.label == [Label.INTERVIEW_INVITATION]
    assert rule.when.sender == ["@acme\\.example$"]
    draft, keyword, track = rule.actions
    assert (
        isinstance(draft, DraftActionConfig)
        and draft.recipient is Recipient.CONTACT
        and draft.cancel_on_reply
    )
    assert isinstance(keyword, KeywordActionConfig) and keyword.keyword == "$Followup-Interview"
    assert isinstance(track, TrackActionConfig) and track.stage is Stage.INTERVIEW_SCHEDULED


def test_no_rules_key_means_defaults_only() -> None:
    rules, advice = parse_rules_config({})
    assert rules is None
    assert advice == AdviceSettings()


def test_unknown_key_suggests_the_right_one() -> None:
    message = error_for(
        """
        [[rules]]
        name = "a"
        [rules.when]
        label = "offer"
        [[rules.actions]]
        type = "track"
        stage = "offer"
        [[rules]]
        name = "b"
        [rules.when]
        subjet = "x"
        """
    )
    assert message == "rules[1].when: unknown key 'subjet' (did you mean 'subject'?)"


def test_unknown_action_type_lists_the_valid_ones() -> None:
    message = error_for('[[rules]]\nname = "a"\n[[rules.actions]]\ntype = "send"\n')
    assert message == "rules[0].actions[0]: unknown action type 'send' (valid: draft, keyword, track)"
    missing = error_for('[[rules]]\nname = "a"\n[[rules.actions]]\ntemplate = "offer_reply"\n')
    assert missing == "rules[0].actions[0]: missing key 'type' (valid: draft, keyword, track)"


def test_bad_values_name_the_key_and_the_valid_choices() -> None:
    message = error_for('[[rules]]\nname = "a"\n[[rules.actions]]\ntype = "track"\nstage = "Rejected"\n')
    assert message.startswith("rules[0].actions[0].stage: unknown value 'Rejected' (valid: 'applied', ")
    message = error_for('[[rules]]\nname = "a"\n[rules.when]\nlabel = ["rejections"]\n')
    assert message.startswith("rules[0].when.label[0]: unknown value 'rejections'")


def test_time_expression_errors_show_the_accepted_forms() -> None:
    message = error_for(
        '[[rules]]\nname = "a"\n[[rules.actions]]\ntype = "draft"\ntemplate = "x"\nat = "tomorrow morning"\n'
    )
    assert message.startswith("rules[0].actions[0].at: unknown time anchor 'tomorrow'")
    assert "'received + 5 business days'" in message


def test_system_flags_are_not_keywords() -> None:
    message = error_for('[[rules]]\nname = "a"\n[[rules.actions]]\ntype = "keyword"\nkeyword = "\\\\Seen"\n')
    assert message == (
        "rules[0].actions[0].keyword: '\\Seen' is a system flag; use a keyword such as '$Followup-Interview'"
    )
    spaced = error_for('[[rules]]\nname = "a"\n[[rules.actions]]\ntype = "keyword"\nkeyword = "My Flag"\n')
    assert "is not an IMAP keyword" in spaced


def test_regex_rule_name_and_empty_rule_errors() -> None:
    assert "bad regular expression '(unclosed'" in error_for(
        '[[rules]]\nname = "a"\n[rules.when]\nsubject = "(unclosed"\n'
    )
    assert error_for('[[rules]]\nname = "My Rule"\n').startswith(
        "rules[0].name: 'My Rule' is not a rule name"
    )
    assert "needs at least one [[rules.actions]]" in error_for('[[rules]]\nname = "empty"\n')


def test_advice_errors_are_reported_together() -> None:
    message = error_for(
        '[advice]\nthank_you_after_hours = 30\nworking_days = ["mon", "funday"]\nbusiness_hours = ["18:00", "09:00"]\n'
    )
    assert "advice.thank_you_after_hours: Input should be less than or equal to 24" in message
    assert "advice.working_days: unknown day 'funday'" in message
    assert "advice.business_hours: business_hours must be [start, end]" in message
    assert (
        error_for("[advice]\ndefault = false\n") == "advice: unknown key 'default' (did you mean 'defaults'?)"
    )


def test_models_embed_in_the_leads_config_with_a_prefix() -> None:
    class Config(BaseModel):
        model_config = ConfigDict(extra="forbid")
        rules: list[RuleConfig] | None = None
        advice: AdviceSettings = AdviceSettings()

    with pytest.raises(ValidationError) as info:
        Config.model_validate({"rules": [{"name": "a", "actions": [{"type": "draft"}]}]})
    assert format_validation_error(info.value, "config.toml: ") == (
        "config.toml: rules[0].actions[0].template: missing required key"
    )
