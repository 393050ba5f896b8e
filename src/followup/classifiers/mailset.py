"""Scoring on sets of real mail: JSONL records in the format of ../shared/realmail/dev.jsonl.

Each record becomes an RFC 5322 message (the same headers the set's own scorer writes), goes through
the real path (bytes -> mail.parse -> classify) and is scored by the code `followup eval` uses, for
the whole set and per language. The records are read, never stored: a set kept for measuring stays
out of the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from followup import mail
from followup.classifiers.dataset import Record, read_jsonl
from followup.classifiers.evaluate import EvalReport, format_report, score
from followup.classifiers.pipeline import Classifier
from followup.errors import ModelError
from followup.models import Label

SET_KEYS = ("id", "label", "body")
# The labels whose wrong use writes the drafts that hurt most: a reply to the wrong kind of mail.
DRAFTED = (Label.INTERVIEW_INVITATION.value, Label.REJECTION.value)
_DATE = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
# the set's fields that the entity scores compare with
_ENTITY_KEYS = {"company": "company", "role": "role", "contact_name": "contact"}


@dataclass
class SetReport:
    """A set's report overall and per language (the records' `lang`, English when absent)."""

    overall: EvalReport
    by_language: dict[str, EvalReport] = field(default_factory=dict)


def wrong_drafted(report: EvalReport) -> int:
    """Messages given an invitation or rejection label that is not theirs (each is a wrong draft)."""
    return sum(
        count
        for gold, row in report.confusion.items()
        for pred, count in row.items()
        if pred in DRAFTED and pred != gold
    )


def load_set(path: Path) -> list[Record]:
    """The records of a JSONL set; a clear error names the line that is not a record."""
    records: list[Record] = []
    for number, rec in read_jsonl(path, "set"):
        if not isinstance(rec, dict) or any(k not in rec for k in SET_KEYS):
            raise ModelError(f"{path}:{number}: a record needs the keys {', '.join(SET_KEYS)}")
        if rec["label"] not in {label.value for label in Label}:
            raise ModelError(f"{path}:{number}: unknown label {rec['label']!r}")
        records.append(rec)
    if not records:
        raise ModelError(f"{path}: no records; one JSON object per line")
    return records


def language_of(rec: Record) -> str:
    """The record's language code; records without one are English (the set's README)."""
    return str(rec.get("lang") or "en")


def select_language(records: Iterable[Record], lang: str | None) -> list[Record]:
    """Records in one language ('en'), or in every language but one ('!en'); all when lang is None."""
    if not lang:
        return list(records)
    negate, code = lang.startswith("!"), lang.lstrip("!")
    return [r for r in records if (language_of(r) == code) != negate]


def record_to_message(rec: Record) -> bytes:
    """The record as the RFC 5322 message a mailbox would hold (headers as the set's scorer writes)."""
    company = rec.get("company") or "Example Corp"
    domain = re.sub(r"[^a-z0-9]", "", company.lower())[:20] or "example"
    msg = EmailMessage()
    msg["From"] = f'"{rec.get("contact_name") or f"{company} Recruiting"}" <careers@{domain}.com>'
    msg["To"] = "Alex Morgan <alex.morgan@example.org>"
    msg["Subject"] = rec.get("subject") or ""
    msg["Date"] = format_datetime(_DATE)
    msg["Message-ID"] = f"<{rec['id']}@{domain}.com>"
    msg.set_content(rec["body"])
    return bytes(msg)


def _scored(rec: Record) -> Record:
    """The record in the shape score() reads: id, label, stage and the entities the set annotates."""
    entities = {ours: rec[theirs] for theirs, ours in _ENTITY_KEYS.items() if rec.get(theirs)}
    return {"id": rec["id"], "label": rec["label"], "stage": rec.get("stage"), "entities": entities}


def evaluate_set(path: Path, model: Path | None = None, lang: str | None = None) -> SetReport:
    """Classify every record of a set through mail.parse and score it overall and per language."""
    records = select_language(load_set(path), lang)
    if not records:
        raise ModelError(f"{path}: no records in language {lang!r}")
    classifier = Classifier.load(model)
    results = [classifier.classify(mail.parse(record_to_message(r))) for r in records]
    scored = [_scored(r) for r in records]
    by_language: dict[str, EvalReport] = {}
    languages = sorted({language_of(r) for r in records})
    for code in languages if len(languages) > 1 else ():
        keep = [i for i, r in enumerate(records) if language_of(r) == code]
        by_language[code] = score([scored[i] for i in keep], [results[i] for i in keep])
    return SetReport(score(scored, results), by_language)


def format_set_report(report: SetReport) -> str:
    """The report with its wrong invitation/rejection count, overall and then for each language."""
    lines = [
        format_report(report.overall),
        f"wrong invitation/rejection labels: {wrong_drafted(report.overall)}",
    ]
    if report.by_language:
        lines += [
            "",
            "per language:",
            f"  {'lang':6} {'n':>4} {'acc':>6} {'macro-F1':>9} {'wrong inv/rej':>14}",
        ]
        lines += [
            f"  {code:6} {sub.n:4d} {sub.accuracy:6.3f} {sub.macro_f1:9.3f} {wrong_drafted(sub):14d}"
            for code, sub in report.by_language.items()
        ]
        for code, sub in report.by_language.items():
            lines += ["", f"== lang {code}", format_report(sub)]
    return "\n".join(lines)
