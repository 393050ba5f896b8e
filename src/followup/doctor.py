"""`followup doctor`: every reason the daemon might not work, checked one step at a time.

Each account is followed from DNS to TCP to TLS to login, so a failure names the first broken step
instead of a generic "cannot connect". Secrets are fetched to prove they exist and never shown.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup import config as cfg
from followup.errors import ConfigError, FollowupError, ImapError, KeyringUnavailableError, StateError

if TYPE_CHECKING:
    from followup.daemon.imap import ImapSession

log = logging.getLogger(__name__)

OK_MARK, FAIL_MARK, INFO_MARK = "✓", "✗", "•"

SAMPLE_MESSAGE = b"""\
From: Priya Nair <priya.nair@example.com>
To: Sam Rivera <sam@example.org>
Subject: Interview invitation: Data Analyst at Northwind
Date: Mon, 02 Mar 2026 09:00:00 +0000
Message-ID: <doctor-sample@example.com>
Content-Type: text/plain; charset=utf-8

Hi Sam,

Thank you for applying for the Data Analyst role. We would like to invite you to an interview
next Tuesday at 3pm. Please let us know whether that time works for you.

Best regards,
Priya Nair, Talent Acquisition, Northwind
"""


@dataclass(frozen=True)
class Check:
    """One finding. `informational` findings never fail the doctor (e.g. no systemd here)."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    informational: bool = False


def run_checks(
    settings_path: Path | None, *, systemctl: Callable[[list[str]], tuple[int, str]] | None = None
) -> list[Check]:
    """Every check in order; stops following an account at its first broken step."""
    checks: list[Check] = []
    path = cfg.resolve_config_path(settings_path)
    try:
        settings = cfg.load(path)
    except FollowupError as exc:
        checks.append(Check("config", False, str(exc), "fix the config file as the message says"))
        checks.append(_unit_check(systemctl))
        return checks
    checks.append(Check("config", True, f"{path}: valid, {len(settings.accounts)} account(s)"))
    if not settings.accounts:
        checks.append(
            Check("accounts", False, "no [[accounts]] configured", "add one (see config.example.toml)")
        )
    for account in settings.accounts:
        checks.extend(account_checks(account, state_is_new=_state_is_new(settings)))
    checks.append(model_check(settings))
    checks.append(state_check(settings))
    checks.append(_unit_check(systemctl))
    return checks


def account_checks(
    account: cfg.AccountConfig, *, state_is_new: Callable[[str], bool] | None = None
) -> list[Check]:
    """secret -> DNS -> TCP -> TLS -> login -> capabilities -> Drafts, stopping at the first failure."""
    from followup.passwords import get_secret

    name = account.name
    try:
        secret = get_secret(account.password, name)
    except FollowupError as exc:
        fix = (
            f'set password = "file:PATH" or "credential:NAME" for {name} (see README: Passwords)'
            if isinstance(exc, KeyringUnavailableError)
            else _fix_for_secret(account)
        )
        return [Check(f"{name}: password", False, str(exc), fix)]
    out = [Check(f"{name}: password", True, f"found ({account.password.partition(':')[0]})")]
    out.extend(network_checks(account))
    if out[-1].ok:
        out.extend(session_checks(account, secret, state_is_new))
    return out


