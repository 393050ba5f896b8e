"""Install followup as a systemd service: a user unit, or a system template for a dedicated user.

The unit text lives here (not only in the repo's systemd/ folder) so an installed wheel can write
it; `systemd/*.service` in the repo are these texts rendered for /usr/local/bin/followup, and a test
keeps them identical. Everything that touches the machine (target directory, `systemctl`, user
lookup) is injectable, so install and uninstall are tested in a temp dir with a fake runner.
"""

from __future__ import annotations

import logging
import os
import pwd
import shlex
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from followup.errors import ConfigError, FollowupError

log = logging.getLogger(__name__)

DEFAULT_EXE = Path("/usr/local/bin/followup")
DEFAULT_SYSTEM_USER = "followup"
_EXE_TOKEN = "@FOLLOWUP@"
_PROTECT_HOME_TOKEN = "@PROTECT_HOME@"


class UnitKind(StrEnum):
    """`user`: runs in your login's user manager. `system`: a template, one instance per service user."""

    USER = "user"
    SYSTEM = "system"


# Why each restriction is safe for followup: it only reads its install tree and config, writes the
# state directory, opens TCP/TLS to IMAP servers and (user unit) talks to the keyring over D-Bus.
# Python, spaCy (thinc/blis) and numpy need no writable+executable memory, so
# MemoryDenyWriteExecute holds; tests/test_systemd_unit.py runs a classification under that filter.
_HARDENING = """\
# Hardening: followup reads its install tree and config, writes only its state directory and opens
# TCP/TLS connections to IMAP servers. `systemd-analyze security` explains each line.
NoNewPrivileges=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
RestrictNamespaces=yes
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources
SystemCallErrorNumber=EPERM
UMask=0077
"""

_COMMON_SERVICE = """\
Type=notify
NotifyAccess=main
ExecStart=@FOLLOWUP@ run
# Logs go to stderr, which journald collects (`journalctl -u followup`); no pidfile.
StandardOutput=journal
StandardError=journal
SyslogIdentifier=followup
Environment=PYTHONUNBUFFERED=1
# READY=1 comes after the config is validated, the model loaded and every account tried once;
# loading spaCy and a slow first login can take a while on a small machine.
TimeoutStartSec=5min
TimeoutStopSec=60s
# followup pings every few seconds; two minutes of silence means it hangs: systemd restarts it.
WatchdogSec=120s
Restart=on-failure
RestartSec=15s
# Exit 2 is a bad config or a missing secret: restarting cannot fix that, so don't loop on it.
RestartPreventExitStatus=2
"""

USER_UNIT = f"""\
# followup as a user service: `followup service install --user` writes this with the right path.
# Config: ~/.config/followup/config.toml. State: ~/.local/state/followup. Logs: journalctl --user -u followup
[Unit]
Description=followup: job-search mail to follow-up drafts
After=network-online.target
Wants=network-online.target
# At most 5 failed starts in 10 minutes, then give up until `systemctl --user restart followup`.
StartLimitIntervalSec=10min
StartLimitBurst=5

[Service]
{_COMMON_SERVICE}
# In a user manager, file-system sandboxing needs unprivileged user namespaces; the ones below work
# everywhere without them. Home stays writable: the keyring and password helpers live there.
{_HARDENING}
[Install]
WantedBy=default.target
"""

SYSTEM_UNIT = f"""\
# followup as a system service for a dedicated user: followup@USER.service runs as USER.
#   useradd --system --home-dir /var/lib/followup --shell /usr/sbin/nologin followup
#   config: /etc/followup/followup.toml (readable by that user); state: /var/lib/followup/followup/
#   systemctl enable --now followup@followup.service; logs: journalctl -u followup@followup
# Secrets: password = "file:/etc/followup/NAME.password" (mode 0400, owned by the user), or put
# LoadCredential=NAME:/etc/credstore/NAME in a drop-in and use password = "credential:NAME".
[Unit]
Description=followup: job-search mail to follow-up drafts for %i
After=network-online.target
Wants=network-online.target
StartLimitIntervalSec=10min
StartLimitBurst=5

[Service]
User=%i
{_COMMON_SERVICE}Environment=FOLLOWUP_CONFIG=/etc/followup/%i.toml
Environment=XDG_STATE_HOME=/var/lib/followup/%i
StateDirectory=followup/%i
StateDirectoryMode=0700

{_HARDENING}ProtectSystem=strict
ProtectHome={_PROTECT_HOME_TOKEN}
PrivateTmp=yes
PrivateDevices=yes
PrivateMounts=yes
PrivateUsers=yes
DevicePolicy=closed
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
ProtectProc=invisible
ProcSubset=pid
KeyringMode=private
RemoveIPC=yes
CapabilityBoundingSet=
AmbientCapabilities=
IPAddressDeny=link-local multicast

[Install]
WantedBy=multi-user.target
"""


