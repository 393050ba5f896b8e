"""Daemon benchmarks on a real local Dovecot; prints figures, asserts nothing.

    .venv/bin/python bench/bench_daemon.py [--messages 2000] [--latency-samples 20]

- first run: `run_once` over a fresh mailbox of N messages (lookback covering all of them), beside the
  floor set by the server: a bare imapclient loop that only FETCHes BODY.PEEK[] in batches of 500;
- IDLE latency: `run_forever` in IDLE mode; seconds from APPEND of an invitation to its draft in Drafts.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from dovecot import DovecotServer  # noqa: E402
from followup import config  # noqa: E402
from followup.daemon import service  # noqa: E402
from followup.pipeline import Pipeline  # noqa: E402
from harness import PASSWORD_ENV, write_config  # noqa: E402
from mailgen import mailbox  # noqa: E402


def make_settings(
    server: DovecotServer, user: str, password: str, state: Path, mode: str = "idle"
) -> config.Settings:
    os.environ[PASSWORD_ENV] = password
    path = write_config(state / "config.toml", port=server.imap_port, user=user, state=state, mode=mode)
    return config.load(path)


def seed(server: DovecotServer, user: str, messages: list[bytes]) -> float:
    started = time.perf_counter()
    with server.client(user) as imap:
        for i in range(0, len(messages), 500):
            imap.multiappend("INBOX", messages[i : i + 500])
    return time.perf_counter() - started


def fetch_floor(server: DovecotServer, user: str) -> float:
    started = time.perf_counter()
    with server.client(user) as imap:
        imap._imap.debug = 0  # as followup's session does (daemon/imap.py _quiet_wire): no repr of each body
        imap.select_folder("INBOX", readonly=True)
        uids = imap.search("ALL")
        for i in range(0, len(uids), 500):
            imap.fetch(uids[i : i + 500], ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"])
    return time.perf_counter() - started


def first_run(server: DovecotServer, pipeline_cache: dict, n: int, tmp: Path) -> None:  # type: ignore[type-arg]
    user, password = server.add_user()
    now = datetime.now(UTC)
    messages = mailbox(n, now=now)
    seeded = seed(server, user, messages)
    settings = make_settings(server, user, password, tmp / "first")
    load_started = time.perf_counter()
    pipeline = Pipeline.load(settings)
    load = time.perf_counter() - load_started
    pipeline_cache["p"] = pipeline
    started = time.perf_counter()
    result = service.run_once(settings, pipeline=pipeline)["bench"]
    wall = time.perf_counter() - started
    floor = fetch_floor(server, user)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"first run over {n} messages ({sum(map(len, messages)) / 1e6:.1f} MB, seeded in {seeded:.1f} s):")
    print(f"  model + rules load      {load:6.2f} s")
    print(f"  run_once wall time      {wall:6.2f} s  = {n / wall:7.0f} messages/s  ({result.drafts} drafts, "
          f"{result.scheduled} timed, {result.failed} failed)")  # fmt: skip
    print(
        f"  fetch-only floor        {floor:6.2f} s  = {n / floor:7.0f} messages/s  (ratio {wall / floor:.1f}x)"
    )
    print(f"  peak RSS of this process {rss:5.0f} MB")


def idle_latency(server: DovecotServer, pipeline_cache: dict, samples: int, tmp: Path) -> None:  # type: ignore[type-arg]
    user, password = server.add_user()
    settings = make_settings(server, user, password, tmp / "idle", mode="idle")
    pipeline = pipeline_cache.get("p") or Pipeline.load(settings)
    stop = threading.Event()
    thread = threading.Thread(
        target=service.run_forever, args=(settings, stop), kwargs={"pipeline": pipeline}
    )
    thread.start()
    rng = random.Random(7)
    invitation = (ROOT / "src" / "followup" / "demo" / "01-invitation.eml").read_bytes()
    latencies = []
    try:
        time.sleep(1.5)
        with server.client(user) as watcher:
            for i in range(samples):
                time.sleep(rng.uniform(0.3, 1.5))
                data = invitation.replace(
                    b"X-Demo-Age: 3h", f"Date: {datetime.now(UTC):%a, %d %b %Y %H:%M:%S +0000}".encode()
                )
                data = data.replace(b"<demo-01-invite@", f"<lat{i}-invite@".encode())
                before = watcher.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"]
                started = time.perf_counter()
                server.append(user, "INBOX", data)
                while watcher.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"] <= before:
                    if time.perf_counter() - started > 30:
                        raise SystemExit("no draft within 30 s: the daemon is not picking up new mail")
                    time.sleep(0.01)
                latencies.append(time.perf_counter() - started)
    finally:
        stop.set()
        thread.join(timeout=20)
    latencies.sort()
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    print(f"IDLE latency, APPEND -> draft in Drafts, {samples} samples:")
    print(f"  median {statistics.median(latencies):.2f} s   p95 {p95:.2f} s   max {latencies[-1]:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--latency-samples", type=int, default=20)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    cache: dict = {}  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp, DovecotServer() as server:
        server.start()
        if args.messages:
            first_run(server, cache, args.messages, Path(tmp))
        if args.latency_samples:
            idle_latency(server, cache, args.latency_samples, Path(tmp))


if __name__ == "__main__":
    main()
