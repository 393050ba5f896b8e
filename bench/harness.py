"""What the benchmarks and the soak share: a config file for the real CLI, the CLI as a subprocess,
/proc readings of its memory and CPU, and the draft keys a clean run produces for a message.

The benchmarks run `.venv/bin/followup` exactly as a user would (model load, config parsing and
logging included), so the figures are what a user sees, not what an in-process call sees.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from followup import mail  # noqa: E402
from followup.models import ActionKind, draft_key  # noqa: E402
from followup.pipeline import Pipeline  # noqa: E402

FOLLOWUP = ROOT / ".venv" / "bin" / "followup"
PASSWORD_ENV = "FOLLOWUP_BENCH_PW"
PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")
# followup reads a personal model from $XDG_DATA_HOME/followup/model (`followup teach`): one left in the
# real home would decide part of the mail and check every message against its corrections (measured:
# classify 0.2 ms a message slower). The benchmarks run the shipped model, so point it at an empty place.
NO_PERSONAL_MODEL = Path("/nonexistent/followup-bench-data")


def followup_command() -> list[str]:
    """The installed CLI, else the module through this interpreter (same code, same imports)."""
    if FOLLOWUP.exists():
        return [str(FOLLOWUP)]
    return [sys.executable, "-m", "followup"]


def write_config(path: Path, *, port: int, user: str, state: Path, mode: str = "idle",
                 lookback_days: int = 30, extra_account: str = "", extra_top: str = "") -> Path:  # fmt: skip
    """A config for one plain-text loopback account; the password comes from $FOLLOWUP_BENCH_PW."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""
lookback_days = {lookback_days}
state_dir = "{state}"
{extra_top}
[profile]
name = "Sam Rivera"
email = "sam.rivera@example.org"
timezone = "Europe/Berlin"

