"""Exemplar memory: a correction also decides mail that is a near-duplicate of the corrected one.

ATS mail repeats templates: the second rejection from the same system differs from the first in a
name, a job title and a date. The text classifier may still read it the old way after retraining,
so the label the user gave wins for a message that shares most of its wording with a correction.

Word 3-shingles of the subject and the new text (lower case, every number as 0), Jaccard similarity.
NEAR_DUPLICATE is set for precision, not tuned on any held-out mail: a template with a name, a
title and a date swapped keeps about 0.7 of its shingles at 100 words, while two different mails
of one company or ATS share a greeting and a signature (on the real-mail dev set no held-out message
comes within 0.2 of one of bench_learning's 15 corrections). The memory keeps 63-bit hashes of the
shingles and the subject (to name the correction), not the text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from followup.models import Email, Label

SHINGLE = 3  # words per shingle
NEAR_DUPLICATE = 0.6  # Jaccard similarity from which a correction decides
MIN_SHINGLES = 12  # shorter mail ("Thanks, see you then") is too generic to call a copy of anything
FILE = "exemplars.json"  # inside the personal model's folder
_WORD = re.compile(r"\w+")


def shingles(email: Email) -> frozenset[int]:
    """Hashes of the word 3-shingles of the subject and new text; empty for mail too short to compare."""
    words = ["0" if w.isdigit() else w for w in _WORD.findall(f"{email.subject}\n{email.text}".lower())]
    found = {
        int.from_bytes(hashlib.blake2b(" ".join(words[i : i + SHINGLE]).encode(), digest_size=8).digest())
        >> 1
        for i in range(len(words) - SHINGLE + 1)
    }
    return frozenset(found) if len(found) >= MIN_SHINGLES else frozenset()


@dataclass(frozen=True)
class Exemplar:
    """One correction as the memory keeps it."""

    shingles: frozenset[int]
    label: Label
    subject: str  # named in `classify`'s reason, so the user recognises which correction decided


@dataclass(frozen=True)
class Match:
    exemplar: Exemplar
    similarity: float

    def reason(self) -> str:
        """For `classify`: why the label is the user's, not the model's."""
        return (
            f"{self.similarity:.0%} the same wording as a message you corrected to {self.exemplar.label.value} "
            f"({self.exemplar.subject!r})"
        )


class Exemplars:
    """The corrections, looked up by near-duplicate wording."""

    def __init__(self, items: Iterable[Exemplar]) -> None:
        self.items = [x for x in items if x.shingles]

    @classmethod
    def of(cls, corrections: Iterable[tuple[Email, Label]]) -> Exemplars:
        return cls(Exemplar(shingles(email), label, email.subject[:80]) for email, label in corrections)

    def match(self, email: Email) -> Match | None:
        """The most similar correction at NEAR_DUPLICATE or above; None when no correction is that close."""
        mine = shingles(email)
        best: Match | None = None
        for item in self.items if mine else ():
            similarity = len(mine & item.shingles) / len(mine | item.shingles)
            if similarity >= NEAR_DUPLICATE and (best is None or similarity > best.similarity):
                best = Match(item, similarity)
        return best

    def to_disk(self, folder: Path) -> None:
        rows = [
            {"label": x.label.value, "subject": x.subject, "shingles": sorted(x.shingles)} for x in self.items
        ]
        (folder / FILE).write_text(json.dumps(rows), encoding="utf-8")

    @classmethod
    def from_disk(cls, folder: Path) -> Exemplars | None:
        """The memory saved with a personal model; None when there is none (the shipped model)."""
        path = folder / FILE
        if not path.is_file():
            return None
        rows = json.loads(path.read_text(encoding="utf-8"))
        return cls(Exemplar(frozenset(r["shingles"]), Label(r["label"]), r["subject"]) for r in rows)
