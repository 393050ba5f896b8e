"""The one TOML config file: validated at start-up, then passed around as frozen models.

Every error names the key path, what is wrong and the fix, on one line, e.g.
``config.toml: accounts[0]: unknown key 'securty' (did you mean 'security'?)``.
No raw dicts leave this module; secrets are never read from here at import time.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import Field, ValidationError, field_validator, model_validator

from followup.errors import ConfigError
from followup.models import Profile
from followup.rules.schema import AdviceSettings, RuleConfig
from followup.validation import StrictModel, format_validation_error

APP = "followup"
SECRET_PREFIXES = ("env:", "file:", "credential:", "command:")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


class Security(StrEnum):
    """How the connection is protected; the values are the config's `security` key."""

    TLS = "tls"  # implicit TLS, usually port 993
    STARTTLS = "starttls"  # plain connect, then STARTTLS before login, usually port 143
    NONE = "none"  # no encryption: loopback only unless allow_insecure


class Auth(StrEnum):
    """How the session logs in; the values are the config's `auth` key."""

    LOGIN = "login"
    XOAUTH2 = "xoauth2"


@dataclass(frozen=True)
class ConnectionSettings:
    """Where and how to log in: built from an [[accounts]] entry by `AccountConfig.connection()`.

    The one place security and auth are checked (the config at start-up and `ImapSession.connect`
    both ask `refusal()`). The password is not here: the session gets it from a callable, late.
    """

    host: str
    port: int
    security: Security
    username: str
    ca_file: Path | None = None
    allow_insecure: bool = False
    timeout: float = 30.0
    auth: Auth = Auth.LOGIN  # with xoauth2 the password callable returns the access token
    account: str = ""  # the [[accounts]] name, only for error messages ("followup password set ACCOUNT")
    password_source: str = "keyring"  # where the password lives (never the password): for login hints

    def __post_init__(self) -> None:
        # Accept plain strings (tests, scripts); an unknown value is a config error, found at start-up.
        try:
            object.__setattr__(self, "security", Security(self.security))
        except ValueError:
            raise ConfigError(
                f'security = {self.security!r} is unknown: use "tls", "starttls" or "none"'
            ) from None
        try:
            object.__setattr__(self, "auth", Auth(self.auth))
        except ValueError:
            raise ConfigError(f'auth = {self.auth!r} is unknown: use "login" or "xoauth2"') from None

    def refusal(self) -> str | None:
        """Why these settings must not be used (the password would cross the network in clear), or None."""
        if self.security is Security.NONE and not self.allow_insecure and not is_loopback(self.host):
            return (
                f'security = "none" sends the password in clear text to {self.host}: use "tls" or '
                '"starttls", or set allow_insecure = true if you really mean it'
            )
        return None


class ProfileConfig(StrictModel):
    """Who you are, as your drafts sign and address you."""

    name: str = Field(min_length=1)
    email: str
    signature: str = ""
    phone: str = ""
    timezone: str = "UTC"
    availability: str = ""  # offered when a recruiter asks when you are free

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if not _EMAIL.match(value):
            raise ValueError(f"'{value}' is not an email address: write it as name@example.com")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone '{value}': use an IANA name such as 'Europe/Berlin'"
            ) from None
        return value

    def to_profile(self) -> Profile:
        return Profile(self.name, self.email, self.signature, self.phone, self.timezone, self.availability)


class ClassifierConfig(StrictModel):
    """Below `threshold` a message counts as `other` and gets no draft.

    `second_process`: a big backlog is read by a second process when two CPUs are free (see
    daemon/reader.py); false keeps followup to one process, with less memory and less speed.
    """

    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    model: Path | None = None
    second_process: bool = True


class IdentityConfig(StrictModel):
    """``[accounts.profile]``: who writes from this account; each key unset falls back to ``[profile]``."""

    name: str | None = Field(default=None, min_length=1)
    email: str | None = None
    signature: str | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.match(value):
            raise ValueError(f"'{value}' is not an email address: write it as name@example.com")
        return value


