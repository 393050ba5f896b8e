"""Build the rules the engine runs: the defaults with the user's ``[[rules]]`` merged in.

How user rules combine with the defaults (`build_rules`):

- the default rules (defaults.py) are on unless ``[advice] defaults = false``;
- a ``[[rules]]`` entry whose name is a default's name replaces that default in place
  (``enabled = false`` with only a name switches it off);
- every other rule is added after the defaults; all matching rules fire, in order.
"""

from __future__ import annotations

import re

from followup.errors import ConfigError
from followup.models import ActionKind
from followup.rules.defaults import default_rules
from followup.rules.schema import (
    ActionConfig,
    ActionSpec,
    AdviceSettings,
    Condition,
    DraftActionConfig,
    KeywordActionConfig,
    Rule,
    RuleConfig,
    RuleSource,
    WhenConfig,
)
from followup.rules.timing import parse_at


def _compile(when: WhenConfig) -> Condition:
    def patterns(values: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(value, re.IGNORECASE) for value in values)

    return Condition(
        labels=frozenset(when.label) if when.label else None,
        min_confidence=when.min_confidence,
        rejection_stages=frozenset(when.rejection_stage) if when.rejection_stage else None,
        application_stages=frozenset(when.application_stage) if when.application_stage else None,
        sender=patterns(when.sender),
        subject=patterns(when.subject),
        body=patterns(when.body),
        companies=tuple(c.casefold().strip() for c in when.company),
        exclude_companies=tuple(c.casefold().strip() for c in when.exclude_company),
        accounts=tuple(when.account),
        folders=tuple(when.folder),
        situations=frozenset(when.situation) if when.situation else None,
        exclude_situations=frozenset(when.exclude_situation),
    )


def _spec(action: ActionConfig, where: str, template_names: set[str]) -> ActionSpec:
    if isinstance(action, DraftActionConfig):
        if action.template not in template_names:
            valid = ", ".join(sorted(template_names)) or "none found"
            raise ConfigError(
                f"{where}.template: unknown template '{action.template}' (valid: {valid}); "
                "or add NAME.j2 to your templates directory"
            )
        return ActionSpec(
            kind=ActionKind.DRAFT,
            name=action.name or action.template,
            template=action.template,
            recipient=action.recipient,
            at=parse_at(action.at),
            latest=parse_at(action.latest) if action.latest else None,
            cancel_on_reply=action.cancel_on_reply,
        )
    if isinstance(action, KeywordActionConfig):
        return ActionSpec(kind=ActionKind.KEYWORD, name=action.name or "keyword", keyword=action.keyword)
    return ActionSpec(kind=ActionKind.TRACK, name=action.name or "track", stage=action.stage)


def _build_one(
    config: RuleConfig, path: str, advice: AdviceSettings, template_names: set[str], source: RuleSource
) -> Rule:
    specs: list[ActionSpec] = []
    seen: dict[str, int] = {}
    for index, action in enumerate(config.actions):
        where = f"{path}.actions[{index}]"
        spec = _spec(action, where, template_names)
        if spec.name in seen:
            raise ConfigError(
                f"{where}: action name '{spec.name}' is already used by {path}.actions[{seen[spec.name]}]; "
                "give one of them a distinct `name`"
            )
        seen[spec.name] = index
        specs.append(spec)
    return Rule(
        name=config.name,
        description=config.description,
        when=_compile(config.when),
        actions=tuple(specs),
        calendar=advice.calendar(),
        interview_minutes=advice.interview_minutes,
        source=source,
    )


def build_rules(
    rules: list[RuleConfig] | None, advice: AdviceSettings, template_names: set[str]
) -> list[Rule]:
    """Defaults (unless switched off) with user rules merged in by name; ConfigError names the key."""
    user = list(rules or [])
    by_name: dict[str, int] = {}
    for index, config in enumerate(user):
        if config.name in by_name:
            raise ConfigError(
                f"rules[{index}].name: duplicate rule name '{config.name}' "
                f"(also rules[{by_name[config.name]}]); rename one of them"
            )
        by_name[config.name] = index

    # (config, key path, source) in firing order: defaults first, replaced in place.
    ordered: list[tuple[RuleConfig, str, RuleSource]] = []
    if advice.defaults:
        for default in default_rules(advice):
            if default.name in by_name:
                index = by_name.pop(default.name)
                ordered.append((user[index], f"rules[{index}]", RuleSource.CONFIG))
            else:
                ordered.append((default, f"defaults.{default.name}", RuleSource.DEFAULT))
    for index, config in enumerate(user):
        if config.name in by_name:
            ordered.append((config, f"rules[{index}]", RuleSource.CONFIG))
    return [
        _build_one(config, path, advice, template_names, source)
        for config, path, source in ordered
        if config.enabled
    ]
