"""Run a command under the seccomp part of a systemd unit's sandbox, without systemd.

PID 1 here is not systemd, so `systemd-run -p ...` cannot apply the unit. The settings that can
break a Python process are the seccomp ones, and those are plain kernel filters: this module builds
them with libseccomp (via ctypes) the way systemd does - one stacked filter each for
SystemCallFilter= (allow-list, SystemCallErrorNumber=EPERM), MemoryDenyWriteExecute=yes and
RestrictAddressFamilies= - plus NoNewPrivileges and UMask, then execs the command, so even the
interpreter's start-up runs filtered. Groups such as @system-service are expanded by asking
`systemd-analyze syscall-filter`, so the lists are systemd 252's own.

Not covered (they need a service manager's mount/user namespaces): ProtectSystem=, ProtectHome=,
PrivateTmp=, PrivateDevices=, PrivateUsers=, ProtectProc=/ProcSubset=, ProtectKernel*=.

Usage: python seccomp_sandbox.py UNIT_FILE -- COMMAND...
"""

from __future__ import annotations

import ctypes
import errno
import os
import socket
import subprocess
import sys
from functools import cache
from pathlib import Path

SCMP_ACT_ALLOW = 0x7FFF0000
SCMP_CMP_GE = 5
SCMP_CMP_EQ = 4
SCMP_CMP_MASKED_EQ = 7
PROT_WRITE, PROT_EXEC = 0x2, 0x4
SHM_EXEC = 0o100000
AF_MAX = 46  # linux/socket.h in 6.x


def scmp_act_errno(code: int) -> int:
    return 0x00050000 | (code & 0xFFFF)


class ArgCmp(ctypes.Structure):
    _fields_ = [
        ("arg", ctypes.c_uint),
        ("op", ctypes.c_int),
        ("datum_a", ctypes.c_uint64),
        ("datum_b", ctypes.c_uint64),
    ]


@cache
def _lib() -> ctypes.CDLL:
    lib = ctypes.CDLL("libseccomp.so.2", use_errno=True)
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = [ctypes.c_uint32]
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    lib.seccomp_rule_add_array.argtypes = [
        ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint, ctypes.POINTER(ArgCmp)
    ]  # fmt: skip
    lib.seccomp_load.argtypes = [ctypes.c_void_p]
    lib.seccomp_release.argtypes = [ctypes.c_void_p]
    return lib


def expand(names: list[str]) -> set[str]:
    """Syscall names for a mix of @groups and names, using systemd-analyze's own tables."""
    out: set[str] = set()
    for name in names:
        if not name.startswith("@"):
            out.add(name)
            continue
        listing = subprocess.run(
            ["systemd-analyze", "syscall-filter", name], capture_output=True, text=True, check=True
        ).stdout
        members = [
            line.strip()
            for line in listing.splitlines()[1:]
            if line.strip() and not line.strip().startswith("#")
        ]
        out |= expand(members)
    return out


def unit_settings(text: str) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), []).append(value.strip())
    return values


def allowed_syscalls(settings: dict[str, list[str]]) -> set[str]:
    """SystemCallFilter= lines in order: the first sets the allow-list, `~` lines remove from it."""
    allowed: set[str] = set()
    for value in settings.get("SystemCallFilter", []):
        if value.startswith("~"):
            allowed -= expand(value[1:].split())
        else:
            allowed |= expand(value.split())
    return allowed


def _rule(ctx: int, action: int, syscall: str, *cmps: ArgCmp) -> None:
    lib = _lib()
    number = lib.seccomp_syscall_resolve_name(syscall.encode())
    if number < 0:
        return  # not on this architecture (e.g. mmap2 on x86-64)
    array = (ArgCmp * len(cmps))(*cmps) if cmps else None
    rc = lib.seccomp_rule_add_array(ctx, action, number, len(cmps), array)
    if rc < 0:
        raise OSError(-rc, f"seccomp_rule_add({syscall}) failed")


def _load(ctx: int) -> None:
    rc = _lib().seccomp_load(ctx)
    _lib().seccomp_release(ctx)
    if rc < 0:
        raise OSError(-rc, "seccomp_load failed")


def apply(unit_text: str) -> None:
    """Install the unit's seccomp filters on this process (inherited by everything it execs)."""
    settings = unit_settings(unit_text)
    lib = _lib()
    error = getattr(errno, settings.get("SystemCallErrorNumber", ["EPERM"])[-1])
    if settings.get("UMask"):
        os.umask(int(settings["UMask"][-1], 8))
    if settings.get("MemoryDenyWriteExecute", ["no"])[-1] == "yes":
        # systemd's seccomp_memory_deny_write_execute(): no W+X mapping, no making memory executable.
        ctx = lib.seccomp_init(SCMP_ACT_ALLOW)
        deny = scmp_act_errno(errno.EPERM)
        wx = PROT_WRITE | PROT_EXEC
        for name in ("mmap", "mmap2"):
            _rule(ctx, deny, name, ArgCmp(2, SCMP_CMP_MASKED_EQ, wx, wx))
        for name in ("mprotect", "pkey_mprotect"):
            _rule(ctx, deny, name, ArgCmp(2, SCMP_CMP_MASKED_EQ, PROT_EXEC, PROT_EXEC))
        _rule(ctx, deny, "shmat", ArgCmp(2, SCMP_CMP_MASKED_EQ, SHM_EXEC, SHM_EXEC))
        _load(ctx)
    families = settings.get("RestrictAddressFamilies")
    if families:
        keep = {int(getattr(socket, name)) for name in families[-1].split()}
        ctx = lib.seccomp_init(SCMP_ACT_ALLOW)
        deny = scmp_act_errno(errno.EAFNOSUPPORT)
        for family in range(AF_MAX):
            if family not in keep:
                _rule(ctx, deny, "socket", ArgCmp(0, SCMP_CMP_EQ, family, 0))
        _rule(ctx, deny, "socket", ArgCmp(0, SCMP_CMP_GE, AF_MAX, 0))
        _load(ctx)
    # Last, as systemd does: the allow-list may forbid seccomp() itself.
    allowed = allowed_syscalls(settings)
    if allowed:
        ctx = lib.seccomp_init(scmp_act_errno(error))
        for name in sorted(allowed):
            _rule(ctx, SCMP_ACT_ALLOW, name)
        _load(ctx)


def main(argv: list[str]) -> None:
    unit, sep, *command = argv
    if sep != "--" or not command:
        raise SystemExit("usage: seccomp_sandbox.py UNIT_FILE -- COMMAND...")
    apply(Path(unit).read_text())
    os.execvp(command[0], command)


if __name__ == "__main__":
    main(sys.argv[1:])
