"""Build the labelled corpus from the family data: ``python tools/corpus/build.py [--out DIR] [--only X]``.

corpus.toml lists the slices (one output file each); every slice names an engine (engines/*.py: how one
family becomes 2-3 records) and the family files it expands (families/**/*.toml, hand-written messages
with slots). Word lists the engines draw from live in lexicon/*.toml. Standard library only; a fixed seed
per engine makes the output byte-identical from run to run (tests/test_corpus_build.py checks it).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import inspect
import io
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_OUT = REPO / "corpus"
for _p in (HERE, HERE / "engines"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))


def _resolve(value: Any, namespace: dict[str, Any]) -> Any:
    """Family values are data, except ``{py = "..."}``: a slot function in Python, evaluated in the
    engine's namespace (so it can use the engine's helpers)."""
    if isinstance(value, dict):
        if set(value) == {"py"}:
            return eval(value["py"], namespace)
        return {k: _resolve(v, namespace) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, namespace) for v in value]
    return value


def load_families(path: Path) -> list[dict[str, Any]]:
    """The [[family]] tables of one family file, in writing order."""
    with path.open("rb") as fh:
        families: list[dict[str, Any]] = tomllib.load(fh).get("family", [])
    return families


def _tuples(value: Any) -> Any:
    """Lists (TOML arrays) as tuples, all the way down."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _register(add: Callable[..., None], family: dict[str, Any], namespace: dict[str, Any]) -> None:
    """Call the engine's registration function with the family's fields. TOML has arrays and no null:
    a field the engine's family class declares as a tuple gets tuples, a required field the data leaves
    out is None."""
    cls = namespace.get("Family") or namespace["Fam"]
    kinds = {f.name: str(f.type) for f in dataclasses.fields(cls)}
    args = {k: _resolve(v, namespace) for k, v in family.items()}
    args = {k: _tuples(v) if "tuple" in kinds.get(k, "") else v for k, v in args.items()}
    for name, param in inspect.signature(add).parameters.items():
        if param.kind is param.POSITIONAL_OR_KEYWORD and param.default is param.empty and name not in args:
            args[name] = None
    add(**args)


def build_slice(spec: dict[str, Any], out_dir: Path, quiet: bool = True) -> Path:
    """Expand one slice of corpus.toml into ``out_dir`` and return the file written."""
    name = spec["engine"]
    sys.modules.pop(name, None)  # a fresh engine: its family list starts empty
    engine = importlib.import_module(name)
    for key, value in spec.get("settings", {}).items():  # seed, id prefix, minimum families
        setattr(engine, key.upper(), value)
    namespace = vars(engine)
    for source in spec["families"]:
        add = getattr(engine, source["add"])
        for family in load_families(HERE / source["path"]):
            _register(add, family, namespace)
    out = out_dir / spec.get("out", f"{name}.jsonl")
    engine.OUT = out
    sink = io.StringIO() if quiet else sys.stdout
    with contextlib.redirect_stdout(sink):
        engine.main()
    return out


def slices() -> list[dict[str, Any]]:
    """The [[slice]] tables of corpus.toml."""
    with (HERE / "corpus.toml").open("rb") as fh:
        result: list[dict[str, Any]] = tomllib.load(fh)["slice"]
    return result


def build(out_dir: Path = DEFAULT_OUT, only: str | None = None, quiet: bool = True) -> list[Path]:
    """Write every slice (or the one whose engine or output is ``only``) into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in slices() if only in (None, s["engine"], s.get("out", s["engine"] + ".jsonl"))]
    if not chosen:
        raise SystemExit(f"no slice {only!r} in corpus.toml; see its [[slice]] engines and outputs")
    return [build_slice(spec, out_dir, quiet) for spec in chosen]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="corpus folder (default: corpus/)")
    parser.add_argument("--only", help="build one slice (its engine or output file name)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each engine's counts")
    args = parser.parse_args()
    for path in build(args.out, args.only, quiet=not args.verbose):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
