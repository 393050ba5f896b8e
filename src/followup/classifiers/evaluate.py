"""Evaluation: per-label precision/recall/F1, confusion matrix, entity accuracy, and output formats."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from followup.classifiers.dataset import (
    CORPUS_DIR,
    Record,
    Split,
    load_corpus,
    record_to_email,
    split,
)
from followup.classifiers.modeltext import MAX_BODY_CHARS
from followup.classifiers.pipeline import Classifier
from followup.errors import ModelError
from followup.models import Classification, Email, Label

ENTITY_FIELDS = ("company", "role", "contact", "interview_start")


@dataclass
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class EvalReport:
    """What `followup eval` shows: enough to see which label or entity is weak and why."""

    n: int
    accuracy: float
    macro_f1: float
    per_label: dict[str, LabelScore]
    confusion: dict[str, dict[str, int]]  # true label -> predicted label -> count
    entities: dict[str, tuple[int, int]]  # field -> (correct, annotated)
    stage: tuple[int, int] = (0, 0)  # rejections whose stage was right, rejections with a stage
    errors: list[dict[str, str]] = field(default_factory=list)  # (id, true, predicted) of misclassified

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "per_label": {k: {"precision": round(v.precision, 4), "recall": round(v.recall, 4),
                              "f1": round(v.f1, 4), "support": v.support} for k, v in self.per_label.items()},
            "confusion": self.confusion,
            "entities": {k: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else None}
                         for k, (c, t) in self.entities.items()},
            "stage": {"correct": self.stage[0], "total": self.stage[1]},
        }  # fmt: skip


def _norm(value: object) -> str:
    return re.sub(r"\s+", " ", str(value)).strip(" .,;:!-").casefold()


def entity_correct(name: str, predicted: object, gold: str) -> bool:
    """Strings match ignoring case and edge punctuation; times match within one minute."""
    if predicted is None:
        return False
    if name == "interview_start":
        if not isinstance(predicted, datetime):
            return False
        try:
            return abs((predicted - datetime.fromisoformat(gold)).total_seconds()) <= 60
        except (ValueError, TypeError):
            return False
    return _norm(predicted) == _norm(gold)


def evaluate(classifier: Classifier, records: Iterable[Record]) -> EvalReport:
    """Score a classifier on labelled records (e.g. the test split)."""
    records = list(records)
    return score(records, list(classifier.classify_many(record_to_email(r) for r in records)))


def score(records: list[Record], results: list[Classification]) -> EvalReport:
    """The report for classifications already made (cross-validation pools them over folds)."""
    labels = [label.value for label in Label]
    confusion = {t: dict.fromkeys(labels, 0) for t in labels}
    entities = {name: [0, 0] for name in ENTITY_FIELDS}
    stage = [0, 0]
    errors = []
    for rec, result in zip(records, results, strict=True):
        gold, pred = rec["label"], result.label.value
        confusion[gold][pred] += 1
        if gold != pred:
            errors.append({"id": rec["id"], "true": gold, "predicted": pred})
        gold_entities = rec.get("entities") or {}
        for name in ENTITY_FIELDS:
            if name in gold_entities:
                entities[name][1] += 1
                entities[name][0] += entity_correct(name, getattr(result.entities, name), gold_entities[name])
        if gold == Label.REJECTION.value and rec.get("stage"):
            stage[1] += 1
            stage[0] += result.stage is not None and result.stage.value == rec["stage"]
    per_label: dict[str, LabelScore] = {}
    for label in labels:
        tp = confusion[label][label]
        predicted = sum(confusion[t][label] for t in labels)
        support = sum(confusion[label].values())
        p = tp / predicted if predicted else 0.0
        r = tp / support if support else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per_label[label] = LabelScore(p, r, f1, support)
    present = [s for s in per_label.values() if s.support]
    n = len(records)
    return EvalReport(
        n=n,
        accuracy=sum(confusion[t][t] for t in labels) / n if n else 0.0,
        macro_f1=sum(s.f1 for s in present) / len(present) if present else 0.0,
        per_label=per_label,
        confusion=confusion,
        entities={k: (v[0], v[1]) for k, v in entities.items()},
        stage=(stage[0], stage[1]),
        errors=errors,
    )


def format_report(report: EvalReport) -> str:
    """Plain-text report for humans (the CLI prints it)."""
    labels = list(report.per_label)
    short = {lb: lb[:6] for lb in labels}
    lines = [f"messages: {report.n}   accuracy: {report.accuracy:.3f}   macro-F1: {report.macro_f1:.3f}", ""]
    lines.append(f"{'label':22} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for lb, s in report.per_label.items():
        lines.append(f"{lb:22} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:5d}")
    lines += [
        "",
        "confusion (rows true, columns predicted):",
        f"{'':22} " + " ".join(f"{short[lb]:>6}" for lb in labels),
    ]
    for t in labels:
        lines.append(f"{t:22} " + " ".join(f"{report.confusion[t][p]:6d}" for p in labels))
    lines += ["", "entities (correct / annotated):"]
    for name, (good, total) in report.entities.items():
        acc = f"{good / total:.3f}" if total else "  n/a"
        lines.append(f"  {name:18} {good:4d} / {total:<4d} {acc}")
    good, total = report.stage
    if total:
        lines.append(f"  {'rejection stage':18} {good:4d} / {total:<4d} {good / total:.3f}")
    if report.errors:
        lines += ["", "misclassified:"] + [
            f"  {e['id']}: {e['true']} -> {e['predicted']}" for e in report.errors[:30]
        ]
    return "\n".join(lines)


def evaluate_split(
    corpus_dir: Path | None = None, model: Path | None = None, split_name: str = Split.TEST
) -> EvalReport:
    """Score a model on one split (train, dev, test) or on every record ("all") of a corpus."""
    records = load_corpus(Path(corpus_dir) if corpus_dir is not None else CORPUS_DIR)
    train, dev, test = split(records)
    parts = {Split.TRAIN: train, Split.DEV: dev, Split.TEST: test, Split.ALL: records}
    if split_name not in parts:
        raise ModelError(f"unknown split {split_name!r}; use one of {sorted(s.value for s in Split)}")
    return evaluate(Classifier.load(model), parts[Split(split_name)])


_KIND_TOKENS = {"xurlmeeting": "a meeting link", "xurlbooking": "a booking link", "xurltest": "a test link",
                "xurloffer": "an offer link", "xurlunsub": "an unsubscribe link", "xurl": "a link",
                "xemail": "an address"}  # fmt: skip


def as_written(phrase: str, email: Email | None, source: str = "body") -> str:
    """An evidence phrase as the mail wrote it: the model reads lower case, digits as 0, links as kinds.

    'interview on 0/0 at 0pm' is shown as 'Interview on 3/12 at 2pm', 'xurlmeeting' as 'a meeting link',
    found in the part the phrase came from (`source`: subject or body, the body as far as the model read
    it); a phrase the mail does not hold as such (texting shorthand spelled out) is shown as read.
    """
    words = phrase.split()
    if not words or email is None:
        return phrase
    if any(w in _KIND_TOKENS for w in words):
        return " ".join(_KIND_TOKENS.get(w, w) for w in words)
    pattern = r"\s+".join(re.escape(w).replace("0", r"(?<!\d)\d+") for w in words)
    text = email.subject if source == "subject" else email.text[:MAX_BODY_CHARS]
    found = re.search(pattern, text, re.IGNORECASE)
    return " ".join(found.group(0).split()) if found else phrase


def classification_to_json(
    file: str, classification: Classification, email: Email | None = None
) -> dict[str, Any]:
    """One line of `followup classify --json`; with the `email`, evidence as the mail wrote it."""
    return {
        "file": file,
        "label": classification.label.value,
        "confidence": classification.confidence,
        "stage": classification.stage.value if classification.stage else None,
        "scores": dict(classification.scores),
        "entities": classification.entities.as_dict(),
        "evidence": [
            {
                "label": e.label.value,
                "text": as_written(e.text, email, e.source) if e.source in ("body", "subject") else e.text,
                "source": e.source,
            }
            for e in classification.evidence
        ],
        "language": classification.language or None,
        "decision": classification.reason or None,
    }
