"""The classifier pipeline: training, persistence, components and the decision step.

spaCy-style: overfit a tiny corpus, round-trip to_disk, compare predictions. The tiny corpus trains in
about a second, so these tests stay fast.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from spacy.tokens import Span

from followup.classifiers import (
    Classifier,
    build_nlp,
    classification_to_json,
    cross_validate,
    evaluate,
    evaluate_split,
    format_report,
    load_corpus,
    record_to_email,
    split,
    train,
)
from followup.classifiers.components import (
    SIGNALS_KEY,
    TEXT_KEY,
    doc_text,
    expand_pattern,
    make_email_doc,
    sentence_starts,
)
from followup.classifiers.cues import Cue
from followup.classifiers.modeltext import model_text, normalize, strip_meeting_boilerplate
from followup.errors import ModelError
from followup.models import Address, CalendarEvent, Email, Label, RejectionStage

TINY = Path(__file__).parent / "data" / "tiny_corpus.jsonl"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("model")
    train(TINY, out, seed=0, epochs=15, holdout=False)
    return out


@pytest.fixture(scope="module")
def tiny_records() -> list[dict]:
    return load_corpus(TINY)


def email(
    subject: str, text: str, sender: str = "Priya Nair", addr: str = "priya@acme.io", **kw: object
) -> Email:
    return Email(
        message_id="m@x",
        subject=subject,
        sender=Address(sender, addr),
        date=datetime.fromisoformat("2026-03-02T10:15:00-05:00"),
        text=text,
        **kw,  # type: ignore[arg-type]
    )


# --- training and persistence -----------------------------------------------------------------


def test_overfits_the_tiny_corpus(tiny_model: Path, tiny_records: list[dict]) -> None:
    classifier = Classifier.load(tiny_model)
    results = list(classifier.classify_many(record_to_email(r) for r in tiny_records))
    wrong = [
        (r["id"], c.label.value)
        for r, c in zip(tiny_records, results, strict=True)
        if c.label.value != r["label"]
    ]
    assert wrong == []
    for rec, result in zip(tiny_records, results, strict=True):
        if rec["label"] == "rejection":
            assert result.stage is RejectionStage(rec["stage"]), rec["id"]
        else:
            assert result.stage is None


def test_to_disk_round_trip_gives_identical_scores(
    tiny_model: Path, tiny_records: list[dict], tmp_path: Path
) -> None:
    first = Classifier.load(tiny_model)
    first.nlp.to_disk(tmp_path / "copy")
    second = Classifier.load(tmp_path / "copy")
    emails = [record_to_email(r) for r in tiny_records]
    assert [c.scores for c in first.classify_many(emails)] == [c.scores for c in second.classify_many(emails)]


def test_training_is_reproducible(tiny_model: Path, tiny_records: list[dict], tmp_path: Path) -> None:
    train(TINY, tmp_path / "again", seed=0, epochs=15, holdout=False)
    emails = [record_to_email(r) for r in tiny_records[:8]]
    a = [c.scores for c in Classifier.load(tiny_model).classify_many(emails)]
    b = [c.scores for c in Classifier.load(tmp_path / "again").classify_many(emails)]
    assert a == b


def test_classify_many_keeps_order_and_matches_classify(tiny_model: Path, tiny_records: list[dict]) -> None:
    classifier = Classifier.load(tiny_model)
    emails = [record_to_email(r) for r in tiny_records]
    batched = list(classifier.classify_many(emails, batch_size=7))
    single = [classifier.classify(e) for e in emails]
    assert [c.label for c in batched] == [c.label for c in single]
    assert [c.scores for c in batched] == [c.scores for c in single]


def test_load_without_a_model_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="followup train"):
        Classifier.load(tmp_path / "nothing-here")


def test_threshold_outside_range_is_rejected(tiny_model: Path) -> None:
    with pytest.raises(ModelError):
        Classifier.load(tiny_model, threshold=1.5)


def test_shipped_model_loads_and_labels_unseen_mail() -> None:
    classifier = Classifier.load()
    invite = email(
        "Interview - Backend Developer",
        "Hi Sam,\n\nThanks for applying to the Backend Developer role. We'd love to set up a 45-minute video "
        "interview with our engineering lead. Would Thursday at 2pm EST work for you?\n\nBest,\nPriya Nair",
    )
    reject = email(
        "Your application",
        "Dear Sam,\n\nThank you for your interest in Acme. After careful review we have decided not to move "
        "forward with your application at this time. We wish you every success in your search.\n\nAcme Recruiting",
        sender="Acme Recruiting",
        addr="no-reply@acme.io",
    )
    a, b = classifier.classify(invite), classifier.classify(reject)
    assert a.label is Label.INTERVIEW_INVITATION
    assert a.entities.interview_start == datetime.fromisoformat("2026-03-05T14:00:00-05:00")
    assert b.label is Label.REJECTION and b.stage is RejectionStage.AFTER_APPLICATION


# --- components --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("We would like to schedule a phone interview with you", Label.INTERVIEW_INVITATION.value),
        ("We regret to inform you that the position has been filled", Label.REJECTION.value),
        ("We are pleased to offer you the role; the offer letter is attached", Label.OFFER.value),
        ("This is to confirm that we have received your application", Label.APPLICATION_RECEIVED.value),
        ("Please complete the online assessment before Friday", Label.ASSESSMENT.value),
        ("Here are this week's job alerts for you", Label.OTHER.value),
        ("Thank you for taking the time to interview with us", Cue.AFTER_INTERVIEW),
        ("Thank you for attending the walk-in drive at our Hyderabad office", Cue.AFTER_INTERVIEW),
        ("Thank you for attending interview for the post of Lecturer", Cue.AFTER_INTERVIEW),
        ("Thanks for a great trial week.", Cue.AFTER_INTERVIEW),
        ("Thank you again for visiting campus and for your job talk", Cue.AFTER_INTERVIEW),
        (
            "the panel has decided not to make an appointment from this round of interviews",
            Cue.AFTER_INTERVIEW,
        ),
        ("hey! u free tmrw 2pm for a 15 min chat?", Label.INTERVIEW_INVITATION.value),
        ("Free for a quick video interview sometime this week?", Label.INTERVIEW_INVITATION.value),
        ("We're not going to take your application forward.", Label.REJECTION.value),
        ("The hiring manager has selected another applicant.", Label.REJECTION.value),
        ("Your application is no longer under consideration.", Label.REJECTION.value),
        ("Your application is currently under review.", Label.APPLICATION_RECEIVED.value),
        ("The status of your application has changed to: Rejected", Label.REJECTION.value),
        ("Sift outcome: Unsuccessful", Label.REJECTION.value),
        ("Hi Thandiwe, position's been filled. Thanks for applying.", Label.REJECTION.value),
        ("WE WOULD LIKE YOU TO COME IN FOR AN INTERVIEW AND ROAD TEST", Label.INTERVIEW_INVITATION.value),
        (
            "We'd love to invite you to the next stage: a conversation with our trustees.",
            Label.INTERVIEW_INVITATION.value,
        ),
    ],
)
def test_job_signals_find_cues_per_label(text: str, label: str) -> None:
    nlp = build_nlp()
    doc = nlp.get_pipe("job_signals")(nlp.make_doc(normalize(text)))
    assert label in {span.label_ for span in doc.spans[SIGNALS_KEY]}
    assert any(span._.signal_weight > 0 for span in doc._.job_signals)


def test_job_signals_ignore_ordinary_text() -> None:
    nlp = build_nlp()
    doc = nlp.get_pipe("job_signals")(
        nlp.make_doc(normalize("Are we still on for the football match on Sunday?"))
    )
    assert {span.label_ for span in doc.spans[SIGNALS_KEY]} <= {Label.INTERVIEW_INVITATION.value}
    assert not [s for s in doc.spans[SIGNALS_KEY] if s._.signal_weight >= 1.0]


def test_expand_pattern_handles_alternatives_optional_slots_and_multiword() -> None:
    assert expand_pattern("a|b c?") == ["a", "a c", "b", "b c"]
    assert expand_pattern("set_up call") == ["set up call"]


def test_model_text_has_subject_body_and_header_tokens() -> None:
    message = email(
        "Interview at 3PM",
        "Join https://zoom.us/j/123 or write to bob@acme.io",
        sender="Acme",
        addr="no-reply@greenhouse.io",
        list_unsubscribe=True,
    )
    text, subject_len = model_text(message)
    assert text[:subject_len] == "interview at 0pm"
    assert "xurlmeeting" in text and "xemail" in text and "bob@" not in text
    assert text.split()[-3:] == ["xhdrbulk", "xhdrnoreply", "xhdrats"]


def test_a_negated_invitation_or_offer_cue_is_no_evidence_for_it() -> None:
    nlp = build_nlp()
    signals = nlp.get_pipe("job_signals")
    for text, label in (
        ("Unfortunately we will not be inviting you to interview.", Label.INTERVIEW_INVITATION.value),
        ("We talked it over and we're not going to extend an offer.", Label.OFFER.value),
    ):
        doc = signals(nlp.make_doc(normalize(text)))
        assert [s._.signal_weight for s in doc.spans[SIGNALS_KEY] if s.label_ == label] == [0.0], text
        assert any(
            s.label_ == Label.REJECTION.value and s._.signal_weight >= 1.0 for s in doc.spans[SIGNALS_KEY]
        )
    doc = signals(nlp.make_doc(normalize("Please don't hesitate to book a slot.")))
    assert [s._.signal_weight for s in doc.spans[SIGNALS_KEY]] == [0.5]
    doc = signals(nlp.make_doc(normalize("We couldn't be more pleased to offer you the role.")))
    assert max(s._.signal_weight for s in doc.spans[SIGNALS_KEY] if s.label_ == Label.OFFER.value) == 2.0


def test_sentence_starts_are_the_tokens_after_end_punctuation_or_a_line_break() -> None:
    """The vectorised boundaries equal the per-token definition the negation and hedge windows were built on."""
    nlp = build_nlp()
    texts = (
        "",
        "\n",
        "no break at all",
        "Hi.\n\nWe will not invite you; sorry!  Really?\r\nBest,\n  Ann",
        "end. \n next\u2028line \t\n tab\x0bvt\x85nel ... ?! ;;",
        "trailing space \n",
        "e.g. U.S. teams.Next\nline.",
        "literal \\n is no break; \u00e9t\u00e9 \U0001f600.\nnext",
    )
    for text in texts:
        for kept in (False, True):
            doc = nlp.make_doc(text)
            if kept:  # what make_email_doc does: the text kept, not rebuilt
                doc.user_data[TEXT_KEY] = text
            assert doc_text(doc) == text
            old = [0] + [t.i + 1 for t in doc if t.text in {".", "!", "?", ";"} or "\n" in t.text]
            assert sentence_starts(doc) == old, text


def test_texting_shorthand_reads_as_long_hand_but_abbreviations_stay() -> None:
    assert normalize("u free tmrw? pls lmk, thx") == "you free tomorrow? please let me know, thanks"
    assert normalize("Our U.S. R&D team, ur-gent") == "our u.s. r&d team, ur-gent"


def test_model_text_collapses_spaces_and_tabs_but_keeps_line_breaks() -> None:
    text = " Call\tme  at\f\f 555-0100 \r or\t  see\nhttps://zoom.us/j/1 ,  mail a@b.example  "
    assert normalize(text) == "call me at 0-0 or see\n xurl xurlmeeting , mail xemail"


def test_meeting_join_info_is_not_read_but_its_link_is() -> None:
    teams = (
        "Hi Chloe - here is the invite for your round 2 conversation.\n\n"
        + "_" * 40
        + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3a>\n"
        "Meeting ID: 284 117 903 552\nPasscode: 7hQx2P\nDial by your location\n"
        "        +1 646 558 8656 US (New York)\nLearn More | Meeting options\n"
    )
    text, _ = model_text(email("Round 2", teams))
    assert "round 0 conversation" in text and "xurlmeeting" in text
    for boilerplate in ("teams meeting", "passcode", "meeting id", "dial by", "learn more", "000"):
        assert boilerplate not in text, boilerplate
    kept = "Call me on +44 20 7946 0958 if the time doesn't suit.\nMeeting ID is on the invite."
    assert strip_meeting_boilerplate(kept) == kept


# --- decision step -----------------------------------------------------------------------------


def decide(cats: dict[str, float], signals: dict[str, bool] | None = None, spans=(), threshold: float = 0.5):
    nlp = build_nlp(threshold=threshold)
    doc = make_email_doc(nlp, email("x", "we regret to inform you, after your interview"))
    doc.cats = {label.value: cats.get(label.value, 0.0) for label in Label}
    doc._.email_signals = signals or {}
    group = []
    for label, start, end, weight in spans:
        span = Span(doc, start, end, label=label)
        span._.signal_weight = weight
        group.append(span)
    doc.spans[SIGNALS_KEY] = group
    return nlp.get_pipe("decision").decide(doc)


def test_low_confidence_falls_back_to_other() -> None:
    cats = {"rejection": 0.45, "offer": 0.35, "other": 0.2}
    assert decide(cats).label is Label.OTHER
    assert decide(cats, threshold=0.3).label is Label.REJECTION


def test_bulk_mail_is_pulled_to_other_unless_evidence_is_strong() -> None:
    cats = {"rejection": 0.8, "other": 0.2}
    assert decide(cats).label is Label.REJECTION
    assert decide(cats, {"bulk": True}).label is Label.OTHER
    strong = [("rejection", 0, 2, 1.0), ("rejection", 3, 5, 1.0)]
    kept = decide(cats, {"bulk": True}, strong)
    assert kept.label is Label.REJECTION
    assert kept.stage is RejectionStage.AFTER_APPLICATION


def test_out_of_office_is_other_and_calendar_favours_invitations() -> None:
    assert decide({"interview_invitation": 0.9, "other": 0.1}, {"auto_reply": True}).label is Label.OTHER
    cats = {"interview_invitation": 0.4, "other": 0.6}
    interview = [("interview_invitation", 0, 1, 0.5)]
    assert decide(cats).label is Label.OTHER
    assert decide(cats, {"calendar": True}, interview).label is Label.INTERVIEW_INVITATION


def test_rejection_stage_after_interview_from_cues() -> None:
    cats = {"rejection": 0.95, "other": 0.05}
    result = decide(cats, spans=[(Cue.AFTER_INTERVIEW, 6, 8, 1.0)])
    assert result.stage is RejectionStage.AFTER_INTERVIEW


def test_confidence_is_a_probability_and_scores_sum_to_one() -> None:
    result = decide({"offer": 0.7, "other": 0.3})
    assert 0.0 <= result.confidence <= 1.0
    assert sum(result.scores.values()) == pytest.approx(1.0)


# --- corpus, evaluation, output ----------------------------------------------------------------


def test_split_is_stable_and_by_family(tiny_records: list[dict]) -> None:
    many = [
        dict(r, id=f"{r['id']}-{i}", family=f"{r['family']}-{i // 3}")
        for i, r in enumerate(tiny_records * 10)
    ]
    train_set, dev_set, test_set = split(many)
    assert split(many) == (train_set, dev_set, test_set)
    families = [{r["family"] for r in part} for part in (train_set, dev_set, test_set)]
    assert (
        not (families[0] & families[1])
        and not (families[0] & families[2])
        and not (families[1] & families[2])
    )
    assert len(train_set) > len(dev_set) and len(train_set) > len(test_set)


def test_load_corpus_rejects_bad_records(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ModelError, match="missing keys"):
        load_corpus(bad)
    rec = json.loads(TINY.read_text(encoding="utf-8").splitlines()[0])
    bad.write_text(json.dumps(rec) + "\n" + json.dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(ModelError, match="duplicate id"):
        load_corpus(bad)


def test_record_to_email_maps_headers_and_ics() -> None:
    rec = {
        "id": "x-1-a",
        "family": "x-1",
        "label": "other",
        "sender": "Acme Careers <No-Reply@Acme.COM>",
        "subject": "s",
        "text": "t",
        "date": "2026-03-02T10:15:00-05:00",
        "headers": {
            "List-Unsubscribe": "<https://x>",
            "List-Id": "<jobs.acme.com>",
            "Auto-Submitted": "auto-replied",
        },
        "ics": {
            "start": "2026-03-05T14:00:00-05:00",
            "end": "2026-03-05T14:30:00-05:00",
            "summary": "Interview",
        },
    }
    message = record_to_email(rec)
    assert message.sender == Address("Acme Careers", "No-Reply@acme.com")
    assert message.is_bulk and message.is_auto_reply and message.list_id == "<jobs.acme.com>"
    assert message.events == (
        CalendarEvent(
            start=datetime.fromisoformat("2026-03-05T14:00:00-05:00"),
            end=datetime.fromisoformat("2026-03-05T14:30:00-05:00"),
            summary="Interview",
            method="REQUEST",
        ),
    )


def test_evaluate_reports_per_label_scores_and_entities(tiny_model: Path, tiny_records: list[dict]) -> None:
    report = evaluate(Classifier.load(tiny_model), tiny_records)
    assert report.n == len(tiny_records)
    assert report.macro_f1 == pytest.approx(1.0)
    assert sum(sum(row.values()) for row in report.confusion.values()) == report.n
    correct, total = report.entities["interview_start"]
    assert total == 4 and correct >= 3
    text = format_report(report)
    assert "macro-F1: 1.000" in text and "interview_invitation" in text and "company" in text


def test_classification_to_json_has_the_cli_contract(tiny_model: Path, tiny_records: list[dict]) -> None:
    result = Classifier.load(tiny_model).classify(record_to_email(tiny_records[0]))
    out = classification_to_json("a.eml", result)
    assert {"file", "label", "confidence", "scores", "entities", "evidence"} <= set(out)
    json.dumps(out)  # JSON-ready: datetimes already strings
    assert out["file"] == "a.eml" and out["label"] == result.label.value


def test_evaluate_split_scores_a_named_split(tiny_model: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tiny.jsonl").write_text(TINY.read_text(encoding="utf-8"), encoding="utf-8")
    report = evaluate_split(corpus, tiny_model, "all")
    assert report.n == len(load_corpus(TINY)) and report.macro_f1 == pytest.approx(1.0)
    assert evaluate_split(corpus, tiny_model, "test").n < report.n
    with pytest.raises(ModelError, match="unknown split"):
        evaluate_split(corpus, tiny_model, "validation")


# --- generalisation: hedges, booked slots, the candidate's own mail, cross-validation -------------


def signals(text: str) -> dict[str, float]:
    nlp = build_nlp()
    doc = nlp.get_pipe("job_signals")(nlp.make_doc(normalize(text)))
    totals: dict[str, float] = {}
    for span in doc.spans[SIGNALS_KEY]:
        totals[span.label_] = totals.get(span.label_, 0.0) + span._.signal_weight
    return totals


def test_a_conditional_rejection_in_an_acknowledgement_counts_for_nothing() -> None:
    hedged = signals(
        "We can't reply to every applicant. If you do not hear from us within four weeks, please consider "
        "your application unsuccessful on this occasion."
    )
    plain = signals("Please consider your application unsuccessful on this occasion.")
    assert plain.get(Label.REJECTION.value, 0.0) >= 1.0
    assert hedged.get(Label.REJECTION.value, 0.0) == 0.0


def test_the_candidates_own_withdrawal_and_acceptance_are_own_mail_cues() -> None:
    # Own-mail cues are a group of their own (a separate feature that counts towards other).
    withdraw = signals("I'd like to withdraw my application, as I've accepted another position.")
    accept = signals("I'm delighted to accept the offer and happy with the start date.")
    assert withdraw.get(Cue.OWN, 0.0) >= 2.0
    assert accept.get(Cue.OWN, 0.0) > accept.get(Label.OFFER.value, 0.0)


def test_an_offer_that_proposes_a_call_has_more_offer_than_invitation_evidence() -> None:
    found = signals("I'd love to set up a quick call to walk you through the offer details. Are you free?")
    assert found[Label.OFFER.value] > found[Label.INTERVIEW_INVITATION.value]


def test_a_calendar_invite_backs_an_interview_only_when_the_mail_speaks_of_one() -> None:
    cats = {"interview_invitation": 0.4, "other": 0.6}
    interview = [("interview_invitation", 0, 1, 0.5)]
    assert decide(cats, {"calendar": True}, interview).label is Label.INTERVIEW_INVITATION
    assert decide(cats, {"calendar": True}).label is Label.OTHER  # a 1:1 or a team sync
    booked = [*interview, ("booked", 2, 3, 1.0)]  # "Accepted:", "Reminder:", "is confirmed"
    assert decide(cats, {"calendar": True}, booked).label is Label.OTHER


def test_cross_validation_scores_every_record_once(tmp_path: Path) -> None:
    report = cross_validate(TINY, folds=3, seed=0, epochs=10)
    assert report.n == len(load_corpus(TINY))
    assert sum(sum(row.values()) for row in report.confusion.values()) == report.n
    with pytest.raises(ModelError, match="at least 2 folds"):
        cross_validate(TINY, folds=1)