def network_checks(account: cfg.AccountConfig) -> list[Check]:
    """DNS, TCP and (unless security = "none") TLS, stopping at the first failure."""
    name, port = account.name, account.port or 993
    try:
        infos = socket.getaddrinfo(account.host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return [Check(f"{name}: dns", False, f"cannot resolve {account.host} ({exc.strerror})",
                      "check host in [[accounts]] and the machine's DNS")]  # fmt: skip
    addresses = sorted({str(info[4][0]) for info in infos})
    out = [Check(f"{name}: dns", True, f"{account.host} -> {', '.join(addresses)}")]
    began = time.monotonic()
    try:
        with socket.create_connection((account.host, port), timeout=account.timeout):
            pass
    except OSError as exc:
        out.append(Check(f"{name}: tcp", False, f"cannot connect to {account.host}:{port} ({exc})",
                         "check port (993 for tls, 143 for starttls) and any firewall"))  # fmt: skip
        return out
    elapsed = (time.monotonic() - began) * 1000
    out.append(Check(f"{name}: tcp", True, f"{account.host}:{port} answers ({elapsed:.0f} ms)"))
    if account.security.value != "none":
        out.append(tls_check(account))
    return out


def session_checks(
    account: cfg.AccountConfig, secret: str, state_is_new: Callable[[str], bool] | None = None
) -> list[Check]:
    """Log in the way the daemon does, then capabilities and the Drafts folder."""
    from followup.daemon.imap import ImapSession

    name = account.name
    session = ImapSession(account.connection(), lambda: secret)
    try:
        session.connect()
    except FollowupError as exc:
        return [Check(f"{name}: login", False, str(exc), _fix_for_login(account))]
    out = [Check(f"{name}: login", True, f"logged in as {account.username}")]
    try:
        out.append(_capabilities_check(account, session.capabilities()))
        try:
            folder, how = session.find_drafts(account.drafts_folder)
        except FollowupError as exc:
            out.append(Check(f"{name}: drafts", False, str(exc), 'set drafts_folder = "..." in [[accounts]]'))
        else:
            detail = f"{folder!r} (found by {how})"
            if state_is_new is not None and state_is_new(name):
                detail += _earlier_drafts(session, folder)
            out.append(Check(f"{name}: drafts", True, detail))
    except FollowupError as exc:
        out.append(
            Check(f"{name}: imap", False, str(exc), "run `followup doctor` again; check the server's logs")
        )
    finally:
        session.close()
    return out


def tls_check(account: cfg.AccountConfig) -> Check:
    """Handshake and verify the certificate the way the daemon will (the same ImapSession, no login)."""
    from followup.daemon.imap import ImapSession

    name = f"{account.name}: tls"
    port = account.port or 993
    session = ImapSession(account.connection(), lambda: "")
    try:
        version, cert = session.handshake()
    except ConfigError as exc:  # ca_file is not a readable PEM certificate
        return Check(name, False, f"ca_file {account.ca_file} is unusable ({exc.__cause__ or exc})",
                     "point ca_file at a PEM CA certificate")  # fmt: skip
    except ImapError as exc:
        cause = exc.__cause__
        if isinstance(cause, ssl.SSLCertVerificationError):
            return Check(name, False, f"certificate of {account.host}:{port} not trusted ({cause.verify_message})",
                         'if the server uses a private CA, set ca_file = "/path/to/ca.pem" in [[accounts]]')  # fmt: skip
        return Check(name, False, f"TLS with {account.host}:{port} failed ({cause or exc})",
                     f'check that port {port} matches security = "{account.security.value}"')  # fmt: skip
    finally:
        session.close()
    return Check(name, True, f"{version}, certificate {_describe_cert(cert)}")


def _describe_cert(cert: dict[str, Any] | None) -> str:
    if not cert:
        return "verified"
    subject = dict(item[0] for item in cert.get("subject", ()) if item)
    who = subject.get("commonName", "?")
    not_after = cert.get("notAfter")
    if not not_after:
        return f"for {who}"
    expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(not_after), UTC)
    days = (expires - datetime.now(UTC)).days
    return f"for {who}, valid until {expires:%Y-%m-%d} ({days} days)"


def _capabilities_check(account: cfg.AccountConfig, caps: frozenset[str]) -> Check:
    wanted = ("IDLE", "SPECIAL-USE", "UIDPLUS", "MOVE")
    have = [c for c in wanted if c in caps]
    missing = [c for c in wanted if c not in caps]
    detail = f"has {' '.join(have) or 'none of ' + ' '.join(wanted)}"
    if missing:
        detail += f"; lacks {' '.join(missing)}"
    if "IDLE" not in caps:
        detail += f" (no IDLE: followup polls every {account.poll_interval} s)"
    elif account.mode == "poll":
        detail += f" (mode = poll: polling every {account.poll_interval} s although IDLE is there)"
    return Check(f"{account.name}: capabilities", True, detail, informational=True)


def _fix_for_secret(account: cfg.AccountConfig) -> str:
    kind = account.password.partition(":")[0]
    return {
        "keyring": f"followup password set {account.name}",
        "env": "export the variable in the service's environment (or use file:/credential:)",
        "file": "create the file (mode 0600) holding only the password",
        "credential": "add LoadCredential=NAME:PATH to the unit (systemctl edit)",
        "command": "run the command by hand and fix it until it prints the secret",
    }.get(kind, "set password in [[accounts]]")


def _fix_for_login(account: cfg.AccountConfig) -> str:
    where = cfg.password_where(account.password, account.name)
    return f"check username {account.username!r} and the password in {where} (app password if 2FA is on)"


def model_check(settings: cfg.Settings) -> Check:
    """The shipped (or configured) model loads and labels a sample invitation."""
    try:
        from followup import mail
        from followup.classifiers import Classifier

        began = time.monotonic()
        classifier = Classifier.load(settings.classifier.model, threshold=settings.classifier.threshold)
        loaded = time.monotonic() - began
        result = classifier.classify(mail.parse(SAMPLE_MESSAGE.replace(b"\n", b"\r\n")))
    except FollowupError as exc:
        return Check("model", False, str(exc), "run `followup train` (or fix classifier.model in the config)")
    except Exception as exc:  # a broken install shows up here; the doctor must report it, not crash
        return Check(
            "model",
            False,
            f"{type(exc).__name__}: {exc}",
            "reinstall followup (pip install --force-reinstall followup)",
        )
    where = settings.classifier.model or "the shipped model"
    return Check(
        "model",
        True,
        f"{where} loaded in {loaded:.1f} s; a sample invitation is {result.label.value} ({result.confidence:.2f})",
    )


