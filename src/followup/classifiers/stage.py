"""The stage check: who a mail is written by and to, and where the interview stands, after the model.

The bag-of-words model reads what a mail is about, not whose turn it is: a candidate declining an
interview, a notice asking the interviewer to confirm a session, and a moved slot use the words of an
invitation or a rejection, and a templated "scheduled" notice that is mostly fields reads like nothing.
Each rule below is a general fact about job mail, applied after the model and shown as the reason:

- the candidate's own letter (first person, withdrawing, declining, accepting, offering times) needs no
  reply from the candidate: never a reply-worthy label;
- mail to an employee about a candidate (an interviewer's notice, an internal offer notice, thanks for
  a referral) is not about the reader's application;
- a confirmation that the candidate withdrew is a closing, not a decision;
- an interview that was already booked and moved to another time needs no answer to an invitation;
- thanks for a conversation that took place ("thanks for coming in, we'll be in touch") is the process
  running, not an acknowledgement of an application, unless it says the application arrived;
- a recorded interview without a person on the other side is a test stage (assessment);
- a notice that is mostly fields (date, time, place or kind of round) about an interview, with none of
  the above, is an invitation the model could not read from its few words of prose;
- a mail that invites the reader to an interview or a screening call in so many words ("we would like to
  invite you for a screening call", "you have been shortlisted for an interview"), with none of the
  above, is an invitation even where the model did not know the rest of the wording.

Most rules only take a label away (precision first); the last two add one, and only where the model
leaned to an invitation among the kinds of job mail.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from followup.classifiers.cues import DECISIVE, STRONG, WEAK, Cue
from followup.models import Label

# The cue groups only the stage check reads (JobSignals matches them with the rest): one strong phrase is
# enough, so each names its kind of mail by itself.
STAGE_PATTERNS: dict[str, list[tuple[str, float]]] = {
    Cue.STAFF: [
        (
            "you_have|you've|you_are|you're been? assigned|added|selected|scheduled|invited|booked as|to_be an|the? "
            "interviewer|panelist|panellist|panel_member|assessor",
            DECISIVE,
        ),
        (
            "interview|interviewing|assess|evaluate|meet with? the|this|a|our candidate|applicant|interviewee",
            STRONG,
        ),
        ("interview|meeting|session|call with the|this|our candidate|applicant", STRONG),
        ("candidate|applicant|interviewee 's cv|resume|profile|details|application|availability", STRONG),
        (
            "complete|submit|fill_in|fill_out your|the? scorecard|evaluation_form|interview_feedback_form",
            STRONG,
        ),
        (
            "offer|offer_letter|letter_of_intent|loi|contract has|have been issued|generated|released|extended to "
            "the|our? candidate|applicant|new_hire",
            STRONG,
        ),
        ("thank|thanks you? for referring|your_referral|the_referral", STRONG),
        ("thank|thanks you? for your|the recent referral|referrals", STRONG),
        ("referral was|has_been received|well_received|passed_on|assigned", STRONG),
        # "Jane Doe has been issued a Letter of Intent": "has" is never the reader's own "you have" (only
        # "issued": "another candidate has been offered a contract" is a rejection's wording)
        (
            "has been issued a|an|the offer|offer_letter|letter_of_intent|loi|contract",
            STRONG,
        ),
        # only colleagues are greeted as a team
        ("dear|hi|hello team|colleagues ,|:", STRONG),
        ("you_have|you've referred", STRONG),
        ("as an|the interviewer|panelist|panellist|panel_member", STRONG),
        ("rate|evaluate|assess|score the|this candidate|applicant", STRONG),
    ],
    Cue.MOVED: [
        (
            "interview|call|meeting|appointment|session|slot has|have|'s been rescheduled|moved|postponed|changed|"
            "pushed|brought_forward",
            STRONG,
        ),
        ("has|have|'s been rescheduled|postponed", STRONG),
        ("rescheduled|postponed to|for", STRONG),
        (
            "we|i|we've|i've|we_have|i_have rescheduled|moved|postponed your|the interview|call|meeting",
            STRONG,
        ),
        ("new|updated|revised date|time|slot|date_and_time|date_&_time|time_slot :", STRONG),
        ("previously|originally scheduled|planned|booked for", STRONG),
        ("interview|meeting reschedule|rescheduled|rescheduling", STRONG),
    ],
    Cue.RECORDED: [
        (
            "one-way|one_way|recorded|pre-recorded|prerecorded|asynchronous|async|on-demand|self-paced video "
            "interview|interviews",
            STRONG,
        ),
        ("record|recording your answers|responses|response|video|yourself", STRONG),
        # nobody "completes" or "submits" a conversation: an interview one finishes alone is recorded
        (
            "complete|completing|finish|finishing|submit|submitting|record|recording your|the video? interview",
            STRONG,
        ),
        (
            "one-way|one_way|recorded|pre-recorded|prerecorded|asynchronous|async video screening|screen|questions|"
            "responses|answers",
            STRONG,
        ),
        ("answer|record 0? questions|answers|responses on camera", STRONG),
        ("record|film your? answers|responses on camera|video", STRONG),
        ("webcam|web_camera", WEAK),
        ("0 seconds|minutes to prepare|think|answer|record|respond", STRONG),
        ("practice question|questions", STRONG),
        ("number of attempts|retakes|re-recordings", STRONG),
        # a conversation has a time, not a deadline
        ("deadline for|to_complete|to_submit this|the|your video? interview is|by", STRONG),
        ("complete|record|submit the|this|your? video interview by|before", STRONG),
    ],
    # Beside the invitation cues that count here too (cues.DIRECT_INVITATIONS): "your invitation to the
    # final stage" names no interview, but only an invitation says it.
    Cue.INVITED: [
        ("your invitation to the|an? next|final|second assessment|interview? stage|round|step", STRONG),
        # a recruiter's screening call, asked for in so many words ("I'd like to set up an introductory call")
        (
            "like|love|want|keen to set_up|schedule|arrange|book|have a|an quick|short|brief|introductory|intro|"
            "screening|initial|first|exploratory|phone|video|0-minute|0_minute|0_min call|chat|conversation",
            STRONG,
        ),
        (
            "like|love to set_up|schedule|arrange|book a|an 0-minute|0_minute|0_min|quick|short|brief introductory|"
            "intro|screening|initial|exploratory|phone|video call|chat|conversation",
            STRONG,
        ),
    ],
    Cue.MET: [
        ("thank|thanks you? for coming in|by|over|along|to_meet", STRONG),
        (
            "thank|thanks you? for the|our|today's|yesterday's coffee|chat|call|conversation|meeting|visit",
            STRONG,
        ),
        ("thank|thanks you? for speaking|talking|chatting|meeting with|to me|us|the_team", STRONG),
        ("thank|thanks you? for your time on the phone|call", STRONG),
        ("thank|thanks you? for your time today|yesterday|earlier|this_morning|this_afternoon", STRONG),
        ("great|good|lovely|nice|a_pleasure speaking|talking|chatting|meeting with|to you", STRONG),
        ("great|good|lovely|nice|a_pleasure to speak|talk|chat|meet with? you", STRONG),
        ("enjoyed|loved our|the|your call|chat|conversation|meeting|coffee|visit", STRONG),
        ("enjoyed|loved speaking|talking|chatting|meeting with|to you", STRONG),
    ],
    Cue.PENDING: [
        (
            "you_will|you'll|you_shall be contacted|notified|informed|updated|advised on|about|of|regarding the|your|our "
            "outcome|result|results|decision|next_steps",
            STRONG,
        ),
        (
            "we_will|i_will|we'll|i'll|we_shall contact|notify|inform|update|advise you on|about|of|regarding the|our "
            "outcome|result|results|decision|next_steps",
            STRONG,
        ),
        (
            "the|our|a|your outcome|result|results|decision will be communicated|shared|sent|announced|made",
            STRONG,
        ),
        # weaker alone: a rejection may speak of another role's decision or of interviews for other teams
        (
            "once|when|as_soon_as we|the_panel|the_team|the_hiring_team have|has made|reached a|our|their decision",
            WEAK,
        ),
        ("still|currently concluding|completing|finishing|conducting|finalising|finalizing interviews", WEAK),
    ],
    Cue.WITHDRAWN: [
        ("you_have|you've|you withdrawn|withdrew|retracted your? application|candidacy", STRONG),
        ("your withdrawal|decision_to_withdraw", STRONG),
        ("withdrawal of your application|candidacy", STRONG),
        ("your application|candidacy has|was been? withdrawn", STRONG),
        ("understand|respect|accept|acknowledge your decision|choice", STRONG),
        ("sorry to hear that? you|you've|you_have decided|withdrawn|accepted|chosen", STRONG),
        (
            "you_have|you've|you decided to_withdraw|not_to_proceed|not_to_continue|to_pursue|to_accept|to_decline",
            STRONG,
        ),
    ],
}

# Evidence (summed cue weights, see cues.py) from which a group counts: one strong phrase, or for the
# candidate's own mail one decisive phrase or two strong ones (a single "my application" is not enough).
OWN_MAIL = 2.0
ONE_PHRASE = 1.0

# "Date: 0 march", "Interview time : 0:00", "Venue - 0 high street": the field lines of an ATS notice, as
# the model reads them (lower case, digits as 0). Kinds, not names: a notice needs a when and a second kind.
_FIELD_KINDS = {
    "when": r"(?:interview |meeting |appointment |reporting )?(?:date|time|date and time|date & time|day|"
    r"date/time|start time|schedule|slot)",
    "where": r"(?:interview )?(?:venue|location|address|place|platform|meeting link|video link|link|room)",
    "what": r"(?:interview |assessment )?(?:round|type|mode|format|stage|duration|interviewers?|panel|"
    r"contact person|what to bring|documents to bring|dress code)",
}
_FIELD_RES = {
    kind: re.compile(r"^[^\w\n]{0,3}" + pattern + r"\s*[:\-–]\s*\S", re.M)
    for kind, pattern in _FIELD_KINDS.items()
}
# What a moved slot asks of the candidate when it still wants an answer: then it stays an invitation.
_ASKS_RE = re.compile(
    r"confirm (?:your|if|whether|that)|your availability|(?:choose|pick|select|book) (?:a|another|your) "
    r"(?:new )?(?:time|slot|date)|(?:what|which) (?:time|times|slot|day|date)s? (?:work|suit)|does (?:this|the new "
    r"time|that) (?:work|suit)|reply (?:to confirm|with)"
)
# A notice that says not to answer it: nothing for a reply draft to do, whatever the model thought.
_NO_REPLY_RE = re.compile(
    r"(?:do not|don't|please don't|please do not) (?:reply|respond)|not monitored|unmonitored|no-?reply"
)
# An interview that is no step of a hiring process (a show's guest, a webinar, practice with a careers
# service), or mail sent to many (a newsletter, a blog digest): the invitation rule leaves them to the model.
_NOT_HIRING_RE = re.compile(
    r"\b(?:podcast|webinar|episode|livestream|live stream|radio show|our show|the show|magazine|documentary|"
    r"mock interviews?|practice interviews?|careers? fair|open day|workshop|newsletter|blog|unsubscribe)\b"
)
# The reader's own hiring process, named: an invitation in so many words counts only inside one (a sales
# demo, a journalist's phone interview or a coach's intro call are invitations to something else).
_HIRING_RE = re.compile(
    r"\b(?:your (?:application|candidacy|cv|resume|résumé|job application)|you applied|you have applied|"
    r"applied for|applying (?:for|to)|for applying|application for|your profile has been|(?:selection|recruitment|hiring|"
    r"interview|application) process|assessment (?:centre|center|stage|day)|online (?:tests?|assessments?)|"
    r"short[- ]?listed)\b"
)
_INTERVIEW_RE = re.compile(r"\binterview(?:s|ed)?\b|\bassessment (?:day|centre|center)\b")
# What an acknowledgement says: the application arrived or is being read.
_RECEIVED_RE = re.compile(
    r"\b(?:receiv(?:ed|ing)|applying|appl(?:y|ied) for|submitt(?:ed|ing)|under review|(?:your|the) (?:application|"
    r"candidacy|cv|resume|résumé|documents))\b"
)


def field_kinds(text: str) -> set[str]:
    """Which kinds of field line (when, where, what) a mail's text holds."""
    return {kind for kind, pattern in _FIELD_RES.items() if pattern.search(text)}


