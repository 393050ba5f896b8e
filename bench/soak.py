"""`make soak`: followup under faults for a bounded time, then an exact check of what it wrote.

    .venv/bin/python bench/soak.py [--minutes 10] [--messages N] [--seed 1] [--no-fuzz]

`followup run` (the real CLI, a subprocess) watches a local Dovecot through a loopback proxy the
soak controls, under a small supervisor that restarts it like systemd's Restart=on-failure
(RestartSec 0.5-1 s). Meanwhile, at random moments: messages are delivered (through Dovecot's own
port, never through the proxy), followup is killed with SIGKILL, Dovecot is restarted, and the
proxy resets every connection or stalls them (stops forwarding for 1-15 s, longer than the
account's 10 s timeout now and then), Drafts goes over quota for 5-30 s (the server refuses every
APPEND: `NO [OVERQUOTA]`), and a `followup once` is started beside the running daemon on the same
state (it must stop at once, in one line naming the daemon's pid). Then a quiet period lets
everything settle, and the soak compares with its ledger of deliveries:

- every expected draft in Drafts exactly once: expected = the keys of the drafts that are always
  written at once (`at = "now"`: replies, notes to self), computed with the same pipeline and
  followup.models.draft_key. Timed drafts (thank-you notes, check-ins) are due hours to weeks
  later, or at once only when their moment has passed, so whether one lands depends on the clock:
  they are counted apart and only checked for duplicates and for belonging to a delivered message;
- no duplicate X-Followup-Key in Drafts; no draft that no delivered message explains;
- every INBOX message byte-for-byte as delivered, none lost, none added, none \\Seen;
- the daemon alive, and no exit the soak did not cause; every second instance stopped at once.

Exit 1 when any of these fails. All traffic stays on 127.0.0.1. Afterwards the long fuzz budget of
tests/test_fuzz.py runs (HYPOTHESIS_PROFILE=long) unless --no-fuzz.
"""

from __future__ import annotations

import argparse
import contextlib
import heapq
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from imapclient import IMAPClient

from dovecot import DovecotServer
from followup import config as cfg
from followup.pipeline import Pipeline
from harness import ROOT, Daemon, Expected, cli_env, crlf, expected_keys, followup_command, write_config
from mailgen import mailbox
from proxy import FaultProxy


@dataclass
class Tally:
    deliveries: int = 0
    kills: int = 0
    restarts: int = 0  # of Dovecot
    cuts: int = 0  # proxy resets
    connections_cut: int = 0
    stalls: int = 0
    stall_seconds: float = 0.0
    daemon_starts: int = 0
    unexpected_exits: list[int] = field(default_factory=list)
    quotas: int = 0  # windows in which the server refused every APPEND to Drafts
    quota_seconds: float = 0.0
    second_runs: int = 0  # `followup once` started beside the running `followup run`
    second_refused: int = 0  # ... that stopped at once with one line naming the other process
    second_wrong: list[str] = field(default_factory=list)


