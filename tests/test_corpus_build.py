"""The committed corpus is a build artefact: tools/corpus/ must regenerate it byte for byte."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from followup.classifiers import CORPUS_DIR

REPO = Path(__file__).resolve().parents[1]


def _build_module():  # type: ignore[no-untyped-def]
    path = REPO / "tools" / "corpus" / "build.py"
    spec = importlib.util.spec_from_file_location("corpus_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_build"] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_regenerates_byte_for_byte(tmp_path: Path) -> None:
    """Edit families/ or lexicon/, rebuild, commit both: a corpus edited by hand or a stale build fails."""
    written = _build_module().build(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in CORPUS_DIR.glob("*.jsonl")), (
        "corpus/ holds files tools/corpus/corpus.toml does not build (or misses some)"
    )
    for path in written:
        fresh = path.read_bytes()
        committed = (CORPUS_DIR / path.name).read_bytes()
        assert fresh == committed, f"{path.name} differs: run python tools/corpus/build.py and commit"


def test_corpus_is_the_default_for_training() -> None:
    """`followup train` without --corpus reads the checkout's corpus/ folder."""
    assert CORPUS_DIR == REPO / "corpus"
    assert len(list(CORPUS_DIR.glob("*.jsonl"))) >= 9
