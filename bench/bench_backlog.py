"""Backlog benchmark: `followup once` (the real CLI, model load included) over a large mailbox.

    .venv/bin/python bench/bench_backlog.py [--messages 10000] [--one-process]

Prints the wall time from spawn to exit, messages/s, the floor (a bare imapclient loop that only
FETCHes BODY.PEEK[] of the same messages in batches of 500) and the ratio, the share of the time per
stage (fetch, parse, classify, decide, compose, append, other; `followup once` logs the split for a
big run; the second reading process's part apart), the CPU time of followup and the reading process
it forks (user + system: a figure a busy machine does not stretch), the peak RSS of the subprocess
(its VmHWM high-water mark, polled from /proc) and the peak PSS of it and its child together.
getrusage's ru_maxrss is not used: on Linux a child's ru_maxrss includes the pages it shared with
this process between fork and exec, so it reports this benchmark's own 300+ MB of generated mail.
`--one-process` sets `[classifier] second_process = false` for the same run in one process.
Asserts nothing; exits 1 only when the run itself fails.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench_daemon import fetch_floor, seed
from dovecot import DovecotServer
from harness import cli_env, crlf, run_cli_timed, write_config
from mailgen import mailbox


def backlog(server: DovecotServer, n: int, tmp: Path, *, one_process: bool = False) -> int:
    user, password = server.add_user()
    messages = [crlf(m) for m in mailbox(n, now=datetime.now(UTC))]
    size = sum(map(len, messages)) / 1e6
    seeded = seed(server, user, messages)
    config = write_config(tmp / "backlog" / "config.toml", port=server.imap_port, user=user,
                          state=tmp / "backlog" / "state", lookback_days=30,
                          extra_top="[classifier]\nsecond_process = false\n" if one_process else "")  # fmt: skip
    cpu_before = _children_cpu()
    result = run_cli_timed(["once", "--config", str(config)], cli_env(password), tmp / "backlog" / "once.log")
    cpu = _children_cpu() - cpu_before  # followup and the reading process it forked and reaped
    floor = fetch_floor(server, user)
    drafts = len(server.fetch_all(user, "Drafts")) if result.returncode == 0 else 0
    how = (
        "one process ([classifier] second_process = false)"
        if one_process
        else "second reading process allowed"
    )
    print(f"backlog: {n} messages ({size:.1f} MB, seeded in {seeded:.1f} s), lookback covering all; {how}")
    print(
        f"  load average before the run: {os.getloadavg()[0]:.2f} (2 CPUs; other work stretches the wall time)"
    )
    print(f"  command: {' '.join(['followup', 'once', '--config', str(config)])}")
    if result.returncode != 0:
        print(f"  followup once FAILED with exit code {result.returncode}:\n{result.log[-3000:]}")
        return 1
    print(
        f"  followup once wall time  {result.wall:7.2f} s = {n / result.wall:7.0f} messages/s (goal >= 1000)"
    )
    print(f"  fetch-only floor         {floor:7.2f} s = {n / floor:7.0f} messages/s")
    print(f"  ratio to the floor       {result.wall / floor:7.1f}x")
    print(f"  drafts written           {drafts:7d}")
    print(
        f"  CPU time, all processes  {cpu:7.2f} s (user + system; a busy machine stretches the wall time, less this)"
    )
    print(f"  peak RSS (VmHWM)         {result.peak_rss_mb:7.0f} MB (goal < 300)")
    print(
        f"  peak PSS, with children  {result.peak_family_pss_mb:7.0f} MB (both processes, shared pages once)"
    )
    summary = [line for line in result.log.splitlines() if "new message(s)" in line]
    if summary:
        print(f"  followup said: {summary[-1].split(' ', 3)[-1]}")
    print_stages(result.log, result.wall)
    return 0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def print_stages(log: str, wall: float) -> None:
    """The stage split `followup once` logs for a big run, as shares of the end-to-end wall time.

    With a second reading process (daemon/reader.py) its parse and classify seconds are printed
    apart: they ran at the same time as the main process's stages, so they are not in the sum.
    """
    lines = [line for line in log.splitlines() if "time by stage:" in line]
    if not lines:
        print("  (followup logged no stage split)")
        return
    main_part, _, second_part = lines[-1].split("time by stage:")[1].partition("; in a second process")
    stages = {name: float(sec) for name, sec in re.findall(r"(\w+) ([\d.]+) s", main_part)}
    stages.pop("other", None)
    stages["other"] = max(wall - sum(stages.values()), 0.0)  # start-up, model load, login, state database
    print(f"  time by stage in the main process, share of the {wall:.1f} s end to end:")
    for name, seconds in stages.items():
        note = "  (start-up, model load, login, state database)" if name == "other" else ""
        print(f"    {name:<9} {seconds:6.2f} s {100 * seconds / wall:4.0f}%{note}")
    second = re.findall(r"(\w+) ([\d.]+) s", second_part)
    if second:
        print("  in the second reading process, at the same time:")
        for name, seconds in second:
            print(f"    {name:<9} {float(seconds):6.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--one-process", action="store_true", help="turn the second reading process off")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp, DovecotServer() as server:
        code = backlog(server, args.messages, Path(tmp), one_process=args.one_process)
    print(f"  (benchmark took {time.perf_counter() - started:.0f} s)")
    return code


if __name__ == "__main__":
    sys.exit(main())