class Supervisor:
    """Restart=on-failure for `followup run`: any exit or kill is followed by a restart after a short delay."""

    def __init__(self, daemon: Daemon, tally: Tally, rng: random.Random) -> None:
        self.daemon, self.tally, self.rng = daemon, tally, rng
        self.lock = threading.Lock()
        self._stop = threading.Event()
        self._killed = False  # the next exit was ours
        self.started_at = 0.0
        self._thread = threading.Thread(target=self._watch, name="supervisor", daemon=True)

    def start(self) -> None:
        with self.lock:
            self.daemon.start()
            self.started_at = time.monotonic()
            self.tally.daemon_starts += 1
        self._thread.start()

    def kill(self) -> bool:
        with self.lock:
            if not self.daemon.alive():
                return False
            self._killed = True
            self.daemon.kill9()
        self.tally.kills += 1
        return True

    def _watch(self) -> None:
        while not self._stop.is_set():
            with self.lock:
                proc = self.daemon.proc
                exited = proc is not None and proc.poll() is not None
                if exited and proc is not None:
                    if not self._killed:
                        self.tally.unexpected_exits.append(proc.returncode)
                        print(f"  !! followup run exited by itself (code {proc.returncode})", flush=True)
                    self._killed = False
            if exited:
                if self._stop.wait(self.rng.uniform(0.5, 1.0)):  # RestartSec
                    return
                with self.lock:
                    self.daemon.start()
                    self.started_at = time.monotonic()
                    self.tally.daemon_starts += 1
            self._stop.wait(0.05)

    def second_instance(self, config: Path, env: dict[str, str]) -> None:
        """`followup once` on the same state while `run` holds it: it must stop at once, in one line.

        Only while `run` has been up for a while (it takes the lock first thing), and with restarts
        held back meanwhile, so the two never race for the lock at start-up.
        """
        with self.lock:
            if not self.daemon.alive() or time.monotonic() - self.started_at < 15:
                return
            self.tally.second_runs += 1
            done = subprocess.run([*followup_command(), "once", "--config", str(config)], env=env,
                                  capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
        lines = done.stderr.strip().splitlines()
        if done.returncode == 1 and len(lines) == 1 and f"in use by pid {self.daemon.pid}" in lines[0]:
            self.tally.second_refused += 1
        else:
            self.tally.second_wrong.append(f"exit {done.returncode}: {done.stderr.strip()[-300:]}")

    def stop(self) -> int | None:
        self._stop.set()
        self._thread.join(timeout=5)
        with self.lock:
            return self.daemon.stop()


class Deliverer:
    """Delivers through Dovecot's own port with one connection, reconnecting after a restart.

    A failed APPEND is looked up by Message-ID before it is retried, so the ledger never holds a
    message twice or misses one.
    """

    def __init__(self, server: DovecotServer, user: str) -> None:
        self.server, self.user = server, user
        self._imap: IMAPClient | None = None
        self.ledger: dict[int, bytes] = {}

    def _client(self) -> IMAPClient:
        if self._imap is None:
            imap = IMAPClient(self.server.host, self.server.imap_port, ssl=False, timeout=10)
            imap.login(self.user, self.server.password(self.user))
            self._imap = imap
        return self._imap

    def drop(self) -> None:
        imap, self._imap = self._imap, None
        if imap is not None:
            with contextlib.suppress(Exception):
                imap.shutdown()

    def deliver(self, data: bytes, message_id: str) -> int:
        for attempt in range(20):
            try:
                imap = self._client()
                if attempt:
                    imap.select_folder("INBOX", readonly=True)
                    found = imap.search(["HEADER", "Message-ID", message_id])
                    if found:
                        uid = int(max(found))
                        self.ledger[uid] = data
                        return uid
                response = imap.append("INBOX", data)
                text = response.decode() if isinstance(response, bytes) else str(response)
                uid = int(text.split("]")[0].split()[-1])
                self.ledger[uid] = data
                return uid
            except Exception:
                self.drop()
                time.sleep(0.2)
        raise RuntimeError(f"could not deliver {message_id} after 20 attempts")


def message_id_of(data: bytes) -> str:
    return str(BytesHeaderParser().parsebytes(data)["Message-ID"]).strip()


def draft_keys(server: DovecotServer, user: str) -> Counter[str]:
    """X-Followup-Key of every message in Drafts (headers only, with PEEK)."""
    with server.client(user) as imap:
        imap.select_folder("Drafts", readonly=True)
        uids = imap.search("ALL")
        keys: Counter[str] = Counter()
        for i in range(0, len(uids), 500):
            data = imap.fetch(uids[i : i + 500], ["BODY.PEEK[HEADER.FIELDS (X-FOLLOWUP-KEY)]"])
            for item in data.values():
                raw = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"")
                value = BytesHeaderParser().parsebytes(raw)["X-Followup-Key"]
                keys[str(value).strip() if value is not None else "(none)"] += 1
    return keys


def schedule(
    args: argparse.Namespace, rng: random.Random, messages: list[bytes]
) -> list[tuple[float, int, str, object]]:
    """(time, tie-break, kind, payload) of every event in the fault phase, soonest first."""
    span = args.minutes * 60
    events: list[tuple[float, int, str, object]] = []
    n = 0
    for data in messages:
        events.append((rng.uniform(0, span), (n := n + 1), "deliver", data))
    for _ in range(round(args.kills_per_minute * args.minutes)):
        events.append((rng.uniform(5, span), (n := n + 1), "kill", None))
    for _ in range(max(1, round(args.minutes / 3))):
        events.append((rng.uniform(10, span - 5), (n := n + 1), "restart", None))
    for _ in range(round(args.cuts_per_minute * args.minutes)):
        events.append((rng.uniform(5, span), (n := n + 1), "cut", None))
    for _ in range(round(args.stalls_per_minute * args.minutes)):
        events.append((rng.uniform(5, span - 15), (n := n + 1), "stall", rng.uniform(1.0, 15.0)))
    for _ in range(round(args.quotas_per_minute * args.minutes)):
        at, length = rng.uniform(5, span - 40), rng.uniform(5.0, 30.0)
        events.append((at, (n := n + 1), "quota", length))
        events.append((at + length, (n := n + 1), "unquota", length))
    for _ in range(round(args.seconds_per_minute * args.minutes)):
        events.append((rng.uniform(20, span), (n := n + 1), "second", None))
    heapq.heapify(events)
    return [heapq.heappop(events) for _ in range(len(events))]