def state_check(settings: cfg.Settings) -> Check:
    """The daemon must be able to create and write its SQLite file; a damaged one is told apart."""
    from followup.daemon.store import open_store

    directory = settings.state_path
    database = directory / "state.sqlite3"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".doctor-"):
            pass
        store = open_store(settings)
        try:
            store.check_writable()
        finally:
            store.close()
    except StateError as exc:
        if "damaged" in str(exc):
            return Check(
                "state", False, str(exc), f"mv {database} {database}.broken, then run followup again"
            )
        return Check("state", False, str(exc), f"make {directory} writable by {_whoami()} or set state_dir")
    except OSError as exc:
        return Check("state", False, f"{directory}: not writable ({exc})",
                     f"make {directory} writable by {_whoami()} or set state_dir in the config")  # fmt: skip
    return Check("state", True, f"{database} is writable")


def _state_is_new(settings: cfg.Settings) -> Callable[[str], bool]:
    """Whether the state knows nothing yet of an account (no file at all counts as new)."""
    from followup.daemon.store import open_store

    def is_new(account: str) -> bool:
        database = settings.state_path / "state.sqlite3"
        if not database.exists() or database.stat().st_size == 0:
            return True
        try:
            store = open_store(settings)
        except FollowupError:
            return False  # the state check says what is wrong with it
        try:
            return store.is_new(account)
        finally:
            store.close()

    return is_new


def _earlier_drafts(session: ImapSession, drafts: str) -> str:
    """A note when the server holds drafts of followup that the (new) state does not know of."""
    from followup.daemon.folders import where_drafts_go

    dates: dict[str, datetime] = {}
    for folder in where_drafts_go(session.folders(), drafts):
        dates.update(session.header_dates(folder, "X-Followup-Key"))
    if not dates:
        return ""
    return (
        f"; the state is new but the server holds {len(dates)} followup draft(s), the newest from "
        f"{max(dates.values()):%Y-%m-%d %H:%M}: the first run takes mail up to then as handled "
        "and drafts only newer mail (README: Exactly once)"
    )


def _whoami() -> str:
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name


def _run_systemctl(argv: list[str]) -> tuple[int, str]:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=15, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return 127, str(exc)
    return done.returncode, (done.stdout + done.stderr).strip()


def _unit_check(systemctl: Callable[[list[str]], tuple[int, str]] | None) -> Check:
    """Installed and active? Informational unless it is installed where systemd can answer."""
    from followup import install

    runner = systemctl or _run_systemctl
    user_unit = install.default_unit_dir("user") / install.unit_file_name("user")
    system_unit = install.default_unit_dir("system") / install.unit_file_name("system")
    found = [p for p in (user_unit, system_unit) if p.exists()]
    if not found:
        return Check("service", False, "no systemd unit installed",
                     "followup service install --user (or --system)", informational=True)  # fmt: skip
    if systemctl is None and shutil.which("systemctl") is None:
        return Check("service", False, f"{found[0]} installed; systemctl is not available to ask whether it runs",
                     "", informational=True)  # fmt: skip
    if found[0] == user_unit:
        argv, unit, logs = ["systemctl", "--user"], "followup.service", "journalctl --user -u followup"
    else:
        argv, unit, logs = (
            ["systemctl"],
            f"followup@{install.DEFAULT_SYSTEM_USER}.service",
            "journalctl -u 'followup@*'",
        )
    code, out = runner([*argv, "is-active", unit])
    state = out.strip().splitlines()[-1] if out.strip() else "unknown"
    if code == 0 and state == "active":
        return Check("service", True, f"{unit} is active ({found[0]})")
    if state in {"inactive", "failed", "activating", "deactivating", "reloading"}:
        return Check(
            "service", False, f"{unit} is {state}", f"{' '.join(argv)} enable --now {unit}; see {logs}"
        )
    return Check("service", False, f"{found[0]} installed; the systemd manager did not answer ({state})",
                 "", informational=True)  # fmt: skip


def format_checks(checks: list[Check]) -> str:
    """One line per check: `✓ name: detail`, `✗ name: detail -> fix`, `• name: detail` (informational)."""
    lines = []
    for check in checks:
        mark = OK_MARK if check.ok else (INFO_MARK if check.informational else FAIL_MARK)
        line = f"{mark} {check.name}: {check.detail}"
        if not check.ok and check.fix:
            line += f" -> {check.fix}"
        lines.append(line)
    return "\n".join(lines)


def exit_code(checks: list[Check]) -> int:
    """1 when any required check failed; informational findings never fail."""
    return 1 if any(not c.ok and not c.informational for c in checks) else 0