[[accounts]]
name = "bench"
host = "127.0.0.1"
port = {port}
security = "none"
username = "{user}"
password = "env:{PASSWORD_ENV}"
mode = "{mode}"
{extra_account}
"""
    )
    return path


def cli_env(password: str) -> dict[str, str]:
    env = dict(os.environ)
    env[PASSWORD_ENV] = password
    env["XDG_DATA_HOME"] = str(NO_PERSONAL_MODEL)
    env.pop("NOTIFY_SOCKET", None)  # never talk to a real systemd from a benchmark
    env.pop("WATCHDOG_USEC", None)
    return env


# ---- /proc readings --------------------------------------------------------------------------------


def proc_status_kb(pid: int, field_name: str, file: str = "status") -> int | None:
    """A `kB` field of /proc/PID/status (VmRSS, VmHWM) or another such file (smaps_rollup: Pss); None
    once the process is gone."""
    try:
        with open(f"/proc/{pid}/{file}") as fh:
            for line in fh:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except OSError:  # gone, or not ours to read
        return None
    return None


def proc_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process (fields 14 and 15 of /proc/PID/stat)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            stat = fh.read()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def family_pss_kb(pid: int) -> int:
    """Proportional set size of a process and its children (shared pages counted once in all)."""
    total = 0
    children: list[str] = []
    try:  # a thread forks too (`followup run` reads a backlog from its account's thread)
        for task in Path(f"/proc/{pid}/task").iterdir():
            children += (task / "children").read_text().split()
    except OSError:
        pass
    for one in (pid, *map(int, children)):
        total += proc_status_kb(one, "Pss", "smaps_rollup") or 0
    return total


@dataclass
class RunResult:
    returncode: int
    wall: float
    peak_rss_mb: float
    log: str
    peak_family_pss_mb: float = 0.0  # the process and any child it forked, shared pages counted once


def run_cli_timed(args: list[str], env: dict[str, str], log_path: Path, poll: float = 0.05) -> RunResult:
    """Run the CLI to completion; wall time from spawn to exit, its peak RSS (VmHWM, polled) and the
    peak PSS of it and its children (a second reading process) together."""
    started = time.perf_counter()
    with log_path.open("wb") as log:
        proc = subprocess.Popen([*followup_command(), *args], env=env, stdout=log, stderr=subprocess.STDOUT)
        peak_kb = peak_pss = 0
        while proc.poll() is None:
            hwm = proc_status_kb(proc.pid, "VmHWM")
            if hwm:
                peak_kb = max(peak_kb, hwm)
            peak_pss = max(peak_pss, family_pss_kb(proc.pid))
            time.sleep(poll)
        wall = time.perf_counter() - started
    return RunResult(
        proc.returncode, wall, peak_kb / 1024, log_path.read_text(errors="replace"), peak_pss / 1024
    )


class Daemon:
    """`followup run` as a subprocess, its log in a file (a pipe nobody reads would block it)."""

    def __init__(self, config: Path, env: dict[str, str], log_path: Path) -> None:
        self.config, self.env, self.log_path = config, env, log_path
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: BinaryIO | None = None
        self.starts = 0

    def start(self) -> None:
        if self._log is not None:
            self._log.close()
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [*followup_command(), "run", "--config", str(self.config)],
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.starts += 1

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_logged_in(self, timeout: float = 60.0, after: int = 0) -> None:
        """Until the log shows a login beyond the first `after` ones (model loaded, connected)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log_path.read_text(errors="replace").count("drafts go to") > after:
                return
            if not self.alive():
                raise RuntimeError(f"followup run exited early:\n{self.tail()}")
            time.sleep(0.05)
        raise TimeoutError(f"followup run did not log in within {timeout} s:\n{self.tail()}")

    def kill9(self) -> None:
        if self.alive():
            assert self.proc is not None
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self, timeout: float = 20.0) -> int | None:
        """SIGTERM and wait (SIGKILL after timeout); the exit code, None if it was not running."""
        code = None
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.send_signal(signal.SIGTERM)
                try:
                    code = self.proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    code = self.proc.wait()
            else:
                code = self.proc.returncode
        if self._log is not None:
            self._log.close()
            self._log = None
        return code

    def tail(self, lines: int = 30) -> str:
        with contextlib.suppress(FileNotFoundError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""


# ---- what a clean run writes -----------------------------------------------------------------------


def now_action_names(pipeline: Pipeline) -> frozenset[str]:
    """Draft actions that are always written at once (`at = "now"`): their drafts land right away.

    Timed drafts (thank-you notes, check-ins, stay-in-touch) are due hours to weeks later, or "now"
    only when their moment has already passed when the message is processed; whether one lands
    during a run depends on the clock, so exact comparisons use only these names.
    """
    names = set()
    for rule in pipeline.rules:
        for spec in rule.actions:
            if spec.kind is ActionKind.DRAFT and spec.at.text == "now":
                names.add(f"{rule.name}.{spec.name}")
    return frozenset(names)


@dataclass
class Expected:
    """Draft keys a clean run writes for a set of messages."""

    now: set[str] = field(default_factory=set)  # always written at once
    timed: set[str] = field(default_factory=set)  # written when due; may or may not land in a run
    failed: int = 0  # messages the pipeline itself rejects (logged and skipped by the daemon too)
    sources: dict[str, str] = field(default_factory=dict)  # key -> identity of its message (diagnosis)


def expected_keys(pipeline: Pipeline, messages: Iterable[bytes], when: datetime | None = None) -> Expected:
    """The same decisions the daemon makes (parse, own mail, classify, decide), without any server."""
    now = when or datetime.now(UTC)
    instant = now_action_names(pipeline)
    out = Expected()
    for data in messages:
        try:
            email = mail.parse(data)
            if mail.is_from(email, pipeline.profile.email):
                continue
            classification = pipeline.classify(email)
            actions = pipeline.decide(pipeline.facts(email, classification), now=now, account="bench")
        except Exception:
            out.failed += 1
            continue
        for action in actions:
            if action.kind is not ActionKind.DRAFT:
                continue
            key = draft_key(email, action.name)
            out.sources[key] = email.identity
            (out.now if action.name in instant else out.timed).add(key)
    return out


def crlf(data: bytes) -> bytes:
    """IMAP stores CRLF lines; delivering CRLF makes the bytes read back comparable one to one."""
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * len(ordered)) - 1))]


__all__ = [
    "Daemon",
    "Expected",
    "RunResult",
    "cli_env",
    "crlf",
    "expected_keys",
    "followup_command",
    "now_action_names",
    "percentile",
    "proc_cpu_seconds",
    "proc_status_kb",
    "run_cli_timed",
    "write_config",
]
