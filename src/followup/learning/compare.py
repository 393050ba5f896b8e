"""`followup eval --corrections`: is the personal model better where it mattered, and no worse elsewhere?

On the corrections, the personal model is cross-validated (each fold's model trained without the
corrections it is scored on), since a model always agrees with the corrections it learned. On the
shipped test split both models are scored as they are. Discarded drafts are shown as hints only: a
draft can be dropped for many reasons besides a wrong label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from followup.classifiers import Classifier
from followup.classifiers.dataset import Record, load_corpus, record_to_email, split
from followup.classifiers.evaluate import EvalReport, score
from followup.learning.personal import (
    SEED,
    corpus_dir,
    fingerprint,
    personal_classifier,
    personal_model,
    trained_fingerprint,
)
from followup.models import Classification

CV_FOLDS = 3  # each fold trains a model (a minute or two); three keep the command bearable


@dataclass(frozen=True)
class Comparison:
    shipped_on_corrections: EvalReport
    personal_on_corrections: EvalReport  # cross-validated
    shipped_on_test: EvalReport
    personal_on_test: EvalReport
    folds: int


def _scored(classifier: Classifier, records: Sequence[Record]) -> EvalReport:
    results = list(classifier.classify_many(record_to_email(r) for r in records))
    return score(list(records), results)


def cross_validated(corrections: Sequence[Record], corpus: Path | None = None, seed: int = SEED,
                    folds: int = CV_FOLDS, shipped: Classifier | None = None) -> EvalReport:  # fmt: skip
    """Every correction scored by a personal model trained on the corpus and the other corrections."""
    shipped = shipped or Classifier.load()
    folds = max(2, min(folds, len(corrections)))
    scored: list[Record] = []
    results: list[Classification] = []
    for k in range(folds):
        held = [r for i, r in enumerate(corrections) if i % folds == k]
        rest = [r for i, r in enumerate(corrections) if i % folds != k]
        model = personal_classifier(rest, corpus, seed, shipped=shipped)
        scored.extend(held)
        results.extend(model.classify_many(record_to_email(r) for r in held))
    return score(scored, results)


def compare(corrections: Sequence[Record], corpus: Path | None = None, seed: int = SEED,
            folds: int = CV_FOLDS) -> Comparison:  # fmt: skip
    """The four reports; the saved personal model is used for the test split when it is up to date."""
    shipped = Classifier.load()
    path = personal_model()
    if path is not None and trained_fingerprint(path) == fingerprint(corrections):
        personal = Classifier.load(path)
    else:
        personal = personal_classifier(corrections, corpus, seed, shipped=shipped)
    _train, _dev, test = split(load_corpus(corpus or corpus_dir()))
    return Comparison(
        shipped_on_corrections=_scored(shipped, corrections),
        personal_on_corrections=cross_validated(corrections, corpus, seed, folds, shipped),
        shipped_on_test=_scored(shipped, test),
        personal_on_test=_scored(personal, test),
        folds=max(2, min(folds, len(corrections))),
    )


def format_comparison(c: Comparison, hints: dict[str, int]) -> str:
    """A small table a user reads in five seconds."""

    def row(name: str, shipped: EvalReport, personal: EvalReport) -> str:
        delta = 100 * (personal.macro_f1 - shipped.macro_f1)
        return (f"{name:34} {shipped.accuracy:9.3f} {personal.accuracy:9.3f} {shipped.macro_f1:9.3f} "
                f"{personal.macro_f1:9.3f} {delta:+7.1f}")  # fmt: skip

    lines = [
        f"{'':34} {'acc':>9} {'acc':>9} {'macro-F1':>9} {'macro-F1':>9} {'points':>7}",
        f"{'':34} {'shipped':>9} {'yours':>9} {'shipped':>9} {'yours':>9} {'':>7}",
        row(
            f"your {c.shipped_on_corrections.n} corrections ({c.folds}-fold CV)",
            c.shipped_on_corrections,
            c.personal_on_corrections,
        ),
        row(f"shipped test split ({c.shipped_on_test.n})", c.shipped_on_test, c.personal_on_test),
    ]
    if hints:
        lines.append("")
        lines.append("hints (not corrections): drafts you discarded, per rule")
        lines.extend(f"  {rule:30} {n}" for rule, n in sorted(hints.items()))
    return "\n".join(lines)
