"""Learning the decision step from out-of-fold scores: a multinomial logistic regression and per-label
thresholds, in numpy (no new dependency).

Why out-of-fold: a textcat scores its own training mail near 1.0, so a decision rule fitted on those
scores trusts the model far more than it deserves on unseen mail. Scores of mail whose family the model
never saw are what the shipped model will produce in the wild, so the calibrator and the thresholds are
fitted on those.

The regression is regularised towards the hand-written rule (``DecisionStep.prior_weights``), not
towards zero: with little data it stays close to that rule, with more data it learns where the rule is
wrong (e.g. how much an assessment cue should count against an invitation).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from followup.classifiers.dataset import family_bucket

log = logging.getLogger(__name__)

PRECISION_TARGET = 0.97
# Share of a label's correct out-of-fold predictions a threshold must keep: measured on the corpus, a
# stricter precision target cost about four missed drafts per wrong draft avoided.
MIN_KEPT = 0.95
L2_GRID = (0.003, 0.01, 0.03, 0.1, 0.3)  # strength of the pull towards the hand-written rule
CROSSFIT_FOLDS = 5
_ITERATIONS = 600


def softmax_rows(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_softmax(x: np.ndarray, y: np.ndarray, prior: np.ndarray, l2: float) -> np.ndarray:
    """Weights (labels x features) minimising mean log loss + l2/2 * ||W - prior||^2 (standardised).

    Features are standardised for the fit so one step size suits them all; the last feature must be the
    constant 1 (the bias), which absorbs the centring when the weights are mapped back. Accelerated
    gradient descent with a step of 1/L is deterministic and converges on this convex problem.
    """
    mean = x[:, :-1].mean(axis=0)
    std = x[:, :-1].std(axis=0)
    std[std < 1e-9] = 1.0  # a constant feature: leave it unscaled (its weight stays at the prior)
    xs = np.hstack([(x[:, :-1] - mean) / std, x[:, -1:]])
    # prior in standardised space: w_s = w * std, bias_s = bias + w . mean
    p0 = np.hstack([prior[:, :-1] * std, prior[:, -1:] + prior[:, :-1] @ mean[:, None]])
    n = len(y)
    onehot = np.zeros((n, prior.shape[0]))
    onehot[np.arange(n), y] = 1.0
    lipschitz = 0.5 * float(np.linalg.eigvalsh(xs.T @ xs / n).max()) + l2
    step = 1.0 / lipschitz
    w = p0.copy()
    v = w.copy()
    for t in range(1, _ITERATIONS + 1):
        grad = (softmax_rows(xs @ v.T) - onehot).T @ xs / n
        grad += l2 * (v - p0)
        w_next = v - step * grad
        v = w_next + (t - 1) / (t + 2) * (w_next - w)
        w = w_next
    # back to raw feature space
    ws = w[:, :-1] / std
    bias = w[:, -1:] - ws @ mean[:, None]
    return np.hstack([ws, bias])


def log_loss(probs: np.ndarray, y: np.ndarray) -> float:
    return float(-np.log(np.clip(probs[np.arange(len(y)), y], 1e-12, None)).mean())


def crossfit(
    x: np.ndarray, y: np.ndarray, groups: Sequence[str], prior: np.ndarray, l2: float, folds: int
) -> np.ndarray:
    """Probabilities for every row from a regression that never saw the row's family.

    Thresholds chosen on these are not flattered by the regression having fitted the same rows.
    """
    fold = np.array([min(int(family_bucket(f"{g}#calib") * folds), folds - 1) for g in groups])
    probs = np.zeros((len(y), prior.shape[0]))
    for k in range(folds):
        held = fold == k
        if not held.any():
            continue
        if held.all():
            probs[held] = softmax_rows(x[held] @ prior.T)
            continue
        w = fit_softmax(x[~held], y[~held], prior, l2)
        probs[held] = softmax_rows(x[held] @ w.T)
    return probs


def choose_threshold(
    scores: np.ndarray,
    correct: np.ndarray,
    target: float = PRECISION_TARGET,
    floor: float = 0.5,
    min_kept: float = MIN_KEPT,
) -> tuple[float, float, float]:
    """Lowest threshold on the predicted label's score whose precision reaches ``target``.

    scores/correct describe the rows where this label is the top score. A wrong draft costs more than a
    missed one, but a model that misses most drafts is no use either: the threshold may drop at most
    1 - ``min_kept`` of the correct rows. When the target cannot be reached within that budget, the most
    precise threshold inside it is used. Returns (threshold, precision, share of the correct rows kept).
    """
    if len(scores) == 0:
        return floor, float("nan"), 0.0
    order = np.argsort(-scores, kind="stable")
    s, c = scores[order], correct[order].astype(float)
    tp = np.cumsum(c)
    precision = tp / np.arange(1, len(s) + 1)
    kept = tp / max(c.sum(), 1.0)
    # a threshold can only sit at a score (keep rows >= it); with ties, the last index of each score counts
    allowed = np.flatnonzero(np.r_[s[1:] != s[:-1], True] & (s >= floor) & (kept >= min_kept - 1e-12))
    if not len(allowed):
        return floor, float("nan"), 0.0
    ok = allowed[precision[allowed] >= target]
    if len(ok):
        i = int(ok.max())
    else:
        best = precision[allowed].max()
        i = int(allowed[precision[allowed] >= best - 1e-12].max())
    return max(float(s[i]), floor), float(precision[i]), float(kept[i])
