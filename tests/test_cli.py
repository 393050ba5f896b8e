"""The CLI contract (DESIGN.md), run in-process through main(argv) -> int."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "followup" / "demo"


def test_check_config_accepts_the_example_and_lists_the_rules(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert main(["check-config", "--config", str(ROOT / "config.example.toml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("config OK: 1 account(s)")
    assert "interview" in out and "rejection" in out


def test_bad_config_exits_2_with_the_key_and_the_fix(capsys, tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(
        '[profile]\nname = "S"\nemail = "s@example.org"\n[[accounts]]\nhost = "h"\nusername = "u"\npassword = "hunter2"\n'
    )
    assert main(["once", "--config", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "accounts[0].password" in err and "followup password set" in err
    assert "hunter2" not in err


def test_missing_config_exits_2(capsys, tmp_path):
    assert main(["once", "--config", str(tmp_path / "absent.toml")]) == 2
    assert "no config file" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys):
    assert main(["classify", "--no-such-flag"]) == 2


def test_classify_json_keeps_the_contract(capsys):
    files = [str(DEMO / "01-invitation.eml"), str(DEMO / "06-job-alert.eml")]
    assert main(["classify", "--json", *files]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    for record, file in zip(records, files, strict=True):
        assert set(record) >= {"file", "label", "confidence", "scores", "entities", "evidence"}
        assert record["file"] == file
        assert 0.0 <= record["confidence"] <= 1.0
        assert set(record["scores"]) >= {"interview_invitation", "rejection", "other"}
    assert records[0]["label"] == "interview_invitation"
    assert records[0]["evidence"], "an invitation should show the phrases that made it one"
    assert records[0]["entities"]["company"] == "Northwind Analytics"
    assert records[1]["label"] == "other"


def test_classify_shows_evidence_as_the_mail_wrote_it(capsys, tmp_path):
    """The model reads lower case, digits as 0 and links as kinds; a person reads the mail's own words."""
    path = tmp_path / "call.eml"
    path.write_bytes(
        b"From: Dana Reyes <dana@lumen.example>\r\nTo: sam@example.org\r\nSubject: Quick chat about the role\r\n"
        b"Message-ID: <c1@lumen.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hi Sam,\r\n\r\nThanks for applying. We'd like to invite you to a 30-minute Interview with our "
        b"lead next week. Join here: https://zoom.us/j/123456\r\n\r\nDana\r\n"
    )
    assert main(["classify", "--json", str(path)]) == 0
    shown = [e["text"] for e in json.loads(capsys.readouterr().out)["evidence"]]
    assert "invite you to a 30-minute Interview" in shown and "a meeting link" in shown
    assert not any(" 0-minute" in text or "xurl" in text for text in shown)  # the model's reading


def test_classify_reads_stdin(capsys, monkeypatch):
    import io
    import sys

    data = (DEMO / "02-rejection.eml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["classify", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["label"] == "rejection"


def test_rules_test_shows_matches_and_full_drafts_without_a_server(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)
    code = main(["rules", "test", str(DEMO / "02-rejection.eml"), "--at", "2026-11-27T10:00:00+01:00"])
    assert code == 0
    out = capsys.readouterr().out
    assert "rejection" in out
    assert "X-Followup-Key:" in out
    assert "In-Reply-To: <demo-02-reject@brightpath.io>" in out
    assert "feedback" in out.lower()


@pytest.mark.parametrize("command", [[], ["once"], ["run"], ["classify"], ["rules", "test"], ["status"]])
def test_help_works_for_every_command(capsys, command):
    assert main([*command, "--help"]) == 0
    assert "Usage" in capsys.readouterr().out


def test_status_lists_applications_as_table_json_and_csv(capsys, tmp_path):
    from datetime import UTC, datetime, timedelta

    from followup.daemon.store import LedgerState, Store
    from followup.models import Stage

    state = tmp_path / "state"
    path = tmp_path / "config.toml"
    path.write_text(f'state_dir = "{state}"\n[profile]\nname = "Sam"\nemail = "sam@example.org"\n')
    store = Store(state / "state.sqlite3")
    t0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    store.track("acct", "Northwind Analytics", "Data Analyst", Stage.ACKNOWLEDGED, t0, "m1")
    store.track("acct", "Northwind Analytics", None, Stage.INTERVIEW_SCHEDULED, t0 + timedelta(days=2), "m2")
    store.add_ledger("k", account="acct", source="m2", action="thanks", rule="r", state=LedgerState.SCHEDULED,
                     data=b"d", due=t0 + timedelta(days=5), company="Northwind Analytics")  # fmt: skip
    store.close()

    assert main(["status", "--config", str(path), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["company"] == "Northwind Analytics"
    assert row["stage"] == "interview_scheduled"
    assert row["role"] == "Data Analyst"
    assert row["pending_followups"] == 1
    assert row["next_due"].startswith("2026-11-25")

    assert main(["status", "--config", str(path), "--csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("account,company,role,stage")
    assert "Northwind Analytics" in lines[1]

    assert main(["status", "--config", str(path)]) == 0
    assert "interview_scheduled" in capsys.readouterr().out
