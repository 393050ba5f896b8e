"""`followup demo` outside the repository: a clear way to get the demo server, and no litter."""

from __future__ import annotations

import sys
import tempfile

import pytest

from followup import demo
from followup.cli import main
from followup.errors import FollowupError


def test_without_pymap_it_names_the_extra_and_leaves_nothing(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["demo"]) == 1
    err = capsys.readouterr().err
    assert "pip install 'followup[demo]'" in err
    assert not list(tmp_path.glob("followup-demo-*"))


def test_a_server_that_fails_to_start_leaves_no_temporary_directory(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(demo, "pymap_command", lambda: ["true"])

    def broken(port, log_path):
        raise FollowupError(f"the demo IMAP server exited at start: see {log_path}")

    monkeypatch.setattr(demo, "start_server", broken)
    with pytest.raises(FollowupError, match="exited at start"):
        demo.run_demo()
    assert not list(tmp_path.glob("followup-demo-*"))
