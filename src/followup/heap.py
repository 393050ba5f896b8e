"""The cyclic garbage collector around start-up and the reader's fork: CPU only, no object lives longer.

Imports and the model load make some 100,000 objects that live until exit. While they are made, the
allocations trigger collections that rescan the ones made so far, full ones among them: measured,
about 0.27 s of CPU of a 2.4 s start-up, for nothing (little of it is garbage). Once made, the command
itself (not a test calling `main` in-process, whose frozen garbage would stay) freezes them, so the full
collections of a long backlog skip them too.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_freeze_when_built = False


def freeze_when_built() -> None:
    """The whole process is the command (entry()): freeze what each start-up block made, once made."""
    global _freeze_when_built
    _freeze_when_built = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block without cyclic collections, then restore the collector as it was.

    Garbage cycles made meanwhile are collected by the next collection after it; reference counting
    frees everything else at once as always. Nested and concurrent use ends with the collector on
    unless it was off before the outermost block (someone turned it off on purpose).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freeze_when_built:
            gc.freeze()  # O(1): the objects move to the permanent generation, nothing is scanned
        if was_enabled:
            gc.enable()


@contextmanager
def frozen_for_fork() -> Iterator[None]:
    """Freeze the heap across a fork: the child's collections skip what it inherits and leave it shared.

    This process goes on as before: unfrozen at once (O(1)), unless the command froze its start-up heap
    already; then it stays frozen, and the garbage waiting for a collection is collected first, or it
    would stay frozen with the heap for the life of `followup run`, one backlog after another.
    """
    frozen_before = gc.get_freeze_count() > 0
    if frozen_before:
        gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        if not frozen_before:
            gc.unfreeze()
