"""`make bench`: every benchmark, one after the other, each printing its own figures.

    .venv/bin/python bench/run_all.py [--messages 10000] [--samples 50] [--idle-minutes 10]

1. backlog and its footprint: `followup once` over a 10,000-message mailbox (bench_backlog.py)
2. latency and idle footprint of `followup run` on IDLE (bench_live.py)
3. big mail: the peak memory of `followup once` over 30 mails of 10 MB (bench_memory.py)
4. the classification stage alone (bench_classify.py, written with the classifier, when present)

Each runs in its own interpreter so one's memory does not count against the next. Nothing is
asserted: the goals are printed beside the figures. The exit code is 1 when a benchmark failed to run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def run(script: str, *args: str) -> int:
    command = [sys.executable, str(BENCH / script), *args]
    print(f"\n$ {' '.join(['.venv/bin/python', f'bench/{script}', *args])}", flush=True)
    started = time.perf_counter()
    code = subprocess.call(command, cwd=BENCH.parent)
    print(f"({script} finished in {time.perf_counter() - started:.0f} s, exit code {code})", flush=True)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=10_000, help="backlog size")
    parser.add_argument("--samples", type=int, default=50, help="latency samples")
    parser.add_argument("--idle-minutes", type=float, default=10.0, help="idle measurement length")
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    started = time.perf_counter()
    codes = [
        run("bench_backlog.py", "--messages", str(args.messages)),
        run("bench_live.py", "--samples", str(args.samples), "--idle-minutes", f"{args.idle_minutes:g}"),
        run("bench_memory.py"),
    ]
    if (BENCH / "bench_classify.py").exists():
        codes.append(run("bench_classify.py"))
    else:
        print("\n(bench/bench_classify.py not present: no classification-stage figure)")
    print(f"\nall benchmarks took {time.perf_counter() - started:.0f} s")
    return 1 if any(codes) else 0


if __name__ == "__main__":
    sys.exit(main())
