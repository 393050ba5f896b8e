"""The ledger is what makes drafts exactly-once; these pin down its promises."""

from datetime import UTC, datetime, timedelta

from followup.daemon.store import Cursor, LedgerState, Store, company_key
from followup.models import Stage

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _store(tmp_path):
    return Store(tmp_path / "state.sqlite3")


def test_a_key_is_written_once_and_never_again(tmp_path):
    store = _store(tmp_path)
    common = dict(account="a", source="m1", action="interview.reply", rule="r", data=b"x")
    assert store.add_ledger("k1", state=LedgerState.PENDING, **common)
    store.set_state("k1", LedgerState.DONE, keep_data=False)
    # The same key again (a restart, a UIDVALIDITY change, a draft the user deleted): refused.
    assert not store.add_ledger("k1", state=LedgerState.PENDING, **common)
    assert store.ledger_state("k1") == LedgerState.DONE
    assert store.entries("a", LedgerState.PENDING) == []


def test_state_survives_reopening_the_file(tmp_path):
    store = _store(tmp_path)
    store.set_cursor("a", "INBOX", Cursor(7, 42))
    store.add_ledger(
        "k", account="a", source="m", action="x", rule="r", state=LedgerState.PENDING, data=b"draft"
    )
    store.close()
    again = _store(tmp_path)
    assert again.cursor("a", "INBOX") == Cursor(7, 42)
    [entry] = again.entries("a", LedgerState.PENDING)
    assert entry.data == b"draft"


def test_due_entries_come_when_their_time_has_come(tmp_path):
    store = _store(tmp_path)
    for key, hours in (("soon", 1), ("later", 30)):
        store.add_ledger(key, account="a", source="m", action=key, rule="r", state=LedgerState.SCHEDULED,
                         data=b"d", due=T0 + timedelta(hours=hours))  # fmt: skip
    assert [e.key for e in store.entries("a", LedgerState.SCHEDULED, due_before=T0)] == []
    assert [e.key for e in store.entries("a", LedgerState.SCHEDULED, due_before=T0 + timedelta(hours=2))] == [
        "soon"
    ]
    assert store.next_due("a") == T0 + timedelta(hours=1)


def test_cancel_by_thread_or_company_only_touches_cancellable_scheduled_drafts(tmp_path):
    store = _store(tmp_path)
    base = dict(account="a", rule="r", data=b"d", due=T0, state=LedgerState.SCHEDULED)
    store.add_ledger("checkin", source="m1", action="c", company="Acme Inc.", cancel_on_reply=True, **base)
    store.add_ledger("thanks", source="m1", action="t", company="Acme Inc.", cancel_on_reply=False, **base)
    store.add_ledger("other", source="m2", action="c", company="Globex", cancel_on_reply=True, **base)
    assert store.cancel_scheduled("a", sources=[], company="ACME") == ["checkin"]
    assert store.ledger_state("checkin") == LedgerState.CANCELLED
    assert store.ledger_state("thanks") == LedgerState.SCHEDULED
    assert store.cancel_scheduled("a", sources=["m2"], company=None) == ["other"]
    assert store.cancel_scheduled("b", sources=["m2"], company="Globex") == []


def test_applications_move_through_stages(tmp_path):
    store = _store(tmp_path)
    store.track("a", "Acme Inc.", "Data Analyst", Stage.ACKNOWLEDGED, T0, "m1")
    store.track("a", "ACME", None, Stage.INTERVIEW_SCHEDULED, T0 + timedelta(days=3), "m2")
    [app] = store.applications()
    assert app.stage is Stage.INTERVIEW_SCHEDULED
    assert app.role == "Data Analyst"
    assert app.last_contact == T0 + timedelta(days=3)
    assert app.first_contact == T0


def test_company_key_folds_legal_suffixes_and_case():
    assert company_key("Acme, Inc.") == company_key("ACME") == "acme"
    assert company_key("The Trade Desk") == "trade desk"


def test_job_mail_about_the_application_cancels_every_timed_draft_of_it(tmp_path):
    store = _store(tmp_path)
    base = dict(account="a", rule="r", data=b"d", due=T0, state=LedgerState.SCHEDULED, company="Acme")
    store.add_ledger("thanks", source="m1", action="t", cancel_on_reply=False, **base)
    store.add_ledger("checkin", source="m1", action="c", cancel_on_reply=True, **base)
    # A reminder in the thread (not job mail) drops only the check-in...
    assert store.cancel_scheduled("a", sources=["m1"], company=None) == ["checkin"]
    # ...a rescheduled interview from the company drops the thank-you timed on the old slot too.
    assert store.cancel_scheduled("a", sources=[], company="ACME Inc.", every=True) == ["thanks"]


def test_cancelled_keys_come_soonest_first_and_the_lookup_uses_the_source_and_company_indexes(tmp_path):
    """Thread or company: the timed drafts found (and cancelled) in due order, whichever matched; the
    lookup reads the indexes of the sources and companies, not every timed draft of the account."""
    store = _store(tmp_path)
    base = dict(account="a", rule="r", data=b"d", state=LedgerState.SCHEDULED, cancel_on_reply=True)
    for key, source, company, hours in (("late", "m1", "Globex", 30), ("none", "m9", "Initech", 0),
                                        ("early", "m2", "Acme", 2), ("mid", "m1", "Acme", 5)):  # fmt: skip
        store.add_ledger(
            key, source=source, action=key, company=company, due=T0 + timedelta(hours=hours), **base
        )
    store.add_ledger("undated", source="m1", action="u", company="Globex", **base)
    sent: list[str] = []
    store._db.set_trace_callback(sent.append)  # the statement the store sends, values bound in
    try:
        cancelled = store.cancel_scheduled("a", sources=["m1"], company="Acme")
    finally:
        store._db.set_trace_callback(None)
    assert cancelled == ["undated", "early", "mid", "late"]
    assert store.ledger_state("none") == LedgerState.SCHEDULED
    select = next(sql for sql in sent if sql.lstrip().upper().startswith("SELECT KEY FROM LEDGER"))
    with store._read() as db:
        plan = " ".join(str(row) for row in db.execute("EXPLAIN QUERY PLAN " + select))
    assert "ledger_source" in plan and "ledger_company" in plan