class AccountConfig(StrictModel):
    """One IMAP account. The password never lives here: `password` names where to find it.

    ``[accounts.profile]`` (optional) sets the name, email and signature its drafts go out with.
    """

    name: str = ""
    host: str = Field(min_length=1)
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = Security.TLS
    username: str = Field(min_length=1)
    password: str = "keyring"
    auth: Auth = Auth.LOGIN
    folders: list[str] = Field(default_factory=lambda: ["INBOX"], min_length=1)
    drafts_folder: str | None = None
    mode: Literal["idle", "poll"] = "idle"
    poll_interval: int = Field(default=60, ge=5, description="seconds between polls in poll mode")
    idle_renew: int = Field(default=540, ge=30, le=1740, description="seconds before IDLE is renewed")
    ca_file: Path | None = None
    allow_insecure: bool = False
    timeout: float = Field(default=30.0, gt=0)
    profile: IdentityConfig = Field(default_factory=IdentityConfig)

    @field_validator("password")
    @classmethod
    def _password_source(cls, value: str) -> str:
        if value == "keyring" or value.startswith(SECRET_PREFIXES):
            return value
        raise ValueError(
            "a literal password is not allowed in the config file: store it with "
            '`followup password set ACCOUNT` and write password = "keyring", or use '
            '"env:VAR", "file:PATH", "credential:NAME" or "command:..."'
        )

    @field_validator("ca_file")
    @classmethod
    def _ca_file(cls, value: Path | None) -> Path | None:
        if value is None:
            return None
        path = value.expanduser()
        if not path.is_file() or not os.access(path, os.R_OK):
            what = "is not a readable file" if path.exists() else "does not exist"
            raise ValueError(
                f"ca_file {path} {what}: point it at the PEM file of the CA that signed the "
                "server's certificate, or remove ca_file to trust the system's CAs"
            )
        return path

    @model_validator(mode="after")
    def _defaults(self) -> AccountConfig:
        # Frozen model: fill derived defaults through object.__setattr__ once, at validation.
        if not self.name:
            object.__setattr__(self, "name", self.username)
        if self.port is None:
            object.__setattr__(self, "port", 993 if self.security is Security.TLS else 143)
        refusal = self.connection().refusal()
        if refusal:
            raise ValueError(refusal)
        return self

    def connection(self) -> ConnectionSettings:
        """What the IMAP session needs from this entry (the daemon and `doctor` connect alike)."""
        return ConnectionSettings(
            host=self.host,
            port=self.port or 993,
            security=self.security,
            username=self.username,
            ca_file=self.ca_file,
            allow_insecure=self.allow_insecure,
            timeout=self.timeout,
            auth=self.auth,
            account=self.name,
            password_source=self.password,
        )


class Settings(StrictModel):
    """The whole config file."""

    lookback_days: int = Field(default=14, ge=0, le=3650)
    state_dir: Path | None = None
    profile: ProfileConfig
    classifier: ClassifierConfig = Field(default_factory=ClassifierConfig)
    advice: AdviceSettings = Field(default_factory=AdviceSettings)
    accounts: list[AccountConfig] = Field(default_factory=list)
    rules: list[RuleConfig] | None = None

    @model_validator(mode="after")
    def _unique_accounts(self) -> Settings:
        seen: set[str] = set()
        for i, account in enumerate(self.accounts):
            if account.name in seen:
                raise ValueError(
                    f"accounts[{i}].name: '{account.name}' is used twice: give each account a name"
                )
            seen.add(account.name)
        return self

    def profile_for(self, account: str) -> Profile:
        """The profile drafts from `account` carry: its own name, email and signature where it sets them."""
        base = self.profile.to_profile()
        found = next((a for a in self.accounts if a.name == account), None)
        if found is None:
            return base
        own = found.profile
        return replace(
            base,
            name=own.name if own.name is not None else base.name,
            email=own.email if own.email is not None else base.email,
            signature=own.signature if own.signature is not None else base.signature,
        )

    def account(self, name: str) -> AccountConfig:
        for account in self.accounts:
            if account.name == name:
                return account
        names = ", ".join(a.name for a in self.accounts) or "none configured"
        raise ConfigError(f"no account named '{name}' (accounts: {names})")

    @property
    def state_path(self) -> Path:
        """Where the SQLite state lives ($XDG_STATE_HOME/followup unless state_dir is set)."""
        return self.state_dir or Path(platformdirs.user_state_dir(APP))

    @property
    def templates_dir(self) -> Path:
        """User template overrides, beside the config file's default location."""
        return default_config_path().parent / "templates"


def password_where(source: str, account: str) -> str:
    """Where the configured password lives, in the words a user looks for it with (login hints)."""
    kind, _, arg = source.partition(":")
    return {
        "keyring": f"the system keyring (`followup password set {account}`)",
        "env": f"the variable named in {source!r}",
        "file": f"the file {arg}",
        "credential": f"the systemd credential {arg} (LoadCredential=)",
        "command": "what the password command prints",
    }.get(kind, "the password source")


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: the only hosts where plain text cannot be sniffed."""
    name = host.strip().strip("[]").lower()
    if name in {"localhost", "localhost.localdomain"} or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def default_config_path() -> Path:
    env = os.environ.get("FOLLOWUP_CONFIG")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def resolve_config_path(path: Path | None) -> Path:
    """--config PATH, else $FOLLOWUP_CONFIG, else $XDG_CONFIG_HOME/followup/config.toml."""
    return path if path is not None else default_config_path()


def load(path: Path | None = None) -> Settings:
    """Read and validate the config file; raise ConfigError naming the key and the fix."""
    path = resolve_config_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no config file: run `followup init` to write one (or pass --config PATH)"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise ConfigError(
            f"{path}: line {line}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x}): "
            "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"
        ) from None
    return parse(text, source=str(path))


def parse(text: str, source: str = "config.toml") -> Settings:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc}): fix the syntax at that line") from None
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, f"{source}: ")) from None
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None
