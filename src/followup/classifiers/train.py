"""Training: corpus -> shipped model directory, reproducibly (fixed seed, fixed order)."""

from __future__ import annotations

import logging
import math
import random
import shutil
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

from followup.classifiers.calibration import (
    CROSSFIT_FOLDS,
    L2_GRID,
    PRECISION_TARGET,
    choose_threshold,
    crossfit,
    fit_softmax,
    log_loss,
    softmax_rows,
)
from followup.classifiers.components import LABELS, DecisionStep, evidence_totals, make_email_doc
from followup.classifiers.dataset import (
    CORPUS_DIR,
    Record,
    family_bucket,
    fold_of,
    load_corpus,
    record_to_email,
    split,
)
from followup.classifiers.evaluate import EvalReport, evaluate, score
from followup.classifiers.pipeline import DECISION, MODEL_DIR, Classifier, build_nlp
from followup.errors import ModelError
from followup.models import Classification, Label

log = logging.getLogger(__name__)

TEMPERATURES = [round(0.25 * i, 2) for i in range(1, 17)]  # 0.25 .. 4.0
EVIDENCE_WEIGHTS = [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0]
MIN_CALIBRATION_ROWS = 100  # fewer out-of-fold rows than this: keep the hand-written rule

Row = tuple[
    dict[str, float], dict[str, float], dict[str, bool], str, str
]  # cats, evidence, signals, gold, family


def examples_of(nlp: Any, records: list[Record]) -> list[Example]:
    """Training examples (the Doc the pipeline reads, gold cats) of corpus records; the personal model too."""
    out = []
    for rec in records:
        doc = make_email_doc(nlp, record_to_email(rec))
        cats = {label.value: float(label.value == rec["label"]) for label in Label}
        out.append(Example.from_dict(doc, {"cats": cats}))
    return out


def _rows(nlp: Any, records: list[Record]) -> list[Row]:
    """What the decision step sees for each record, scored by ``nlp``."""
    docs = nlp.pipe(make_email_doc(nlp, record_to_email(r)) for r in records)
    return [
        (dict(d.cats), evidence_totals(d), d._.email_signals or {}, r["label"], str(r["family"]))
        for d, r in zip(docs, records, strict=True)
    ]


def calibrate_prior(step: DecisionStep, rows: list[Row]) -> tuple[float, float]:
    """Temperature and evidence weight of the hand-written rule that minimise the log loss on ``rows``.

    The rows are mail the scoring model did not train on, so the confidence means what it says on unseen
    mail; the learned regression starts from (and is pulled towards) this rule.
    """
    if not rows:
        return step.temperature, step.evidence_weight
    best, best_loss = (1.0, step.evidence_weight), math.inf
    for w in EVIDENCE_WEIGHTS:
        for t in TEMPERATURES:
            step.temperature, step.evidence_weight = t, w
            loss = -sum(math.log(max(step.combine(c, e, s)[gold], 1e-9)) for c, e, s, gold, _ in rows)
            loss /= len(rows)
            if loss < best_loss - 1e-9:
                best, best_loss = (t, w), loss
    step.temperature, step.evidence_weight = best
    log.info(
        "prior rule: temperature %.2f, evidence weight %.2f (log loss %.4f)", best[0], best[1], best_loss
    )
    return best


def calibrate(step: DecisionStep, rows: list[Row], precision: float = PRECISION_TARGET) -> dict[str, Any]:
    """Fit the decision step on out-of-fold rows: prior rule, regression, per-label thresholds.

    The regression strength is picked by family-grouped cross-fitting, and the thresholds are chosen on
    cross-fitted probabilities, so neither is flattered by the regression having seen the same rows.
    """
    step.weights, step.label_thresholds = None, {}
    calibrate_prior(step, rows)
    labels = list(LABELS)
    if len(rows) < MIN_CALIBRATION_ROWS or len({r[3] for r in rows}) < len(labels):
        log.info("%d calibration rows: too few to learn the decision step, keeping the prior rule", len(rows))
        return {}
    x = np.array([step.features(c, e, s) for c, e, s, _, _ in rows])
    y = np.array([labels.index(gold) for *_, gold, _ in rows])
    groups = [r[4] for r in rows]
    prior = step.prior_weights()
    prior_loss = log_loss(softmax_rows(x @ prior.T), y)
    results = {l2: crossfit(x, y, groups, prior, l2, CROSSFIT_FOLDS) for l2 in L2_GRID}
    l2 = min(L2_GRID, key=lambda lam: log_loss(results[lam], y))
    probs = results[l2]
    log.info(
        "decision regression: l2 %.3g, cross-fitted log loss %.4f (prior rule %.4f)",
        l2, log_loss(probs, y), prior_loss,
    )  # fmt: skip
    step.weights = fit_softmax(x, y, prior, l2)
    top = probs.argmax(axis=1)
    report: dict[str, Any] = {"l2": l2}
    for i, label in enumerate(labels):
        if label == Label.OTHER.value:
            continue
        mine = top == i
        t, p, _ = choose_threshold(probs[mine, i], y[mine] == i, precision, floor=step.threshold)
        step.label_thresholds[label] = round(t, 6)
        recall = float(((probs[:, i] >= t) & mine & (y == i)).sum() / max((y == i).sum(), 1))
        report[label] = {"threshold": t, "precision": p, "recall": recall}
        log.info("threshold %-22s %.3f (out-of-fold precision %.3f, recall %.3f)", label, t, p, recall)
    return report


