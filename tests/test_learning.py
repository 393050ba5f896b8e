"""Learning from the user: keyword corrections on a real Dovecot, `teach`, and what became of drafts."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from conftest import account_block, write_config
from followup import config, mail
from followup.cli import main
from followup.daemon import feedback, service
from followup.daemon.store import LedgerState, Store
from followup.demo import demo_messages
from followup.errors import UsageError
from followup.learning import state
from followup.learning.labels import OUTDATED_KEYWORD, keyword_for, label_from_keyword, parse_label
from followup.learning.outcomes import answers_draft, similarity
from followup.models import Label

NOW = datetime.now(UTC).replace(microsecond=0)
LATER = NOW + timedelta(hours=1)  # drafts are looked up once they are a few minutes old


@pytest.fixture(autouse=True)
def no_background_training(monkeypatch, tmp_path):
    """The daemon's retraining is a child process of minutes; these tests check what it is asked."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(feedback.Retrainer, "poll", lambda self: None)


def test_keywords_name_labels_in_short_and_long_forms():
    assert label_from_keyword("followup/rejection") is Label.REJECTION
    assert label_from_keyword("FollowUp/Not-Job") is Label.OTHER
    assert (
        label_from_keyword("followup.invitation") is Label.INTERVIEW_INVITATION
    )  # a dot-separated label folder
    assert label_from_keyword("followup/interview_invitation") is Label.INTERVIEW_INVITATION
    assert label_from_keyword("$FollowupDrafted") is None
    assert label_from_keyword("followup/maybe") is None
    assert keyword_for(Label.APPLICATION_RECEIVED) == "followup/received"
    assert parse_label("ack") is Label.APPLICATION_RECEIVED
    with pytest.raises(UsageError, match="not-job"):
        parse_label("spam")


def _msg(headers: dict[str, str], body: str) -> bytes:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def test_a_sent_reply_matches_its_draft_even_when_the_client_dropped_our_headers():
    base = {"From": "sam@example.org", "To": "priya@acme.example", "Subject": "Re: Interview",
            "In-Reply-To": "<src@acme.example>"}  # fmt: skip
    draft = mail.parse(_msg({**base, "Message-ID": "<d1@followup>"}, "Thank you, Tuesday works well."))
    sent = mail.parse(_msg({**base, "Message-ID": "<new@client>"}, "Thank you, Tuesday works well."))
    other = mail.parse(_msg({**base, "Message-ID": "<x@client>", "Subject": "Re: Something else"}, "Hi"))
    assert answers_draft(draft, sent)
    assert not answers_draft(draft, other)
    assert similarity(draft.text, sent.text) == 1.0
    assert similarity("Thank you, Tuesday works well.", "Thanks! Could we do Wednesday instead?") < 0.6


