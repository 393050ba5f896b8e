"""No import cycles: a newcomer can read the modules bottom-up, and no import hides inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parent.parent / "src"
# The parts of the package that were cleaned up; widen this as the rest follows.
CHECKED = ("followup.rules", "followup.facts", "followup.drafts", "followup.pipeline", "followup.models")


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in (SRC / "followup").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _graph() -> dict[str, set[str]]:
    """Every import between followup's modules, at module level or inside a function alike."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    deps.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
        graph[name] = {dep for dep in deps if dep in modules and dep != name}
    return graph


def _cycle_through(graph: dict[str, set[str]], start: str) -> list[str] | None:
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for dep in sorted(graph[node]):
            if dep == start:
                return [*path, start]
            if dep not in seen:
                seen.add(dep)
                stack.append((dep, [*path, dep]))
    return None


def test_the_cycle_finder_sees_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycle_through(graph, "a") == ["a", "b", "c", "a"]
    assert _cycle_through(graph, "d") is None


def test_rules_drafts_and_pipeline_are_in_no_import_cycle() -> None:
    graph = _graph()
    checked = [name for name in graph if name.startswith(CHECKED)]
    assert "followup.rules.build" in checked and "followup.facts" in checked
    cycles = [cycle for name in checked if (cycle := _cycle_through(graph, name))]
    assert cycles == []