def is_interview_field_block(text: str) -> bool:
    """A notice about an interview whose substance is fields: a when plus a where or a what."""
    kinds = field_kinds(text)
    return "when" in kinds and len(kinds) >= 2 and bool(_INTERVIEW_RE.search(text))


def restage(
    label: Label,
    confidence: float,
    scores: dict[str, float],
    evidence: dict[str, float],
    text: str,
    threshold_for: Callable[[Label], float],
) -> tuple[Label, float, str] | None:
    """The decision step's label, confidence and reason after the stage check, or None to keep its own."""
    staged = check(label, evidence, text, scores)
    if staged is None:
        return None
    new, reason = staged
    if new is Label.OTHER:
        return new, max(scores[Label.OTHER.value], 1.0 - confidence), reason
    # the rule is the evidence: as sure as the label's threshold asks, or the model if surer
    kept = confidence if label is not Label.OTHER else 0.0
    return new, max(scores[new.value], kept, threshold_for(new)), reason


def _best(scores: dict[str, float] | None, without: str = "") -> str | None:
    """The label that scored highest (leaving one out), or None without scores."""
    kept = {lb: p for lb, p in (scores or {}).items() if lb != without}
    return max(kept, key=lambda lb: kept[lb]) if kept else None


def _about_an_invitation(label: Label, evidence: dict[str, float], scores: dict[str, float] | None) -> bool:
    """An invitation, or one the decision step demoted to `other` for scoring under its threshold (the
    model's best label of all was still the invitation) in mail not by the candidate nor to a colleague."""
    if label is Label.INTERVIEW_INVITATION:
        return True
    return (
        label is Label.OTHER
        and _best(scores) == Label.INTERVIEW_INVITATION.value
        and evidence.get(Cue.OWN, 0.0) < OWN_MAIL
        and evidence.get(Cue.STAFF, 0.0) < ONE_PHRASE
        and evidence.get(Cue.WITHDRAWN, 0.0) < ONE_PHRASE
    )


