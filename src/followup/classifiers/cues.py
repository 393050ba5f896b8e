"""The cue patterns: phrasings that lean towards a kind of job mail, as evidence for the model.

Data in a small mini-language (see expand_pattern); JobSignals in components.py matches them. Besides
the labels, a few cue groups mark what changes a label's reading (a hedge, a booked slot, own mail).
"""

from __future__ import annotations

from enum import StrEnum

from followup.models import Label


class Cue(StrEnum):
    """Cue groups that are not labels: they change how the label cues of a mail read."""

    # a conditional ("if you do not hear from us ...", "should you be shortlisted ...") that makes the
    # rejection and invitation cues of its sentence hypothetical
    HEDGE = "hedge"
    # a slot that is already fixed (reminders, confirmations, calendar replies): no invitation reply needed
    BOOKED = "booked"
    # the candidate's own mail (a sent copy, a reply read back): first person about "my" application. It has
    # a feature of its own, so the calibrator does not water it down with job alerts.
    OWN = "own"
    # thanks for an interview that took place: a rejection after it is a later-stage one
    AFTER_INTERVIEW = "after_interview"
    # The groups below are read by the stage check after the model (their phrases are in stage.py).
    # mail to an employee about a candidate (an interviewer's notice, an internal offer notice, a thanks for
    # a referral): it is about someone's application, but not the reader's
    STAFF = "staff"
    # an interview already booked that moved to another time: no invitation to answer
    MOVED = "moved"
    # a recorded interview without a person on the other side: a test stage, not an invitation
    RECORDED = "recorded"
    # the company confirming that the candidate withdrew: a closing, not a decision
    WITHDRAWN = "withdrawn"
    # the reader invited to an interview or a screening call in so many words: an invitation even where the
    # model, not knowing the rest of the wording, was unsure
    INVITED = "invited"
    # thanks for a conversation that took place ("thanks for coming in", "great speaking with you"): mail
    # past the acknowledgement of an application
    MET = "met"
    # a decision still to come ("you will be notified of the outcome"): with no phrase of a rejection, the
    # process is running, and a reply to a rejection would answer nothing
    PENDING = "pending"


