"""`followup init`: from nothing to a working config in one conversation (or one scripted command).

It asks who you are and where your mail lives, finds the IMAP host (a table of well-known providers,
then DNS SRV `_imaps._tcp` / `_imap._tcp` as RFC 6186 says), probes 993 (TLS) and 143 (STARTTLS)
with verified certificates, logs in once to prove the password and find Drafts, stores the password
(the system keyring, else a 0600 file) and writes the config: the shipped example with your values
filled in, every comment kept. Nothing is written before the login succeeded.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup import config as cfg
from followup import lexicon
from followup.errors import ConfigError, KeyringUnavailableError

EXAMPLE_NAME = "config.example.toml"


def example_config() -> str:
    """The commented example config shipped in the package (the repo's root file is the same file)."""
    return resources.files("followup").joinpath(EXAMPLE_NAME).read_text(encoding="utf-8")


# -- where the mail lives ------------------------------------------------------------------------


@dataclass(frozen=True)
class Provider:
    """A well-known mail provider's IMAP host, and what a newcomer must know about logging in there."""

    host: str
    note: str = ""


_PROVIDERS: dict[str, Provider] = {
    domain: Provider(host, note) for domains, host, note in lexicon.IMAP_PROVIDERS for domain in domains
}

SrvLookup = Callable[[str], list[tuple[str, int]]]


def dns_srv(name: str) -> list[tuple[str, int]]:
    """(target, port) records for `name`, best first; [] when there are none or DNS does not answer."""
    import dns.exception
    import dns.resolver

    try:
        answer = dns.resolver.resolve(name, "SRV", lifetime=3.0)
    except (dns.exception.DNSException, OSError):
        return []
    records = sorted(answer, key=lambda r: (r.priority, -r.weight))
    out = []
    for record in records:
        target = str(record.target).rstrip(".")
        if target:  # "." means: this service is decidedly not offered here (RFC 2782)
            out.append((target, int(record.port)))
    return out


@dataclass(frozen=True)
class HostGuess:
    host: str
    port: int | None
    how: str
    note: str = ""


def suggest_host(email: str, srv: SrvLookup = dns_srv) -> HostGuess | None:
    """The IMAP host for an address: a known provider, else DNS SRV (IMAPS first), else None."""
    domain = email.rpartition("@")[2].strip().lower()
    if not domain:
        return None
    provider = _PROVIDERS.get(domain)
    if provider:
        return HostGuess(provider.host, None, f"{domain} is a known provider", provider.note)
    for service in ("_imaps._tcp", "_imap._tcp"):
        records = srv(f"{service}.{domain}")
        if records:
            host, port = records[0]
            return HostGuess(host, port, f"DNS SRV {service}.{domain}")
    return None


@dataclass(frozen=True)
class Probe:
    security: cfg.Security
    port: int
    ok: bool
    detail: str


def probe(host: str, port: int | None = None, security: cfg.Security | None = None,
          ca_file: Path | None = None, timeout: float = 8.0) -> list[Probe]:  # fmt: skip
    """Try TLS on 993 then STARTTLS on 143 (or only what was asked), stopping at the first that works.

    Certificates are verified exactly as the daemon verifies them (doctor.tls_check); a plain
    connection is never offered except to a loopback host with security = "none" asked for.
    """
    from followup.doctor import tls_check

    if security is not None:
        plans = [(security, port or (993 if security is cfg.Security.TLS else 143))]
    elif port is not None:
        plans = [(cfg.Security.TLS, port), (cfg.Security.STARTTLS, port)]
    else:
        plans = [(cfg.Security.TLS, 993), (cfg.Security.STARTTLS, 143)]
    results = []
    for mode, where in plans:
        if mode is cfg.Security.NONE:
            results.append(Probe(mode, where, cfg.is_loopback(host), "no encryption (loopback only)"))
            break
        account = cfg.AccountConfig(
            host=host, port=where, security=mode, username="probe", ca_file=ca_file, timeout=timeout
        )
        check = tls_check(account)
        results.append(Probe(mode, where, check.ok, check.detail))
        if check.ok:
            break
    return results


# -- the answers ---------------------------------------------------------------------------------


@dataclass
class Answers:
    """Everything `init` needs; flags fill it, prompts fill the gaps."""

    name: str = ""
    email: str = ""
    host: str = ""
    port: int | None = None
    security: cfg.Security | None = None
    username: str = ""
    account: str = ""
    timezone: str = ""
    phone: str = ""
    ca_file: Path | None = None
    drafts_folder: str | None = None
    password_source: str = ""  # an existing source (env:, file:, command:, credential:, keyring)
    password_file: Path | None = None  # store the password here (0600) instead of the keyring
    notes: list[str] = field(default_factory=list)


def local_zone() -> str:
    """The machine's IANA zone: $TZ, /etc/timezone, the /etc/localtime link; UTC when none says."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for zone in candidates:
        if (zone and "/" in zone) or zone == "UTC":
            with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
                ZoneInfo(zone)
                return zone
    return "UTC"


def account_name(email: str) -> str:
    """A short account name from the address's domain: sam@gmail.com -> 'gmail'."""
    domain = email.rpartition("@")[2].lower()
    label = domain.split(".")[0] if domain else ""
    return re.sub(r"[^a-z0-9-]", "", label) or "mail"


# -- the config text -----------------------------------------------------------------------------

_STRING = r'"(?:[^"\\]|\\.)*"'
_ARRAY = r"\[[^\]]*\]"


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Path):
        value = str(value)
    return json.dumps(value, ensure_ascii=False)  # a JSON string or string array is valid TOML


