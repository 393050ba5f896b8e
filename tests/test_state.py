"""The state directory: private files, one process at a time, and every failure as one line."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from followup import doctor
from followup.cli import main
from followup.daemon.statedir import StateLock
from followup.daemon.store import LedgerState, Store
from followup.errors import StateError

GOOD = '[profile]\nname = "Sam Rivera"\nemail = "sam@example.org"\n'


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "config.toml"
    account = '[[accounts]]\nname = "work"\nhost = "127.0.0.1"\nport = 9\nsecurity = "none"\nusername = "u"\n'
    path.write_text(f'state_dir = "{tmp_path / "state"}"\n' + GOOD + account + 'password = "env:X"\n' + extra)
    return path


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def test_state_dir_and_database_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        store = Store(tmp_path / "state" / "state.sqlite3")
        store.add_ledger("k", account="a", source="m", action="x", rule="r", state=LedgerState.SCHEDULED,
                         data=b"the text of a timed draft")  # fmt: skip
        store.close()
    finally:
        os.umask(old)
    assert _mode(tmp_path / "state") == 0o700
    for item in (tmp_path / "state").iterdir():
        assert _mode(item) & 0o077 == 0, (item, oct(_mode(item)))
    # A state made by an older version with a loose mode is tightened when it is opened.
    (tmp_path / "state").chmod(0o755)
    (tmp_path / "state" / "state.sqlite3").chmod(0o644)
    Store(tmp_path / "state" / "state.sqlite3").close()
    assert _mode(tmp_path / "state") == 0o700 and _mode(tmp_path / "state" / "state.sqlite3") == 0o600


def test_every_ledger_step_is_conditional(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.sqlite3")
    store.add_ledger(
        "k", account="a", source="m", action="x", rule="r", state=LedgerState.SCHEDULED, data=b"d"
    )
    assert not store.set_state("k", LedgerState.DONE)  # done only from pending
    assert store.set_state("k", LedgerState.PENDING)
    assert not store.set_state("k", LedgerState.PENDING)  # a second instance's run_due gets nothing
    assert store.cancel_scheduled("a", sources=["m"], company=None, every=True) == []  # no longer scheduled
    assert store.set_state("k", LedgerState.DONE, keep_data=False)
    assert not store.set_state("k", LedgerState.DONE)
    assert store.ledger_state("k") is LedgerState.DONE
    store.close()


def test_the_lock_names_the_holder_and_is_released(tmp_path: Path) -> None:
    with StateLock(tmp_path, "followup run"):
        with pytest.raises(StateError) as info:
            StateLock(tmp_path, "followup once").acquire()
        message = str(info.value)
        assert f"pid {os.getpid()}" in message and "`followup run`" in message and "\n" not in message
        assert f"kill {os.getpid()}" in message and "state_dir" in message
    with StateLock(tmp_path, "followup once"):  # released: the next one gets in
        pass


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_database_is_one_line_with_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    path = _config(tmp_path)
    database = tmp_path / "state" / "state.sqlite3"
    store = Store(database)
    for i in range(300):
        store.add_ledger(f"k{i}", account="work", source="m", action="x", rule="r",
                         state=LedgerState.SCHEDULED, data=os.urandom(2000))  # fmt: skip
    store.close()
    if damage == "garbage":
        database.write_bytes(b"this is not a database" * 100)
    else:
        data = database.read_bytes()
        database.write_bytes(data[: len(data) // 3])
    assert main(["once", "--config", str(path)]) == 1
    err = _one_line_error(capsys)
    assert "damaged" in err and f"mv {database} {database}.broken" in err
    checks = {c.name: c for c in doctor.run_checks(path, systemctl=lambda argv: (127, ""))}
    assert not checks["state"].ok and "damaged" in checks["state"].detail and ".broken" in checks["state"].fix


def test_an_unwritable_database_is_told_apart_from_a_damaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite opens a file it may not write read-only; root may write anything, so that is done here
    the way SQLite does it (mode=ro), and the real error comes from SQLite."""
    import sqlite3

    path = _config(tmp_path)
    Store(tmp_path / "state" / "state.sqlite3").close()
    connect = sqlite3.connect

    def read_only(database: Path, **kwargs: object) -> sqlite3.Connection:
        return connect(f"file:{database}?mode=ro", uri=True, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("followup.daemon.store_base.sqlite3.connect", read_only)
    assert main(["once", "--config", str(path)]) == 1
    err = _one_line_error(capsys)
    assert "cannot write the state" in err and "chmod" in err and "damaged" not in err
    checks = {c.name: c for c in doctor.run_checks(path, systemctl=lambda argv: (127, ""))}
    assert not checks["state"].ok and "cannot write" in checks["state"].detail
    assert "writable" in checks["state"].fix and ".broken" not in checks["state"].fix


def test_a_config_that_is_not_utf8_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(GOOD.replace("Rivera", "Rivéra").encode("latin-1"))
    assert main(["check-config", "--config", str(path)]) == 2
    err = _one_line_error(capsys)
    assert "line 2" in err and "UTF-8" in err


def test_a_missing_ca_file_is_caught_by_check_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _config(tmp_path, f'ca_file = "{tmp_path / "nowhere.pem"}"\n')
    assert main(["check-config", "--config", str(path)]) == 2
    err = _one_line_error(capsys)
    assert "accounts[0].ca_file" in err and "does not exist" in err


def test_a_template_override_that_raises_fails_check_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.rules import rendering

    path = tmp_path / "config.toml"
    path.write_text(GOOD)
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(path))
    templates = tmp_path / "templates"
    templates.mkdir()
    shipped = rendering.DEFAULT_DIR / "application_checkin.j2"
    (templates / "application_checkin.j2").write_text(shipped.read_text() + "{{ 1 // 0 }}\n")
    assert main(["check-config"]) == 2
    err = _one_line_error(capsys)
    assert "application_checkin" in err and "ZeroDivisionError" in err