# Pattern mini-language, one token slot per space: "a|b" any of, "a?" / "a|b?" optional slot, "set_up"
# several tokens in one alternative. Patterns expand to phrases for a PhraseMatcher on LOWER (fast: a
# Matcher with wildcards cost more than the model). Strong cues (1.0) name the kind of mail by
# themselves; weak ones (0.5) lean towards it. Digits are normalised to 0 (see normalize()).
# Decisive cues (2.0) are phrasings only one kind of mail uses ("I'd like to withdraw my application" is
# never a company's, "the offer details" never an invitation's): they outweigh a confident model.
DECISIVE, STRONG, WEAK = 2.0, 1.0, 0.5
_DET = "a|an|the|your|our|this"
_ADJ = "quick|short|first|initial|phone|video|virtual|technical|final|formal|0-minute|follow-up|in-person|onsite|second|next|panel"
_INVITE_TO_INTERVIEW = (
    "invite|invited|inviting you to|for an|a? " + _ADJ + "? interview|interviews|interveiw|intreview"
)
# "invite you for an introductory Skype call": a screening call is the first interview by another name
_INVITE_TO_CALL = (
    "invite|invited|inviting you to|for an|a|the introductory|intro|screening|exploratory|informal|initial|"
    "first|phone|video|telephone skype|zoom|teams|phone|video|telephone? call|chat|conversation"
)
# a shortlist notice says an interview or call is the next step
_SHORTLISTED_FOR = (
    "shortlisted|short_listed|short-listed for a|an|the|our call|interview|interviews|conversation|chat|"
    "next_stage|next_round|next_step"
)
# The invitation cues that say in so many words that the reader is invited: they also count for the INVITED
# group the stage check reads (an invitation even where the model was unsure of the rest of the wording).
DIRECT_INVITATIONS = frozenset({_INVITE_TO_INTERVIEW, _INVITE_TO_CALL, _SHORTLISTED_FOR})
PATTERNS: dict[str, list[tuple[str, float]]] = {
    Label.INTERVIEW_INVITATION.value: [
        (_INVITE_TO_INTERVIEW, STRONG),
        ("like|love to invite you", WEAK),
        (_INVITE_TO_CALL, STRONG),
        (_SHORTLISTED_FOR, STRONG),
        ("has|have been shortlisted|short_listed|short-listed", WEAK),
        # an assessment day that holds the final interviews, announced with its date
        (
            "followed_by|including|includes|consist_of|consists_of a|an|the? final|final_stage|panel|competency|"
            "one-to-one|group interview|interviews",
            STRONG,
        ),
        (
            "your assessment_centre|assessment_center|assessment_day|selection_day|superday|interview_day is|will_be|"
            "has_been scheduled|booked|arranged|planned for|on",
            STRONG,
        ),
        (
            f"schedule|arrange|set_up|book|organise|organize {_DET}? {_ADJ}? interview|screen|screening",
            STRONG,
        ),
        # A call or chat is often about something else (an offer, a contract): only a lean towards interviews.
        (
            f"schedule|arrange|set_up|book|organise|organize {_DET}? {_ADJ}? call|chat|conversation|meeting",
            WEAK,
        ),
        ("shortlisted|selected for an|the? interview|interviews", STRONG),
        ("f0f|face-to-face|walk-in interview|interviews|round|drive", STRONG),
        ("face to face interview|meeting", STRONG),
        ("would|'d like|love to meet|speak|talk|chat with you", WEAK),
        ("wants|want to meet you", WEAK),
        ("keen|eager|excited|looking_forward to meet|speak_with|talk_to|chat_with you", WEAK),
        ("meet you in person|face_to_face|on_site|onsite", WEAK),
        ("which|what one|option|day|date|time|slot suits|works|would_suit|would_work you? best|better", WEAK),
        ("invite|inviting you to the|our next|final stage|round|step", STRONG),
        ("grab|get a coffee", WEAK),
        ("please confirm your attendance|availability", WEAK),
        ("when are you free|available", WEAK),
        ("interview invitation|invite|request", STRONG),
        ("would|'d|wants|want like|love? to interview you", STRONG),
        ("requested|request|requesting an interview", STRONG),
        ("can|could you come in|by|over|down", WEAK),
        (f"come|coming in|by|over|down for {_DET}? {_ADJ}? interview|chat|meeting", STRONG),
        ("like|love|want you to come in|interview|attend|meet", STRONG),
        ("send|'ll_send|will_send|send_over you? an|a|the calendar? invite|invitation", WEAK),
        (f"invitation|invite to {_DET}? {_ADJ}? interview|interviews", STRONG),
        (f"{_ADJ} screen|interview|round", WEAK),
        ("your availability", WEAK),
        ("what times|time|days work|works for you", WEAK),
        ("would|will you be available", WEAK),
        ("are you available|free", WEAK),
        ("select|pick|choose|book a time|slot", WEAK),
        ("move|moving you forward|on to", WEAK),
        ("next round|stage", WEAK),
        ("xurlmeeting", WEAK),
        ("xurlbooking", WEAK),
        ("meet|speak|chat with", WEAK),
        ("booked|scheduled|pencilled|penciled you in|for", WEAK),
        ("open to a|an quick? chat|call|conversation", WEAK),
        # availability asked for a call: "you free tomorrow for a quick chat?", "got 15 mins on Thursday?"
        (
            "free|available for a|an? quick|short|brief|video|phone|0_min|0-min|0_minute|0-minute? "
            "video|phone|zoom? call|chat|conversation|interview",
            WEAK,
        ),
        ("hop|jump on a|an quick|short|brief? call|zoom|teams|video", WEAK),
        ("got|have 0 mins|minutes|min", WEAK),
        ("you free", WEAK),
        ("0 min|mins|minute chat|call", WEAK),
    ],
    Label.REJECTION.value: [
        ("regret to inform", STRONG),
        ("unfortunately", WEAK),
        ("not|n't be moving|progressing|proceeding|continuing|going forward?", STRONG),
        (
            "not|n't progress|progressing|proceed|proceeding|move|moving|take|taking your|with_your application|candidacy",
            STRONG,
        ),
        ("not|n't to move|proceed|progress|go forward? with your application|candidacy", STRONG),
        (
            "decided|chosen|elected|decision to move|proceed|go|continue forward? with|to other|another",
            STRONG,
        ),
        (
            "move|moving|proceed|proceeding|go|going|continue|gone|went forward? with other|another candidates|candidate|applicant|applicants|person",
            STRONG,
        ),
        ("pursue|pursuing other|another candidates|candidate|applicants", STRONG),
        ("position|role|vacancy|job|post has|have|'s been filled", STRONG),
        (
            "position|role|vacancy|job|post is|was|'s now|already|unfortunately|unfortunatly|sadly? filled",
            STRONG,
        ),
        # status notices: "Status: Rejected", "has changed to: Not shortlisted", "Sift outcome: Unsuccessful"
        (
            "status|outcome|result|to :? rejected|unsuccessful|declined|not_selected|not_shortlisted|candidate_not_selected|"
            "no_longer_under_consideration|not_progressed|not_moving_forward|not_successful",
            DECISIVE,
        ),
        ("not been selected|successful|shortlisted|chosen", STRONG),
        ("were|was not selected|successful", STRONG),
        ("unsuccessful", STRONG),
        ("decided not to", WEAK),
        ("decided|decision not to proceed|progress|continue|pursue|advance|move", STRONG),
        ("not to proceed|progress|advance further?", STRONG),
        ("not be able to offer you", STRONG),
        ("unable to offer you", STRONG),
        ("will_not|won't be taking your|this application|candidacy", STRONG),
        ("more|most closely match|matches|matched|aligned|aligns", WEAK),
        ("closer|better fit|match", WEAK),
        ("not the right fit", WEAK),
        ("keep your resume|cv|details|profile|application on file", WEAK),
        ("future opportunities|openings|roles|vacancies", WEAK),
        ("wish you the|every? best|success|luck", WEAK),
        ("best of luck", WEAK),
        ("will|wo not|n't be extending|making an offer", STRONG),
        ("offer the position|role to another|someone", STRONG),
        ("other candidates", WEAK),
        ("on this occasion", WEAK),
        ("go|going|went|gone in a|another different direction", STRONG),
        ("decided|going to pass", STRONG),
        ("not|n't going to extend|make|offer you? an? offer|the_role|the_position|the_job", STRONG),
        (
            "not|n't be inviting|able_to_invite|progressing you to|for an? interview|the_next_stage|the_next_round",
            STRONG,
        ),
        # the decision said with other verbs: "we're not going to take your application forward",
        # "we have selected another candidate", "no longer under consideration", "we filled the role"
        ("not|n't going to take|move|progress your application|candidacy|profile", STRONG),
        (
            "not|n't going to proceed|move_forward|continue|go_ahead with your application|candidacy|profile",
            STRONG,
        ),
        ("no longer under|being consideration|considered", STRONG),
        ("selected|chosen|hired|appointed|identified a candidate|applicant", WEAK),
        (
            "selected|chosen|hired|appointed|identified another|other candidate|candidates|applicant|someone",
            STRONG,
        ),
        ("made|make|extended|extend|offered an? offer to another|someone|a_different", STRONG),
        ("offered|given the position|role|job|post to another|someone|a_different|a_colleague", STRONG),
        ("position|role|job|post went|has_gone|goes to another|someone|a_different", STRONG),
        ("filled the position|role|vacancy|job", STRONG),
        ("not|n't be considering|considered|taking|progressing your application|candidacy|profile", STRONG),
        ("not|n't a match|fit for this|the role|position", STRONG),
        # the blunt wording of job boards: "Your application has been rejected by the employer"
        (
            "your|the|this application|candidacy|profile has|was|is|have been? rejected|declined|turned_down",
            STRONG,
        ),
        ("rejected|declined|turned_down your|the application|candidacy|profile", STRONG),
    ],
    Label.OFFER.value: [
        ("pleased|delighted|happy|excited|thrilled to offer you", DECISIVE),
        ("like|love to offer you", STRONG),
        ("offer you the|a|an position|role|job|part-time|full-time", STRONG),
        ("you got|'ve_got|have_got the job|role|position", STRONG),
        ("offer we sent|extended|made", STRONG),
        ("your first day", WEAK),
        ("can you start", WEAK),
        ("love|like for you to join", WEAK),
        ("offer of employment", DECISIVE),
        ("offer letter", DECISIVE),
        ("extend|extending|make|making you an offer", DECISIVE),
        ("extend|extending|make|making an offer", STRONG),
        ("job|formal|verbal|written offer", WEAK),
        ("accept|sign|review your|the? offer", WEAK),
        ("base salary", WEAK),
        ("start date", WEAK),
        ("compensation|benefits package", WEAK),
        ("welcome aboard|to_the_team", WEAK),
        ("congratulations", WEAK),
        ("xurloffer", WEAK),
        ("sent|send|sending you an|a|your offer", STRONG),
        ("have|got|receive|received an offer", STRONG),
        ("the|your offer details|package|terms", DECISIVE),
        ("walk|talk you through the|your offer", DECISIVE),
        ("confirm|confirming your offer", STRONG),
        ("offer is now? unconditional|final|official", STRONG),
    ],
    Label.APPLICATION_RECEIVED.value: [
        ("received|receiving your application|cv|resume", STRONG),
        ("application has|was been? received|submitted", STRONG),
        ("acknowledge|acknowledging|confirm|confirming receipt", STRONG),
        ("thank|thanks you? for applying", WEAK),
        ("thank|thanks you? for your application|interest", WEAK),
        ("will|'ll review|reviewing your application|profile|cv", WEAK),
        ("if your|there qualifications|skills|experience|profile match|matches|is", WEAK),
        ("be in touch", WEAK),
        ("application confirmation|received|submitted", STRONG),
        ("confirm that we have? received", STRONG),
        ("successfully submitted|received", STRONG),
        (
            "status :? under_review|in_review|received|submitted|application_received|in_progress|being_reviewed",
            STRONG,
        ),
        ("application|candidacy|profile is|remains|has_been|was currently|still? under|in review", STRONG),
        ("reviewing|review all? the? applications|candidates|cvs|resumes", WEAK),
        ("thank|thanks you? for registering|submitting|sending", WEAK),
    ],
    Label.ASSESSMENT.value: [
        ("coding|technical|online|skills|aptitude|cognitive challenge|test|assessment|exercise", STRONG),
        ("take-home|take_home|takehome assignment|task|exercise|test|challenge", STRONG),
        ("take-home|take_-_home|takehome", STRONG),
        (
            f"complete|take {_DET}? online|short|coding|technical? assessment|test|challenge|assignment|questionnaire",
            STRONG,
        ),
        ("case study", WEAK),
        (
            "role-play|roleplay|written|writing|design|product|case|sql|data exercise|challenge|assignment|task",
            STRONG,
        ),
        ("one-way|recorded|asynchronous|async|pre-recorded video interview|responses|questions", STRONG),
        ("record your answers|responses", STRONG),
        ("written|online interview questionnaire|questions|form", STRONG),
        ("written interview|interviews", STRONG),
        ("on your own time", WEAK),
        ("send|submit|share your solution|answers|submission|work|deck", WEAK),
        ("don't|do_not spend more than", WEAK),
        ("assessment", WEAK),
        ("xurltest", STRONG),
        ("within 0 hours|days", WEAK),
        ("before the deadline", WEAK),
    ],
    Label.OTHER.value: [
        ("unsubscribe", WEAK),
        ("job alert|alerts", STRONG),
        ("jobs|roles you may|might be interested", STRONG),
        ("recommended jobs|roles", STRONG),
        ("new jobs|roles|openings match|matching", STRONG),
        ("out of|of the office", STRONG),
        ("newsletter", STRONG),
        ("limited access to email", STRONG),
        ("taking|took the time to meet|speak|talk|chat with me", WEAK),
        ("keep an eye out for the|your calendar? invite|invitation", WEAK),
        ("refer|referring me", STRONG),
        ("referral", WEAK),
        ("webinar|podcast|meetup", WEAK),
        ("starts|begins in 0 minutes|hours", STRONG),
        ("urgent requirement|opening|hiring", STRONG),
        ("revert|reply|respond with your updated? cv|resume|profile", STRONG),
        ("if interested", WEAK),
        # the same words outside job search: a flat, a degree, a paper, a loan, a visa, an order
        ("rental|tenancy|lease|housing|accommodation application|applications", STRONG),
        ("the|your|our room|flat|apartment|property|tenancy|lease|viewing", WEAK),
        ("landlord|tenant|tenants|letting_agent|realtor", WEAK),
        (
            "phd|doctoral|postgraduate|masters|master's supervision|supervisor|studentship|admission|admissions|place",
            STRONG,
        ),
        ("your manuscript|paper|abstract|talk", STRONG),
        ("your submission|proposal", WEAK),
        ("the reviewers|program_committee|programme_committee|editorial_board", WEAK),
        ("loan|credit|mortgage|card application|applications", STRONG),
        ("visa|passport|permit application|applications|appointment", WEAK),
        # a state's interviews: naturalisation, immigration and benefit cases have dates, places and "interview"
        (
            "naturalization|naturalisation|citizenship|immigration|asylum|residency|green_card|benefits|benefit "
            "interview|application|case|ceremony|appointment",
            STRONG,
        ),
        ("case|receipt number|status", WEAK),
        ("scholarship|scholarships|bursary|studentship|grant", STRONG),
        ("your|the order|purchase|shipment|parcel|delivery", WEAK),
        ("volunteer|volunteering application|role|opportunity|shift", WEAK),
    ],
    Cue.HEDGE: [
        ("if you do|have not|n't hear|heard", 1.0),
        ("if you haven't|don't hear|heard", 1.0),
        ("if we do|have not|n't contact|get_back", 1.0),
        ("if you_are|you're not contacted", 1.0),
        ("unable|not able to respond|reply to|contact every|each|all|individual", 1.0),
        ("cannot|can't|can_not respond|reply to every|each|all", 1.0),
        ("only shortlisted|successful|selected candidates|applicants", 1.0),
        # the invitation an acknowledgement promises on a condition: "should you be shortlisted, we will call"
        ("if|should you are|be|get|were selected|shortlisted|invited|chosen|successful", 1.0),
        (
            "if|should your application|profile|skills|experience|qualifications be|is|are|prove successful|shortlisted|selected|suitable",
            1.0,
        ),
        ("if|should your application|profile|skills|experience|qualifications match|matches|meet|meets", 1.0),
        (
            "if|should we wish|decide|would_like|want to invite|progress|proceed|interview|take|schedule|arrange|"
            "set_up|meet|speak|talk|discuss|move_forward|contact_you|call_you",
            1.0,
        ),
        (
            "successful|shortlisted|selected candidates|applicants will be contacted|invited|notified|called",
            1.0,
        ),
        # a possibility, not a decision: "employers who see your profile might invite you to interview"
        ("might|may|could invite|contact|call you", 1.0),
        # advice about invitations in general: "when recruiters invite you to a video interview, test your camera"
        (
            "when|whenever|once|if|before|after recruiters|employers|companies|hiring_managers|they|someone "
            "invite|invites|contact|contacts|call|calls you",
            1.0,
        ),
        # the subject left out: "if successful, we will invite you to a first interview"
        ("if|once|when successful|shortlisted|selected|suitable ,", 1.0),
    ],
    Cue.OWN: [
        ("withdraw|withdrawing my application|candidacy|name", DECISIVE),
        ("i'd|i_would like to withdraw|decline|accept", DECISIVE),
        ("i_am|i'm happy|pleased|delighted|thrilled|glad to accept", DECISIVE),
        ("i_have|i've decided to decline|accept|withdraw|pursue", DECISIVE),
        ("withdraw|withdrawing from the|your? process|consideration|running", DECISIVE),
        ("formally accept|decline", STRONG),
        ("following up on|regarding|about my application|candidacy|interview", STRONG),
        ("i_would|i'd appreciate|welcome any|some feedback", STRONG),
        ("works|work great|well|perfectly? for me", STRONG),
        ("i|i've|'ve accepted another|an offer|a position", STRONG),
        ("my application|candidacy|interview|resume|cv|offer", WEAK),
        ("i applied|submitted", WEAK),
        # withdrawing or declining in the first person, in more words than "withdraw my application"
        (
            "i_must|i_will|i_have_to|i_need_to|i_wish_to|i'm|i_am|i_would_like_to|i'd_like_to respectfully|"
            "regretfully|formally? withdraw|withdrawing|decline|declining",
            DECISIVE,
        ),
        (
            "remove|removing|withdraw|withdrawing myself|my_name from consideration|the_process|the_running",
            DECISIVE,
        ),
        ("i_have|i've decided not to|to_no_longer pursue|proceed|continue|move_forward", DECISIVE),
        ("my decision to withdraw|decline", DECISIVE),
        # answering an invitation: only the invited person thanks for it or offers their own times
        ("thank|thanks you? for inviting|considering me", STRONG),
        ("thank|thanks you? for the|your invitation|invite", STRONG),
        # a company may thank for "your invitation to connect", never for the interview it offered
        ("thank|thanks you? for the|your interview invitation|invite", DECISIVE),
        ("here_is|here's|below_is|please_find|sharing|share|with my availability|availabilities", STRONG),
        ("i_am|i'm|i_would_be|i'd_be happy|glad|delighted|pleased to attend|come_in", STRONG),
        ("i_am|i'm|i_would_be|i'd_be available|free", WEAK),
        (
            "i_am|i'm|i_would_be|i'd_be very|really|definitely|still? interested in the|this|your role|position|opportunity|job",
            STRONG,
        ),
        ("thank|thanks you? for reaching out|getting_in_touch|contacting_me", WEAK),
    ],
    Cue.BOOKED: [
        ("has|have accepted|declined|tentatively this|your? invitation", STRONG),
        ("accepted|declined|tentative|tentatively_accepted|reminder|confirmed|canceled|cancelled :", STRONG),
        ("updated invitation", STRONG),
        ("friendly? reminder of|about|that your|the interview|call|meeting|appointment", STRONG),
        ("this_is_a|just_a friendly? reminder", STRONG),
        ("you're|you_are all set", WEAK),
        ("is|has_been|have_been confirmed|booked|locked_in", WEAK),
        ("see you then|tomorrow|soon", WEAK),
        (
            "this_email|this_message|this_note|we confirms|confirm|confirming your|the interview|appointment|booking",
            STRONG,
        ),
        ("you_have|you've booked|confirmed|chosen|selected an|your interview|slot|time", STRONG),
        ("interview|appointment booking|slot confirmed|confirmation", STRONG),
        ("for|you_for confirming your attendance|place|slot|booking", STRONG),
        ("joining instructions", STRONG),
    ],
    Cue.AFTER_INTERVIEW: [
        ("taking|took|finding the time to interview|speak|meet|talk|chat", STRONG),
        ("time to interview|speak|meet|talk with|to us", WEAK),
        (
            "after|following|since our|your|the conversation|conversations|call|chat|interview|interviews|meeting",
            STRONG,
        ),
        (
            "the|your|our|second|final|first|technical|panel|recent|onsite interview|interviews|conversation|conversations",
            STRONG,
        ),
        ("attending|attended|attend the|your interview|interviews", STRONG),
        ("interviewing|meeting|speaking|chatting|talking with us|me|the_team|our_team", STRONG),
        ("met|meeting|speaking|chatting|talking|spoke|spoken with|to you|me|us|the_team", WEAK),
        ("your|the time with us|me|the_team", STRONG),
        ("coming in", WEAK),
        ("interview feedback|process", WEAK),
        ("final round|stage", WEAK),
        ("interesting|great|lovely|good|pleasant conversation|conversations|chat|call", STRONG),
        ("getting|get to know you|us", STRONG),
        ("chatting|talking|speaking on|with|to", WEAK),
        ("spending|spent the|your day|time with us", STRONG),
        ("interview loop|loops|panel|day|rounds", STRONG),
        ("meeting|met|speaking|spoke|chatting|talking with", WEAK),
        ("completed|conducted|finished interviews", STRONG),
        ("after|following meeting", STRONG),
        # what the candidate came to do: a walk-in drive, a trial shift, a campus visit, a teaching demo
        ("attending|attended|attend interview|interviews", STRONG),
        (
            "attending|attended|attend the|our|your? walk-in|drive|assessment_centre|assessment_day|selection_day|"
            "super_day|trial|open_day",
            STRONG,
        ),
        ("technical|hr|managerial|client|final|second|third round|rounds", STRONG),
        ("trial week|shift|day|period|task", STRONG),
        ("visiting|visited|visit us|campus|our_office|the_office|the_team", STRONG),
        ("job|research talk|seminar|presentation", WEAK),
        ("teaching demonstration|demo|session", STRONG),
        ("lesson you taught|gave|delivered", STRONG),
        ("both|all|two|three|several interviews|conversations", STRONG),
        ("round|rounds of interviews", STRONG),
        ("interview|appointing|selection|hiring panel", STRONG),
        ("close|very_close|narrow second", STRONG),
    ],
}


def expand_pattern(text: str) -> list[str]:
    """Every phrase one mini-language pattern stands for, as space-separated text."""
    phrases: list[list[str]] = [[]]
    for part in text.split():
        optional = part.endswith("?") and len(part) > 1
        alts = [a.replace("_", " ") for a in part.rstrip("?").split("|")]
        if optional:
            alts.append("")
        phrases = [[*p, a] if a else p for p in phrases for a in alts]
    return sorted({" ".join(p) for p in phrases if p})