def fill_example(values: dict[tuple[str, str], object], template: str | None = None) -> str:
    """The example config with `values` ((table, key) -> value) in place; comments kept.

    A key commented out in the example (`# port = 993`) is switched on when given a value. Every
    requested key must be in the example, so a changed example cannot silently drop a setting.
    """
    lines = (template if template is not None else example_config()).splitlines()
    table, out, done = "", [], set()
    for line in lines:
        header = re.match(r"^\s*\[\[?([A-Za-z_.]+)\]\]?\s*(#.*)?$", line)
        if header:
            table = header.group(1)
        match = re.match(rf"^(#\s*)?([A-Za-z_]+)(\s*=\s*)({_STRING}|{_ARRAY}|[^\s#]+)(.*)$", line)
        if match and (table, match.group(2)) in values and (table, match.group(2)) not in done:
            key = (table, match.group(2))
            rest = match.group(5)
            # Keep the comment's column where the value's length allows it.
            width = len(match.group(4))
            value = _toml_value(values[key])
            if rest.strip().startswith("#"):
                pad = max(1, len(rest) - len(rest.lstrip()) + width - len(value))
                rest = " " * pad + rest.lstrip()
            out.append(f"{match.group(2)}{match.group(3)}{value}{rest}")
            done.add(key)
            continue
        out.append(line)
    missing = set(values) - done
    if missing:
        names = ", ".join(f"{t}.{k}" for t, k in sorted(missing))
        raise ConfigError(f"the example config has no line for {names}: it changed; update setup_wizard")
    return "\n".join(out) + "\n"


def config_text(a: Answers, drafts_how: str, idle: bool) -> str:
    """The config `init` writes, validated before it is returned."""
    signature = a.name + (f"\n{a.phone}" if a.phone else "")
    values: dict[tuple[str, str], object] = {
        ("profile", "name"): a.name,
        ("profile", "email"): a.email,
        ("profile", "signature"): signature,
        ("profile", "phone"): a.phone,
        ("profile", "timezone"): a.timezone,
        ("accounts", "name"): a.account,
        ("accounts", "host"): a.host,
        ("accounts", "security"): (a.security or cfg.Security.TLS).value,
        ("accounts", "username"): a.username,
        ("accounts", "password"): a.password_source,
        ("accounts", "mode"): "idle" if idle else "poll",
    }
    default_port = 993 if a.security is cfg.Security.TLS else 143
    if a.port and a.port != default_port:
        values[("accounts", "port")] = a.port
    if a.ca_file:
        values[("accounts", "ca_file")] = a.ca_file.expanduser().absolute()
    if a.drafts_folder and not drafts_how.startswith("SPECIAL-USE"):
        values[("accounts", "drafts_folder")] = a.drafts_folder
    text = fill_example(values)
    text = text.replace(
        "# followup's one config file.", "# followup's one config file, written by `followup init`.", 1
    )
    cfg.parse(text, source="the config followup init wrote")  # never write a config that fails to load
    return text


# -- the login -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginResult:
    drafts_folder: str
    drafts_how: str
    idle: bool


def try_login(a: Answers, secret: str) -> LoginResult:
    """Log in once, find Drafts and read the capabilities; raise FollowupError with the fix."""
    from followup.daemon.imap import ImapSession

    account = cfg.AccountConfig(
        name=a.account, host=a.host, port=a.port, security=a.security or cfg.Security.TLS,
        username=a.username, ca_file=a.ca_file, timeout=20.0,
    )  # fmt: skip
    session = ImapSession(account.connection(), lambda: secret)
    try:
        session.connect()
        idle = "IDLE" in session.capabilities()
        folder, how = session.find_drafts(a.drafts_folder)
    finally:
        session.close()
    return LoginResult(folder, how, idle)


def store_password(a: Answers, secret: str, config_dir: Path) -> str:
    """Put the password where the daemon will find it; return the config's `password` value."""
    from followup.passwords import set_keyring_password

    if a.password_file is None:
        try:
            set_keyring_password(a.account, secret)
        except KeyringUnavailableError:
            a.password_file = config_dir / f"{a.account}.password"
            a.notes.append(f"no system keyring here: the password is in {a.password_file} (mode 0600)")
        else:
            return "keyring"
    path = a.password_file.expanduser().absolute()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        os.fchmod(fh.fileno(), 0o600)  # an existing file keeps its mode otherwise
        fh.write(secret + "\n")
    return f"file:{path}"


def write_config(path: Path, text: str) -> None:
    """Write atomically: a half-written config would stop the daemon at its next start."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def describe_probes(probes: Iterable[Probe]) -> str:
    return "; ".join(f"{p.security.value} on {p.port}: {p.detail}" for p in probes)


def check_email(value: str) -> str:
    try:
        return cfg.ProfileConfig(name="x", email=value.strip()).email
    except Exception:
        raise ConfigError(f"'{value}' is not an email address: write it as name@example.com") from None


def check_zone(value: str) -> str:
    try:
        return cfg.ProfileConfig(name="x", email="x@example.org", timezone=value.strip()).timezone
    except Exception:
        raise ConfigError(f"unknown time zone '{value}': use an IANA name such as 'Europe/Berlin'") from None
