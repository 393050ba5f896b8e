"""An application is company + role (company + thread without a role): cancellation and status follow it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followup.cli import main
from followup.daemon.store import LedgerState, Store
from followup.models import Stage

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _store(tmp_path: Path) -> Store:
    return Store(tmp_path / "state.sqlite3")


def _invite(store: Store, role: str | None, source: str, thanks: str, thread: tuple[str, ...] = ()) -> str:
    """What the worker does for an invitation: resolve the application, track it, time a thank-you."""
    key = store.application_key("a", "Acme Inc.", role, thread, source)
    store.track("a", "Acme Inc.", role, Stage.INTERVIEW_SCHEDULED, T0, source, application=key)
    store.add_ledger(thanks, account="a", source=source, action="thanks", rule="r", data=b"d",
                     due=T0 + timedelta(days=3), state=LedgerState.SCHEDULED, company="Acme Inc.",
                     application=key)  # fmt: skip
    return key


def _reject(store: Store, role: str | None, thread: tuple[str, ...] = (), own: str = "rej") -> list[str]:
    key = store.application_key("a", "ACME", role, thread, own)
    return store.cancel_scheduled("a", sources=list(thread), company="ACME", every=True, application=key)


def test_two_roles_at_one_company_are_two_applications_and_a_rejection_cancels_only_its_own(tmp_path):
    store = _store(tmp_path)
    analyst = _invite(store, "Data Analyst", "inv-1", "thanks-analyst")
    engineer = _invite(store, "Data Engineer", "inv-2", "thanks-engineer")
    assert analyst != engineer
    assert _reject(store, "data analyst") == ["thanks-analyst"]
    assert store.ledger_state("thanks-engineer") == LedgerState.SCHEDULED
    assert sorted((a.role, a.pending) for a in store.applications()) == [
        ("Data Analyst", 0),
        ("Data Engineer", 1),
    ]


def test_mail_naming_no_role_belongs_to_the_application_of_its_thread(tmp_path):
    store = _store(tmp_path)
    _invite(store, "Data Analyst", "inv-1", "thanks-analyst")
    _invite(store, "Data Engineer", "inv-2", "thanks-engineer")
    assert _reject(store, None, thread=("inv-2",)) == ["thanks-engineer"]
    assert store.ledger_state("thanks-analyst") == LedgerState.SCHEDULED


def test_a_role_less_first_mail_is_keyed_by_its_thread_and_a_reply_naming_the_role_joins_it(tmp_path):
    store = _store(tmp_path)
    first = _invite(store, None, "ack-1", "thanks-1")
    other = store.application_key("a", "Acme", "Designer", (), "x")
    assert other == first  # the company's only open application has no role yet: the role joins it
    store.track("a", "Acme", "Designer", Stage.ASSESSMENT, T0, "x", application=other)
    [app] = store.applications()
    assert app.role == "Designer"


def test_mail_naming_no_role_and_no_known_thread_is_company_wide_only_with_one_open_application(tmp_path):
    store = _store(tmp_path)
    _invite(store, "Data Analyst", "inv-1", "thanks-analyst")
    assert _reject(store, None) == ["thanks-analyst"]  # one open application: it is that one

    store = Store(tmp_path / "second.sqlite3")
    _invite(store, "Data Analyst", "inv-1", "thanks-analyst")
    _invite(store, "Data Engineer", "inv-2", "thanks-engineer")
    assert _reject(store, None) == []  # two open: which one is unknown, so neither is cancelled
    assert (
        store.ledger_state("thanks-analyst") == store.ledger_state("thanks-engineer") == LedgerState.SCHEDULED
    )


def test_a_schema_2_state_keeps_its_company_only_applications_working(tmp_path):
    path = tmp_path / "state.sqlite3"
    store = Store(path)
    store.close()
    db = sqlite3.connect(path)  # turn it back into what followup 2 wrote
    db.executescript(
        "DROP TABLE applications; CREATE TABLE applications (id INTEGER PRIMARY KEY, account TEXT NOT NULL, "
        "company TEXT NOT NULL, company_key TEXT NOT NULL, role TEXT, stage TEXT NOT NULL, first_contact TEXT "
        "NOT NULL, last_contact TEXT NOT NULL, UNIQUE (account, company_key));"
        f"INSERT INTO applications VALUES (7, 'a', 'Acme Inc.', 'acme', 'Data Analyst', 'interview_scheduled', "
        f"'{T0.isoformat()}', '{T0.isoformat()}');"
        "INSERT INTO stage_history VALUES (7, 'interview_scheduled', '2026-11-02', 'inv-1');"
        "UPDATE meta SET value='2' WHERE key='schema';"
    )
    db.commit()
    db.close()
    store = Store(path)
    store.add_ledger("old-thanks", account="a", source="inv-1", action="thanks", rule="r", data=b"d", due=T0,
                     state=LedgerState.SCHEDULED, company="Acme Inc.")  # fmt: skip  # as schema 2 wrote it
    [app] = store.applications()
    assert (app.company, app.role, app.pending) == ("Acme Inc.", "Data Analyst", 1)
    # A new role at the same company is a second application; the old one is still found by its role.
    _invite(store, "Data Engineer", "inv-2", "thanks-engineer")
    assert len(store.applications()) == 2
    assert _reject(store, "Data Analyst") == ["old-thanks"]
    assert store.ledger_state("thanks-engineer") == LedgerState.SCHEDULED
    assert sqlite3.connect(path).execute("SELECT value FROM meta WHERE key='schema'").fetchone() == ("3",)


def test_status_counts_agree_with_its_rows(capsys, tmp_path):
    state = tmp_path / "state"
    path = tmp_path / "config.toml"
    path.write_text(f'state_dir = "{state}"\n[profile]\nname = "Sam"\nemail = "sam@example.org"\n')
    store = Store(state / "state.sqlite3")
    for role, source in (("Data Analyst", "inv-1"), ("Data Engineer", "inv-2")):
        key = store.application_key("acct", "Northwind", role, (), source)
        store.track("acct", "Northwind", role, Stage.INTERVIEW_SCHEDULED, T0, source, application=key)
        for n in (1, 2):
            store.add_ledger(f"{source}-{n}", account="acct", source=source, action="thanks", rule="r",
                             state=LedgerState.SCHEDULED, data=b"d", due=T0 + timedelta(days=n),
                             company="Northwind", application=key)  # fmt: skip
    store.add_ledger("loose", account="acct", source="m9", action="checkin", rule="r",
                     state=LedgerState.SCHEDULED, data=b"d", due=T0)  # fmt: skip
    store.close()

    assert main(["status", "--config", str(path), "--json"]) == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    assert sorted((r["role"], r["pending_followups"]) for r in rows) == [
        ("Data Analyst", 2),
        ("Data Engineer", 2),
    ]
    assert main(["status", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Applications (2)" in out
    assert "timed follow-ups waiting: 4; 1 more tied to no application" in out
