"""Every command's --help renders, and shows every help text whole (nothing eaten by markup)."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer

from followup import __version__
from followup.cli import app, main


def _commands(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """(argv prefix, command) for the app and every command under it (typer ships its own click)."""
    out = [(path, command)]
    for name, sub in sorted((getattr(command, "commands", None) or {}).items()):
        out.extend(_commands(sub, (*path, name)))
    return out


ALL = _commands(typer.main.get_command(app))


def _squash(text: str) -> str:
    """Wrapping may split a line anywhere there is a space or a hyphen: compare without whitespace."""
    return re.sub(r"\s+", "", text)


def test_every_command_is_walked():
    names = {" ".join(path) for path, _ in ALL}
    assert {"once", "init", "pending", "ignore", "password set", "service install"} <= names


@pytest.mark.parametrize("path,command", ALL, ids=[" ".join(p) or "followup" for p, _ in ALL])
def test_help_shows_every_text_whole(path, command, capsys):
    assert main([*path, "--help"]) == 0
    shown = _squash(capsys.readouterr().out)
    texts = [command.help or ""] + [getattr(p, "help", None) or "" for p in command.params]
    for text in filter(None, texts):
        assert _squash(text) in shown, f"{' '.join(path)} --help lost part of: {text!r}"


def test_password_help_keeps_the_double_brackets(capsys):
    assert main(["password", "set", "--help"]) == 0
    assert "([[accounts]] name)" in capsys.readouterr().out


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag, capsys):
    assert main([flag]) == 0
    assert capsys.readouterr().out.strip() == f"followup {__version__}"


def test_shell_completion_is_offered(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "--install-completion" in out and "--show-completion" in out


def test_bash_completion_completes_command_names(monkeypatch, capsys):
    monkeypatch.setenv("_FOLLOWUP_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "followup pen")
    monkeypatch.setenv("COMP_CWORD", "1")
    with pytest.raises(SystemExit) as done:
        main([])
    assert done.value.code == 0
    assert capsys.readouterr().out.split() == ["pending"]
