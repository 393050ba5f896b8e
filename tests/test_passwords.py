"""Every password source finds the secret where the config says, and says how to fix it when it can't."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from followup import passwords
from followup.errors import SecretError

SECRET = "s3cr3t-Ünïcode pass"


class MemoryKeyring(KeyringBackend):
    """A real backend kept in a dict, like the Secret Service would keep it."""

    # Priority 0: set explicitly per test, never picked up by keyring's own chain of viable backends.
    priority = 0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def test_env_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_TEST_SECRET", SECRET)
    assert passwords.get_secret("env:FOLLOWUP_TEST_SECRET", "work") == SECRET
    monkeypatch.delenv("FOLLOWUP_TEST_SECRET")
    with pytest.raises(SecretError, match="FOLLOWUP_TEST_SECRET is not set"):
        passwords.get_secret("env:FOLLOWUP_TEST_SECRET", "work")


def test_file_source_strips_only_the_line_end(tmp_path: Path) -> None:
    path = tmp_path / "pw"
    path.write_text(f"  {SECRET}  \n", encoding="utf-8")
    path.chmod(0o600)  # only the owner may read a password file (see the test below)
    # Spaces inside a password are part of it; only the editor's trailing newline is not.
    assert passwords.get_secret(f"file:{path}", "work") == f"  {SECRET}  "
    with pytest.raises(SecretError, match="cannot read password file"):
        passwords.get_secret(f"file:{tmp_path / 'missing'}", "work")
    path.write_text("\n")
    with pytest.raises(SecretError, match="is empty"):
        passwords.get_secret(f"file:{path}", "work")


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660])
def test_file_open_to_group_or_others_is_refused_with_the_chmod(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "pw"
    path.write_text(SECRET, encoding="utf-8")
    path.chmod(mode)
    with pytest.raises(SecretError, match=f"mode {mode:o}.*chmod 600 {path}") as info:
        passwords.get_secret(f"file:{path}", "work")
    assert SECRET not in str(info.value) and "\n" not in str(info.value)
    path.chmod(0o600)
    assert passwords.get_secret(f"file:{path}", "work") == SECRET


def test_credential_source_reads_credentials_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "work-imap").write_text(SECRET)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    assert passwords.get_secret("credential:work-imap", "work") == SECRET
    monkeypatch.delenv("CREDENTIALS_DIRECTORY")
    with pytest.raises(SecretError, match="LoadCredential=work-imap"):
        passwords.get_secret("credential:work-imap", "work")


def test_command_source_takes_the_first_line(tmp_path: Path) -> None:
    script = tmp_path / "helper.py"
    script.write_text(f"print({SECRET!r}); print('second line is ignored')\n")
    assert passwords.get_secret(f"command:{sys.executable} {script}", "work") == SECRET
    failing = tmp_path / "fail.py"
    failing.write_text("import sys; sys.exit(3)\n")
    with pytest.raises(SecretError, match="exited 3"):
        passwords.get_secret(f"command:{sys.executable} {failing}", "work")
    with pytest.raises(SecretError, match="failed to run"):
        passwords.get_secret(f"command:{tmp_path / 'no-such-helper'}", "work")


def test_keyring_round_trip(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(SecretError, match="followup password set work"):
        passwords.get_secret("keyring", "work")
    passwords.set_keyring_password("work", SECRET)
    assert memory_keyring.store == {("followup", "work"): SECRET}
    assert passwords.get_secret("keyring", "work") == SECRET
    assert passwords.delete_keyring_password("work") is True
    assert passwords.delete_keyring_password("work") is False


@pytest.mark.parametrize(
    "backend",
    [
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
        keyring.backends.chainer.ChainerBackend(),  # a chain with nothing usable in it
    ],
    ids=["fail", "null", "empty-chain"],
)
def test_insecure_or_missing_keyring_is_refused_with_headless_advice(backend: KeyringBackend) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        for call in (
            lambda: passwords.get_secret("keyring", "work"),
            lambda: passwords.set_keyring_password("work", SECRET),
        ):
            with pytest.raises(SecretError) as info:
                call()
            message = str(info.value)
            assert "no secure system keyring" in message
            assert 'password = "file:PATH"' in message and '"credential:NAME"' in message
    finally:
        keyring.set_keyring(previous)


def test_plaintext_keyring_is_refused() -> None:
    # keyrings.alt is not installed here; a backend class named like its PlaintextKeyring stands in.
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()
    previous = keyring.get_keyring()
    keyring.set_keyring(plaintext)
    try:
        with pytest.raises(SecretError, match=r"keyrings\.alt\.file\.PlaintextKeyring"):
            passwords.set_keyring_password("work", SECRET)
        assert plaintext.store == {}
    finally:
        keyring.set_keyring(previous)


def test_errors_and_logs_never_contain_the_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    noisy = tmp_path / "noisy.py"
    noisy.write_text(f"import sys; print({SECRET!r}); sys.exit(1)\n")
    with pytest.raises(SecretError) as info:
        passwords.get_secret(f"command:{sys.executable} {noisy}", "work")
    assert SECRET not in str(info.value)
    monkeypatch.setenv("FOLLOWUP_TEST_SECRET", SECRET)
    passwords.get_secret("env:FOLLOWUP_TEST_SECRET", "work")
    assert SECRET not in caplog.text