def _invited(evidence: dict[str, float], text: str) -> bool:
    """The reader invited or shortlisted in so many words (negated, conditional and possible invitations
    count for nothing) inside their own hiring process, named in the text; not the candidate's mail nor
    mail to a colleague, not about a show or a webinar, not about a booked, moved or recorded interview
    nor a withdrawal, no strong cue of other mail (a job alert)."""
    if evidence.get(Cue.INVITED, 0.0) < ONE_PHRASE:
        return False
    if _NOT_HIRING_RE.search(text) or not _HIRING_RE.search(text):
        return False
    blocking = (Cue.STAFF, Cue.MOVED, Cue.BOOKED, Cue.WITHDRAWN, Cue.RECORDED, Cue.HEDGE, Label.OTHER.value)
    return evidence.get(Cue.OWN, 0.0) < ONE_PHRASE and all(
        evidence.get(group, 0.0) < ONE_PHRASE for group in blocking
    )


def _quiet(evidence: dict[str, float]) -> bool:
    """No cue of a booked, moved or withdrawn slot, of someone else's interview, of other mail or of a
    rejection: the field blocks that are not invitations (a citizenship case, a status table around a
    rejection) have one."""
    groups = (
        Cue.OWN,
        Cue.STAFF,
        Cue.MOVED,
        Cue.BOOKED,
        Cue.WITHDRAWN,
        Label.OTHER.value,
        Label.REJECTION.value,
    )
    return not any(evidence.get(group) for group in groups)


