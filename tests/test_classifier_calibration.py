"""The learned decision step: regression from out-of-fold rows, per-label thresholds, persistence, and
entity extraction only for job mail. Synthetic rows keep these fast (no textcat training)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from followup.classifiers import Classifier, build_nlp
from followup.classifiers.calibration import choose_threshold, fit_softmax, softmax_rows
from followup.classifiers.components import LABELS, DecisionStep, make_email_doc
from followup.classifiers.train import calibrate
from followup.errors import ModelError
from followup.models import Address, Email, Entities, Label

INVITATION, OTHER = Label.INTERVIEW_INVITATION.value, Label.OTHER.value


def fresh_step() -> DecisionStep:
    return build_nlp().get_pipe("decision")  # type: ignore[return-value]


def message(subject: str, text: str) -> Email:
    return Email(
        message_id="m@x",
        subject=subject,
        sender=Address("Priya Nair", "priya@acme.io"),
        date=datetime.fromisoformat("2026-03-02T10:15:00-05:00"),
        text=text,
    )


def test_threshold_is_the_lowest_score_that_reaches_the_precision_target() -> None:
    scores = np.array([0.99, 0.98, 0.95, 0.90, 0.80, 0.70, 0.60])
    correct = np.array([True, True, True, True, False, True, False])
    threshold, precision, kept = choose_threshold(scores, correct, target=0.97, floor=0.5, min_kept=0.5)
    assert threshold == pytest.approx(0.90) and precision == 1.0 and kept == pytest.approx(0.8)
    # a looser target may keep the 0.70 row, at 5/6 precision
    assert choose_threshold(scores, correct, target=0.8, floor=0.5, min_kept=0.5)[0] == pytest.approx(0.70)
    # never below the user's floor
    assert choose_threshold(scores, correct, target=0.5, floor=0.75, min_kept=0.5)[0] == pytest.approx(0.80)
    # and never dropping more correct rows than allowed: the 0.90 cut loses one of five
    assert choose_threshold(scores, correct, target=0.97, floor=0.5, min_kept=0.9)[0] == pytest.approx(0.70)


def test_regression_learns_a_signal_the_hand_written_rule_ignores() -> None:
    rng = np.random.default_rng(0)
    x = np.hstack([rng.normal(size=(400, 1)), rng.integers(0, 2, size=(400, 1)), np.ones((400, 1))])
    y = (x[:, 1] > 0).astype(int)  # the label is the second feature, the prior only looks at the first
    prior = np.array([[0.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
    w = fit_softmax(x, y, prior, l2=0.01)
    assert (softmax_rows(x @ w.T).argmax(axis=1) == y).mean() == 1.0
    assert np.array_equal(w, fit_softmax(x, y, prior, l2=0.01))  # deterministic: same data, same weights


def rows_where_replies_look_like_invitations(n: int = 240) -> list:
    """A textcat that is 80% sure of "invitation" both for invitations and for the candidate's replies."""
    rows = []
    for i in range(n):
        reply = i % 2 == 1
        cats = {lb: 0.04 for lb in LABELS} | {INVITATION: 0.8}
        gold = OTHER if reply else INVITATION
        # every label needs some rows, or the regression has nothing to learn its bias from
        if i % 12 == 0:
            gold = LABELS[(i // 12) % len(LABELS)]
            cats = {lb: 0.9 if lb == gold else 0.02 for lb in LABELS}
        rows.append((cats, {}, {"reply": reply}, gold, f"fam-{i // 3}"))
    return rows


def test_calibrate_learns_from_out_of_fold_rows_and_sets_precise_thresholds() -> None:
    step = fresh_step()
    rows = rows_where_replies_look_like_invitations()
    cats = {lb: 0.04 for lb in LABELS} | {INVITATION: 0.8}
    # the hand-written rule calls both kinds an invitation
    assert max(step.combine(cats, {}, {"reply": True}).items(), key=lambda kv: kv[1])[0] == INVITATION
    report = calibrate(step, rows)
    assert step.weights is not None
    reply_scores = step.combine(cats, {}, {"reply": True})
    fresh_scores = step.combine(cats, {}, {"reply": False})
    assert max(reply_scores, key=lambda lb: reply_scores[lb]) == OTHER
    assert max(fresh_scores, key=lambda lb: fresh_scores[lb]) == INVITATION
    assert report[INVITATION]["precision"] >= 0.97
    assert fresh_scores[INVITATION] >= step.threshold_for(Label.INTERVIEW_INVITATION)


def test_calibrate_keeps_the_prior_rule_when_there_are_too_few_rows() -> None:
    step = fresh_step()
    calibrate(step, rows_where_replies_look_like_invitations(30))
    assert step.weights is None and step.label_thresholds == {}


def test_a_learned_threshold_sends_a_doubtful_label_to_other() -> None:
    nlp = build_nlp()
    step: DecisionStep = nlp.get_pipe("decision")  # type: ignore[assignment]
    doc = make_email_doc(nlp, message("Your application", "Thanks for applying."))
    doc.cats = {lb: 0.02 for lb in LABELS} | {Label.REJECTION.value: 0.9}
    doc._.email_signals = {}
    assert step.decide(doc).label is Label.REJECTION
    step.label_thresholds = {Label.REJECTION.value: 0.999}
    assert step.decide(doc).label is Label.OTHER
    step.label_thresholds, step.threshold = {}, 0.999  # the user's threshold still applies on its own
    assert step.decide(doc).label is Label.OTHER


def test_learned_decision_step_round_trips_and_rejects_a_mismatched_feature_set(tmp_path: Path) -> None:
    step = fresh_step()
    calibrate(step, rows_where_replies_look_like_invitations())
    step.to_disk(tmp_path / "decision")
    again = fresh_step().from_disk(tmp_path / "decision")
    assert again.weights is not None and np.array_equal(again.weights, step.weights)
    assert again.label_thresholds == step.label_thresholds
    cfg = (tmp_path / "decision" / "cfg.json").read_text(encoding="utf-8")
    (tmp_path / "decision" / "cfg.json").write_text(cfg.replace('"bias"', '"intercept"'), encoding="utf-8")
    with pytest.raises(ModelError, match="followup train"):
        fresh_step().from_disk(tmp_path / "decision")


def test_the_daemon_path_skips_entities_for_other_mail_but_classify_shows_them() -> None:
    classifier = Classifier.load()
    alert = message(
        "Job alert: 25 new jobs match your preferences",
        "Your job alert for Data Analyst. 25 new jobs match your preferences at Acme Corp. Unsubscribe.",
    )
    invite = message(
        "Interview - Backend Developer at Acme",
        "Hi Sam,\n\nWe'd love to invite you to a 45-minute video interview for the Backend Developer role. "
        "Would Thursday at 2pm EST work for you?\n\nBest,\nPriya Nair\nAcme",
    )
    other, job = classifier.classify_many([alert, invite], entities_for_other=False)
    assert other.label is Label.OTHER and other.entities == Entities()
    assert job.label is Label.INTERVIEW_INVITATION and job.entities.contact == "Priya Nair"
    # `followup classify` (and eval) show what was found even in mail that gets no draft.
    assert classifier.classify(alert).entities.company == "Acme Corp"
