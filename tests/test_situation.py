"""What a message asks of the user, read as written: slots, deadlines, offer terms, feedback."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followup import situation
from followup.situation import Situation


def test_slots_are_quoted_as_written_and_deadlines_are_not_slots() -> None:
    text = (
        "Would Thursday, December 10 at 1:00 PM EST or Friday 11 December, 09:00-10:00 CET suit you? "
        "Please answer by Tuesday 8 December at 5pm."
    )
    assert situation.find_slots(text) == [
        "Thursday, December 10 at 1:00 PM EST",
        "Friday 11 December, 09:00-10:00 CET",
    ]
    assert situation.deadline(text) == "by Tuesday 8 December at 5pm"


def test_a_window_is_one_slot_quoted_whole_with_its_zone() -> None:
    text = (
        "Could we have a quick phone screen on Wednesday, December 9th, sometime between\n"
        "10 and 11am UK time? I'd call you."
    )
    assert situation.find_slots(text) == ["Wednesday, December 9th, sometime between 10 and 11am UK time"]
    assert situation.find_slots("Would between 2pm and 3pm EST on Tuesday 8 December work?") == [
        "between 2pm and 3pm EST on Tuesday 8 December"
    ]
    assert situation.find_slots("Friday 11 December at 11:00 London time, at our office") == [
        "Friday 11 December at 11:00 London time"
    ]
    assert situation.find_slots("on Monday 14 December at 10:00 (Paris time). Could you confirm?") == [
        "Monday 14 December at 10:00 (Paris time)"
    ]
    assert situation.find_slots("in Zurich on Tuesday, 15.12.2026 at 09:00 (MEZ). Please report") == [
        "Tuesday, 15.12.2026 at 09:00 (MEZ)"
    ]
    assert situation.find_slots("See you Friday 11 December at 11:00\nThe time suits us.") == [
        "Friday 11 December at 11:00"
    ]


def test_a_window_apart_from_its_day_is_found_as_written() -> None:
    text = "Wednesday would suit us, sometime between\n10 and 11am UK time. Thanks"
    assert situation.time_window(text) == "sometime between 10 and 11am UK time"
    assert situation.time_window("Wednesday at 10am, for an hour and a half") is None


@pytest.mark.parametrize(
    ("phrase", "start", "expected"),
    [
        # a date without a year takes the year whose weekday matches, when that is in the coming months
        (
            "Thursday, January 14 at 10:30 AM PST",
            datetime(2026, 1, 14, 18, 30, tzinfo=UTC),
            datetime(2027, 1, 14, 18, 30, tzinfo=UTC),
        ),
        (
            "Thursday, December 10 at 1:00 PM",
            datetime(2026, 12, 10, 18, 0, tzinfo=UTC),
            datetime(2026, 12, 10, 18, 0, tzinfo=UTC),
        ),
        # no year makes "Tuesday 17 December" true soon: compute nothing
        ("Tuesday 17 December at 3pm", datetime(2026, 12, 17, 15, 0, tzinfo=UTC), None),
        # a written year that disagrees with its weekday: compute nothing
        ("Friday 10 December 2026 at 3pm", datetime(2026, 12, 10, 15, 0, tzinfo=UTC), None),
    ],
)
def test_the_weekday_decides_the_year_or_nothing_is_computed(
    phrase: str, start: datetime, expected: datetime | None
) -> None:
    received = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    assert situation.same_day(start, phrase)
    assert situation.agree(start, phrase, received) == expected


def test_the_kind_of_invitation() -> None:
    link = "https://calendly.com/x/30min"
    assert (
        situation.scheduling("Book a time here: " + link, 0, situation.booking_link(link))
        is Situation.BOOKING_LINK
    )
    assert situation.scheduling("", 2, None) is Situation.SEVERAL_SLOTS
    assert situation.scheduling("", 1, None) is Situation.ONE_SLOT
    asks = "Could you send me your availability for a call next week?"
    assert situation.scheduling(asks, 0, None) is Situation.AVAILABILITY_REQUEST
    windows = "Could you send me two or three time windows that work for you next week?"
    assert situation.scheduling(windows, 0, None) is Situation.AVAILABILITY_REQUEST
    assert situation.scheduling("We'd like to meet you.", 0, None) is Situation.NO_SLOT


@pytest.mark.parametrize(
    "text",
    [
        "I'll be in touch shortly with the details.",
        "I will phone you this week to agree on a day that suits you.",
        "Our office manager will call you in the coming days to arrange it.",
        "You will soon be contacted by our recruiter.",
        "She will contact you to schedule the interview.",
    ],
)
def test_they_say_they_will_send_the_time_themselves(text: str) -> None:
    assert situation.details_to_follow(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please call me on 0161 555 0100 to agree on a day.",
        "We would like to meet you. Which days suit you?",
        "If you have questions, we will reply by email.",
    ],
)
def test_a_slot_to_be_chosen_by_the_reader_is_no_promise_of_details(text: str) -> None:
    assert not situation.details_to_follow(text)


def test_offer_terms_are_quoted_and_missing_ones_stay_none() -> None:
    terms = situation.offer_terms(
        "Your starting salary will be £62,000 per year, with a start date of 1 February 2027. "
        "Your written offer letter is attached. Please let us know your decision by 21 December."
    )
    assert (terms.salary, terms.start_date, terms.deadline, terms.written) == (
        "£62,000 per year",
        "1 February 2027",
        "21 December",
        True,
    )
    starting = situation.offer_terms(
        "I'm delighted to offer you the position, starting\n1 February 2027, with a base salary of "
        "EUR 78,000 per year."
    )
    assert (starting.salary, starting.start_date) == ("EUR 78,000 per year", "1 February 2027")
    assert situation.offer_terms("Your starting salary will be £62,000.").start_date is None
    assert (
        situation.offer_terms("We'd like to offer you the role! I'll call you tomorrow.")
        == situation.OfferTerms()
    )


def test_feedback_talent_network_and_receipts() -> None:
    assert situation.gives_feedback("The panel felt your system design answers lacked depth.")
    assert not situation.gives_feedback("Unfortunately we are unable to provide individual feedback.")
    assert situation.talent_network("We will keep your CV in our talent pool.") == "talent pool"
    assert situation.talent_network("We wish you every success.") is None
    # keeping a CV on file is not a network the user can join
    assert situation.talent_network("We will keep your details on file for future opportunities.") is None
    assert situation.finished_assessment("Thank you for completing the online assessment.")
    assert situation.cancelled_interview("I'm afraid we need to cancel Friday's interview.")
    assert situation.booked_reminder("Just a quick reminder that your interview is tomorrow at 10:00.")


@pytest.mark.parametrize(
    ("text", "moved", "cancelled", "booked"),
    [
        ("COULD WE RESCHEDULE YOUR INTERVIEW?", True, False, False),
        # ſ and K are s and k to a case-insensitive pattern, though str.lower keeps them: still read
        ("Could we reſchedule?", True, False, False),
        ("We need to cancel Friday's call.", False, True, False),
        ("The meeting has been called off.", False, True, False),
        ("Just a reminder: your İNTERVIEW is on Monday.", False, False, True),
        ("Thanks for the newsletter, see you next week.", False, False, False),
    ],
)
def test_interview_news_reads_any_case(text: str, moved: bool, cancelled: bool, booked: bool) -> None:
    assert situation.moved_interview(text) is moved
    assert situation.cancelled_interview(text) is cancelled
    assert situation.booked_reminder(text) is booked
    assert situation.moves_interview(text) is (moved or cancelled or booked)


def test_no_slot_without_a_clock_time() -> None:
    assert situation.find_slots("Are you free on Thursday, December 10 or Friday 11 December?") == []
    assert situation.find_slots("Thursday, December 10 at 1 P.M. works.") == [
        "Thursday, December 10 at 1 P.M"
    ]
