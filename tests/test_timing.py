"""Due-time arithmetic: business days, wall-clock days, elapsed hours, DST, fallbacks."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.rules.timing import (
    Moments,
    WorkCalendar,
    add_business_days,
    format_moment,
    interview_window,
    parse_at,
    resolve,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def due(
    expr: str,
    *,
    received: datetime | None = None,
    start: datetime | None = None,
    tz: ZoneInfo = BERLIN,
    now: datetime | None = None,
    duration: int | None = None,
) -> datetime:
    now = now or datetime(2025, 1, 1, tzinfo=tz)
    moments = Moments(received=received, interview_start=start, duration_minutes=duration)
    return resolve(parse_at(expr), moments, now=now, tz=tz).when


def elapsed(later: datetime, earlier: datetime) -> timedelta:
    # Subtracting two datetimes with the same ZoneInfo compares wall clocks; real time needs UTC.
    return later.astimezone(UTC) - earlier.astimezone(UTC)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("tomorrow", "unknown time anchor 'tomorrow'"),
        ("received + 5 fortnights", "unknown time unit 'fortnights'"),
        ("received + 1.5 days", "whole numbers"),
        ("now + 1h", "'now' takes no offset"),
        ("received 5d", "cannot read '5d'"),
    ],
)
def test_bad_expressions_say_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_at(text)


def test_expression_forms_are_flexible_about_spacing_and_unit_names() -> None:
    received = datetime(2025, 3, 3, 10, 0, tzinfo=BERLIN)  # Monday
    assert due("received+90m", received=received) == due("received + 1.5 hours", received=received)
    assert due("Received + 2 BD", received=received) == due("received + 2 working days", received=received)


def test_business_days_skip_the_weekend() -> None:
    friday = datetime(2025, 3, 7, 15, 0, tzinfo=BERLIN)
    assert due("received + 1 business day", received=friday) == datetime(2025, 3, 10, 15, 0, tzinfo=BERLIN)
    wednesday = datetime(2025, 3, 5, 11, 0, tzinfo=BERLIN)
    assert due("received + 5 business days", received=wednesday) == datetime(
        2025, 3, 12, 11, 0, tzinfo=BERLIN
    )


def test_business_days_from_a_saturday_start_counting_on_monday() -> None:
    saturday = datetime(2025, 3, 8, 12, 0, tzinfo=BERLIN)
    assert due("received + 1 business day", received=saturday) == datetime(2025, 3, 10, 12, 0, tzinfo=BERLIN)


def test_business_days_land_within_business_hours() -> None:
    late_friday = datetime(2025, 3, 7, 22, 30, tzinfo=BERLIN)
    # Monday 22:30 is after hours: the draft waits for Tuesday morning, not the middle of the night.
    assert due("received + 1 business day", received=late_friday) == datetime(
        2025, 3, 11, 9, 0, tzinfo=BERLIN
    )
    early_monday = datetime(2025, 3, 3, 6, 15, tzinfo=BERLIN)
    assert due("received + 1 business day", received=early_monday) == datetime(
        2025, 3, 4, 9, 0, tzinfo=BERLIN
    )


def test_custom_working_week_is_respected() -> None:
    calendar = WorkCalendar(
        working_days=frozenset({6, 0, 1, 2, 3}), day_start=time(8), day_end=time(16)
    )  # Sun-Thu
    thursday = datetime(2025, 3, 6, 10, 0, tzinfo=BERLIN)
    assert add_business_days(thursday, 1, calendar, BERLIN) == datetime(2025, 3, 9, 10, 0, tzinfo=BERLIN)


def test_business_days_are_counted_in_the_users_zone() -> None:
    # 23:30 UTC on Friday is already Saturday morning in Berlin: one business day is Monday.
    received = datetime(2025, 3, 7, 23, 30, tzinfo=UTC)
    result = due("received + 1 business day", received=received)
    assert result == datetime(2025, 3, 10, 9, 0, tzinfo=BERLIN)
    assert result.tzinfo == BERLIN


def test_berlin_spring_forward_days_keep_wall_clock_hours_stay_elapsed() -> None:
    saturday = datetime(2025, 3, 29, 10, 0, tzinfo=BERLIN)  # clocks go forward on Sunday 30 March
    next_day = due("received + 1 day", received=saturday)
    assert (next_day.hour, next_day.utcoffset()) == (10, timedelta(hours=2))
    assert elapsed(next_day, saturday) == timedelta(hours=23)
    end = datetime(2025, 3, 30, 0, 30, tzinfo=BERLIN)  # CET
    after = due("interview.start + 3h", start=end)
    assert elapsed(after, end) == timedelta(hours=3)
    assert (after.hour, after.minute) == (4, 30)  # 00:30 CET + 3h = 04:30 CEST


def test_berlin_dst_week_business_days() -> None:
    friday = datetime(2025, 3, 28, 10, 0, tzinfo=BERLIN)  # CET, +01:00
    monday = due("received + 1 business day", received=friday)
    assert monday == datetime(2025, 3, 31, 10, 0, tzinfo=BERLIN)
    assert monday.utcoffset() == timedelta(hours=2)


def test_berlin_wall_time_in_the_spring_gap_moves_past_it() -> None:
    start = datetime(2025, 3, 29, 2, 30, tzinfo=BERLIN)
    result = due("interview.start + 1 day", start=start)  # 02:30 on 30 March does not exist
    assert (result.day, result.hour, result.minute) == (30, 3, 30)


def test_berlin_fall_back_hours_are_elapsed_time() -> None:
    start = datetime(2025, 10, 26, 1, 30, tzinfo=BERLIN)  # CEST, clocks go back at 03:00
    result = due("interview.start + 3h", start=start)
    assert elapsed(result, start) == timedelta(hours=3)
    assert (result.hour, result.utcoffset()) == (3, timedelta(hours=1))


def test_new_york_dst_weeks() -> None:
    friday = datetime(2025, 3, 7, 16, 0, tzinfo=NEW_YORK)  # EST; EDT from Sunday 9 March
    monday = due("received + 1 business day", received=friday, tz=NEW_YORK)
    assert monday == datetime(2025, 3, 10, 16, 0, tzinfo=NEW_YORK)
    assert monday.utcoffset() == timedelta(hours=-4)
    saturday = datetime(2025, 11, 1, 12, 0, tzinfo=NEW_YORK)  # EDT; EST from Sunday 2 November
    week = due("received + 1 week", received=saturday, tz=NEW_YORK)
    assert (week.day, week.hour, week.utcoffset()) == (8, 12, timedelta(hours=-5))
    assert elapsed(week, saturday) == timedelta(days=7, hours=1)


def test_interview_end_defaults_to_one_hour_or_the_duration() -> None:
    start = datetime(2025, 3, 6, 14, 0, tzinfo=BERLIN)
    assert interview_window(Moments(interview_start=start))[1] == start + timedelta(hours=1)
    assert interview_window(Moments(interview_start=start, duration_minutes=45))[1] == start + timedelta(
        minutes=45
    )
    explicit = start + timedelta(minutes=90)
    assert interview_window(Moments(interview_start=start, interview_end=explicit))[1] == explicit
    assert due("interview.end + 3h", start=start) == datetime(2025, 3, 6, 18, 0, tzinfo=BERLIN)


def test_unknown_interview_time_falls_back_and_says_so() -> None:
    received = datetime(2025, 3, 7, 16, 0, tzinfo=BERLIN)  # Friday
    result = resolve(parse_at("interview.end + 3h"), Moments(received=received), now=received, tz=BERLIN)
    assert result.when == datetime(2025, 3, 10, 12, 0, tzinfo=BERLIN)  # Monday 09:00 + 3h
    assert any("no interview time was found" in note for note in result.notes)


def test_missing_date_header_uses_the_time_seen_and_says_so() -> None:
    now = datetime(2025, 3, 4, 10, 0, tzinfo=BERLIN)
    result = resolve(parse_at("received + 1 business day"), Moments(), now=now, tz=BERLIN)
    assert result.when == datetime(2025, 3, 5, 10, 0, tzinfo=BERLIN)
    assert any("no usable Date header" in note for note in result.notes)


def test_interview_times_from_another_zone_are_shown_in_the_users_zone() -> None:
    start = datetime(2026, 3, 5, 13, 0, tzinfo=UTC)
    assert format_moment(start, BERLIN) == "Thursday 5 March at 14:00 (Europe/Berlin)"
    assert format_moment(start, NEW_YORK) == "Thursday 5 March at 08:00 (America/New_York)"


@given(
    moment=st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
    days=st.integers(min_value=1, max_value=30),
    zone=st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("Asia/Kolkata")]),
)
def test_business_days_always_land_on_a_working_day_within_hours(
    moment: datetime, days: int, zone: ZoneInfo
) -> None:
    calendar = WorkCalendar()
    result = add_business_days(moment, days, calendar, zone)
    local = result.astimezone(zone)
    assert local.weekday() < 5
    assert time(9) <= local.time() < time(17)
    assert result > moment
    # Never more than the business days asked for plus one weekend per week and the overnight move.
    assert elapsed(result, moment) <= timedelta(days=days + 2 * (days // 5 + 1) + 2)
