"""The classifier on hand-written .eml sets it never trained on: per-label precision/recall and every miss.

bench/holdout/ and bench/holdout2/ (<label>/*.eml) were written independently of the training corpus and of
each other (see their READMEs); tests/data/realistic/<label>/*.eml is the set test_realistic.py checks. All go
through the real path (bytes -> mail.parse -> classify). A family-grouped CV says how the model does on unseen wording of the
corpus's own authors; these sets say how it does on someone else's. Nothing here asserts; it prints.

Run: .venv/bin/python bench/bench_holdout.py [DIR ...] [--model PATH]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from followup import mail
from followup.classifiers import Classifier
from followup.models import Label

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SETS = (
    ROOT / "bench" / "holdout",
    ROOT / "bench" / "holdout2",
    ROOT / "tests" / "data" / "realistic",
)


def score_set(classifier: Classifier, folder: Path) -> int:
    """Print one set's figures; the number of files scored."""
    files = sorted(folder.glob("*/*.eml"))
    if not files:
        print(f"{folder}: no <label>/*.eml files, skipped")
        return 0
    pairs: list[tuple[str, Label, Label, float]] = []
    for f in files:
        gold = Label(f.parent.name)
        result = classifier.classify(mail.parse(f.read_bytes()))
        pairs.append((f"{f.parent.name}/{f.name}", gold, result.label, result.confidence))
    right = sum(gold is pred for _, gold, pred, _ in pairs)
    print(f"\n{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}: "
          f"{len(pairs)} messages, accuracy {right / len(pairs):.3f}")  # fmt: skip
    print(f"{'label':22} {'P':>6} {'R':>6} {'n':>4}")
    predicted = Counter(pred for _, _, pred, _ in pairs)
    for label in Label:
        support = sum(gold is label for _, gold, _, _ in pairs)
        tp = sum(gold is label and pred is label for _, gold, pred, _ in pairs)
        p = f"{tp / predicted[label]:6.3f}" if predicted[label] else "   n/a"
        r = f"{tp / support:6.3f}" if support else "   n/a"
        print(f"{label.value:22} {p} {r} {support:4d}")
    for name, gold, pred, conf in pairs:
        if gold is not pred:
            print(f"  miss {name}: -> {pred.value} ({conf:.2f})")
    return len(pairs)


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
