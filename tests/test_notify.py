"""sd_notify as systemd sees it: a real notify socket, run_forever against a real Dovecot."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import ImapAccount, account_block, write_config
from followup import config
from followup.daemon import service
from followup.daemon.notify import SystemdNotifier, watchdog_seconds
from followup.demo import demo_messages


class NotifySocket:
    """The receiving end systemd would hold: collects every datagram with its arrival time."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.2)
        self.messages: list[tuple[float, dict[str, str]]] = []

    def pump(self, until: float) -> None:
        while time.monotonic() < until:
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
            self.messages.append((time.monotonic(), fields))

    def wait_for(self, predicate, timeout: float) -> dict[str, str]:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            for _, fields in self.messages[seen:]:
                if predicate(fields):
                    return fields
            seen = len(self.messages)
            self.pump(min(deadline, time.monotonic() + 0.2))
        raise AssertionError(f"no matching notification within {timeout} s; got {self.messages}")

    def index(self, key: str) -> int:
        return next(i for i, (_, f) in enumerate(self.messages) if key in f)


@pytest.fixture
def notify_socket(monkeypatch: pytest.MonkeyPatch) -> Iterator[NotifySocket]:
    # AF_UNIX paths are limited to 108 bytes: pytest's tmp_path can be longer.
    directory = Path(tempfile.mkdtemp(prefix="fu-notify-", dir="/tmp"))
    receiver = NotifySocket(directory / "notify")
    monkeypatch.setenv("NOTIFY_SOCKET", str(directory / "notify"))
    try:
        yield receiver
    finally:
        receiver.sock.close()
        shutil.rmtree(directory, ignore_errors=True)


class Daemon:
    """run_forever in a thread, stopped and joined whatever the test does."""

    def __init__(self, settings: config.Settings, watchdog: float) -> None:
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.notifier = SystemdNotifier()
        self.thread = threading.Thread(target=self._run, args=(settings, watchdog), daemon=True)

    def _run(self, settings: config.Settings, watchdog: float) -> None:
        try:
            service.run_forever(settings, self.stop, notifier=self.notifier, watchdog=watchdog)
        except BaseException as exc:
            self.error = exc

    def __enter__(self) -> Daemon:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=20)
        assert not self.thread.is_alive(), "run_forever did not return after stop"
        self.notifier.close()
        assert self.error is None, f"run_forever raised {self.error!r}"


def test_ready_then_status_and_watchdog(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notify_socket: NotifySocket
) -> None:
    settings = config.load(
        write_config(tmp_path, account_block(imap_account, monkeypatch, name="work", timeout=5))
    )
    with Daemon(settings, watchdog=2.0):
        notify_socket.wait_for(lambda f: f.get("READY") == "1", timeout=60)
        status = notify_socket.wait_for(lambda f: "STATUS" in f and f.get("WATCHDOG") == "1", timeout=5)
        assert re.fullmatch(r"0 messages seen, 0 drafts written", status["STATUS"]), status
        # Pings keep coming well inside the 2 s watchdog.
        notify_socket.pump(time.monotonic() + 2.5)
    pings = [t for t, f in notify_socket.messages if f.get("WATCHDOG") == "1"]
    assert len(pings) >= 3
    assert max(b - a for a, b in itertools.pairwise(pings)) < 2.0
    assert notify_socket.index("READY") < notify_socket.index("WATCHDOG")


def test_broken_account_does_not_block_the_good_one(
    dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notify_socket: NotifySocket
) -> None:
    good = ImapAccount(dovecot, *dovecot.add_user())
    bad = ImapAccount(dovecot, *dovecot.add_user())
    settings = config.load(
        write_config(
            tmp_path,
            account_block(good, monkeypatch, name="good", timeout=5),
            account_block(bad, monkeypatch, name="broken", secret="wrong-" + bad.password, timeout=5),
        )
    )
    with Daemon(settings, watchdog=2.0):
        notify_socket.wait_for(lambda f: f.get("READY") == "1", timeout=60)
        notify_socket.wait_for(lambda f: "retrying: broken" in f.get("STATUS", ""), timeout=5)
        invitation = demo_messages(datetime.now(UTC))[0]
        dovecot.append(good.user, "INBOX", invitation)
        status = notify_socket.wait_for(
            lambda f: (
                int(re.search(r"(\d+) drafts written", f.get("STATUS", "0 drafts written")).group(1)) >= 1
            ),
            timeout=20,
        )
        drafts = dovecot.fetch_all(good.user, "Drafts")
    assert "1 messages seen" in status["STATUS"] and "retrying: broken" in status["STATUS"]
    assert "good" not in status["STATUS"].split("retrying:")[1]
    assert len(drafts) >= 1
    assert all(b"X-Followup-Key:" in data for _, _, data in drafts)
    assert dovecot.fetch_all(bad.user, "Drafts") == []


def test_watchdog_seconds_only_for_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "120000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert watchdog_seconds() == 120.0
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))
    assert watchdog_seconds() is None
    monkeypatch.delenv("WATCHDOG_USEC")
    assert watchdog_seconds() is None