def render_unit(kind: UnitKind | str, exe: Path) -> str:
    """The unit text with ExecStart pointing at `exe` (an absolute path, no spaces)."""
    kind = UnitKind(kind)
    if not exe.is_absolute():
        raise ConfigError(f"{exe}: systemd needs an absolute path to followup: pass the full path")
    if any(ch.isspace() for ch in str(exe)) or "%" in str(exe):
        raise ConfigError(
            f"{exe}: a path with spaces or % cannot go into ExecStart: install followup elsewhere"
        )
    text = USER_UNIT if kind is UnitKind.USER else SYSTEM_UNIT
    # A venv under /home or /root must stay readable, or ExecStart fails with 203/EXEC.
    in_home = any(_under(p, root) for p in (exe, exe.resolve()) for root in ("/home", "/root", "/run/user"))
    return text.replace(_EXE_TOKEN, str(exe)).replace(_PROTECT_HOME_TOKEN, "read-only" if in_home else "yes")


def _under(path: Path, root: str) -> bool:
    return path == Path(root) or Path(root) in path.parents


def unit_name(kind: UnitKind | str, user: str = DEFAULT_SYSTEM_USER) -> str:
    """followup.service for the user unit; followup@USER.service for a system instance."""
    return "followup.service" if UnitKind(kind) is UnitKind.USER else f"followup@{user}.service"


def unit_file_name(kind: UnitKind | str) -> str:
    return "followup.service" if UnitKind(kind) is UnitKind.USER else "followup@.service"


def default_unit_dir(kind: UnitKind | str) -> Path:
    """~/.config/systemd/user (honouring $XDG_CONFIG_HOME) or /etc/systemd/system."""
    if UnitKind(kind) is UnitKind.SYSTEM:
        return Path("/etc/systemd/system")
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def find_exe() -> Path:
    """The installed `followup` command: on PATH, else beside this interpreter (a venv's bin/)."""
    found = shutil.which("followup")
    if found:
        return Path(found).absolute()
    import sys

    candidate = Path(sys.executable).parent / "followup"
    if candidate.exists():
        return candidate.absolute()
    raise FollowupError("cannot find the installed `followup` command: pass its path with --exe")


@dataclass(frozen=True)
class CommandResult:
    returncode: int
    output: str


Runner = Callable[[Sequence[str]], CommandResult]


def run_command(argv: Sequence[str]) -> CommandResult:
    """The real runner: run and capture, never raise (the caller decides what a failure means)."""
    try:
        done = subprocess.run(list(argv), capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return CommandResult(127, str(exc))
    return CommandResult(done.returncode, (done.stdout + done.stderr).strip())


@dataclass
class InstallResult:
    """What was done, and what the user still has to run (exact commands, in order)."""

    unit_path: Path
    unit_text: str
    written: bool = False
    ran: list[str] = field(default_factory=list)
    todo: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _systemctl(kind: UnitKind, *args: str) -> list[str]:
    return ["systemctl", "--user", *args] if kind is UnitKind.USER else ["systemctl", *args]


def _manager_reachable(kind: UnitKind, runner: Runner) -> bool:
    """True when systemctl exists and a manager answers (not so in containers or without a login session)."""
    if shutil.which("systemctl") is None and runner is run_command:
        return False
    probe = runner(_systemctl(kind, "is-system-running"))
    # is-system-running exits non-zero for "degraded" too; only "offline"/no answer means unreachable.
    text = probe.output.strip().splitlines()[-1] if probe.output.strip() else ""
    return (
        probe.returncode != 127 and text not in {"", "offline", "unknown"} and "Failed to" not in probe.output
    )


def install(
    kind: UnitKind | str,
    exe: Path,
    dry_run: bool = False,
    *,
    unit_dir: Path | None = None,
    runner: Runner = run_command,
    user: str | None = None,
    config_path: Path | None = None,
    user_exists: Callable[[str], bool] | None = None,
) -> InstallResult:
    """Write the unit, reload the manager and `enable --now` it where possible; else say what to run.

    `user` is the system instance's account (default "followup"); `config_path` is the config the
    service will read (default: the user's usual config, or /etc/followup/USER.toml). The service is
    only started when that config exists, so a fresh install never lands in a restart loop.
    """
    kind = UnitKind(kind)
    user = user or (pwd.getpwuid(os.getuid()).pw_name if kind is UnitKind.USER else DEFAULT_SYSTEM_USER)
    exists = user_exists or _user_exists
    text = render_unit(kind, exe)
    directory = unit_dir or default_unit_dir(kind)
    path = directory / unit_file_name(kind)
    name = unit_name(kind, user)
    result = InstallResult(path, text)
    if config_path is None:
        from followup.config import default_config_path

        config_path = default_config_path() if kind is UnitKind.USER else Path(f"/etc/followup/{user}.toml")

    prerequisites = _prerequisites(kind, user, exists, config_path, result)
    reload = _systemctl(kind, "daemon-reload")
    enable = _systemctl(kind, "enable", "--now", name)
    linger = ["loginctl", "enable-linger", user]

    if dry_run:
        result.todo = [f"write {path}", *_commands(kind, prerequisites, reload, enable, linger)]
        return result

    directory.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o644)
    result.written = True
    log.info("wrote %s", path)

    if not _manager_reachable(kind, runner):
        result.notes.append("no systemd manager reachable from here: run these where systemd runs")
        result.todo = _commands(kind, prerequisites, reload, enable, linger)
        return result

    _run(runner, reload, result)
    if prerequisites:
        result.todo = [*prerequisites, shlex.join(enable)]
    else:
        _run(runner, enable, result)
    if kind is UnitKind.USER:
        # Without lingering the user manager (and followup) stops at logout.
        done = runner(linger)
        (result.ran if done.returncode == 0 else result.todo).append(shlex.join(linger))
    return result


