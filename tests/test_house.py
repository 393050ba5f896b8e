"""Rooms a newcomer can hold: no module in src/ over 500 lines, no function body over 60."""

from __future__ import annotations

import ast
from pathlib import Path

import followup

SRC = Path(followup.__file__).parent
MAX_MODULE = 500
MAX_BODY = 60  # lines from a function's first statement to its end (a typer command's options excluded)


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_no_module_is_over_500_lines():
    big = {
        str(p.relative_to(SRC)): n for p in _modules() if (n := len(p.read_text().splitlines())) > MAX_MODULE
    }
    assert big == {}


def test_no_function_body_is_over_60_lines():
    long: dict[str, int] = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                body = (node.end_lineno or node.lineno) - node.body[0].lineno + 1
                if body > MAX_BODY:
                    long[f"{path.relative_to(SRC)}:{node.name}"] = body
    assert long == {}
