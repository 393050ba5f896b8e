"""The drafts check: hand-written source emails (data/drafts/cases.toml) and the facts their drafts must carry.

Each case goes the daemon's pure path (bytes -> parse -> classify -> decide -> compose) and every
fact its `expect` table names is compared with the drafts as a reader sees them. Used by
tests/test_draft_facts.py and bench/bench_drafts.py ("drafts with every fact right: N of M").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from followup import mail
from followup.classifiers import extract_entities
from followup.config import Settings, parse
from followup.drafts import NO_ADDRESS_NOTE, reader_text
from followup.facts import MessageFacts
from followup.models import ActionKind, Classification, Draft, Label, Recipient, draft_key
from followup.pipeline import Pipeline

CASES = Path(__file__).parent / "data" / "drafts" / "cases.toml"
CONFIG = """
[profile]
name = "Alex Doe"
email = "alex@example.org"
timezone = "Europe/London"
"""


@dataclass(frozen=True)
class Case:
    id: str
    label: Label
    data: bytes
    expect: dict[str, Any]


@dataclass
class Outcome:
    """What the pipeline made of one case: its facts and every draft, by template."""

    facts: MessageFacts
    reply: tuple[str, Draft] | None = None  # (template, draft) written now to someone else
    notes: list[tuple[str, Draft]] = field(default_factory=list)  # notes to self, written now
    timed: list[tuple[str, Draft]] = field(default_factory=list)  # drafts due later

    def drafts(self) -> list[Draft]:
        return [d for _, d in ([self.reply] if self.reply else []) + self.notes + self.timed]


def load_cases(path: Path = CASES) -> list[Case]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Case(c["id"], Label(c["label"]), c["eml"].lstrip("\n").encode("utf-8"), dict(c.get("expect", {})))
        for c in data["case"]
    ]


def settings(config: str = CONFIG) -> Settings:
    return parse(config, source="drafts check")


def run_case(pipeline: Pipeline, case: Case, *, gold_label: bool) -> Outcome:
    """The drafts for one case; with `gold_label` the case's own label replaces the classifier's."""
    email = mail.parse(case.data)
    classification: Classification = pipeline.classify(email)
    if gold_label and classification.label is not case.label:
        entities = extract_entities(email, case.label)  # times are read for invitations only
        classification = replace(classification, label=case.label, confidence=0.9, entities=entities)
    assert email.date is not None, f"{case.id}: every case has a Date"
    now = email.date + timedelta(minutes=10)
    outcome = Outcome(facts=pipeline.facts(email, classification, None))
    for action in pipeline.decide(email, classification, history=None, now=now):
        if action.kind is not ActionKind.DRAFT or action.template is None:
            continue
        draft = pipeline.compose(email, classification, action, key=draft_key(email, action.name), now=now)
        if action.due is not None:
            outcome.timed.append((action.template, draft))
        elif action.recipient is Recipient.SELF:
            outcome.notes.append((action.template, draft))
        else:
            outcome.reply = (action.template, draft)
    return outcome


def _flat(text: str) -> str:
    return " ".join(text.split())


def _to(draft: Draft) -> str:
    match = re.search(r"<([^<>]+)>\s*$", draft.to)
    return match.group(1) if match else draft.to


def _body(draft: Draft) -> str:
    """The draft's own text as a reader sees it, without the quoted original and its attribution."""
    text = reader_text(draft.data).split("\n\n", 1)[1]
    lines = text.split("\n")
    quote = next((i for i, line in enumerate(lines) if line.startswith(">")), len(lines))
    return "\n".join(lines[: max(0, quote - 1)] if quote < len(lines) else lines)


def _greeting(draft: Draft) -> str:
    text = _body(draft)
    if text.startswith(NO_ADDRESS_NOTE):
        text = text[len(NO_ADDRESS_NOTE) :].lstrip("\n")
    return text.split("\n", 1)[0]


def check(case: Case, outcome: Outcome) -> list[str]:
    """Every expected fact that the drafts do not carry, as 'fact: wanted X, got Y'."""
    want, wrong = case.expect, []

    def compare(fact: str, wanted: object, got: object) -> None:
        if wanted != got:
            wrong.append(f"{fact}: wanted {wanted!r}, got {got!r}")

    reply = outcome.reply[1] if outcome.reply else None
    compare("reply", want.get("reply", ""), outcome.reply[0] if outcome.reply else "")
    first = reply or next(iter(outcome.drafts()), None)
    if "kind" in want:
        scheduling = getattr(outcome.facts, "scheduling", None)
        compare("kind", want["kind"], scheduling.value if scheduling else None)
    if "to" in want:
        compare("to", want["to"], _to(first) if first else None)
    if "greeting" in want:
        compare("greeting", want["greeting"], _greeting(first) if first else None)
    for fact in ("company", "role"):
        if fact in want:  # a list names every acceptable value
            wanted = want[fact] if isinstance(want[fact], list) else [want[fact]]
            got = getattr(outcome.facts, fact)
            if got not in wanted:
                wrong.append(f"{fact}: wanted {' or '.join(map(repr, wanted))}, got {got!r}")
    text = _flat(_body(reply)) if reply else ""
    for phrase in ([want["slot"]] if "slot" in want else []) + want.get("slots", []) + want.get("has", []):
        if _flat(phrase) not in text:
            wrong.append(f"reply lacks {phrase!r}")
    compare("timed", sorted(want.get("timed", [])), sorted(t for t, _ in outcome.timed))
    if "notes" in want:
        compare("notes", sorted(want["notes"]), sorted(t for t, _ in outcome.notes))
    notes = " ".join(_flat(_body(d)) for _, d in outcome.notes)
    wrong.extend(
        f"note lacks {phrase!r}" for phrase in want.get("note_has", []) if _flat(phrase) not in notes
    )
    everything = " ".join(_flat(_body(d)) for d in outcome.drafts())
    wrong.extend(
        f"a draft says {phrase!r}" for phrase in want.get("absent", []) if _flat(phrase) in everything
    )
    return wrong
