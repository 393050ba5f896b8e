"""Rules: the advice as config. Models (schema), building (build), the engine, default rules, templates."""

from followup.facts import ApplicationHistory, MessageFacts
from followup.rules.build import build_rules
from followup.rules.engine import RuleMatch, evaluate, explain
from followup.rules.rendering import Rendered, build_context, render, template_names
from followup.rules.schema import (
    AdviceSettings,
    Rule,
    RuleConfig,
    RuleSource,
    format_validation_error,
    parse_rules_config,
)

__all__ = [
    "AdviceSettings",
    "ApplicationHistory",
    "MessageFacts",
    "Rendered",
    "Rule",
    "RuleConfig",
    "RuleMatch",
    "RuleSource",
    "build_context",
    "build_rules",
    "evaluate",
    "explain",
    "format_validation_error",
    "parse_rules_config",
    "render",
    "template_names",
]