def _train_textcat(
    records: list[Record], seed: int, epochs: int, dropout: float, architecture: str, threshold: float
) -> Language:
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = build_nlp(architecture, threshold=threshold)
    examples = examples_of(nlp, records)
    optimizer = nlp.initialize(lambda: examples)
    order = list(examples)
    for epoch in range(epochs):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch(order, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        log.debug("epoch %d textcat loss %.4f", epoch + 1, losses.get("textcat", 0.0))
    return nlp


def _fold_rows(
    held: list[Record], rest: list[Record], seed: int, epochs: int, dropout: float, architecture: str
) -> list[Row]:
    nlp = _train_textcat(rest, seed, epochs, dropout, architecture, 0.5)
    return _rows(nlp, held)


def _oof_folds(records: list[Record], folds: int) -> list[tuple[list[Record], list[Record]]]:
    """(held, rest) per fold, grouped by family (a salt of its own, so not the CV or split grouping)."""
    fold = {r["id"]: min(int(family_bucket(f"{r['family']}#oof") * folds), folds - 1) for r in records}
    out = []
    for k in range(folds):
        held = [r for r in records if fold[r["id"]] == k]
        rest = [r for r in records if fold[r["id"]] != k]
        if held and rest:
            out.append((held, rest))
    return out


def _collect(records: list[Record], scored: list[tuple[list[Record], list[Row]]]) -> list[Row]:
    rows = {r["id"]: row for held, fold_rows in scored for r, row in zip(held, fold_rows, strict=True)}
    log.info("out-of-fold scores for %d records from %d folds", len(rows), len(scored))
    return [rows[r["id"]] for r in records if r["id"] in rows]


def out_of_fold_rows(
    records: list[Record], folds: int, seed: int, epochs: int, dropout: float, architecture: str
) -> list[Row]:
    """Rows for every record, scored by a model trained (same recipe) without the record's family."""
    return _collect(
        records,
        [
            (held, _fold_rows(held, rest, seed, epochs, dropout, architecture))
            for held, rest in _oof_folds(records, folds)
        ],
    )


def learns_from_out_of_fold(train_set: list[Record], calibration_folds: int = 4) -> bool:
    """Whether fit() learns the decision step from out-of-fold scores (then it needs no dev set)."""
    families = {r["family"] for r in train_set}
    return (
        calibration_folds >= 2
        and len(train_set) >= MIN_CALIBRATION_ROWS
        and len(families) >= 4 * calibration_folds
    )


def fit(
    train_set: list[Record],
    dev_set: list[Record],
    seed: int = 0,
    epochs: int = 12,
    dropout: float = 0.2,
    architecture: str = "bow",
    threshold: float = 0.5,
    calibration_folds: int = 4,
) -> Language:
    """Train a pipeline in memory and learn its decision step: the one training path train() and CV share.

    The decision step is learned from out-of-fold scores of the training families (``calibration_folds``
    extra textcat fits); a corpus too small for that is calibrated on ``dev_set`` alone, as before.
    """
    if not train_set:
        raise ModelError("no training records; add *.jsonl files to the corpus folder")
    families = {r["family"] for r in train_set}
    use_oof = (
        calibration_folds >= 2
        and len(train_set) >= MIN_CALIBRATION_ROWS
        and len(families) >= 4 * calibration_folds
    )
    rows = (
        out_of_fold_rows(train_set, calibration_folds, seed, epochs, dropout, architecture) if use_oof else []
    )
    nlp = _train_textcat(train_set, seed, epochs, dropout, architecture, threshold)
    step: DecisionStep = nlp.get_pipe(DECISION)  # type: ignore[assignment]
    if rows:
        calibrate(step, rows)
    else:
        calibrate_prior(step, _rows(nlp, dev_set) if dev_set else [])
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
    """Train on the train split (its decision step learned out-of-fold), save to out_dir; returns dev and
    test metrics (a corpus too small for out-of-fold calibration is calibrated on dev instead).

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
    step: DecisionStep = nlp.get_pipe(DECISION)  # type: ignore[assignment]
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
        "learned_decision": step.weights is not None,
        "label_thresholds": dict(step.label_thresholds),
        "dev": dev.as_dict() if dev else None,
        "test": test.as_dict() if test else None,
    }


def cross_validate(
    corpus_dir: Path | None = None, folds: int = 5, seed: int = 0, **fit_args: Any
) -> EvalReport:
    """Family-grouped k-fold CV over the whole corpus: every record is scored by a model that never saw
    its family. The pooled report says more about unseen mail than one small test split does.

    fit() learns the decision step from out-of-fold scores within each fold's training families; only
    when a fold is too small for that, a slice of them (by hash, disjoint from the held-out fold) is held
    back as the dev set it is calibrated on instead.
    """
    if folds < 2:
        raise ModelError(f"cross-validation needs at least 2 folds, got {folds}; use e.g. --cv 5")
    records = load_corpus(Path(corpus_dir) if corpus_dir is not None else CORPUS_DIR)
    if not records:
        raise ModelError(f"no corpus records in {corpus_dir}; add *.jsonl files there")
    scored: list[Record] = []
    results: list[Classification] = []
    for k in range(folds):
        held = [r for r in records if fold_of(r["family"], folds) == k]
        rest = [r for r in records if fold_of(r["family"], folds) != k]
        if learns_from_out_of_fold(rest, fit_args.get("calibration_folds", 4)):
            train_set, dev_set = rest, []
        else:
            dev_set = [r for r in rest if family_bucket(str(r["family"]) + "#dev") < 0.15]
            train_set = [r for r in rest if family_bucket(str(r["family"]) + "#dev") >= 0.15]
        if not held or not train_set:
            continue
        classifier = Classifier(fit(train_set, dev_set, seed, **fit_args))
        scored.extend(held)
        results.extend(classifier.classify_many(record_to_email(r) for r in held))
        log.info(
            "fold %d/%d: %d held out, %d train, %d dev", k + 1, folds, len(held), len(train_set), len(dev_set)
        )
    return score(scored, results)
