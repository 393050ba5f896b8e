"""Does a second process for parsing and classifying pay on this machine? Measured, not guessed.

    .venv/bin/python bench/bench_two_process.py [--messages 3000]

Parses and classifies the backlog mail (bench/mailgen.py) in batches of 200, as the worker does: once
in this process alone, then split between this process and a forked child that inherits the loaded
model (copy-on-write), each taking every other batch, with the child's results pickled back as the
daemon would need them. Prints both rates, the speedup, the pickling cost, and the memory of the two
processes (RSS, and PSS, which splits the pages they share). The load average is printed beside
the figures: on a machine other work keeps busy a second core may not be free. Asserts nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

BATCH = 200
_CLASSIFIER: Any = None


def _kb(pid: int, path: str, field: str) -> int:
    from harness import proc_status_kb  # imported when measured, not before the fork

    return proc_status_kb(pid, field, path) or 0


def work(batch: list[bytes]) -> list[Any]:
    """Parse and classify one batch; what the worker hands on to the decision stage."""
    from followup import mail

    emails = []
    for data in batch:
        try:
            emails.append(mail.parse(data))
        except Exception:  # a message that cannot be parsed is skipped, as the worker does
            continue
    results = list(_CLASSIFIER.classify_many(emails, entities_for_other=False))
    return list(zip(emails, results, strict=True))


def _child(batch: list[bytes]) -> tuple[bytes, int, int]:
    out = pickle.dumps(work(batch), protocol=pickle.HIGHEST_PROTOCOL)
    pid = os.getpid()
    return out, _kb(pid, "status", "VmHWM"), _kb(pid, "smaps_rollup", "Pss")


def main(argv: list[str] | None = None) -> int:
    global _CLASSIFIER
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=3000)
    args = parser.parse_args(argv)

    from followup.classifiers import Classifier
    from harness import crlf
    from mailgen import mailbox

    messages = [crlf(m) for m in mailbox(args.messages, now=datetime.now(UTC))]
    batches = [messages[i : i + BATCH] for i in range(0, len(messages), BATCH)]
    _CLASSIFIER = Classifier.load()
    work(batches[0])  # warm up (lazy loads) so both runs start alike

    began = time.perf_counter()
    for batch in batches:
        work(batch)
    serial = time.perf_counter() - began

    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1) as pool:
        pool.apply(os.getpid)  # the fork itself is not what is measured
        began = time.perf_counter()
        pending = [pool.apply_async(_child, (b,)) for b in batches[1::2]]
        for batch in batches[0::2]:
            work(batch)
        unpickle = 0.0
        child_hwm = child_pss = 0
        for job in pending:
            data, hwm, pss = job.get()
            t = time.perf_counter()
            pickle.loads(data)
            unpickle += time.perf_counter() - t
            child_hwm, child_pss = max(child_hwm, hwm), max(child_pss, pss)
        split = time.perf_counter() - began
    me = os.getpid()
    n = len(messages)
    print(f"parse + classify, {n} backlog messages in batches of {BATCH}; "
          f"{len(os.sched_getaffinity(0))} CPUs, load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"  one process            {serial:6.2f} s = {n / serial:6.0f} messages/s")
    print(
        f"  two processes (fork)   {split:6.2f} s = {n / split:6.0f} messages/s  (speedup {serial / split:.2f}x)"
    )
    print(f"  unpickling the child's results in the parent: {unpickle:.2f} s")
    print(f"  memory: parent peak RSS {_kb(me, 'status', 'VmHWM') / 1024:.0f} MB, child peak RSS "
          f"{child_hwm / 1024:.0f} MB; PSS parent {_kb(me, 'smaps_rollup', 'Pss') / 1024:.0f} MB + child "
          f"{child_pss / 1024:.0f} MB (PSS counts shared pages once)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
