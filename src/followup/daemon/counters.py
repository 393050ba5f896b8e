"""Live figures of one account's worker: for logs, `STATUS=`, the demo and the stage timings."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import TypeVar

T = TypeVar("T")


@dataclass
class Counters:
    """Live figures for logs, `STATUS=` and the demo's summary."""

    seen: int = 0
    drafts: int = 0
    scheduled: int = 0
    skipped: int = 0
    failed: int = 0
    cancelled: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage (fetch, parse, ...)

    def since(self, before: Counters) -> Counters:
        """What happened after `before` was taken (a copy of these counters)."""
        delta = Counters(**{f.name: getattr(self, f.name) - getattr(before, f.name) for f in fields(self)
                            if f.name not in {"labels", "stages"}})  # fmt: skip
        delta.labels = {
            k: n - before.labels.get(k, 0) for k, n in self.labels.items() if n != before.labels.get(k, 0)
        }
        delta.stages = {k: t - before.stages.get(k, 0.0) for k, t in self.stages.items()}
        return delta

    def timed(self, items: Iterable[T], stage: str) -> Iterator[T]:
        """`items`, adding the time each one takes to arrive to `stage` (a streamed FETCH)."""
        source = iter(items)
        while True:
            began = time.perf_counter()
            try:
                item = next(source)
            except StopIteration:
                return
            finally:
                self.stages[stage] = self.stages.get(stage, 0.0) + time.perf_counter() - began
            yield item

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        """Add the time the block takes to `stage` (the first big run reports where time went)."""
        began = time.perf_counter()
        try:
            yield
        finally:
            self.stages[stage] = self.stages.get(stage, 0.0) + time.perf_counter() - began
