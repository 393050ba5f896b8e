"""Training: corpus -> shipped model directory, reproducibly (fixed seed, fixed order)."""

from __future__ import annotations

import logging
import math
import random
import shutil
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

from followup.classifiers.components import DecisionStep, evidence_totals, make_email_doc
from followup.classifiers.corpus import CORPUS_DIR, Record, load_corpus, record_to_email, split
from followup.classifiers.evaluate import evaluate
from followup.classifiers.pipeline import DECISION, MODEL_DIR, Classifier, build_nlp
from followup.errors import ModelError
from followup.models import Label

log = logging.getLogger(__name__)

TEMPERATURES = [round(0.25 * i, 2) for i in range(1, 17)]  # 0.25 .. 4.0
EVIDENCE_WEIGHTS = [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0]


def _examples(nlp: Any, records: list[Record]) -> list[Example]:
    out = []
    for rec in records:
        doc = make_email_doc(nlp, record_to_email(rec))
        cats = {label.value: float(label.value == rec["label"]) for label in Label}
        out.append(Example.from_dict(doc, {"cats": cats}))
    return out


def calibrate(nlp: Any, records: list[Record]) -> tuple[float, float]:
    """Temperature and evidence weight that minimise dev-set log loss of the final scores.

    Fitted on held-out families, so the confidence means what it says on mail the model has not seen.
    """
    step: DecisionStep = nlp.get_pipe(DECISION)
    if not records:
        return step.temperature, step.evidence_weight
    docs = list(nlp.pipe(make_email_doc(nlp, record_to_email(r)) for r in records))
    rows = [
        (dict(d.cats), evidence_totals(d), d._.email_signals or {}, r["label"])
        for d, r in zip(docs, records, strict=True)
    ]
    best, best_loss = (1.0, step.evidence_weight), math.inf
    for w in EVIDENCE_WEIGHTS:
        for t in TEMPERATURES:
            step.temperature, step.evidence_weight = t, w
            loss = -sum(math.log(max(step.combine(c, e, s)[gold], 1e-9)) for c, e, s, gold in rows) / len(
                rows
            )
            if loss < best_loss - 1e-9:
                best, best_loss = (t, w), loss
    step.temperature, step.evidence_weight = best
    log.info(
        "calibrated temperature %.2f, evidence weight %.2f (dev log loss %.4f)", best[0], best[1], best_loss
    )
    return best


def fit(
    train_set: list[Record],
    dev_set: list[Record],
    seed: int = 0,
    epochs: int = 12,
    dropout: float = 0.2,
    architecture: str = "bow",
    threshold: float = 0.5,
) -> Language:
    """Train a pipeline in memory and calibrate it on dev: the one training path train() and CV share."""
    if not train_set:
        raise ModelError("no training records; add *.jsonl files to the corpus folder")
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = build_nlp(architecture, threshold=threshold)
    examples = _examples(nlp, train_set)
    optimizer = nlp.initialize(lambda: examples)
    order = list(examples)
    for epoch in range(epochs):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch(order, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        log.info("epoch %d textcat loss %.4f", epoch + 1, losses.get("textcat", 0.0))
    calibrate(nlp, dev_set)
    return nlp


def train(
    corpus_dir: Path | None = None,
    out_dir: Path | None = None,
    seed: int = 0,
    epochs: int = 12,
    dropout: float = 0.2,
    architecture: str = "bow",
    threshold: float = 0.5,
    holdout: bool = True,
) -> dict[str, Any]:
    """Train on the train split, calibrate on dev, save to out_dir; returns dev (and test) metrics.

    holdout=False trains on every record (no dev/test): for tiny corpora and tests.
    """
    corpus_dir = Path(corpus_dir) if corpus_dir is not None else CORPUS_DIR
    out_dir = Path(out_dir) if out_dir is not None else MODEL_DIR
    records = load_corpus(corpus_dir)
    if not records:
        raise ModelError(f"no corpus records in {corpus_dir}; add *.jsonl files there")
    train_set, dev_set, test_set = split(records) if holdout else (records, [], [])
    if not train_set:
        train_set = records  # a corpus too small to split still trains (tests, first runs)
    nlp = fit(train_set, dev_set, seed, epochs, dropout, architecture, threshold)
    step: DecisionStep = nlp.get_pipe(DECISION)
    nlp.meta.update({"name": "followup_classifier", "version": "1.0.0",
                     "description": f"followup job-mail classifier (seed {seed}, {architecture})"})  # fmt: skip
    if out_dir.exists() and (out_dir / "config.cfg").exists():
        shutil.rmtree(out_dir)
    nlp.to_disk(out_dir)
    classifier = Classifier(nlp)
    dev = evaluate(classifier, dev_set) if dev_set else None
    test = evaluate(classifier, test_set) if test_set else None
    return {
        "n_train": len(train_set),
        "n_dev": len(dev_set),
        "n_test": len(test_set),
        "temperature": step.temperature,
        "evidence_weight": step.evidence_weight,
        "dev": dev.as_dict() if dev else None,
        "test": test.as_dict() if test else None,
    }
