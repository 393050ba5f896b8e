"""The classifier on hand-written .eml sets it never trained on: per-label precision/recall and every miss.

bench/handwritten/set-a/, set-b/, set-c/ and set-d/ (<label>/*.eml) were written independently of the training corpus and of
each other (see their READMEs); tests/data/realistic/<label>/*.eml is the set test_realistic.py checks. All go
through the real path (bytes -> mail.parse -> classify). A family-grouped CV says how the model does on unseen wording of the
corpus's own authors; these sets say how it does on someone else's. Nothing here asserts; it prints.

Run: .venv/bin/python bench/bench_holdout.py [DIR ...] [--model PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from followup import mail
from followup.classifiers import Classifier
from followup.classifiers.evaluate import score
from followup.models import Label

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SETS = (
    ROOT / "bench" / "handwritten" / "set-a",
    ROOT / "bench" / "handwritten" / "set-b",
    ROOT / "bench" / "handwritten" / "set-c",
    ROOT / "bench" / "handwritten" / "set-d",
    ROOT / "tests" / "data" / "realistic",
)


def score_set(classifier: Classifier, folder: Path) -> int:
    """Print one set's figures (scored by the same code as `followup eval`); the number of files scored."""
    files = sorted(folder.glob("*/*.eml"))
    if not files:
        print(f"{folder}: no <label>/*.eml files, skipped")
        return 0
    records = [{"id": f"{f.parent.name}/{f.name}", "label": Label(f.parent.name).value} for f in files]
    results = [classifier.classify(mail.parse(f.read_bytes())) for f in files]
    report = score(records, results)
    print(f"\n{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}: "
          f"{report.n} messages, accuracy {report.accuracy:.3f}")  # fmt: skip
    print(f"{'label':22} {'P':>6} {'R':>6} {'n':>4}")
    for label, s in report.per_label.items():
        predicted = sum(row[label] for row in report.confusion.values())
        p = f"{s.precision:6.3f}" if predicted else "   n/a"
        r = f"{s.recall:6.3f}" if s.support else "   n/a"
        print(f"{label:22} {p} {r} {s.support:4d}")
    for rec, result in zip(records, results, strict=True):
        if result.label.value != rec["label"]:
            print(f"  miss {rec['id']}: -> {result.label.value} ({result.confidence:.2f})")
    return len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dirs", nargs="*", type=Path, default=list(DEFAULT_SETS))
    parser.add_argument("--model", type=Path, default=None, help="model dir (default: the shipped model)")
    args = parser.parse_args(argv)
    classifier = Classifier.load(args.model)
    scored = sum(score_set(classifier, d.resolve()) for d in args.dirs)
    return 0 if scored else 1


if __name__ == "__main__":
    sys.exit(main())