def test_the_store_keeps_a_copy_of_each_written_draft_and_forget_removes_it(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    assert (tmp_path / "state.sqlite3").stat().st_mode & 0o777 == 0o600
    store.add_ledger("k1", account="a", source="s", action="r.reply", rule="r", state=LedgerState.PENDING,
                     data=b"Subject: x\r\n\r\nhello")  # fmt: skip
    store.set_state("k1", LedgerState.DONE, keep_data=False)
    assert state.draft_copy(store, "k1") == b"Subject: x\r\n\r\nhello"
    assert [r.key for r in state.written_drafts(store)] == ["k1"]
    assert state.forget(store)["draft_copies"] == 1
    assert state.written_drafts(store) == []
    store.close()


def _drafts(server, user):
    return [(uid, flags, email.message_from_bytes(data, policy=email.policy.default))
            for uid, flags, data in server.fetch_all(user, "Drafts")]  # fmt: skip


def _setup(imap_account, tmp_path, monkeypatch, pipeline_for):
    server, user = imap_account.server, imap_account.user
    uids = {raw: server.append(user, "INBOX", raw) for raw in demo_messages(NOW)}
    path = write_config(tmp_path, account_block(imap_account, monkeypatch))
    settings = config.load(path)
    return server, user, uids, settings, pipeline_for(settings), path


def test_a_keyword_set_in_another_client_becomes_a_correction_and_changes_the_drafts(
    imap_account, tmp_path, monkeypatch, pipeline_for
):
    server, user, uids, settings, pipeline, path = _setup(imap_account, tmp_path, monkeypatch, pipeline_for)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    invite_uid = next(uid for raw, uid in uids.items() if b"demo-01-invite" in raw)
    store = service.open_store(settings)
    timed = [e for e in store.scheduled_rows() if "demo-01-invite" in e.source]
    store.close()
    assert timed, "the invitation schedules a thank-you note"
    before = _drafts(server, user)
    invite_replies = [d for d in before if "demo-01-invite" in str(d[2]["In-Reply-To"])]
    assert invite_replies

    # The user says: that was a rejection, not an invitation (Thunderbird tag, mutt label...).
    with server.client(user) as imap:
        imap.select_folder("INBOX")
        imap.add_flags([invite_uid], [keyword_for(Label.REJECTION)])

    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    store = service.open_store(settings)
    found = state.corrections(store)
    assert [(c.label, c.previous, c.via, c.applied) for c in found] == [
        (Label.REJECTION, Label.INTERVIEW_INVITATION, state.Via.KEYWORD, True)
    ]
    assert all(store.ledger_state(e.key) is LedgerState.CANCELLED for e in timed)
    store.close()
    after = _drafts(server, user)
    new = [d for d in after if d[0] not in {b[0] for b in before}]
    assert new and all("demo-01-invite" in str(d[2]["In-Reply-To"]) for d in new)
    assert {d[2]["X-Followup-Key"] for d in new}.isdisjoint({d[2]["X-Followup-Key"] for d in before})
    # The invitation reply already written stays, marked as written for the wrong label.
    for uid, _flags, _ in invite_replies:
        kept = next(d for d in after if d[0] == uid)
        assert OUTDATED_KEYWORD in kept[1]
    # The user's message is untouched: still unread, only the user's keyword on it.
    inbox = {uid: flags for uid, flags, _ in server.fetch_all(user, "INBOX")}
    assert set(inbox[invite_uid]) == {keyword_for(Label.REJECTION)}

    # Another pass changes nothing; the correction shows on the command line.
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    assert len(_drafts(server, user)) == len(after)
    assert main(["corrections", "--json", "--config", str(path)]) == 0


def test_sent_edited_and_discarded_drafts_show_in_status_drafts(
    imap_account, tmp_path, monkeypatch, pipeline_for, capsys
):
    server, user, _uids, settings, pipeline, path = _setup(imap_account, tmp_path, monkeypatch, pipeline_for)
    service.run_once(settings, pipeline=pipeline, clock=lambda: NOW)
    drafts = [d for d in _drafts(server, user) if d[2]["To"] != d[2]["From"]]
    assert len(drafts) >= 3
    as_is, edited, dropped = drafts[:3]

    def sent_copy(msg, body: str) -> bytes:
        # What a client sends: a new Message-ID, no X-Followup-Key, the same thread and subject.
        out = email.message.EmailMessage()
        for name in ("From", "To", "Subject", "In-Reply-To", "References"):
            out[name] = str(msg[name])
        out["Message-ID"] = f"<sent-{msg['X-Followup-Key']}@client.example>"
        out.set_content(body)
        return out.as_bytes()

    server.append(user, "Sent", sent_copy(as_is[2], as_is[2].get_body().get_content()))
    server.append(user, "Sent", sent_copy(edited[2], "Thanks, but I have accepted another position."))
    with server.client(user) as imap:
        imap.select_folder("Drafts")
        imap.delete_messages([as_is[0], edited[0], dropped[0]])
        imap.expunge()

    service.run_once(settings, pipeline=pipeline, clock=lambda: LATER)
    capsys.readouterr()
    assert main(["status", "--drafts", "--json", "--config", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    total = {
        k: sum(r[k] for r in rows) for k in ("written", "sent_as_is", "sent_edited", "discarded", "pending")
    }
    assert total["sent_as_is"] == 1
    assert total["sent_edited"] == 1
    assert total["discarded"] == 1
    assert total["written"] == total["pending"] + 3
    by_action = {r["action"]: r for r in rows}
    assert by_action[_action_of(settings, as_is[2])]["sent_as_is"] >= 1
    assert by_action[_action_of(settings, dropped[2])]["discarded"] >= 1


def _action_of(settings, msg) -> str:
    store = service.open_store(settings)
    try:
        entry = store.find_keys(str(msg["X-Followup-Key"]))[0]
    finally:
        store.close()
    return entry.action


def test_teach_a_file_lists_it_and_forget_removes_it(tmp_path, monkeypatch, capsys):
    path = write_config(tmp_path)
    eml = tmp_path / "m.eml"
    eml.write_bytes(demo_messages(NOW)[0])
    assert main(["teach", str(eml), "--label", "not-job", "--config", str(path)]) == 0
    assert main(["teach", str(eml), "--label", "nonsense", "--config", str(path)]) == 2
    capsys.readouterr()
    assert main(["corrections", "--json", "--config", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["label"], r["via"]) for r in rows] == [("other", "cli")]
    assert main(["forget", "--yes", "--config", str(path)]) == 0
    capsys.readouterr()
    assert main(["corrections", "--json", "--config", str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_retrainer_is_asked_only_when_the_corrections_changed(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    retrainer = feedback.Retrainer(pipeline=None)  # type: ignore[arg-type]
    retrainer.check(store)
    assert retrainer.wanted is None
    state.save_correction(store, "", mail.parse(demo_messages(NOW)[0]), Label.OTHER, via=state.Via.CLI)
    retrainer.check(store)
    assert retrainer.wanted and retrainer.wanted[0]["label"] == "other"
    store.close()


def test_the_personal_model_learns_a_correction_and_is_used_from_then_on(tmp_path, monkeypatch):
    from followup.classifiers import Classifier
    from followup.classifiers.pipeline import MODEL_DIR
    from followup.learning.personal import personal_model, train_personal, trained_fingerprint
    from followup.pipeline import Pipeline

    tiny = Path(__file__).parent / "data" / "tiny_corpus.jsonl"
    shipped_before = (MODEL_DIR / "textcat" / "model").stat().st_mtime_ns
    message = mail.parse(
        _msg(
            {
                "From": "Ada <ada@zorbly.example>",
                "Subject": "zorbly quux",
                "Message-ID": "<z@zorbly.example>",
            },
            "zorbly quux frobnicate: the zorbly quux team wibbles the plonk and the flarn of every "
            "grommet until the snood has been fettled twice, with kind regards from the zorbly quux team",
        )
    )
    record = state.email_record(message, Label.OFFER)
    assert personal_model() is None
    path = train_personal([record], corpus=tiny)
    assert path == tmp_path / "data" / "followup" / "model"
    assert personal_model() == path and trained_fingerprint(path)
    assert (MODEL_DIR / "textcat" / "model").stat().st_mtime_ns == shipped_before
    assert Classifier.load(path).classify(message).label is Label.OFFER
    assert not (path / "textcat").exists()  # English: the template memory; the shipped model reads on

    settings = config.load(write_config(tmp_path / "cfg"))
    loaded = Pipeline.load(settings).classifier
    assert loaded.exemplars and loaded.classify(message).label is Label.OFFER
    assert loaded.taught is None and loaded.nlp.meta["name"] != "followup_personal"
    assert main(["forget", "--yes", "--config", str(tmp_path / "cfg" / "config.toml")]) == 0
    assert personal_model() is None


def test_eval_corrections_compares_both_models(tmp_path, capsys, monkeypatch, shared_classifier):
    from followup.learning import compare

    # The training itself is covered above; here each fold "trains" the shipped model (seconds, not minutes).
    folds: list[int] = []
    monkeypatch.setattr(
        compare, "personal_classifier", lambda recs, *a, **k: folds.append(len(recs)) or shared_classifier
    )
    path = write_config(tmp_path)
    tiny = Path(__file__).parent / "data" / "tiny_corpus.jsonl"
    for i, (raw, label) in enumerate(zip(demo_messages(NOW)[:2], ("not-job", "offer"), strict=True)):
        (tmp_path / f"{i}.eml").write_bytes(raw)
        assert main(["teach", str(tmp_path / f"{i}.eml"), "--label", label, "--config", str(path)]) == 0
    capsys.readouterr()
    assert main(["eval", "--corrections", "--corpus", str(tiny), "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "your 2 corrections (2-fold CV)" in out
    assert "shipped test split" in out
    assert folds == [2, 1, 1]  # the model on all corrections, then one per fold without its held-out one


GERMAN_REJECTION = (
    "Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihre Bewerbung als Schichtleiter und Ihr Interesse an "
    "unserem Unternehmen. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber "
    "entschieden haben. Ihre Unterlagen werden gemäß den Datenschutzbestimmungen gelöscht.\n\n"
    "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung"
)
ANOTHER_GERMAN_REJECTION = (
    "Hallo Frau Keller,\n\nherzlichen Dank für Ihre Bewerbung und die Zeit, die Sie sich genommen haben. "
    "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. "
    "Wir wünschen Ihnen alles Gute.\n\nViele Grüße\nRecruiting Team"
)
FRENCH_ACK = (
    "Madame,\n\nNous avons bien reçu votre candidature pour le poste de comptable et nous vous en "
    "remercions. Notre équipe l'étudie avec attention et reviendra vers vous dans les prochaines semaines."
)

TINY = Path(__file__).parent / "data" / "tiny_corpus.jsonl"
BRANDT = {
    "From": "Personal <jobs@brandt.example>",
    "Subject": "Ihre Bewerbung",
    "Message-ID": "<d@b.example>",
}


def test_a_correction_in_german_makes_the_personal_model_read_german_and_only_that(tmp_path):
    from followup.classifiers import Classifier
    from followup.learning.personal import train_personal

    tiny, headers = TINY, BRANDT
    german = mail.parse(_msg(headers, GERMAN_REJECTION))
    french = mail.parse(_msg({**headers, "Subject": "Votre candidature"}, FRENCH_ACK))
    shipped = Classifier.load()
    assert shipped.classify(german).label is Label.OTHER  # the shipped gate: German is not read

    path = train_personal([state.email_record(german, Label.REJECTION)], corpus=tiny)
    personal = Classifier.load(path)
    assert personal.languages == {"en", "de"}
    assert personal.taught is not None and personal.nlp.meta["name"] != "followup_personal"
    assert personal.classify(german).label is Label.REJECTION
    another = mail.parse(_msg({**headers, "Subject": "Absage"}, ANOTHER_GERMAN_REJECTION))
    assert personal.exemplars and personal.exemplars.match(another) is None  # the model, not the memory
    assert personal.classify(another).label is Label.REJECTION
    taught_not = personal.classify(french)
    assert taught_not.label is Label.OTHER and "what you taught it" in taught_not.reason
    read = personal.classify(german)
    assert any("your personal model reads German" in e.text for e in read.evidence)


def test_english_mail_is_decided_by_the_shipped_model_after_a_correction_in_german(tmp_path):
    """A personal model retrained on corrections read held-out English worse: English stays shipped."""
    from followup.classifiers import Classifier
    from followup.learning.personal import train_personal

    tiny = Path(__file__).parent / "data" / "tiny_corpus.jsonl"  # a model trained on it reads English badly
    german = mail.parse(_msg({"From": "jobs@b.example", "Subject": "Ihre Bewerbung"}, GERMAN_REJECTION))
    personal = Classifier.load(train_personal([state.email_record(german, Label.REJECTION)], corpus=tiny))
    shipped = Classifier.load()
    english = [mail.parse(raw) for raw in demo_messages(NOW)]
    # One batch, the German mail amid the English: each pipeline reads its own, the order is kept.
    mine = list(personal.classify_many([*english[:2], german, *english[2:]]))
    theirs = list(shipped.classify_many(english))
    read_german = mine.pop(2)
    assert [(c.label, c.scores) for c in mine] == [(c.label, c.scores) for c in theirs]
    assert {c.label for c in theirs} != {Label.OTHER}  # the demo mail is job mail, not all `other`
    assert read_german.label is Label.REJECTION and personal.classify(german).scores == read_german.scores


GERMAN_ACK = (
    "Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihre Bewerbung als Schichtleiter und Ihr Interesse an "
    "unserem Unternehmen. Ihre Bewerbung ist bei uns eingegangen; wir prüfen Ihre Unterlagen und melden uns "
    "in den nächsten zwei Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nPersonalabteilung"
)
GERMAN_NOTICE = (
    "Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen. Ihre Unterlagen werden "
    "gemäß den Datenschutzbestimmungen gelöscht.\n\nMit freundlichen Grüßen\nPersonalabteilung"
)


def test_taught_one_german_rejection_the_same_senders_other_mail_needs_a_phrase_for_a_label(tmp_path):
    """One correction teaches the sender's template more than German: a job label there needs its phrase."""
    from followup.classifiers import Classifier
    from followup.learning.personal import train_personal

    german = mail.parse(_msg(BRANDT, GERMAN_REJECTION))
    personal = Classifier.load(train_personal([state.email_record(german, Label.REJECTION)], corpus=TINY))
    later = {**BRANDT, "Message-ID": "<e@b.example>"}

    # The template pulls the acknowledgement to a rejection; no rejection phrase is in it: no draft, and why.
    ack = personal.classify(mail.parse(_msg(later, GERMAN_ACK)))
    assert ack.label is Label.OTHER and ack.stage is None
    assert "leaned to rejection" in ack.reason and "its phrases say application_received" in ack.reason
    assert "ihre bewerbung ist bei uns eingegangen" in [e.text for e in ack.evidence]
    notice = personal.classify(mail.parse(_msg(later, GERMAN_NOTICE)))  # no phrase of any job mail
    assert (
        notice.label is Label.OTHER
        and "no phrase of it" in notice.reason
        and "its phrases" not in notice.reason
    )
    # A rejection in other words keeps its label: its phrases back it.
    reworded = personal.classify(mail.parse(_msg(later, GERMAN_REWORDED)))
    assert reworded.label is Label.REJECTION and reworded.reason == ""
    assert personal.classify(german).label is Label.REJECTION


GERMAN_REWORDED = (
    "Guten Tag Herr Brandt,\n\nnach sorgfältiger Prüfung haben wir uns leider für eine andere Person "
    "entschieden.\n\nFreundliche Grüße\nPersonalabteilung"
)


ITALIAN_REJECTION = (
    "Gentile signor Brandt,\n\nla ringraziamo per aver inviato la sua candidatura per la posizione di capoturno. "
    "Purtroppo dobbiamo comunicarle che abbiamo scelto un altro candidato. Le auguriamo il meglio per il futuro."
    "\n\nCordiali saluti\nUfficio del personale"
)
ANOTHER_ITALIAN_REJECTION = (
    "Buongiorno signora Keller,\n\ngrazie per la sua candidatura e per il tempo che ci ha dedicato. Purtroppo "
    "dobbiamo comunicarle che la sua candidatura non è stata selezionata. Le auguriamo il meglio.\n\nSaluti\nHR"
)


def test_a_taught_language_without_phrase_lists_is_decided_by_the_personal_model_alone(tmp_path):
    """Phrases exist for German, French, Spanish and Dutch only: Italian, taught, is read by the model."""
    from followup.classifiers import Classifier
    from followup.learning.personal import train_personal

    italian = mail.parse(_msg({**BRANDT, "Subject": "La sua candidatura"}, ITALIAN_REJECTION))
    personal = Classifier.load(train_personal([state.email_record(italian, Label.REJECTION)], corpus=TINY))
    assert "it" in personal.languages
    another = mail.parse(_msg({**BRANDT, "Message-ID": "<i2@b.example>"}, ANOTHER_ITALIAN_REJECTION))
    assert personal.exemplars and personal.exemplars.match(another) is None  # the model, not the memory
    read = personal.classify(another)
    assert read.label is Label.REJECTION and "no phrase" not in read.reason