def _taken_away(label: Label, evidence: dict[str, float], text: str) -> tuple[Label, str] | None:
    """`other` for job mail that is not the reader's to answer, or not the stage its words say."""
    own = evidence.get(Cue.OWN, 0.0)
    staff = evidence.get(Cue.STAFF, 0.0)
    if label is not Label.OTHER:
        if own >= OWN_MAIL:
            return (
                Label.OTHER,
                f"written by the candidate (first person about their own application), not {label}",
            )
        if staff >= ONE_PHRASE:
            return (
                Label.OTHER,
                f"addressed to a colleague about a candidate, not to the candidate: not {label}",
            )
        if evidence.get(Cue.WITHDRAWN, 0.0) >= ONE_PHRASE:
            return Label.OTHER, f"confirms that the candidate withdrew: a closing, not {label}"
    if (
        label is Label.APPLICATION_RECEIVED
        and evidence.get(Cue.MET, 0.0) >= ONE_PHRASE
        and not _RECEIVED_RE.search(text)
    ):
        # "thanks for coming in, we'll be in touch": the process is past the acknowledgement, and a
        # check-in timed on an application would answer a conversation
        return (
            Label.OTHER,
            "thanks the reader for a conversation that took place, says no application arrived",
        )
    if (
        label is Label.REJECTION
        and evidence.get(Cue.PENDING, 0.0) >= ONE_PHRASE
        and evidence.get(Label.REJECTION.value, 0.0) == 0
    ):
        # "thank you for attending, you will be contacted on the outcome": a decision to come, none taken
        return (
            Label.OTHER,
            "says a decision is still to come and has no phrase of a rejection: not a rejection",
        )
    return None


def check(
    label: Label, evidence: dict[str, float], text: str, scores: dict[str, float] | None = None
) -> tuple[Label, str] | None:
    """The label the stage rules give instead of ``label``, with the reason, or None to keep it.

    ``evidence`` is the cue groups' summed weights, ``text`` the text the model read (model_text) and
    ``scores`` the decision step's scores per label (when given, the field-block rule needs the model to
    lean to an invitation among the labels that are not other, and the recorded-interview rule also reads
    an invitation the decision step demoted to other for scoring under its threshold).
    """
    if taken := _taken_away(label, evidence, text):
        return taken
    if (
        label is Label.INTERVIEW_INVITATION
        and evidence.get(Cue.MOVED, 0.0) >= ONE_PHRASE
        and not _ASKS_RE.search(text)
    ):
        return Label.OTHER, "moves an interview already booked to another time: nothing to accept"
    if _about_an_invitation(label, evidence, scores) and evidence.get(Cue.RECORDED, 0.0) >= ONE_PHRASE:
        # the model may have been unsure of an interview with a deadline: it is a test stage either way
        return Label.ASSESSMENT, "a recorded interview with no one on the other side: an assessment"
    # The two rules that add an invitation read only mail the model leaned to as one among the kinds of job
    # mail (a rejection that "cannot invite you to interview" leans to a rejection) and that wants an answer.
    leans = _best(scores, without=Label.OTHER.value) in (None, Label.INTERVIEW_INVITATION.value)
    if label is not Label.OTHER or not leans or _NO_REPLY_RE.search(text):
        return None
    if _invited(evidence, text):
        return (
            Label.INTERVIEW_INVITATION,
            "invites the reader to an interview or a screening call in so many words: an invitation",
        )
    if _quiet(evidence) and is_interview_field_block(text):
        return (
            Label.INTERVIEW_INVITATION,
            "an interview notice made of fields (when plus where or what): an invitation",
        )
    return None
