"""The collector pause around start-up: it must never leave the cyclic collector off behind it."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from followup.heap import collector_paused


def _python(code: str) -> tuple[str, str]:
    """Run code in a fresh interpreter (a frozen heap would stay with the test process): stdout, stderr."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    return done.stdout.strip(), done.stderr


def test_the_collector_is_off_inside_and_back_on_after_even_on_an_error() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the inner block does not turn it back on early
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("model load failed")
    assert gc.isenabled()


def test_a_collector_turned_off_on_purpose_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_command_freezes_what_start_up_made_and_collects_the_rest_as_before() -> None:
    """Only entry() asks for it (a test calling main() in-process never freezes its heap): a child process."""
    code = (
        "import gc\n"
        "from followup import heap\n"
        "with heap.collector_paused():\n"
        "    pass\n"
        "assert gc.get_freeze_count() == 0\n"
        "heap.freeze_when_built()\n"
        "with heap.collector_paused():\n"
        "    model = [[i] for i in range(1000)]\n"
        "assert gc.get_freeze_count() >= 1000 and gc.isenabled()\n"
        "print('ok')\n"
    )
    out, err = _python(code)
    assert out == "ok", err


def test_a_fork_from_a_frozen_heap_collects_the_waiting_garbage_instead_of_freezing_it() -> None:
    """`followup run` forks a reader for every backlog; garbage frozen each time would never be freed."""
    code = (
        "import gc, weakref\n"
        "from followup import heap\n"
        "gc.freeze()  # what the command does once start-up is built\n"
        "class Node: pass\n"
        "gc.disable()  # the cycles of a finished batch, waiting for the next collection\n"
        "refs = []\n"
        "for _ in range(2000):\n"
        "    a, b = Node(), Node()\n"
        "    a.other, b.other = b, a\n"
        "    refs.append(weakref.ref(a))\n"
        "del a, b\n"
        "with heap.frozen_for_fork():\n"
        "    pass\n"
        "gc.enable()\n"
        "gc.collect()  # a full collection frees nothing that was frozen\n"
        "assert gc.get_freeze_count() > 0, 'the start-up heap stays frozen'\n"
        "print(sum(r() is not None for r in refs))\n"
    )
    out, err = _python(code)
    assert out == "0", err or f"{out} garbage cycles stayed frozen"


def test_a_fork_from_an_unfrozen_heap_leaves_it_unfrozen() -> None:
    code = (
        "import gc\n"
        "from followup import heap\n"
        "with heap.frozen_for_fork():\n"
        "    assert gc.get_freeze_count() > 0\n"
        "print(gc.get_freeze_count())\n"
    )
    out, err = _python(code)
    assert out == "0", err
