"""Drafts a job seeker would send: hand-written source emails, the facts each draft must carry.

tests/data/drafts/cases.toml holds the emails (written for this test, in the styles of ATSs,
recruiters, agencies and small employers) and per email the recipient, greeting, company, role,
the slot as written, the kind of reply, the timed drafts and what no draft may say. Each email
goes the daemon's pure path; draft_cases.check lists every fact a draft gets wrong.
"""

from __future__ import annotations

import pytest

from draft_cases import Case, check, load_cases, run_case, settings
from followup.classifiers import Classifier
from followup.facts import one_line
from followup.pipeline import Pipeline

CASES = load_cases()


@pytest.fixture(scope="module")
def pipeline(shared_classifier: Classifier) -> Pipeline:
    return Pipeline.load(settings(), classifier=shared_classifier)


def test_the_cases_cover_every_situation() -> None:
    assert len(CASES) >= 40
    kinds = {case.expect.get("kind") for case in CASES}
    assert kinds >= {"one_slot", "several_slots", "availability_request", "booking_link", "no_slot"}
    replies = {case.expect["reply"] for case in CASES}
    assert replies >= {"interview_reply", "offer_reply", "assessment_reply", "rejection_reply", ""}
    assert any("Thank you for the feedback" in case.expect.get("has", []) for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_fact_of_the_draft_is_right(pipeline: Pipeline, case: Case) -> None:
    # The case's own label: this checks the drafting; the classifier's share is measured below.
    assert check(case, run_case(pipeline, case, gold_label=True)) == []


def test_with_the_classifiers_labels_most_drafts_are_right(pipeline: Pipeline) -> None:
    right = sum(not check(case, run_case(pipeline, case, gold_label=False)) for case in CASES)
    # 46 of 48 with the model shipped on 7 Dec 2026; the misses are invitations read as other.
    assert right >= 40, f"drafts with every fact right: {right} of {len(CASES)}"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Priya Sharma", "Priya Sharma"),
        ("Zoe\u0308 Sharma", "Zoë Sharma"),  # combined to one character
        ("Priya\r\nBcc: x@y.example", "Priya Bcc: x@y.example"),  # no line break survives
        ("Acme\u200b\u202eCorp\x00", "Acme Corp"),  # format and control characters become spaces
        ("  \t ", None),
    ],
)
def test_one_line_values_are_single_clean_lines(raw: str, expected: str | None) -> None:
    assert one_line(raw) == expected
