"""`followup pending`, `cancel`, `ignore` and `unignore`: the user's everyday say over what followup does."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from followup import config as cfg
from followup.cli import main
from followup.daemon.store import LedgerState, open_store
from followup.errors import ConfigError
from followup.ignores import Ignore, IgnoreKind, ignored_by, normalize
from followup.models import Address, Email

KEY_A = "a1b2c3" + "0" * 58
KEY_B = "a1b2ff" + "1" * 58
KEY_DONE = "d0d0d0" + "2" * 58


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(
        f'state_dir = "{tmp_path / "state"}"\n[profile]\nname = "Sam Rivera"\nemail = "sam@example.org"\n'
        'timezone = "America/New_York"\n'
    )
    store = open_store(cfg.load(path))
    try:
        common = {"account": "personal", "data": b"draft bytes", "cancel_on_reply": True}
        store.add_ledger(KEY_A, source="inv-1@northwind.example", action="interview_thank_you", rule="thank-you",
                         state=LedgerState.SCHEDULED, due=datetime(2026, 12, 8, 15, 0, tzinfo=UTC),
                         subject="Re: Interview", recipient="Priya Nair <priya@northwind.example>",
                         company="Northwind", **common)  # fmt: skip
        store.add_ledger(KEY_B, source="ack-2@jobs.contoso.example", action="application_checkin",
                         rule="application-checkin", state=LedgerState.SCHEDULED,
                         due=datetime(2026, 12, 14, 14, 0, tzinfo=UTC), subject="Re: Your application",
                         recipient="talent@jobs.contoso.example", company="Contoso", **common)  # fmt: skip
        store.add_ledger(KEY_DONE, source="x@y.example", action="interview_reply", rule="reply",
                         state=LedgerState.DONE, subject="Re: x", recipient="x@y.example", **common)  # fmt: skip
    finally:
        store.close()
    return path


def _state(config):
    return open_store(cfg.load(config))


def test_pending_shows_due_times_in_the_profile_zone(config, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["pending", "--config", str(config), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["key"] for r in rows] == [KEY_A, KEY_B]
    assert rows[0]["due"] == "2026-12-08T10:00-05:00" and rows[0]["zone"] == "America/New_York"
    assert rows[0]["to"] == "Priya Nair <priya@northwind.example>" and rows[0]["rule"] == "thank-you"
    assert main(["pending", "--config", str(config)]) == 0
    table = capsys.readouterr().out
    assert "due (America/New_York)" in table and "Tue 08 Dec 2026 10:00" in table and KEY_A[:12] in table


def test_pending_csv_has_a_header_and_a_row_per_draft(config, capsys):
    assert main(["pending", "--config", str(config), "--csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("key,account,due,zone,to,subject,rule") and len(lines) == 3


def test_cancel_by_a_short_key_and_it_stays_cancelled(config, capsys):
    assert main(["cancel", "a1b2c3", "--config", str(config)]) == 0
    assert "cancelled a1b2c3" in capsys.readouterr().out
    store = _state(config)
    try:
        assert store.ledger_state(KEY_A) == LedgerState.CANCELLED
        assert [e.key for e in store.scheduled_rows()] == [KEY_B]
        assert not store.add_ledger(KEY_A, account="personal", source="s", action="a", rule="r",
                                    state=LedgerState.PENDING, data=b"x")  # fmt: skip
    finally:
        store.close()
    assert main(["cancel", "a1b2c3", "--config", str(config)]) == 2
    assert "cancelled already" in capsys.readouterr().err


@pytest.mark.parametrize(
    "key,message",
    [
        ("a1b2", "too short"),
        ("a1b2c", "too short"),
        ("ffffff", "no draft has a key"),
        ("d0d0d0", "in Drafts already"),
    ],
)
def test_cancel_refuses_with_the_reason(config, capsys, key, message):
    assert main(["cancel", key, "--config", str(config)]) == 2
    assert message in capsys.readouterr().err


def test_an_ambiguous_prefix_is_refused(config, capsys):
    store = _state(config)
    try:
        store.add_ledger("a1b2c3ff" + "9" * 56, account="p", source="s", action="a", rule="r",
                         state=LedgerState.SCHEDULED, data=b"x")  # fmt: skip
    finally:
        store.close()
    assert main(["cancel", "a1b2c3", "--config", str(config)]) == 2
    assert "starts 2 keys" in capsys.readouterr().err


def test_ignore_a_domain_cancels_its_timed_drafts_lists_it_and_unignore_undoes(config, capsys):
    assert main(["ignore", "domain", "@Contoso.example", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "ignoring domain contoso.example" in out and f"cancelled timed draft {KEY_B[:12]}" in out
    assert main(["ignore", "--config", str(config), "--json"]) == 0
    assert [(r["kind"], r["value"]) for r in json.loads(capsys.readouterr().out)] == [
        ("domain", "contoso.example")
    ]
    store = _state(config)
    try:
        assert store.ledger_state(KEY_B) == LedgerState.CANCELLED
        assert store.ledger_state(KEY_A) == LedgerState.SCHEDULED
    finally:
        store.close()
    assert main(["unignore", "domain", "contoso.example", "--config", str(config)]) == 0
    assert main(["ignore", "--config", str(config)]) == 0
    assert "nothing ignored" in capsys.readouterr().out
    assert main(["unignore", "domain", "contoso.example", "--config", str(config)]) == 2


def test_ignore_a_thread_by_the_key_of_its_pending_draft(config, capsys):
    assert main(["ignore", "thread", KEY_A[:8], "--config", str(config)]) == 0
    assert "ignoring thread inv-1@northwind.example" in capsys.readouterr().out
    store = _state(config)
    try:
        assert store.ledger_state(KEY_A) == LedgerState.CANCELLED
        assert store.ignores() == [
            Ignore(IgnoreKind.THREAD, "inv-1@northwind.example", store.ignores()[0].created_at)
        ]
    finally:
        store.close()


def test_a_bad_sender_is_refused_with_the_fix(config, capsys):
    assert main(["ignore", "sender", "not-an-address", "--config", str(config)]) == 2
    assert "name@example.com" in capsys.readouterr().err


def _mail(sender: str, message_id: str = "m1@x.example", refs: tuple[str, ...] = ()) -> Email:
    return Email(message_id=message_id, subject="s", sender=Address("", sender), references=refs)


def test_matching_by_sender_domain_subdomain_and_thread():
    rules = [
        Ignore(IgnoreKind.SENDER, "alerts@jobs.example"),
        Ignore(IgnoreKind.DOMAIN, "spam.example"),
        Ignore(IgnoreKind.THREAD, "root@thread.example"),
    ]
    assert ignored_by(_mail("alerts@jobs.example"), rules) == rules[0]
    assert ignored_by(_mail("hr@mail.spam.example"), rules) == rules[1]
    assert ignored_by(_mail("hr@notspam.example"), rules) is None
    assert ignored_by(_mail("hr@a.example", refs=("root@thread.example",)), rules) == rules[2]
    assert ignored_by(_mail("hr@a.example"), rules) is None


@pytest.mark.parametrize(
    "kind,value,stored",
    [
        (IgnoreKind.THREAD, " <id@x.example> ", "id@x.example"),
        (IgnoreKind.SENDER, "Jo@X.Example", "jo@x.example"),
        (IgnoreKind.DOMAIN, "@.X.example.", "x.example"),
    ],
)
def test_normalize(kind, value, stored):
    assert normalize(kind, value) == stored


@pytest.mark.parametrize(
    "kind,value",
    [(IgnoreKind.DOMAIN, "a@b.example"), (IgnoreKind.THREAD, "a b"), (IgnoreKind.SENDER, "@x.example")],
)
def test_normalize_refuses(kind, value):
    with pytest.raises(ConfigError):
        normalize(kind, value)


def test_status_shows_times_in_the_profile_zone(config, capsys):
    from followup.models import Stage

    store = _state(config)
    try:
        store.track("personal", "Northwind", None, Stage.INTERVIEW_SCHEDULED,
                    datetime(2026, 12, 1, 14, 30, tzinfo=UTC), "inv-1@northwind.example")  # fmt: skip
    finally:
        store.close()
    assert main(["status", "--config", str(config), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["last_contact"] == "2026-12-01T09:30-05:00"
    assert row["next_due"] == "2026-12-08T10:00-05:00"
