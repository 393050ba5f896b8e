"""`followup doctor` against a real Dovecot: a good account passes every step, a broken one names the step and the fix."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from conftest import ImapAccount, account_block, write_config
from followup import doctor
from followup.cli_service import doctor_command


def doctor_config(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    account: ImapAccount,
    password: str | None = None,
    port: int | None = None,
    ca_file: bool = True,
) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))  # no unit installed there
    extra: dict[str, object] = {"timeout": 5}
    if ca_file:
        extra["ca_file"] = account.server.ca_file
    block = account_block(account, monkeypatch, name="work", security="tls", secret=password, **extra)
    if port is not None:
        block = block.replace(f"port = {account.server.imaps_port}", f"port = {port}")
    return write_config(tmp_path, block)


def by_name(checks: list[doctor.Check]) -> dict[str, doctor.Check]:
    return {c.name: c for c in checks}


def test_good_account_passes_every_step(
    imap_account: ImapAccount,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = doctor_config(tmp_path, monkeypatch, imap_account)
    checks = doctor.run_checks(path)
    names = [c.name for c in checks]
    assert names == [
        "config", "work: password", "work: dns", "work: tcp", "work: tls", "work: login",
        "work: capabilities", "work: drafts", "model", "state", "service",
    ]  # fmt: skip
    failed = [c for c in checks if not c.ok and c.name != "service"]
    assert failed == [], doctor.format_checks(checks)
    found = by_name(checks)
    assert found["work: drafts"].detail == "'Drafts' (found by SPECIAL-USE \\Drafts)"
    assert "IDLE SPECIAL-USE UIDPLUS MOVE" in found["work: capabilities"].detail
    assert "127.0.0.1" in found["work: dns"].detail
    assert "valid until" in found["work: tls"].detail
    assert found["model"].detail.split("sample invitation is ")[1].startswith("interview_invitation")
    # The unit is not installed in this test's XDG dir: reported, but it does not fail the doctor.
    assert found["service"].informational and not found["service"].ok
    assert (tmp_path / "state" / "state.sqlite3").exists()

    assert doctor_command(path) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"✓ config: {path}: valid, 1 account(s)"
    assert "✓ work: login: logged in as" in out
    assert "✗" not in out
    assert imap_account.password not in out


def test_wrong_password_fails_login_with_the_fix(
    imap_account: ImapAccount,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = doctor_config(tmp_path, monkeypatch, imap_account, password="not-the-password")
    checks = by_name(doctor.run_checks(path))
    login = checks["work: login"]
    assert not login.ok
    assert "login failed" in login.detail
    assert "env:FOLLOWUP_TEST_PW_WORK_" in login.fix
    assert "work: drafts" not in checks  # nothing after the first broken step
    assert doctor_command(path) == 1
    out = capsys.readouterr().out
    assert f"✗ work: login: {login.detail} -> {login.fix}" in out.splitlines()
    assert "not-the-password" not in out


def test_missing_secret_stops_before_the_network(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = doctor_config(tmp_path, monkeypatch, imap_account, password="")
    checks = doctor.run_checks(path)
    secret = by_name(checks)["work: password"]
    assert not secret.ok and "is not set or empty" in secret.detail
    assert not any(c.name.startswith("work: ") and c.name != "work: password" for c in checks)
    assert doctor.exit_code(checks) == 1


def test_untrusted_certificate_names_ca_file(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = doctor_config(tmp_path, monkeypatch, imap_account, ca_file=False)
    tls = by_name(doctor.run_checks(path))["work: tls"]
    assert not tls.ok and "not trusted" in tls.detail and "ca_file" in tls.fix


def test_closed_port_fails_tcp(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    path = doctor_config(tmp_path, monkeypatch, imap_account, port=closed)
    checks = by_name(doctor.run_checks(path))
    assert checks["work: dns"].ok
    assert not checks["work: tcp"].ok and str(closed) in checks["work: tcp"].detail


def test_bad_config_is_one_failed_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[profile]\nname = "Sam"\nemail = "sam@example.org"\nsubjet = 1\n')
    checks = doctor.run_checks(path)
    assert not checks[0].ok and "unknown key" in checks[0].detail
    assert doctor_command(path) == 1
    assert capsys.readouterr().out.startswith("✗ config: ")


def test_unwritable_state_dir_fails(
    tmp_path: Path, imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = doctor_config(tmp_path, monkeypatch, imap_account)
    (tmp_path / "state").write_text("a file where the state directory should be")
    state = by_name(doctor.run_checks(path))["state"]
    assert not state.ok and "state_dir" in state.fix


def test_installed_inactive_unit_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    unit = tmp_path / "systemd" / "user" / "followup.service"
    unit.parent.mkdir(parents=True)
    unit.write_text("[Service]\n")
    answers = {"active": (0, "active"), "failed": (3, "failed"), "offline": (1, "Failed to connect to bus")}
    for state, answer in answers.items():
        check = doctor._unit_check(lambda argv, answer=answer: answer)
        assert check.ok is (state == "active")
        assert check.informational is (state == "offline")


def test_format_marks() -> None:
    text = doctor.format_checks(
        [
            doctor.Check("a", True, "fine"),
            doctor.Check("b", False, "broken", "do this"),
            doctor.Check("c", False, "not here", "maybe that", informational=True),
        ]
    )
    assert text.splitlines() == ["✓ a: fine", "✗ b: broken -> do this", "• c: not here -> maybe that"]


def test_headless_keyring_points_to_file_or_credential_not_password_set(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    import keyring.backends.fail

    path = doctor_config(tmp_path, monkeypatch, imap_account)
    path.write_text(path.read_text().replace('password = "env:', 'password = "keyring"\n# was "env:'))
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        secret = by_name(doctor.run_checks(path))["work: password"]
    finally:
        keyring.set_keyring(previous)
    assert not secret.ok
    assert "file:PATH" in secret.fix and "credential:NAME" in secret.fix
    assert "password set" not in secret.fix