def _commands(
    kind: UnitKind, prerequisites: list[str], reload: list[str], enable: list[str], linger: list[str]
) -> list[str]:
    """The whole install as commands for the user to run (dry run, or no manager reachable)."""
    commands = [*prerequisites, shlex.join(reload), shlex.join(enable)]
    return [*commands, shlex.join(linger)] if kind is UnitKind.USER else commands


def _prerequisites(
    kind: UnitKind, user: str, exists: Callable[[str], bool], config_path: Path, result: InstallResult
) -> list[str]:
    """What must exist before the service may start: the system user, the config file."""
    prerequisites: list[str] = []
    if kind is UnitKind.SYSTEM and not exists(user):
        prerequisites.append(
            f"useradd --system --home-dir /var/lib/followup --shell /usr/sbin/nologin {shlex.quote(user)}"
        )
    if not config_path.exists():
        result.notes.append(
            f"no config at {config_path} yet: write it (see config.example.toml) before starting"
        )
        prerequisites.append(f"# write {config_path} (readable by {user}), then:")
    return prerequisites


def _run(runner: Runner, argv: list[str], result: InstallResult) -> None:
    done = runner(argv)
    if done.returncode != 0:
        raise FollowupError(
            f"`{shlex.join(argv)}` failed: {done.output or 'no output'}: run it by hand to see why"
        )
    result.ran.append(shlex.join(argv))


def uninstall(
    kind: UnitKind | str,
    *,
    unit_dir: Path | None = None,
    runner: Runner = run_command,
    user: str | None = None,
) -> InstallResult:
    """Stop and disable the service, remove the unit file and reload. Idempotent."""
    kind = UnitKind(kind)
    user = user or (pwd.getpwuid(os.getuid()).pw_name if kind is UnitKind.USER else DEFAULT_SYSTEM_USER)
    path = (unit_dir or default_unit_dir(kind)) / unit_file_name(kind)
    result = InstallResult(path, "")
    disable = _systemctl(kind, "disable", "--now", unit_name(kind, user))
    reload = _systemctl(kind, "daemon-reload")
    reachable = _manager_reachable(kind, runner)
    if reachable:
        done = runner(disable)  # fails harmlessly when it was never enabled
        (result.ran if done.returncode == 0 else result.notes).append(shlex.join(disable))
    else:
        result.todo.append(shlex.join(disable))
    if path.exists():
        path.unlink()
        result.written = True
        log.info("removed %s", path)
    if reachable:
        _run(runner, reload, result)
    else:
        result.todo.append(shlex.join(reload))
    return result


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def write_repo_units(directory: Path) -> list[Path]:
    """Regenerate systemd/*.service in the repo (the test compares them with these texts)."""
    out = []
    for kind in UnitKind:
        path = directory / unit_file_name(kind)
        path.write_text(render_unit(kind, DEFAULT_EXE), encoding="utf-8")
        out.append(path)
    return out


if __name__ == "__main__":  # python -m followup.install systemd/
    import sys

    for written in write_repo_units(Path(sys.argv[1] if len(sys.argv) > 1 else "systemd")):
        sys.stdout.write(f"{written}\n")
