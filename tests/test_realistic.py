"""The shipped model on hand-written mail it never trained on, through the real path (bytes -> parse -> classify).

tests/data/realistic/<label>/*.eml were written by hand for this check, in the styles of real ATSs, recruiters,
agencies, small businesses and the candidate's own mail, with hard negatives (reminders of booked interviews,
job alerts that say "interview", the candidate's replies, cold outreach, an offer that proposes a call, an
acknowledgement that says "unfortunately we can't answer everyone"). They are not in the corpus: never train
on them. The floors are what a user notices: a wrong invitation or rejection writes a wrong draft.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from followup import mail
from followup.classifiers import Classifier
from followup.models import Label

REALISTIC = Path(__file__).parent / "data" / "realistic"


@pytest.fixture(scope="module")
def outcomes() -> list[tuple[str, Label, Label]]:
    classifier = Classifier.load()
    files = sorted(REALISTIC.glob("*/*.eml"))
    assert len(files) >= 50 and {f.parent.name for f in files} == {label.value for label in Label}
    return [(f"{f.parent.name}/{f.name}", Label(f.parent.name), classifier.classify(mail.parse(f.read_bytes())).label)
            for f in files]  # fmt: skip


@pytest.mark.parametrize("label", [Label.INTERVIEW_INVITATION, Label.REJECTION])
def test_no_false_invitation_or_rejection(outcomes: list[tuple[str, Label, Label]], label: Label) -> None:
    wrong = [(name, gold.value) for name, gold, pred in outcomes if pred is label and gold is not label]
    assert wrong == []
    assert any(pred is label for _, gold, pred in outcomes if gold is label)


def test_overall_accuracy_on_realistic_mail(outcomes: list[tuple[str, Label, Label]]) -> None:
    misses = [(name, pred.value) for name, gold, pred in outcomes if pred is not gold]
    assert 1 - len(misses) / len(outcomes) >= 0.85, misses
