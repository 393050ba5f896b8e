"""Config validation shared by every section: unknown keys rejected with a hint, one-line errors.

`rules[3].when: unknown key 'subjet' (did you mean 'subject'?)`
"""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from pydantic_core import PydanticCustomError


class StrictModel(BaseModel):
    """Base: unknown keys are an error that names the closest known key."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _reject_unknown_keys(cls, data: Any) -> Any:
        if isinstance(data, dict):
            known = set(cls.model_fields)
            for key in data:
                if key not in known:
                    close = difflib.get_close_matches(str(key), sorted(known), n=1)
                    hint = (
                        f" (did you mean '{close[0]}'?)" if close else f" (valid: {', '.join(sorted(known))})"
                    )
                    raise PydanticCustomError(
                        "unknown_key", "unknown key '{key}'{hint}", {"key": key, "hint": hint}
                    )
        return data


_ACTION_TYPES = ("draft", "keyword", "track")


def _key_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    previous: int | str | None = None
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif (
            (isinstance(previous, int) and part in _ACTION_TYPES)
            or "[" in part
            or part.startswith("function-")
        ):
            # Union tags and validator wrappers are pydantic's bookkeeping, not config keys.
            pass
        else:
            out += f".{part}" if out else part
        previous = part
    return out


def _message(error: Any) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "union_tag_invalid":
        return f"unknown action type '{ctx.get('tag')}' (valid: {', '.join(_ACTION_TYPES)})"
    if kind == "union_tag_not_found":
        return f"missing key 'type' (valid: {', '.join(_ACTION_TYPES)})"
    if kind == "missing":
        return "missing required key"
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "enum":
        return f"unknown value '{error.get('input')}' (valid: {ctx.get('expected', '')})"
    message = str(error["msg"])
    return message.removeprefix("Value error, ")


def format_validation_error(error: ValidationError, prefix: str = "") -> str:
    """One line per problem, joined with '; '; `prefix` is put before each (e.g. "config.toml: ").

    `rules[3].when: unknown key 'subjet' (did you mean 'subject'?)`
    """
    lines = []
    for item in error.errors(include_url=False):
        path = _key_path(tuple(item["loc"]))
        lines.append(f"{prefix}{path}: {_message(item)}" if path else f"{prefix}{_message(item)}")
    return "; ".join(lines)
