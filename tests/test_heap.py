"""The collector pause around start-up: it must never leave the cyclic collector off behind it."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from followup.heap import collector_paused


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
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr
