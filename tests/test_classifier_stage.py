"""The stage check after the model: whose mail it is and where the interview stands.

Fixtures are written here for the kinds of mail each rule is about. The end-to-end ones go through the
shipped model, so they show what a user sees in `followup classify`: the label and the reason.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from followup.classifiers import Classifier, build_nlp
from followup.classifiers import stage as stage_rules
from followup.classifiers.components import evidence_totals, make_email_doc
from followup.classifiers.cues import Cue, expand_pattern
from followup.classifiers.modeltext import normalize
from followup.classifiers.stage import check, field_kinds, is_interview_field_block
from followup.models import Email, Label
from test_classifier import email as mail

INVITATION, OTHER = Label.INTERVIEW_INVITATION, Label.OTHER


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load()


_NLP = build_nlp()


def cues_of(email: Email) -> tuple[dict[str, float], str]:
    """The cue groups' summed weights for this mail, and the text the model reads."""
    doc = _NLP.get_pipe("job_signals")(make_email_doc(_NLP, email))
    return evidence_totals(doc), doc.text


def staged(label: Label, email: Email) -> tuple[Label, str] | None:
    """What the stage check makes of ``label`` (as if the model had said it) for this mail's cues."""
    return check(label, *cues_of(email))


def test_the_candidates_own_withdrawal_is_no_rejection(classifier: Classifier) -> None:
    letter = mail(
        "Data Analyst application",
        "Dear Ms Okafor,\n\nThank you for the time you and the team gave me during last week's interview. After "
        "a lot of thought I must respectfully withdraw from the process: I have decided to stay with my current "
        "employer for another year.\n\nI am sorry not to bring better news and wish you well with the search.\n\n"
        "Kind regards,\nTomasz Wren",
        sender="Tomasz Wren",
        addr="t.wren@fastmail.example",
    )
    assert classifier.classify(letter).label is OTHER
    staged = check(Label.REJECTION, {Cue.OWN.value: 2.0, Label.REJECTION.value: 1.0}, "")
    assert staged is not None and staged[0] is OTHER and "written by the candidate" in staged[1]


ANSWER = mail(
    "Re: Interview - Support Engineer",
    "Hi Dana,\n\nThank you for inviting me to interview, I am very interested in the role. Here is my "
    "availability next week: Tuesday after 1pm or any time on Thursday. I'd be happy to come in to the "
    "office if that is easier.\n\nBest,\nIfeoma",
    sender="Ifeoma Chukwu",
    addr="ifeoma.c@fastmail.example",
)
TO_INTERVIEWER = mail(
    "Interview scheduled: Field Engineer",
    "Hello,\n\nYou have been added as an interviewer for the Field Engineer opening. The interview with the "
    "candidate is on Thursday 9 April at 11:00 in meeting room 2.\n\nPlease confirm that you can attend and "
    "submit your scorecard in the portal afterwards.\n\nRecruiting Operations",
)


@pytest.mark.parametrize(
    ("notice", "why"),
    [(ANSWER, "written by the candidate"), (TO_INTERVIEWER, "colleague")],
    ids=["the candidate's answer to an invitation", "a notice to the interviewer"],
)
def test_mail_about_an_interview_that_is_not_the_readers_invitation(
    classifier: Classifier, notice: Email, why: str
) -> None:
    assert classifier.classify(notice).label is OTHER
    result = staged(INVITATION, notice)  # had the model read it as an invitation
    assert result is not None and result[0] is OTHER and why in result[1]


def test_a_recorded_interview_is_an_assessment(classifier: Classifier) -> None:
    recorded = mail(
        "Next step: your video interview",
        "Hi Marisol,\n\nThanks for your application to the Graduate Analyst scheme. The next step is a one-way "
        "video interview: you will see five questions on screen and have 30 seconds to prepare and two minutes "
        "to record your answer to each. Please complete the video interview by Friday 17 April.\n\n"
        "Early Careers Team",
    )
    assert classifier.classify(recorded).label is Label.ASSESSMENT
    result = staged(INVITATION, recorded)
    assert result is not None and result[0] is Label.ASSESSMENT


def test_an_interview_notice_made_of_fields_is_an_invitation(classifier: Classifier) -> None:
    text = (
        "Dear Ravi,\n\nYour interview for the Warehouse Supervisor position has been arranged.\n\n"
        "Interview date: Tuesday 21 April 2026\nTime: 10:30\nVenue: Unit 4, Harbour Road Depot\n"
        "Round: second interview with the site manager\n\nPlease bring photo ID.\n\nPeople Team"
    )
    notice = mail("Interview details", text)
    assert classifier.classify(notice).label is INVITATION
    result = staged(OTHER, notice)  # had the model read it as other
    assert result is not None and result[0] is INVITATION and "fields" in result[1]
    # the same fields as a reminder of a booked slot, or in a notice nobody may answer, are left alone
    reminder = mail("Interview details", text.replace("has been arranged.", "is confirmed, see you then."))
    assert staged(OTHER, reminder) is None
    assert staged(OTHER, mail("Interview details", text + "\n\nPlease do not reply to this email.")) is None
    # nor does a field table the model took for another kind of job mail (a status table around a rejection)
    fields = normalize(text)
    leaning = {OTHER.value: 0.55, Label.REJECTION.value: 0.3, INVITATION.value: 0.15}
    assert check(OTHER, {}, fields, leaning) is None
    assert check(OTHER, {}, fields, {**leaning, INVITATION.value: 0.35}) is not None


def test_a_moved_slot_that_asks_nothing_is_other_but_one_that_asks_stays_an_invitation() -> None:
    moved = normalize(
        "Your interview on Monday has been rescheduled to Wednesday 15 April at 14:00. The video link stays the same."
    )
    asks = moved + " could you confirm your availability for the new time?"
    evidence = {Cue.MOVED.value: 1.0, INVITATION.value: 1.0}
    staged = check(INVITATION, evidence, moved)
    assert staged is not None and staged[0] is OTHER and "booked" in staged[1]
    assert check(INVITATION, evidence, asks) is None


def test_rules_that_take_a_label_away_never_touch_other_and_need_a_full_phrase() -> None:
    assert check(OTHER, {Cue.OWN.value: 4.0, Cue.STAFF.value: 2.0}, "") is None
    # a single "my application" (a weak own-mail cue) in a company's mail is not the candidate writing
    assert check(Label.REJECTION, {Cue.OWN.value: 0.5}, "") is None
    assert check(Label.REJECTION, {Cue.WITHDRAWN.value: 1.0}, "")[0] is OTHER  # type: ignore[index]
    assert check(Label.OFFER, {Cue.STAFF.value: 1.0}, "")[0] is OTHER  # type: ignore[index]


def test_field_lines_are_read_by_kind() -> None:
    text = normalize("Date: 3 May\nStart time - 9:00\nLocation: Hall B\nDress code: smart")
    assert field_kinds(text) == {"when", "where", "what"}
    assert not is_interview_field_block(text)  # no interview named
    assert is_interview_field_block(text + "\ninterview with the team")
    # a date alone, in prose, is no field block
    assert not is_interview_field_block(normalize("We can do the interview on date 3 May, at the office."))


def _cues(text: str) -> dict[str, float]:
    return evidence_totals(_NLP.get_pipe("job_signals")(make_email_doc(_NLP, mail("x", text))))


def test_a_job_boards_blunt_rejection_and_a_companys_withdrawal_notice_are_read() -> None:
    assert _cues("Status update. Your application has been rejected by the employer.")[Label.REJECTION] >= 1.0
    withdrawn = _cues("We understand your decision and have closed your application. All the best.")
    assert withdrawn[Cue.WITHDRAWN] >= 1.0
    # an invitation's way out ("if you are no longer interested, tell us") is not a withdrawal
    assert Cue.WITHDRAWN not in _cues("If you are no longer interested in the role, please let us know.")


def test_the_decision_step_applies_the_check_and_a_label_it_adds_is_sure_enough_to_act(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notice = mail(
        "Interview details",
        "Dear Ravi,\n\nInterview date: Tuesday 21 April 2026\nTime: 10:30\nVenue: Unit 4, Harbour Road Depot\n\n"
        "People Team",
    )
    nlp = build_nlp()
    doc = nlp.get_pipe("job_signals")(make_email_doc(nlp, notice))
    doc.cats = {label.value: (0.7 if label is OTHER else 0.06) for label in Label}
    step = nlp.get_pipe("decision")
    decision = step.decide(doc)
    assert decision.label is INVITATION
    assert decision.confidence >= step.threshold_for(INVITATION)
    assert "fields" in decision.reason
    monkeypatch.setattr(stage_rules, "restage", lambda *args: None)  # the model's word alone
    assert step.decide(doc).label is OTHER


def test_an_invitation_promised_on_a_condition_is_no_invitation_evidence() -> None:
    promised = _cues(
        "Thank you for applying. Should you be shortlisted, we will invite you to an interview in May."
    )
    assert promised.get(Label.INTERVIEW_INVITATION, 0.0) == 0.0
    assert promised[Cue.HEDGE] >= 1.0
    plain = _cues("Thank you for applying. We would like to invite you to an interview in May.")
    assert plain[Label.INTERVIEW_INVITATION] >= 1.0


def test_notices_to_colleagues_about_an_offer_or_a_referral_are_not_the_readers() -> None:
    internal_offer = mail(
        "Offer released: Site Planner",
        "Dear Team,\n\nPlease note that Mirela Constantin has been issued an offer letter for the Site Planner "
        "role, with a proposed start on 4 May.\n\nStatus: Offer Released\n\nPlease begin the onboarding checklist.",
    )
    staged_offer = staged(Label.OFFER, internal_offer)
    assert staged_offer is not None and staged_offer[0] is OTHER and "colleague" in staged_offer[1]
    referral = mail(
        "Your referral",
        "Hi Bongani,\n\nThank you for your recent referral for the Payroll Officer opening. Our recruiter will "
        "look at the profile this week and we will keep you posted.\n\nTalent Team",
    )
    staged_referral = staged(Label.REJECTION, referral)
    assert staged_referral is not None and staged_referral[0] is OTHER
    # the same offer said to the candidate is theirs
    to_candidate = mail(
        "Your offer", "Dear Mirela,\n\nYou have been issued an offer letter for the Site Planner role."
    )
    assert staged(Label.OFFER, to_candidate) is None


def test_thanks_for_an_interview_invitation_is_the_candidates_answer(classifier: Classifier) -> None:
    reply = mail(
        "Re: Interview invitation",
        "Hello Priya,\n\nThank you for the interview invitation! Any afternoon next week suits me; you can pick "
        "a time here: https://calendly.com/jonas-berg/30min\n\nJonas",
    )
    assert classifier.classify(reply).label is OTHER
    result = staged(INVITATION, reply)
    assert result is not None and "written by the candidate" in result[1]


def test_an_interview_with_a_deadline_is_recorded_even_when_the_model_was_unsure() -> None:
    video = mail(
        "Video interview stage",
        "Dear Ola,\n\nYou have passed our online tests and we invite you to the video interview stage. The "
        "deadline for this interview is 5pm on Friday; use a laptop with a webcam or our phone app.",
    )
    # the decision step demoted the invitation (its best label) to other: under its threshold
    unsure = {OTHER.value: 0.4, INVITATION.value: 0.55, Label.REJECTION.value: 0.05}
    doc = _NLP.get_pipe("job_signals")(make_email_doc(_NLP, video))
    result = check(OTHER, evidence_totals(doc), doc.text, unsure)
    assert result is not None and result[0] is Label.ASSESSMENT
    # a mail the model took for other kind of job mail keeps its other
    leaning_ack = {OTHER.value: 0.5, Label.APPLICATION_RECEIVED.value: 0.45, INVITATION.value: 0.05}
    assert check(OTHER, evidence_totals(doc), doc.text, leaning_ack) is None


def test_screening_calls_and_shortlists_are_invitation_evidence_unless_conditional() -> None:
    call = _cues("We would like to invite you to an introductory Zoom call on Tuesday at 10:00.")
    assert call[Label.INTERVIEW_INVITATION] >= 1.5  # "like to invite you" leans, the call phrase is strong
    shortlist = _cues("Good news: you have been short-listed for an interview with the team.")
    assert shortlist[Label.INTERVIEW_INVITATION] >= 1.0
    conditional = _cues(
        "We are reviewing all applications and will contact you if we would like to arrange an interview."
    )
    assert conditional.get(Label.INTERVIEW_INVITATION, 0.0) == 0.0


def test_a_confident_other_or_the_candidates_own_mail_never_becomes_an_assessment() -> None:
    notice = mail(
        "Panel for the graduate scheme",
        "Hi Sam,\n\nPlease confirm your availability as an interviewer next week. Candidates answer questions on "
        "camera first; you will see their recordings before the panel.",
    )
    doc = _NLP.get_pipe("job_signals")(make_email_doc(_NLP, notice))
    evidence = evidence_totals(doc)
    assert evidence[Cue.RECORDED] >= 1.0
    sure_other = {OTHER.value: 0.9, INVITATION.value: 0.08, Label.REJECTION.value: 0.02}
    assert check(OTHER, evidence, doc.text, sure_other) is None
    # the model leaning to an invitation does not make a colleague's notice the reader's assessment
    leaning = {OTHER.value: 0.3, INVITATION.value: 0.6, Label.REJECTION.value: 0.1}
    assert check(OTHER, evidence, doc.text, leaning) is None
    own = {**evidence, Cue.STAFF.value: 0.0, Cue.OWN.value: 2.0}
    assert check(OTHER, own, doc.text, leaning) is None


@pytest.mark.parametrize(
    "text",
    [
        "We would like to invite you to a video interview on Tuesday at 10:00. The hiring manager will answer "
        "your questions on video too.",
        "We would like to invite you to an interview next week. Please pick a slot before Friday, the deadline "
        "for the interview booking.",
    ],
    ids=["questions answered on video", "a deadline to book"],
)
def test_a_live_interview_stays_an_invitation(text: str) -> None:
    assert staged(INVITATION, mail("Interview", text)) is None


def test_a_rejection_that_names_the_candidate_chosen_is_not_a_colleagues_notice() -> None:
    rejection = mail(
        "Your application",
        "Dear Lin,\n\nAnother candidate has been offered a contract and we will not be progressing your "
        "application. Thank you for your time.",
    )
    assert staged(Label.REJECTION, rejection) is None


def test_only_thanks_for_the_interview_itself_is_decisive_for_the_candidates_own_mail() -> None:
    assert _cues("Thank you for the interview invitation! Tuesday works for me.")[Cue.OWN] >= 2.0
    recruiter = _cues("Thanks for your invitation to connect. We would like to invite you to an interview.")
    assert recruiter.get(Cue.OWN, 0.0) < 2.0
    assert recruiter[Label.INTERVIEW_INVITATION] >= 1.0


def test_luck_wished_for_the_preparation_leaves_the_invitation_its_evidence() -> None:
    invitation = _cues(
        "We would like to invite you to a second interview on Monday; good luck with the preparation and let us "
        "know your availability."
    )
    assert invitation[Label.INTERVIEW_INVITATION] >= 1.0


# the model leaned to an invitation among the kinds of job mail, but not enough to beat `other`
UNSURE = {OTHER.value: 0.55, INVITATION.value: 0.35, Label.APPLICATION_RECEIVED.value: 0.1}


def _staged_unsure(text: str, scores: dict[str, float] = UNSURE) -> tuple[Label, str] | None:
    doc = _NLP.get_pipe("job_signals")(make_email_doc(_NLP, mail("Next steps", text)))
    return check(OTHER, evidence_totals(doc), doc.text, scores)


def _invited(text: str) -> float:
    return _cues(text).get(Cue.INVITED, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Hello Noor,\n\nThank you for your application. The panel read your portfolio and we would like to invite "
        "you for a screening call with our studio lead on Thursday 14 May at 16:30 (about twenty minutes).",
        "Dear Piet,\n\nYour application has been shortlisted for an interview. Our office manager will phone you "
        "this week to agree on a day.",
        "Hi Ana,\n\nWell done on the written exercise of our selection process. Attached is your invitation to "
        "the final stage: a short talk about your exercise and a conversation with two directors.",
        "Hi Lea,\n\nThanks for applying to our Data Engineer opening. As a next step I'd like to set up a "
        "30-minute intro call to walk you through the team; any open slot on my calendar works.",
    ],
    ids=["screening call", "shortlisted", "final stage", "set up an intro call"],
)
def test_an_invitation_said_in_so_many_words_is_one_even_when_the_model_was_unsure(text: str) -> None:
    result = _staged_unsure(text)
    assert result is not None and result[0] is INVITATION and "in so many words" in result[1]


@pytest.mark.parametrize(
    "text",
    [
        # negated: a rejection's wording
        "Dear Hugo,\n\nThank you for applying. We are unable to invite you to an interview at this time.",
        # conditional: an acknowledgement's small print
        "Dear Hugo,\n\nWe received your application. Should you be shortlisted, we will invite you to an "
        "interview within three weeks.",
        # a possibility: a job board's alert
        "Hi Hugo,\n\nFive new roles match your profile. Employers who see it today might invite you to "
        "interview this week!",
        # advice in a newsletter
        "Hi Hugo,\n\nThis week's tips: when recruiters invite you to a video interview, test your camera "
        "first and pick a quiet room.",
        # an interview for a show, not a job
        "Hi Hugo,\n\nI host a podcast about the hiring process in tech and would like to invite you to an "
        "interview on the show about your move into design. It takes half an hour over Zoom.",
        # an invitation to something other than the reader's hiring process: a sales demo, a newspaper
        "Hi Hugo,\n\nI would like to invite you to an exploratory call: fifteen minutes to walk you through a "
        "demo of our scheduling software.",
        "Dear Hugo,\n\nI am writing a piece on career changers and would like to invite you for a phone "
        "interview this week.",
        # a recruiter's cold outreach: a call asked for, but no application of the reader's
        "Hi Hugo,\n\nI came across your profile and would love to set up a quick call about a platform role "
        "at one of our clients. Are you open to a chat this week?",
        # a notice that asks for no answer: nothing for a reply draft to do
        "Dear Hugo,\n\nYour application has been shortlisted for an interview. This mailbox is not monitored; "
        "our team will phone you to agree on a time.",
        # to a colleague about a candidate
        "Hi team,\n\nPlease invite the candidate for a first interview and add your availability as an "
        "interviewer to the sheet. We invite you to interview alongside Marta.",
        # a slot that is already booked
        "Dear Hugo,\n\nThis is a reminder of your interview tomorrow at 10:00, as booked last week: we invite "
        "you to a panel interview at our office.",
    ],
    ids=[
        "negated",
        "conditional",
        "job alert",
        "newsletter advice",
        "a show's guest",
        "a sales demo",
        "a newspaper",
        "cold outreach",
        "no reply wanted",
        "to a colleague",
        "booked",
    ],
)
def test_an_invitation_phrase_that_is_not_the_readers_invitation_adds_nothing(text: str) -> None:
    assert _staged_unsure(text) is None


def test_negated_conditional_and_possible_invitations_are_no_evidence_of_one() -> None:
    assert _invited("We would like to invite you to an interview.") >= 1.0
    assert _invited("We are unable to invite you to an interview.") == 0.0
    assert _invited("Should you be shortlisted, we will invite you to an interview.") == 0.0
    assert _invited("Employers who see it today might invite you to interview this week!") == 0.0
    assert _invited("We will review it soon. If successful, we will invite you to a first interview.") == 0.0
    assert _invited("When recruiters invite you to a video interview, test your camera first.") == 0.0
    # the podcast host's invitation is one in so many words: the rule leaves it to the model for its words
    assert _invited("I would like to invite you to an interview on the show about your career.") >= 1.0


def test_an_invitation_phrase_needs_the_model_to_lean_to_an_invitation() -> None:
    text = "Dear Piet,\n\nYour application has been shortlisted for an interview."
    leaning_ack = {OTHER.value: 0.55, Label.APPLICATION_RECEIVED.value: 0.35, INVITATION.value: 0.1}
    assert _staged_unsure(text, leaning_ack) is None
    assert _staged_unsure(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines,\n\nThanks for coming in to meet the team yesterday. We are seeing two more people this week "
        "and will get back to you early next week.\n\nBest,\nRuth",
        "Ines - great speaking with you just now. I'll pass my notes to the founders and we'll be in touch "
        "about where things go from here.\n\nCheers,\nAlan",
        "Dear Ines,\n\nI really enjoyed our call this morning. I will update you once the hiring manager has "
        "had a chance to think it over.\n\nKind regards,\nMina",
        "Hi Ines,\n\nThank you for your time today. Our team will be in touch with next steps soon.",
    ],
    ids=["came in", "great speaking", "enjoyed our call", "your time today"],
)
def test_thanks_for_a_conversation_is_no_acknowledgement(text: str) -> None:
    """'We'll be in touch' after a talk is the process running, not an application that just arrived:
    an acknowledgement's check-in would answer the wrong mail."""
    result = staged(Label.APPLICATION_RECEIVED, mail("Thanks for today", text))
    assert result is not None and result[0] is OTHER and "conversation that took place" in result[1]


@pytest.mark.parametrize(
    "text",
    [
        # an acknowledgement that also thanks for the call before it
        "Hi Ines,\n\nThanks for speaking with me earlier. We have received your application and the team will "
        "review it this week.",
        # an acknowledgement that speaks of interviews to come, not of a conversation that took place
        "Dear Ines,\n\nThank you for your application. If your profile matches, we will invite you to a first "
        "interview and a chance to meet the team.",
    ],
    ids=["received after a call", "interviews to come"],
)
def test_an_acknowledgement_stays_one(text: str) -> None:
    assert staged(Label.APPLICATION_RECEIVED, mail("Your application", text)) is None


def test_thanks_for_a_conversation_takes_no_other_label_away() -> None:
    text = "Hi Ines,\n\nGreat speaking with you today. We'd love to offer you the role: the letter follows."
    assert staged(Label.OFFER, mail("Offer", text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dear Omar,\n\nThank you for sitting the assessment day with us on Monday. The selection board is still "
        "finishing interviews this week; you will be notified of the outcome by 20 March.\n\nHR Office",
        "Hi Omar,\n\nThanks again for the second interview. We will inform you of our decision once the panel "
        "has met on Thursday.\n\nBest,\nLena",
        "Dear Omar,\n\nThe final round is complete. The outcome will be communicated to every candidate by "
        "email next week.\n\nRecruitment Team",
    ],
    ids=["notified of the outcome", "inform you of our decision", "outcome communicated"],
)
def test_a_decision_still_to_come_is_no_rejection(text: str) -> None:
    """'You will be notified of the outcome' with no word of a rejection: answering it as one (asking for
    feedback, wishing them well) would tell the company the candidate gave up."""
    result = staged(Label.REJECTION, mail("Your interview", text))
    assert result is not None and result[0] is OTHER and "decision is still to come" in result[1]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Omar,\n\nThank you for interviewing with us. Unfortunately, we have decided not to move forward "
        "with your application. You will be notified of the outcome of your other application separately.",
        "Hi Omar,\n\nWe've offered the role to another candidate. You'll be informed of our decision on the "
        "Leeds opening next week.",
    ],
    ids=["not moving forward", "offered to another"],
)
def test_a_rejection_that_also_speaks_of_a_decision_to_come_stays_one(text: str) -> None:
    email = mail("Your application", text)
    assert cues_of(email)[0].get(Cue.PENDING, 0.0) >= 1.0  # the rule reads it, and a rejection phrase wins
    assert staged(Label.REJECTION, email) is None


def test_no_stage_phrase_glues_two_alternatives_together() -> None:
    """A multi-word alternative needs `_` (cues.py's mini-language), or the slot before it is said twice."""
    for patterns in stage_rules.STAGE_PATTERNS.values():
        for pattern, _weight in patterns:
            for phrase in expand_pattern(pattern):
                words = phrase.split()
                assert all(a != b for a, b in pairwise(words)), (pattern, phrase)
