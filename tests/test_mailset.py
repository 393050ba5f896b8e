"""`followup eval --set`: a JSONL set of real-mail records scored through mail parsing, per language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from followup import mail
from followup.classifiers.mailset import (
    evaluate_set,
    format_set_report,
    load_set,
    record_to_message,
    select_language,
    wrong_drafted,
)
from followup.cli import app
from followup.errors import ModelError

SET = Path(__file__).parent / "data" / "mailset.jsonl"


def test_a_record_becomes_a_message_that_mail_parses() -> None:
    record = load_set(SET)[0]
    email = mail.parse(record_to_message(record))
    assert email.subject == record["subject"]
    assert email.sender is not None and email.sender.name == "Nora Lind"
    assert email.sender.email == "careers@brightwateranalytics.com"  # as the set's scorer writes it
    assert "video interview" in email.text and email.date is not None


def test_languages_are_selected_like_the_sets_scorer() -> None:
    records = load_set(SET)
    assert [r["id"] for r in select_language(records, "de")] == ["t-de-rej"]
    assert len(select_language(records, "!de")) == 3
    assert select_language(records, None) == records


def test_the_report_scores_overall_and_per_language() -> None:
    report = evaluate_set(SET)
    assert report.overall.n == 4
    assert sorted(report.by_language) == ["de", "en"]
    assert report.by_language["en"].n == 3 and report.by_language["de"].n == 1
    # the English invitation and rejection are plain; the German rejection is not read as English
    assert report.overall.confusion["interview_invitation"]["interview_invitation"] == 1
    assert report.overall.confusion["rejection"]["rejection"] == 1
    assert report.by_language["de"].confusion["rejection"]["other"] == 1
    assert wrong_drafted(report.overall) == 0
    assert report.overall.entities["company"][1] == 3  # three records name the company
    text = format_set_report(report)
    assert "wrong invitation/rejection labels: 0" in text and "== lang de" in text


def test_wrong_drafted_counts_only_invitation_and_rejection_given_to_other_mail() -> None:
    report = evaluate_set(SET)
    report.overall.confusion["other"]["rejection"] = 2
    report.overall.confusion["rejection"]["interview_invitation"] = 1
    report.overall.confusion["offer"]["other"] = 5  # a miss, not a wrong draft
    assert wrong_drafted(report.overall) == 3


def test_cli_scores_a_set_and_filters_a_language() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "--set", str(SET), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("messages: 3 ")
    assert "wrong invitation/rejection labels:" in result.output and "per language" not in result.output


@pytest.mark.parametrize(
    ("line", "message"),
    [("{not json", "not valid JSON"), (json.dumps({"id": "x", "label": "other"}), "needs the keys"),
     (json.dumps({"id": "x", "label": "spam", "body": "b"}), "unknown label")],
)  # fmt: skip
def test_a_bad_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        load_set(path)
