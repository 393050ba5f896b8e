"""Rules: the advice as config. Models (schema), the engine, the default rules, draft templates."""

from followup.rules.engine import ApplicationHistory, RuleMatch, evaluate, explain
from followup.rules.schema import (
    AdviceSettings,
    Rule,
    RuleConfig,
    build_rules,
    format_validation_error,
    parse_rules_config,
)
from followup.rules.templates import Rendered, build_context, render, template_names

__all__ = [
    "AdviceSettings",
    "ApplicationHistory",
    "Rendered",
    "Rule",
    "RuleConfig",
    "RuleMatch",
    "build_context",
    "build_rules",
    "evaluate",
    "explain",
    "format_validation_error",
    "parse_rules_config",
    "render",
    "template_names",
]
