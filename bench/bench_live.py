"""Live benchmarks of `followup run` (the real CLI in IDLE mode) on a local Dovecot.

    .venv/bin/python bench/bench_live.py [--samples 50] [--idle-minutes 10]

- latency: APPEND interview invitations and rejections (alternating, at random intervals) and time
  each one from APPEND to its first draft being visible in Drafts (a second connection polls SEARCH
  HEADER In-Reply-To); median, p95, max. Goal: median < 1 s, p95 < 2 s.
- idle footprint: then leave the same daemon idling on IDLE for N minutes and read its RSS and CPU
  from /proc. Goal: CPU < 0.5% of one core.

Bench_daemon.py measures the same latency in-process (run_forever in a thread); this one measures
what a user runs, a separate process with its own model load.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from dovecot import DovecotServer
from followup import config as cfg
from followup.models import Label
from followup.pipeline import Pipeline
from harness import (
    Daemon,
    cli_env,
    crlf,
    expected_keys,
    percentile,
    proc_cpu_seconds,
    proc_status_kb,
    write_config,
)
from mailgen import load_records, to_message


def candidates(pipeline: Pipeline, count: int, rng: random.Random) -> list[bytes]:
    """Invitations and rejections, alternating, that a clean run answers with a draft at once.

    Corpus records the classifier gets wrong would time out instead of measuring latency, so they
    are left out here (the classifier's accuracy is `followup eval`'s business, not this one's).
    """
    records = load_records()
    pools = {
        label: [r for r in records if r["label"] == label.value]
        for label in (Label.INTERVIEW_INVITATION, Label.REJECTION)
    }
    out: list[bytes] = []
    tries = 0
    while len(out) < count and tries < count * 20:
        tries += 1
        label = (Label.INTERVIEW_INVITATION, Label.REJECTION)[len(out) % 2]
        record = rng.choice(pools[label])
        data = crlf(to_message(record, now=datetime.now(UTC), n=10_000 + tries, rng=rng))
        # Date = now: an invitation processed long after its interview would get no thank-you, etc.
        head, sep, body = data.partition(b"\r\n\r\n")
        lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"date:")]
        lines.append(f"Date: {format_datetime(datetime.now(UTC))}".encode())
        data = b"\r\n".join(lines) + sep + body
        if expected_keys(pipeline, [data]).now:
            out.append(data)
    return out


def message_id(data: bytes) -> str:
    for line in data.split(b"\r\n"):
        if line.lower().startswith(b"message-id:"):
            return line.split(b":", 1)[1].strip().decode()
    raise ValueError("generated message without Message-ID")


def latency(server: DovecotServer, user: str, messages: list[bytes], rng: random.Random) -> list[float]:
    out: list[float] = []
    with server.client(user) as watcher:
        watcher.select_folder("Drafts", readonly=True)
        for data in messages:
            time.sleep(rng.uniform(0.5, 2.0))
            mid = message_id(data)
            started = time.perf_counter()
            server.append(user, "INBOX", data)
            while True:
                watcher.noop()  # Dovecot shows new mail in a selected folder only after a command
                if watcher.search(["HEADER", "In-Reply-To", mid]):
                    break
                if time.perf_counter() - started > 30:
                    raise SystemExit(f"no draft for {mid} within 30 s: the daemon is not picking up new mail")
                time.sleep(0.005)
            out.append(time.perf_counter() - started)
    return out


def idle_footprint(daemon: Daemon, minutes: float) -> tuple[float, float, float]:
    """(CPU % of one core, RSS at the end in MB, max RSS seen in MB) over `minutes` of idling."""
    pid = daemon.pid
    cpu0, t0 = proc_cpu_seconds(pid), time.monotonic()
    peak = 0
    deadline = t0 + minutes * 60
    while time.monotonic() < deadline:
        rss = proc_status_kb(pid, "VmRSS")
        if rss is None:
            raise SystemExit(f"followup run died while idling:\n{daemon.tail()}")
        peak = max(peak, rss)
        time.sleep(min(5.0, max(0.0, deadline - time.monotonic())))
    cpu1, t1 = proc_cpu_seconds(pid), time.monotonic()
    end_rss = proc_status_kb(pid, "VmRSS") or 0
    assert cpu0 is not None and cpu1 is not None
    return 100 * (cpu1 - cpu0) / (t1 - t0), end_rss / 1024, max(peak, end_rss) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--samples", type=int, default=50, help="messages APPENDed for the latency figures")
    parser.add_argument("--idle-minutes", type=float, default=10.0, help="idle measurement (0 skips it)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp_name, DovecotServer() as server:
        tmp = Path(tmp_name)
        user, password = server.add_user()
        config = write_config(tmp / "config.toml", port=server.imap_port, user=user, state=tmp / "state")
        pipeline = Pipeline.load(cfg.load(config))
        messages = candidates(pipeline, args.samples, rng)
        del pipeline
        daemon = Daemon(config, cli_env(password), tmp / "run.log")
        daemon.start()
        try:
            daemon.wait_logged_in()
            time.sleep(1.0)  # first sync of the empty INBOX, then IDLE
            print(f"latency: `followup run --config {config}` (IDLE) on Dovecot 127.0.0.1:{server.imap_port}")
            if messages:
                lat = latency(server, user, messages, rng)
                print(f"  APPEND -> first draft visible in Drafts, {len(lat)} messages "
                      f"(invitations and rejections alternating, 0.5-2 s apart):")  # fmt: skip
                print(f"  median {statistics.median(lat):.3f} s   p95 {percentile(lat, 0.95):.3f} s   "
                      f"max {max(lat):.3f} s   (goal: median < 1 s, p95 < 2 s)")  # fmt: skip
            if args.idle_minutes > 0:
                cpu, rss, peak = idle_footprint(daemon, args.idle_minutes)
                print(
                    f"idle footprint: `followup run` on IDLE for {args.idle_minutes:g} min (pid {daemon.pid}):"
                )
                print(f"  CPU {cpu:.3f}% of one core (goal < 0.5%)   RSS {rss:.0f} MB at the end, "
                      f"{peak:.0f} MB max while idling")  # fmt: skip
            if not daemon.alive():
                print(f"followup run is not running any more:\n{daemon.tail()}")
                return 1
        finally:
            code = daemon.stop()
        print(f"  followup run stopped on SIGTERM with exit code {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