def settle(server: DovecotServer, user: str, expected: set[str], timeout: float) -> Counter[str]:
    """Wait until every expected draft is there and Drafts stopped changing for 10 s (or timeout)."""
    deadline = time.monotonic() + timeout
    last: Counter[str] = Counter()
    stable_since = time.monotonic()
    while True:
        keys = draft_keys(server, user)
        if keys != last:
            last, stable_since = keys, time.monotonic()
        done = expected <= set(keys) and time.monotonic() - stable_since >= 10
        if done or time.monotonic() > deadline:
            return keys
        time.sleep(2)


def check_inbox(server: DovecotServer, user: str, ledger: dict[int, bytes]) -> tuple[int, int, int, int]:
    """(messages \\Seen, changed, lost, unexplained) in INBOX against what was delivered."""
    found = {uid: (flags, data) for uid, flags, data in server.fetch_all(user, "INBOX")}
    seen = sum(1 for flags, _ in found.values() if any(f.lower() == "\\seen" for f in flags))
    changed = sum(1 for uid, data in ledger.items() if uid in found and bytes(found[uid][1]) != data)
    lost = sum(1 for uid in ledger if uid not in found)
    extra = sum(1 for uid in found if uid not in ledger)
    return seen, changed, lost, extra


def diagnose(state: Path, missing: set[str], expected: Expected) -> None:
    """What the daemon's own state says about each missing draft: was the message seen at all?"""
    db = sqlite3.connect(state / "state.sqlite3")
    try:
        print(f"  cursor: {db.execute('SELECT folder, uidvalidity, last_uid FROM cursors').fetchall()}")
        for key in sorted(missing)[:20]:
            identity = expected.sources.get(key, "?")
            message = db.execute(
                "SELECT uid, outcome, label, confidence FROM messages WHERE identity=?", (identity,)
            ).fetchone()
            ledger = db.execute("SELECT action, state FROM ledger WHERE key=?", (key,)).fetchone()
            print(f"  missing {key} of <{identity}>: message row {message}, ledger row {ledger}")
    finally:
        db.close()


