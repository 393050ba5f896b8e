"""sd_notify for `Type=notify` units, via the pure-Python sdnotify package (no C extension)."""

from __future__ import annotations

import logging
import os

import sdnotify

log = logging.getLogger(__name__)


class SystemdNotifier:
    """Sends READY/STATUS/WATCHDOG when run under systemd; a no-op elsewhere."""

    def __init__(self) -> None:
        self.enabled = bool(os.environ.get("NOTIFY_SOCKET"))
        self._notifier = sdnotify.SystemdNotifier() if self.enabled else None

    def notify(self, state: str) -> None:
        if self._notifier is not None:
            self._notifier.notify(state)
            log.debug("sd_notify %s", state.replace("\n", " "))

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.socket.close()
            self._notifier = None


def watchdog_seconds() -> float | None:
    """systemd's WatchdogSec for this process, when it applies to us."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    try:
        return int(usec) / 1_000_000
    except ValueError:
        return None
