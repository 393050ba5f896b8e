"""Exemplar memory: a correction also decides a near-duplicate of the corrected mail (ATS templates)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup.classifiers import Classifier
from followup.learning import state
from followup.learning.exemplars import NEAR_DUPLICATE, Exemplars, shingles
from followup.models import Address, Email, Label

TEMPLATE = (
    "Hi {name},\n\nThanks for taking the time to talk with us about the {role} opening at Quillfeather. "
    "We have now completed the first round and, after careful review of your portfolio and the notes from "
    "your call on {date}, the hiring team has decided to pause your candidacy for this position. Your "
    "profile stays in our talent pool and our recruiters search it whenever a similar role opens up. "
    "You can update your details at any time from the candidate portal.\n\nBest,\nQuillfeather Talent"
)
OTHER_QUILLFEATHER_MAIL = (
    "Hi Dana,\n\nThanks for taking the time to apply to Quillfeather. Our office moves to Harbour Street "
    "next month, so the parking instructions in your welcome pack are out of date: please use the north "
    "entrance and ask reception for a visitor badge. Lunch is on us on Fridays.\n\nBest,\nQuillfeather Talent"
)


def _mail(text: str, subject: str = "Your application at Quillfeather") -> Email:
    return Email(
        message_id=f"{abs(hash(text))}@quillfeather.example",
        subject=subject,
        sender=Address("Quillfeather Talent", "talent@quillfeather.example"),
        date=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
        text=text,
    )


CORRECTED = _mail(TEMPLATE.format(name="Dana", role="Product Designer", date="3 March"))
SAME_TEMPLATE = _mail(TEMPLATE.format(name="Sam Okafor", role="Senior Data Analyst", date="11 April 2026"))


@pytest.fixture
def with_memory(shared_classifier: Classifier) -> Classifier:
    """The user says a 'paused' candidacy is not a rejection (no rejection follow-up): `other`."""
    classifier = Classifier(shared_classifier.nlp)
    classifier.exemplars = Exemplars.of([(CORRECTED, Label.OTHER)])
    return classifier


def test_a_mail_of_the_same_template_gets_the_corrected_label_and_says_why(with_memory, shared_classifier):
    assert shared_classifier.classify(SAME_TEMPLATE).label is Label.REJECTION
    result = with_memory.classify(SAME_TEMPLATE)
    assert result.label is Label.OTHER
    assert "the same wording as a message you corrected to other" in result.reason
    assert "Your application at Quillfeather" in result.reason
    assert any(e.source == "correction" for e in result.evidence)


def test_other_mail_from_the_same_company_is_left_to_the_model(with_memory, shared_classifier):
    other = _mail(OTHER_QUILLFEATHER_MAIL)
    assert with_memory.exemplars and with_memory.exemplars.match(other) is None
    assert with_memory.classify(other) == shared_classifier.classify(other)


def test_short_mail_is_never_a_near_duplicate():
    short = _mail("Thanks, see you then.", subject="Re: interview")
    assert shingles(short) == frozenset()
    assert Exemplars.of([(short, Label.OTHER)]).match(short) is None


def test_the_memory_is_saved_with_the_personal_model_and_the_shipped_model_has_none(tmp_path, monkeypatch):
    from followup.learning.personal import train_personal

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    tiny = Path(__file__).parent / "data" / "tiny_corpus.jsonl"
    path = train_personal([state.email_record(CORRECTED, Label.OTHER)], corpus=tiny)
    saved = Classifier.load(path).exemplars
    assert saved is not None
    found = saved.match(SAME_TEMPLATE)
    assert found and found.similarity >= NEAR_DUPLICATE and found.exemplar.label is Label.OTHER
    assert "Dana" not in (path / "exemplars.json").read_text()  # hashes, not the text
    assert Classifier.load().exemplars is None
