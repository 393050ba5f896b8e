"""Installing the unit writes the right file and runs (or hands over) exactly the right commands."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from followup import install
from followup.errors import ConfigError, FollowupError
from followup.install import CommandResult

REPO = Path(__file__).resolve().parents[1]
EXE = Path("/opt/followup/venv/bin/followup")


class FakeSystemctl:
    """Records every command; answers like a running manager unless told it is offline."""

    def __init__(self, reachable: bool = True, fail: str | None = None) -> None:
        self.calls: list[list[str]] = []
        self.reachable = reachable
        self.fail = fail

    def __call__(self, argv: Sequence[str]) -> CommandResult:
        argv = list(argv)
        self.calls.append(argv)
        if "is-system-running" in argv:
            return CommandResult(0, "running") if self.reachable else CommandResult(1, "offline")
        if self.fail and self.fail in argv:
            return CommandResult(1, f"Failed to {self.fail}: boom")
        return CommandResult(0, "")

    def actions(self) -> list[str]:
        return [" ".join(c) for c in self.calls if "is-system-running" not in c]


def unit_values(text: str) -> dict[str, list[str]]:
    # systemd accumulates repeated keys (configparser would keep only the last), so read by hand.
    values: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            values.setdefault(key, []).append(value)
    return values


def test_repo_unit_files_are_the_rendered_units() -> None:
    for kind in install.UnitKind:
        path = REPO / "systemd" / install.unit_file_name(kind)
        assert path.read_text() == install.render_unit(kind, install.DEFAULT_EXE), (
            f"{path} is stale: regenerate with `python -m followup.install systemd`"
        )


def test_user_install_writes_unit_and_enables_it(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("")
    fake = FakeSystemctl()
    result = install.install(
        "user", EXE, unit_dir=tmp_path / "units", runner=fake, user="sam", config_path=config
    )
    unit = tmp_path / "units" / "followup.service"
    assert result.written and result.unit_path == unit
    values = unit_values(unit.read_text())
    assert values["ExecStart"] == [f"{EXE} run"]
    assert values["Type"] == ["notify"] and values["NotifyAccess"] == ["main"]
    assert values["WatchdogSec"] == ["120s"] and values["Restart"] == ["on-failure"]
    assert values["WantedBy"] == ["default.target"]
    assert "User" not in values  # a user unit runs as its owner
    assert fake.actions() == [
        "systemctl --user daemon-reload",
        "systemctl --user enable --now followup.service",
        "loginctl enable-linger sam",
    ]
    assert result.todo == []


def test_user_install_without_a_manager_hands_over_the_commands(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("")
    fake = FakeSystemctl(reachable=False)
    result = install.install("user", EXE, unit_dir=tmp_path, runner=fake, user="sam", config_path=config)
    assert (tmp_path / "followup.service").exists()
    assert fake.actions() == []
    assert result.todo == [
        "systemctl --user daemon-reload",
        "systemctl --user enable --now followup.service",
        "loginctl enable-linger sam",
    ]


def test_install_does_not_start_without_a_config(tmp_path: Path) -> None:
    fake = FakeSystemctl()
    result = install.install(
        "user", EXE, unit_dir=tmp_path, runner=fake, user="sam", config_path=tmp_path / "missing.toml"
    )
    # Reloaded so the unit is known, but not started into a restart loop on a missing config.
    assert fake.actions()[0] == "systemctl --user daemon-reload"
    assert "systemctl --user enable --now followup.service" not in fake.actions()
    assert "systemctl --user enable --now followup.service" in result.todo
    assert any("missing.toml" in note for note in result.notes)


def test_system_install_template_for_a_dedicated_user(tmp_path: Path) -> None:
    config = tmp_path / "mail.toml"
    config.write_text("")
    fake = FakeSystemctl()
    result = install.install(
        "system", EXE, unit_dir=tmp_path, runner=fake, user="mailbot", config_path=config,
        user_exists=lambda name: name == "mailbot",
    )  # fmt: skip
    values = unit_values((tmp_path / "followup@.service").read_text())
    assert result.unit_path.name == "followup@.service"
    assert values["User"] == ["%i"] and values["ExecStart"] == [f"{EXE} run"]
    assert values["ProtectHome"] == ["yes"] and values["ProtectSystem"] == ["strict"]
    assert values["WantedBy"] == ["multi-user.target"]
    assert fake.actions() == ["systemctl daemon-reload", "systemctl enable --now followup@mailbot.service"]


def test_system_install_names_the_missing_user(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("")
    fake = FakeSystemctl()
    result = install.install(
        "system",
        EXE,
        unit_dir=tmp_path,
        runner=fake,
        user="followup",
        config_path=config,
        user_exists=lambda _: False,
    )
    assert result.todo[0].startswith("useradd --system")
    assert result.todo[-1] == "systemctl enable --now followup@followup.service"
    assert "systemctl enable --now followup@followup.service" not in fake.actions()


def test_venv_in_home_keeps_home_readable(tmp_path: Path) -> None:
    text = install.render_unit("system", Path("/home/sam/.venv/bin/followup"))
    assert unit_values(text)["ProtectHome"] == ["read-only"]


@pytest.mark.parametrize("bad", ["followup", "/opt/my apps/followup", "/opt/100%/followup"])
def test_unusable_exe_paths_are_refused(bad: str) -> None:
    with pytest.raises(ConfigError):
        install.render_unit("user", Path(bad))


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("")
    fake = FakeSystemctl()
    result = install.install("user", EXE, dry_run=True, unit_dir=tmp_path / "u", runner=fake, user="sam",
                             config_path=config)  # fmt: skip
    assert not (tmp_path / "u").exists() and fake.calls == []
    assert result.todo == [
        f"write {tmp_path / 'u' / 'followup.service'}",
        "systemctl --user daemon-reload",
        "systemctl --user enable --now followup.service",
        "loginctl enable-linger sam",
    ]
    assert f"ExecStart={EXE} run" in result.unit_text


def test_failed_enable_is_an_error_with_the_command(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("")
    with pytest.raises(FollowupError, match=re.escape("systemctl --user enable --now followup.service")):
        install.install("user", EXE, unit_dir=tmp_path, runner=FakeSystemctl(fail="enable"), user="sam",
                        config_path=config)  # fmt: skip


def test_uninstall_undoes_install_and_is_idempotent(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("")
    install.install("user", EXE, unit_dir=tmp_path, runner=FakeSystemctl(), user="sam", config_path=config)
    fake = FakeSystemctl()
    result = install.uninstall("user", unit_dir=tmp_path, runner=fake, user="sam")
    assert result.written and not (tmp_path / "followup.service").exists()
    assert fake.actions() == [
        "systemctl --user disable --now followup.service",
        "systemctl --user daemon-reload",
    ]
    again = install.uninstall("user", unit_dir=tmp_path, runner=FakeSystemctl(reachable=False), user="sam")
    assert not again.written
    assert again.todo == ["systemctl --user disable --now followup.service", "systemctl --user daemon-reload"]


def test_cli_dry_run_prints_unit_and_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the real typer app (registered here the way cli.py is asked to)."""
    import typer

    from followup.cli_service import service_app

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(tmp_path / "config.toml"))
    app = typer.Typer()
    app.add_typer(service_app, name="service")
    with pytest.raises(SystemExit) as done:
        app(["service", "install", "--user", "--dry-run", "--exe", str(EXE)], prog_name="followup")
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert f"ExecStart={EXE} run" in out
    assert "systemctl --user enable --now followup.service" in out
    assert "loginctl enable-linger" in out
    assert not (tmp_path / "cfg" / "systemd").exists()
