"""Where passwords and tokens come from. Never from the config file, never into the logs.

Sources (the account's `password` key): `keyring` (the system keyring, default), `env:VAR`,
`file:PATH`, `credential:NAME` (systemd `LoadCredential=`, read from $CREDENTIALS_DIRECTORY) and
`command:...` (a helper such as pizauth or oama that prints a password or an OAuth2 token).
"""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

from followup.errors import KeyringUnavailableError, SecretError

SERVICE = "followup"
_INSECURE_BACKENDS = ("PlaintextKeyring", "EncryptedKeyring", "fail.Keyring", "null.Keyring")


def _keyring_backend() -> object:
    import keyring  # imported late: the backend probes D-Bus, which nothing else needs

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if any(bad in name for bad in _INSECURE_BACKENDS) or (
        "ChainerBackend" in name and not _chain_ok(backend)
    ):
        raise KeyringUnavailableError(
            "no secure system keyring is available (found "
            f'{name}): on a headless machine use password = "file:PATH" or "credential:NAME" instead'
        )
    return backend


def _chain_ok(backend: object) -> bool:
    return bool(getattr(backend, "backends", None))


def get_secret(source: str, account: str) -> str:
    """Read the secret for `account` from `source`; raise SecretError with the fix when it isn't there."""
    if source == "keyring":
        backend = _keyring_backend()
        value = backend.get_password(SERVICE, account)  # type: ignore[attr-defined]
        if not value:
            raise SecretError(
                f"no password stored for account '{account}': run `followup password set {account}`"
            )
        return str(value)
    kind, _, arg = source.partition(":")
    if kind == "env":
        value = os.environ.get(arg)
        if not value:
            raise SecretError(f"account '{account}': environment variable {arg} is not set or empty")
        return value
    if kind == "file":
        path = Path(arg).expanduser()
        _refuse_shared(path, account)
        return _read_file(path, account)
    if kind == "credential":
        directory = os.environ.get("CREDENTIALS_DIRECTORY")
        if not directory:
            raise SecretError(
                f"account '{account}': credential:{arg} needs $CREDENTIALS_DIRECTORY: run under systemd "
                f"with LoadCredential={arg}:PATH (or use file:PATH)"
            )
        return _read_file(Path(directory) / arg, account)
    if kind == "command":
        return _run_command(arg, account)
    raise SecretError(
        f"account '{account}': unknown password source '{kind}': use keyring, env:, file:, credential:"
    )


def _refuse_shared(path: Path, account: str) -> None:
    """A password file others can read is a leaked password: refuse it, with the chmod that fixes it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # reading it says what is wrong
    if mode & 0o077:
        raise SecretError(
            f"account '{account}': password file {path} is open to group or others "
            f"(mode {mode & 0o777:o}): run `chmod 600 {path}`"
        )


def _read_file(path: Path, account: str) -> str:
    try:
        value = path.read_text(encoding="utf-8").strip("\r\n")
    except OSError as exc:
        raise SecretError(f"account '{account}': cannot read password file {path}: {exc.strerror}") from None
    if not value:
        raise SecretError(f"account '{account}': password file {path} is empty")
    return value


def _run_command(command: str, account: str) -> str:
    try:
        done = subprocess.run(shlex.split(command), capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SecretError(f"account '{account}': password command failed to run: {exc}") from None
    value = done.stdout.strip("\r\n").splitlines()[0] if done.stdout.strip() else ""
    if done.returncode != 0 or not value:
        raise SecretError(
            f"account '{account}': password command exited {done.returncode} without printing a secret"
        )
    return value


def set_keyring_password(account: str, password: str) -> None:
    backend = _keyring_backend()
    backend.set_password(SERVICE, account, password)  # type: ignore[attr-defined]


def delete_keyring_password(account: str) -> bool:
    import keyring.errors

    backend = _keyring_backend()
    try:
        backend.delete_password(SERVICE, account)  # type: ignore[attr-defined]
    except keyring.errors.PasswordDeleteError:
        return False
    return True
