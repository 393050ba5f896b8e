"""Entity extraction on hand-written mail: companies, roles, contacts, interview times and links."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from followup.classifiers.entities import extract_entities, parse_when
from followup.classifiers.entities.company import _COMPANY_TEXT
from followup.classifiers.entities.role import _ROLE_TEXT
from followup.models import Address, CalendarEvent, Email, Label
from followup.textguard import Guarded

MONDAY = datetime.fromisoformat("2026-03-02T10:15:00-05:00")  # a Monday morning in New York


def mail(text: str, subject: str = "Hello", sender: tuple[str, str] = ("Priya Nair", "priya@acmeanalytics.io"),
         date: datetime | None = MONDAY, **kw: object) -> Email:  # fmt: skip
    return Email(
        message_id="m@x",
        subject=subject,
        sender=Address(*sender),
        date=date,
        text=text,
        **kw,  # type: ignore[arg-type]
    )


def when(text: str, date: datetime | None = MONDAY) -> datetime | None:
    return extract_entities(mail(text, date=date), Label.INTERVIEW_INVITATION).interview_start


# --- times -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Are you free next Tuesday at 3pm EST?", "2026-03-03T15:00:00-05:00"),
        ("Could we talk on Thursday 14:30 CET?", "2026-03-05T14:30:00+01:00"),
        ("How about tomorrow at 10am?", "2026-03-03T10:00:00-05:00"),  # no zone: the sender's own
        ("The panel meets on Wednesday at 3pm IST.", "2026-03-04T15:00:00+05:30"),
        (
            "We have a slot on March 12 at 2:00 PM PT.",
            "2026-03-12T14:00:00-07:00",
        ),  # PDT after the DST switch
        ("Date: 9 April 2026 (Thursday)\nTime: 09:30 - 10:30 GMT", "2026-04-09T09:30:00+00:00"),
        ("Interview: 12.03.2026 at 11:00 (CET)", "2026-03-12T11:00:00+01:00"),
        ("in Zürich on Tuesday, 17.03.2026 at 09:00 (MEZ).", "2026-03-17T09:00:00+01:00"),  # German for CET
        ("Friday, March 6 at noon works for Anna.", "2026-03-06T12:00:00-05:00"),
        ("Time: 9:00 AM - 10:00 AM Mountain Time on Tuesday, March 10", "2026-03-10T09:00:00-06:00"),
        # how people really write times: ranges sharing am/pm, words, military, bare hours, cities
        ("Whitney can do Tues 3/10, 1:30-2:15pm PT for the chat.", "2026-03-10T13:30:00-07:00"),
        ("Could you do Wednesday, 3-3:45pm?", "2026-03-04T15:00:00-05:00"),
        ("Would Friday 11-12pm suit?", "2026-03-06T11:00:00-05:00"),
        ("Are you around on Friday the 6th at half past ten?", "2026-03-06T10:30:00-05:00"),
        ("come and see me on Wednesday 11th March at eleven o'clock", "2026-03-11T11:00:00-05:00"),
        ("How about Thursday at quarter to two?", "2026-03-05T13:45:00-05:00"),
        ("Are you available Weds 3/4 at 0730?", "2026-03-04T07:30:00-05:00"),
        ("Proposed: 18 March 2026, 1000 CDT via MS Teams", "2026-03-18T10:00:00-05:00"),
        ("can u come in Tues at 4 for a chat w/ Derek?", "2026-03-03T16:00:00-05:00"),
        ("Thursday at 2:30 works for the team.", "2026-03-05T14:30:00-05:00"),
        ("Friday at 4pm Lisbon time / 11am yours?", "2026-03-06T16:00:00+00:00"),
        ("Would 7:30am on Wednesday (your time, ET) be doable?", "2026-03-04T07:30:00-05:00"),
        ("Monday June 1 - 3:00 PM or Tuesday June 2 - 11:00 AM", "2026-06-01T15:00:00-05:00"),
        (
            "Are you around Thursday for a quick chat with Ashley? She has a gap at 10am.",
            "2026-03-05T10:00:00-05:00",
        ),
    ],
)
def test_interview_time_is_resolved_against_the_message_date(text: str, expected: str) -> None:
    assert when(text) == datetime.fromisoformat(expected)


def test_times_keep_their_zone_and_are_aware() -> None:
    start = when("See you Tuesday at 9am CET")
    assert start is not None and start.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    "text",
    [
        "We will be in touch soon to find a time.",
        "The office opens at 9am.",  # a time without a day is not an interview time
        "Let's speak soon, maybe Tuesday or Wednesday.",  # a day without a time neither
        "We are at 12 Main Street, Tuesday onwards.",  # a house number is not an hour
        "Meet us on Tuesday at our office at 3 Lochside Avenue.",
        "You must book a slot by 23:55 on 4 March 2026.",  # a deadline is not the interview
        "Please reply before 5pm on Friday with your availability.",
    ],
)
def test_no_date_is_invented(text: str) -> None:
    assert when(text) is None


def test_relative_dates_need_the_message_date() -> None:
    assert when("Are you free next Tuesday at 3pm EST?", date=None) is None
    assert when("Are you free on 12 March 2026 at 3pm EST?", date=None) == datetime.fromisoformat(
        "2026-03-12T15:00:00-04:00"
    )


def test_calendar_event_wins_over_the_text() -> None:
    event = CalendarEvent(
        start=datetime(2026, 3, 9, 16, 0, tzinfo=UTC), end=datetime(2026, 3, 9, 16, 45, tzinfo=UTC)
    )
    ents = extract_entities(mail("Talk tomorrow at 10am?", events=(event,)), Label.INTERVIEW_INVITATION)
    assert (ents.interview_start, ents.interview_end) == (event.start, event.end)
    assert ents.duration_minutes == 45


def test_cancelled_event_is_not_an_interview_time() -> None:
    event = CalendarEvent(start=datetime(2026, 3, 9, 16, 0, tzinfo=UTC), method="CANCEL")
    assert (
        extract_entities(mail("Cancelled.", events=(event,)), Label.INTERVIEW_INVITATION).interview_start
        is None
    )


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("a 30-minute call", 30), ("about 45 mins", 45), ("it takes 1 hour", 60), ("an hour with the team", 60)],
)
def test_duration_and_end(text: str, minutes: int) -> None:
    ents = extract_entities(mail(f"Tuesday at 3pm EST, {text}."), Label.INTERVIEW_INVITATION)
    assert ents.duration_minutes == minutes
    assert ents.interview_end is not None and ents.interview_start is not None
    assert ents.interview_end - ents.interview_start == timedelta(minutes=minutes)


UTC_MONDAY = datetime.fromisoformat("2026-12-07T11:58:00+00:00")  # a sender whose Date says +0000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day-first is impossible (no month 15): month-first, whatever the header's offset
        ("Are you available 12/15 at 2pm EST for a 30 min Zoom?", "2026-12-15T14:00:00-05:00"),
        ("Could you do 12/15 at 2pm?", "2026-12-15T14:00:00+00:00"),
        # a US zone next to the time is evidence for month-first
        ("Could you do 3/4 at 2pm PT?", "2027-03-04T14:00:00-08:00"),
        # and without one, a +0000 sender writes day-first
        ("Could you do 15/3 at 2pm?", "2027-03-15T14:00:00+00:00"),
    ],
)
def test_numeric_dates_take_the_order_that_can_be_true(text: str, expected: str) -> None:
    assert when(text, date=UTC_MONDAY) == datetime.fromisoformat(expected)


def test_a_date_years_ahead_is_never_an_interview_time() -> None:
    assert when("Would 15 December 2031 at 3pm work for you?", date=UTC_MONDAY) is None
    assert parse_when("12/15", "2:00 pm", None, UTC_MONDAY) == datetime.fromisoformat(
        "2026-12-15T14:00:00+00:00"
    )


def test_your_time_is_left_for_the_readers_own_zone() -> None:
    # naive: the profile's zone is applied by MessageFacts (a +0000 sender's 4pm would be 17:00 in Berlin)
    start = when("Do you have 15 minutes tomorrow at 4pm your time for a quick call?", date=UTC_MONDAY)
    assert start == datetime(2026, 12, 8, 16, 0) and start.tzinfo is None
    assert when("Would 7:30am on Wednesday (your time, ET) be doable?") == datetime.fromisoformat(
        "2026-03-04T07:30:00-05:00"
    )


def test_a_window_starts_at_its_first_hour_and_two_times_are_not_a_window() -> None:
    text = "a phone screen on Wednesday, December 9th, sometime between\n10 and 11am UK time?"
    assert when(text, date=UTC_MONDAY) == datetime.fromisoformat("2026-12-09T10:00:00+00:00")
    assert when("Can you do Wednesday at 10 and 11am works too?", date=UTC_MONDAY) == datetime.fromisoformat(
        "2026-12-09T11:00:00+00:00"
    )


def test_parse_when_returns_none_on_garbage() -> None:
    assert parse_when("Blursday", "3:00 pm", None, MONDAY) is None


# --- company, role, contact --------------------------------------------------------------------


def test_ats_sender_names_the_company_and_not_a_contact() -> None:
    ents = extract_entities(
        mail(
            "Hi Sam,\n\nThanks for applying for the Senior Data Analyst position. We received your application.",
            subject="Thank you for applying",
            sender=("Bluefin Labs via Greenhouse", "no-reply@greenhouse.io"),
        )
    )
    assert (ents.company, ents.role, ents.contact) == ("Bluefin Labs", "Senior Data Analyst", None)


def test_company_from_text_confirmed_by_the_domain_and_signer_as_contact() -> None:
    ents = extract_entities(
        mail(
            "Hello Sam,\n\nThe Acme Analytics team enjoyed your application for the Product Designer role.\n\n"
            "Kind regards,\nPriya Nair\nTalent Partner, Acme Analytics",
            sender=("Acme Analytics Careers", "careers@acmeanalytics.io"),
        )
    )
    assert ents.company == "Acme Analytics"
    assert ents.role == "Product Designer"
    assert ents.contact == "Priya Nair"


def test_company_and_role_from_the_subject() -> None:
    ents = extract_entities(
        mail(
            "Hi,\n\nPlease see below.\n\nThanks,\nJonas",
            subject="Interview for Backend Engineer at Nordlicht Energie",
        )
    )
    assert ents.company == "Nordlicht Energie"
    assert ents.role == "Backend Engineer"
    assert ents.contact == "Jonas"


@pytest.mark.parametrize(
    ("text", "subject", "role"),
    [
        (
            "You have passed the document screening for Full-Stack Engineer position.",
            "Result",
            "Full-Stack Engineer",
        ),
        (
            "Palmetto Pets would like to interview you for Assistant Store Manager.",
            "Request",
            "Assistant Store Manager",
        ),
        (
            "Requisition JR-5887 (Content Marketing Manager, Bengaluru) has been cancelled.",
            "Update",
            "Content Marketing Manager",
        ),
        ("Thank you so much for applying to be our Grants Manager.", "Hello", "Grants Manager"),
        (
            "Some context before we talk.",
            "Backend Engineer at Marigold Mobility - context",
            "Backend Engineer",
        ),
        ("Quick update from us.", "QA Automation Engineer update", "QA Automation Engineer"),
    ],
)
def test_role_as_people_write_it(text: str, subject: str, role: str) -> None:
    assert extract_entities(mail(text, subject=subject)).role == role


def test_an_employer_field_names_the_company() -> None:
    ents = extract_entities(
        mail(
            "Dear Nadia,\n\nJob title: Clinical Nurse Specialist\nEmployer: Pennine Moor NHS Trust\n\nYou have been shortlisted.",
            sender=("Jobs Service", "noreply@jobs.example.org"),
        )
    )
    assert ents.company == "Pennine Moor NHS Trust"


def test_an_agency_recruiter_writing_of_the_client_does_not_name_the_agency() -> None:
    text = (
        "Hi Sam,\n\nI've had feedback from the client following your interview. Sadly it's not one to take "
        "forward.\n\nNathan Costa\nSenior Consultant | Bridgewater People"
    )
    ents = extract_entities(mail(text, sender=("Nathan Costa", "nathan@bridgewaterpeople.com.au")))
    assert ents.company != "Bridgewater People"
    assert ents.contact == "Nathan Costa"


@pytest.mark.parametrize(
    ("text", "sender", "company"),
    [
        # an organisation's name under the signer, confirmed by the sender's domain
        (
            "can u come in Tues at 4 for a chat?\n\nLauren\nLupita's Taqueria",
            ("Lauren Alvarez", "lauren@lupitastaqueria.com"),
            "Lupita's Taqueria",
        ),
        (
            "Thank you for attending.\n\nYours sincerely\n\nKiri Parata\nService Manager\nKaipara Coast District Council",
            ("Kiri Parata", "kiri.p@kaiparacoast.govt.nz"),
            "Kaipara Coast District Council",
        ),
        # a hyphenated domain confirms the name; "the" stays when the domain carries it
        (
            "Best regards\nMatthias\n\nMatthias Köhler\nTalent Acquisition | Nordlicht Software GmbH",
            ("Matthias Köhler", "matthias@nordlicht-software.de"),
            "Nordlicht Software GmbH",
        ),
        (
            "Keep in touch.\n\nChef Bethan\nThe Drowned Man",
            ("Bethan L", "bethan@thedrownedman.co.uk"),
            "The Drowned Man",
        ),
        # a job board sends for the employer its display name gives
        (
            "Please find your conditional offer attached.\n\nRecruitment Team",
            ("North Weald NHS Trust Recruitment", "noreply@trac.jobs"),
            "North Weald NHS Trust",
        ),
    ],
)
def test_company_from_the_signature_block_and_the_sender(
    text: str, sender: tuple[str, str], company: str
) -> None:
    assert extract_entities(mail(text, sender=sender)).company == company


def test_a_company_signing_off_is_not_the_contact() -> None:
    ents = extract_entities(
        mail(
            "Please book your interview in the portal.\n\nKind regards,\n\nTalent Acquisition\nHalcyon Mutual Insurance",
            sender=("Halcyon Mutual Careers", "halcyonmutual@myworkday.com"),
        )
    )
    assert ents.company == "Halcyon Mutual"
    assert ents.contact is None


@pytest.mark.parametrize(
    "closing",
    [
        "Freundliche Grüsse",
        "Mit freundlichen Grüßen",
        "Mit freundlichen Grüssen",
        "Viele Grüße",
        "Herzliche Grüsse",
        "Cordialement,",
        "Saludos Cordiales,",
        "Met vriendelijke groet,",
        "Best regards,",
    ],
)
def test_a_closing_in_any_language_is_not_the_signer(closing: str) -> None:
    text = (
        f"Kindly confirm your attendance by return.\n\n{closing}\nRené Zürcher\nHR Recruiting, Alpenbank AG\n"
    )
    assert extract_entities(mail(text, sender=("Alpenbank Careers", "jobs@alpenbank.example"))).contact == (
        "René Zürcher"
    )
    # no name under the closing: no contact, and a neutral greeting
    alone = f"Kindly confirm your attendance by return.\n\n{closing}\nAlpenbank AG\n"
    assert (
        extract_entities(mail(alone, sender=("Alpenbank Careers", "jobs@alpenbank.example"))).contact is None
    )


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Thank you for your application for the Data Engineer position at Kraftwerk Data GmbH.\nWe were "
         "impressed by your background.", "Kraftwerk Data GmbH"),
        ("Thank you for applying for the Analyst role at Harbor Tools Inc.\nWe will be in touch.",
         "Harbor Tools Inc."),
    ],
)  # fmt: skip
def test_a_sentences_period_is_not_part_of_the_company(text: str, company: str) -> None:
    assert extract_entities(mail(text, sender=("Jonas Weber", "jonas@example.org"))).company == company


def test_a_footers_legal_name_names_the_company() -> None:
    text = (
        "We look forward to meeting you!\n\nBest regards\nAnke\n\n"
        "Sonnenhof Energie GmbH | Ackerstraße 76 | 10115 Berlin\nManaging Director: Dr. Peter Albrecht"
    )
    assert (
        extract_entities(mail(text, sender=("Anke", "anke@example.org"))).company == "Sonnenhof Energie GmbH"
    )


def test_display_name_is_the_contact_when_a_person_and_nobody_signs() -> None:
    ents = extract_entities(
        mail("Quick note: we got your CV.", sender=("Megan O'Connor", "megan@pinecone.ai"))
    )
    assert ents.contact == "Megan O'Connor"


def test_team_display_name_is_not_a_contact() -> None:
    ents = extract_entities(mail("We got your CV.", sender=("Talent Acquisition Team", "jobs@pinecone.ai")))
    assert ents.contact is None


# --- links, location, addresses ----------------------------------------------------------------


def test_meeting_and_talent_network_links() -> None:
    ents = extract_entities(
        mail(
            "Join on Teams: https://teams.microsoft.com/l/meetup-join/abc.\n"
            "Meanwhile, join our talent network: https://careers.acme.com/connect"
        )
    )
    assert ents.meeting_link == "https://teams.microsoft.com/l/meetup-join/abc"
    assert ents.talent_network_link == "https://careers.acme.com/connect"


def test_booking_link_is_used_when_there_is_no_video_link() -> None:
    ents = extract_entities(mail("Pick any slot here: https://calendly.com/priya-acme/30min"))
    assert ents.meeting_link == "https://calendly.com/priya-acme/30min"


def test_location_and_contact_email() -> None:
    ents = extract_entities(
        mail(
            "We'll meet at our office at 12 George St, Sydney.\nQuestions? Write to tom.pritchard@acme.io "
            "(not no-reply@acme.io)."
        )
    )
    assert ents.location == "12 George St, Sydney"
    assert ents.contact_email == "tom.pritchard@acme.io"


def test_no_reply_addresses_are_never_a_contact_email() -> None:
    assert extract_entities(mail("Sent from no-reply@acme.io and donotreply@acme.io")).contact_email is None


_GUARDED_EXAMPLES = (
    "We received your application for\n\nProject Coordinator\nMunich",
    "Thanks for applying to be a Retail Sales Associate at Acme.",
    "We would love to have you join Acme as a Respiratory Therapist in Leeds.",
    "Hi Sam,\nAcme Robotics has invited you to a first interview.",
    "Thanks for your time.\nGlobex would like to meet you again.",
    "As you know, my client, Initech Systems is hiring a Data Engineer.",
    "Great news. Acme Labs loved your portfolio.",
    "Some feedback from Acme Labs about your take-home test.",
    "Our client is Globex Corp and they hire engineers.",
    "I recruit for the client Initech on this search.",
    "Requisition JR-5887 - Content Marketing Manager, Bengaluru.",
    "See requisition JR-5887 (Content Marketing Manager, Bengaluru) for details.",
    "You applied for the position as a Data Engineer. We want to interview you for Assistant Store Manager.",
    "Thanks for applying for Full-Stack Engineer position. Monday's Machine Learning Engineer interview is set.",
    "no words a guarded pattern needs: the role at Acme, interviews with the team",
)


def test_a_guarded_pattern_finds_exactly_what_the_bare_pattern_finds() -> None:
    """Guarded skips a pattern only where none of its words is: it never loses a match (and each runs here)."""
    guarded = [rx for rx, _ in (*_ROLE_TEXT, *_COMPANY_TEXT) if isinstance(rx, Guarded)]
    assert len(guarded) >= 9
    for rx in guarded:
        spans = [[m.span() for m in rx.finditer(text)] for text in _GUARDED_EXAMPLES]
        assert spans == [[m.span() for m in rx.pattern.finditer(text)] for text in _GUARDED_EXAMPLES]
        assert any(spans), rx.pattern.pattern[:60]
