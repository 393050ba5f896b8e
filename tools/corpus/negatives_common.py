"""Scaffolding shared by the ``other`` engines other_lookalikes and other_around_jobs.

Only code lives here: the family record, the text helpers for addresses and URLs (each engine passes its
own letter table), and building, validating and writing the corpus. Family data is in families/other/,
slot pools in lexicon/, each engine's slot logic in the engine. Standard library only.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import corpuslib

AUTOREPLY = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}


@dataclass
class Family:
    region: str  # one of the generator's regions, several joined by "|" where it allows that, or "any"
    sender: str
    subject: str | list[str]
    text: str
    headers: dict[str, str] = field(default_factory=dict)
    ics: dict[str, str] | None = None
    ev_days: int | None = None  # event offset in days (None: the generator's default range)
    tz: str | None = None  # zone the sender stamps the Date in, when not the region's
    # Per-variant choices, may use slots. "_combo" holds dicts of values that must go together
    # (a "_region" key in one forces the region).
    pick: dict[str, list] = field(default_factory=dict)
    n: int | None = None
    fid: str = ""  # <prefix>-001 ..., in writing order


def family_adder(families: list[Family], prefix: str) -> Callable[..., None]:
    """``fam(region, sender, subject, text, **kw)``: appends a Family to ``families`` with the next id."""

    def fam(region: str, sender: str, subject: str | list[str], text: str, **kw: object) -> None:
        corpuslib.add_family(families, Family(region, sender, subject, text, **kw), prefix)  # type: ignore[arg-type]

    return fam


class TextFold:
    """ASCII folding, slugs and e-mail local parts for the names a generator's pools use.

    ``accented``/``plain``: the letters folded and what they become (same length); ``fold_slug``: whether
    ``slug`` folds before it lower-cases (else it expects text that is already ASCII)."""

    def __init__(self, accented: str, plain: str, fold_slug: bool) -> None:
        self.table = str.maketrans(accented, plain)
        self.fold_slug = fold_slug

    def fold(self, text: str) -> str:
        """ASCII-fold the accented letters of the table (for e-mail addresses and URLs)."""
        return text.translate(self.table)

    def slug(self, text: str) -> str:
        """Lower-case letters and digits only, "&" written "and"."""
        if self.fold_slug:
            text = self.fold(text)
        return re.sub(r"[^a-z0-9]", "", text.lower().replace("&", "and"))

    def email_local(self, name: str, rng: random.Random) -> str:
        """The local part of the address of someone called ``name`` (see corpuslib.email_local)."""
        parts = [self.slug(self.fold(p)) for p in name.split()]
        return corpuslib.email_local([p for p in parts if p], rng)


def run(
    families: Sequence[Family],
    draw: Callable[[random.Random, Family], tuple[dict[str, str], datetime]],
    *,
    seed: int,
    prefix: str,
    label: str,
    min_families: int,
    out: Path,
) -> int:
    """Build the corpus (each family's variants from ``draw(rng, family)``: fresh slots and the message
    date), validate it (nothing is written unless that passes), write ``out`` and print the counts."""

    def expand(f: Family, rng: random.Random) -> list[corpuslib.Record]:
        return corpuslib.expand_other(f, rng, lambda: draw(rng, f), label, [2, 3, 3])

    def validate(rows: list[corpuslib.Record]) -> Counter[str]:
        """Fail loudly on anything the training code would choke on or learn wrong."""
        return corpuslib.validate_records(rows, {prefix: label}, min_families={label: min_families})

    rows, _ = corpuslib.generate(families, expand, seed, validate, out)
    corpuslib.print_summary(rows, out)
    return 0
