"""The labelled corpus: loading JSONL records, turning them into Emails, splitting by family.

Records follow the format of corpus/*.jsonl (one object per line). Variants of one hand-written
family share a ``family`` id, so the split is by family: no near-duplicate crosses train/dev/test.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from email.utils import parseaddr
from enum import StrEnum
from pathlib import Path
from typing import Any

from followup.errors import ModelError
from followup.models import Address, CalendarEvent, Email, Label

# The corpus is built by tools/corpus/ into corpus/ of a source checkout; wheels ship the model only.
CORPUS_DIR = Path(__file__).resolve().parents[3] / "corpus"

Record = dict[str, Any]

REQUIRED_KEYS = ("id", "family", "label", "sender", "subject", "text", "date")


def read_jsonl(path: Path, what: str = "file") -> Iterator[tuple[int, Any]]:
    """(line number, value) of every non-blank line; a clear error names an unreadable file or line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ModelError(f"cannot read {what} {path}: {exc}; check the path") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise ModelError(f"{path}:{number}: not valid JSON ({exc.msg}); fix the line") from exc


def load_corpus(paths: Path | Iterable[Path]) -> list[Record]:
    """Read records from JSONL files (or every *.jsonl in a directory), in a fixed order.

    Sorting by id makes training independent of file-system order, which keeps it reproducible.
    """
    if isinstance(paths, Path):
        paths = sorted(paths.glob("*.jsonl")) if paths.is_dir() else [paths]
    records: list[Record] = []
    seen: set[str] = set()
    for path in sorted(Path(p) for p in paths):
        for number, rec in read_jsonl(path, "corpus file"):
            missing = [k for k in REQUIRED_KEYS if k not in rec]
            if missing:
                raise ModelError(
                    f"{path}:{number}: missing keys {missing}; every record needs {REQUIRED_KEYS}"
                )
            try:
                Label(rec["label"])
            except ValueError as exc:
                raise ModelError(
                    f"{path}:{number}: unknown label {rec['label']!r}; use one of Label"
                ) from exc
            if rec["id"] in seen:
                raise ModelError(f"{path}:{number}: duplicate id {rec['id']!r}; ids must be unique")
            seen.add(rec["id"])
            records.append(rec)
    records.sort(key=lambda r: r["id"])
    return records


def family_bucket(family: str) -> float:
    """A stable number in [0, 1) per family: the same family always lands in the same split."""
    digest = hashlib.sha256(family.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def fold_of(family: str, folds: int) -> int:
    """The cross-validation fold of a family: stable, and every variant of a family lands together."""
    return min(int(family_bucket(f"{family}#cv") * folds), folds - 1)


class Split(StrEnum):
    """The parts of the corpus a model is trained, calibrated and scored on (ALL: every record)."""

    TRAIN = "train"
    DEV = "dev"
    TEST = "test"
    ALL = "all"


def split(
    records: Iterable[Record], dev: float = 0.15, test: float = 0.15
) -> tuple[list[Record], list[Record], list[Record]]:
    """Split into train/dev/test by family hash (70/15/15 by default)."""
    train_set: list[Record] = []
    dev_set: list[Record] = []
    test_set: list[Record] = []
    for rec in records:
        b = family_bucket(str(rec["family"]))
        if b < test:
            test_set.append(rec)
        elif b < test + dev:
            dev_set.append(rec)
        else:
            train_set.append(rec)
    return train_set, dev_set, test_set


def _parse_dt(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _address(value: str) -> Address | None:
    name, addr = parseaddr(value or "")
    if not addr and not name:
        return None
    local, _, domain = addr.partition("@")
    return Address(name=name.strip(), email=f"{local}@{domain.lower()}" if domain else addr)


def record_to_email(rec: Record) -> Email:
    """Build the Email that mail.py would have produced for this message."""
    headers = {str(k).lower(): str(v) for k, v in (rec.get("headers") or {}).items()}
    events: tuple[CalendarEvent, ...] = ()
    ics = rec.get("ics")
    if ics:
        events = (
            CalendarEvent(
                start=_parse_dt(ics.get("start")),
                end=_parse_dt(ics.get("end")),
                summary=ics.get("summary") or "",
                location=ics.get("location") or "",
                url=ics.get("url") or "",
                method=(ics.get("method") or "REQUEST").upper(),
            ),
        )
    auto = headers.get("auto-submitted", "").strip().lower()
    return Email(
        message_id=f"{rec['id']}@corpus.followup",
        subject=rec.get("subject") or "",
        sender=_address(rec.get("sender") or ""),
        date=_parse_dt(rec.get("date")),
        text=rec.get("text") or "",
        full_text=rec.get("text") or "",
        events=events,
        list_id=headers.get("list-id", "").strip(),
        list_unsubscribe="list-unsubscribe" in headers,
        precedence=headers.get("precedence", "").strip().lower(),
        auto_submitted="" if auto == "no" else auto,
    )