def run_fuzz() -> int:
    env = dict(os.environ, HYPOTHESIS_PROFILE="long")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_fuzz.py"]
    print("\n$ HYPOTHESIS_PROFILE=long .venv/bin/pytest -q tests/test_fuzz.py", flush=True)
    return subprocess.call(command, cwd=ROOT, env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the fault phase (default 10)")
    parser.add_argument("--messages", type=int, default=None, help="deliveries (default 300 per minute)")
    parser.add_argument("--kills-per-minute", type=float, default=2.0)
    parser.add_argument("--cuts-per-minute", type=float, default=2.0)
    parser.add_argument("--stalls-per-minute", type=float, default=1.0)
    parser.add_argument("--quotas-per-minute", type=float, default=0.5,
                        help="windows of 5-30 s in which Drafts is over quota (every APPEND refused)")  # fmt: skip
    parser.add_argument("--seconds-per-minute", type=float, default=1.0,
                        help="`followup once` started beside the running daemon (must stop at once)")  # fmt: skip
    parser.add_argument("--settle", type=float, default=180.0, help="longest quiet period at the end (s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-fuzz", action="store_true", help="skip the long fuzz run afterwards")
    parser.add_argument(
        "--keep", action="store_true", help="keep the daemon's log and state when the soak fails"
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    count = args.messages if args.messages is not None else round(300 * args.minutes)
    tally = Tally()
    began = time.monotonic()

    with tempfile.TemporaryDirectory(prefix="followup-soak-") as tmp_name, DovecotServer() as server:
        tmp = Path(tmp_name)
        user, password = server.add_user()
        proxy = FaultProxy(server.imap_port).start()
        config = write_config(
            tmp / "config.toml", port=proxy.port, user=user, state=tmp / "state", lookback_days=30,
            extra_account="timeout = 10\nidle_renew = 30",
        )  # fmt: skip
        messages = [crlf(m) for m in mailbox(count, seed=args.seed, now=datetime.now(UTC), job_share=0.4)]
        expected = expected_keys(Pipeline.load(cfg.load(config)), messages)
        print(f"soak: {args.minutes:g} min, {count} messages, seed {args.seed}; Dovecot 127.0.0.1:"
              f"{server.imap_port}, proxy 127.0.0.1:{proxy.port}; log {tmp / 'run.log'}", flush=True)  # fmt: skip
        print(f"  expected: {len(expected.now)} drafts written at once, {len(expected.timed)} timed "
              f"(not compared), {expected.failed} messages the pipeline rejects", flush=True)  # fmt: skip

        daemon = Daemon(config, cli_env(password), tmp / "run.log")
        supervisor = Supervisor(daemon, tally, rng)
        deliverer = Deliverer(server, user)
        supervisor.start()
        try:
            daemon.wait_logged_in()
            start = time.monotonic()
            next_report = 60.0
            for at, _, kind, payload in schedule(args, rng, messages):
                delay = start + at - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                if kind == "deliver":
                    assert isinstance(payload, bytes)
                    deliverer.deliver(payload, message_id_of(payload))
                    tally.deliveries += 1
                elif kind == "kill":
                    supervisor.kill()
                elif kind == "restart":
                    deliverer.drop()
                    server.restart()
                    tally.restarts += 1
                elif kind == "cut":
                    tally.connections_cut += proxy.reset_all()
                    tally.cuts += 1
                elif kind == "quota":
                    # Drafts only (INBOX is not counted, deliveries go on); the cut makes followup log
                    # in again, so its session sees the quota at once.
                    server.set_quota(user, "*:storage=1K", "INBOX:ignore")
                    tally.connections_cut += proxy.reset_all()
                    tally.quotas += 1
                elif kind == "unquota":
                    assert isinstance(payload, float)
                    server.set_quota(user)
                    tally.quota_seconds += payload
                elif kind == "second":
                    supervisor.second_instance(config, cli_env(password))
                elif kind == "stall":
                    assert isinstance(payload, float)
                    proxy.stall(payload)
                    tally.stalls += 1
                    tally.stall_seconds += payload
                if at >= next_report:
                    next_report += 60
                    print(f"  {at / 60:4.1f} min: {tally.deliveries} delivered, {tally.kills} kills, "
                          f"{tally.restarts} restarts, {tally.cuts} cuts, {tally.stalls} stalls", flush=True)  # fmt: skip
            deliverer.drop()
            server.set_quota(user)  # in case a window was still open
            print("  fault phase over; quiet period until Drafts settles", flush=True)
            settle_began = time.monotonic()
            keys = settle(server, user, expected.now, args.settle)
            settled = time.monotonic() - settle_began
            alive = daemon.alive()
            seen, changed, lost, extra = check_inbox(server, user, deliverer.ledger)
        finally:
            code = supervisor.stop()
            proxy.stop()
        log_text = (tmp / "run.log").read_text(errors="replace")
        missing_keys = expected.now - set(keys)
        if missing_keys:
            diagnose(tmp / "state", missing_keys, expected)
        if args.keep and missing_keys:
            kept = Path(tempfile.mkdtemp(prefix="followup-soak-kept-"))
            shutil.copytree(tmp / "state", kept / "state")
            shutil.copy(tmp / "run.log", kept / "run.log")
            print(f"  state and log kept in {kept}")

    found = set(keys)
    duplicates = sum(n - 1 for n in keys.values() if n > 1)
    missing = len(expected.now - found)
    found_now = len(expected.now & found)
    found_timed = len(expected.timed & found)
    unexplained = len(found - expected.now - expected.timed)
    print(f"\nsoak result after {(time.monotonic() - began) / 60:.1f} min (quiet period {settled:.0f} s):")
    print(f"  deliveries {tally.deliveries}   kills {tally.kills}   server restarts {tally.restarts}   "
          f"cuts {tally.cuts} ({tally.connections_cut} connections)   stalls {tally.stalls} "
          f"({tally.stall_seconds:.0f} s in all)   daemon starts {tally.daemon_starts}")  # fmt: skip
    print(f"  drafts expected {len(expected.now)}   found {found_now}   duplicates {duplicates}   "
          f"missing {missing}   (timed drafts landed: {found_timed}; unexplained drafts: {unexplained})")  # fmt: skip
    print(f"  INBOX: {len(deliverer.ledger)} delivered, {seen} \\Seen, {changed} changed, {lost} lost, "
          f"{extra} not delivered by the soak")  # fmt: skip
    refused = log_text.count("refused the APPEND")
    print(f"  Drafts over quota: {tally.quotas} windows ({tally.quota_seconds:.0f} s in all), {refused} refused "
          f"APPENDs logged; second instances: {tally.second_runs} started, {tally.second_refused} stopped at "
          f"once with one line, {len(tally.second_wrong)} did something else")  # fmt: skip
    for wrong in tally.second_wrong[:5]:
        print(f"    second instance: {wrong}")
    print(f"  daemon alive at the end: {'yes' if alive else 'NO'}; exits the soak did not cause: "
          f"{len(tally.unexpected_exits)} {tally.unexpected_exits or ''}; SIGTERM exit code {code}")  # fmt: skip
    errors = [line for line in log_text.splitlines() if " ERROR " in line or "Traceback" in line]
    print(f"  daemon log: {log_text.count(' WARNING ')} warnings, {len(errors)} errors")
    for line in errors[:10]:
        print(f"    {line[:200]}")
    failed = bool(duplicates or missing or unexplained or seen or changed or lost or extra or not alive
                  or tally.unexpected_exits or tally.second_wrong)  # fmt: skip
    print("SOAK FAILED" if failed else "soak passed")
    if not args.no_fuzz and run_fuzz() != 0:
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
