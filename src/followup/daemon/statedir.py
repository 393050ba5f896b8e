"""The state directory: private files, one process at a time, and database errors in plain words.

It holds the text of scheduled drafts, so the directory is 0700 and the database 0600 whatever the
umask. A lock (`flock` on `lock` inside it) is held for the whole life of `run` or `once`: a second
one stops at once and names the first. Readers (`status`, `pending`, `doctor`) need no lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from followup.errors import StateError

LOCK_NAME = "lock"


def private_dir(directory: Path) -> None:
    """Create `directory` (and parents) and make it 0700 when it is ours; the umask plays no part."""
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if directory.stat().st_uid == os.getuid() and directory.stat().st_mode & 0o077:
            directory.chmod(0o700)
    except OSError as exc:
        raise StateError(unwritable(directory, exc)) from None


def private_file(path: Path) -> None:
    """Create `path` 0600 if missing, and tighten it (and SQLite's -wal/-shm beside it) if looser."""
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    except OSError as exc:
        raise StateError(unwritable(path, exc)) from None
    for item in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            if item.stat().st_mode & 0o077 and item.stat().st_uid == os.getuid():
                item.chmod(0o600)


def unwritable(path: Path, exc: BaseException) -> str:
    reason = getattr(exc, "strerror", None) or str(exc)
    return (
        f"{path}: cannot write the state ({reason}): make it writable by {_whoami()} "
        "(chmod u+rw, and u+rwx on its folder) or set state_dir in the config"
    )


def db_error(path: Path, exc: sqlite3.Error) -> StateError:
    """A damaged database and an unwritable one need different fixes: say which one this is."""
    text = str(exc)
    lowered = text.lower()
    if isinstance(exc, sqlite3.DatabaseError) and any(
        word in lowered for word in ("not a database", "malformed", "corrupt", "disk image")
    ):
        return StateError(
            f"{path} is damaged ({text}): move it aside (mv {path} {path}.broken) and run again; "
            "a fresh state checks Drafts first, so no draft is written twice (README: Exactly once)"
        )
    if any(word in lowered for word in ("readonly", "read-only", "unable to open", "permission")):
        return StateError(unwritable(path, exc))
    return StateError(f"{path}: the state database failed ({text}): run `followup doctor`")


_HELD: set[int] = set()  # the descriptors of the locks this process holds


def drop_inherited_locks() -> None:
    """In a forked child: close the lock descriptors it inherited, leaving the parent's lock as it is.

    A flock belongs to the open file, so a child holding a copy would keep the state locked after
    its parent died (kill -9) until the child ended too.
    """
    for fd in list(_HELD):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()


class StateLock:
    """An exclusive `flock` on the state directory, held until `release()` (or the process ends)."""

    def __init__(self, directory: Path, how: str) -> None:
        self.path = directory / LOCK_NAME
        self.how = how
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise StateError naming the process that holds it and what to do."""
        private_dir(self.path.parent)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StateError(unwritable(self.path, exc)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip() or "another followup"
            os.close(fd)
            raise StateError(
                f"{self.path.parent} is in use by {holder}: only one followup may work on a state; "
                f"stop that one first ({_how_to_stop(holder)}), or give this one its own state_dir"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, self._holder().encode(), 0)
        self._fd = fd
        _HELD.add(fd)

    def _holder(self) -> str:
        started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        unit = _systemd_unit()
        by = f" by systemd ({unit})" if unit else ""
        return f"pid {os.getpid()} (`{self.how}`, started {started}{by})"

    def release(self) -> None:
        """Let the next process in; idempotent."""
        fd, self._fd = self._fd, None
        if fd is not None:
            _HELD.discard(fd)
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            os.close(fd)  # closing drops the flock

    def __enter__(self) -> StateLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _systemd_unit() -> str:
    """The unit this process runs in, when systemd started it (from /proc/self/cgroup)."""
    if not os.environ.get("INVOCATION_ID"):
        return ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            for part in reversed(line.rsplit(":", 1)[-1].split("/")):
                if part.endswith(".service"):
                    return ("--user " if "/user@" in line else "") + part
    return "a unit"


def _how_to_stop(holder: str) -> str:
    if "by systemd (--user " in holder:
        unit = holder.split("by systemd (--user ", 1)[1].split(")", 1)[0]
        return f"systemctl --user stop {unit}"
    if "by systemd (" in holder:
        unit = holder.split("by systemd (", 1)[1].split(")", 1)[0]
        return f"sudo systemctl stop {unit}"
    pid = holder.removeprefix("pid ").split(" ", 1)[0]
    return f"kill {pid}, or wait until it is done" if pid.isdigit() else "see `ps -C followup`"


def _whoami() -> str:
    import pwd

    try:
        return pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        return f"uid {os.getuid()}"
