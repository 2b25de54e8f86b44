"""SLA clocks: wall-clock and business-hours arithmetic, pauses, escalation levels, calendar JSON."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.tickets.sla import (
    END_OF_DAY,
    BusinessCalendar,
    Level,
    Pause,
    add_working_time,
    due_at,
    elapsed,
    is_at_risk,
    is_breached,
    next_level_at,
    reached_levels,
    working_time_between,
)

SHANGHAI = "Asia/Shanghai"
BERLIN = "Europe/Berlin"
NINE_TO_SIX = ((time(9), time(18)),)
WITH_LUNCH = ((time(9), time(12)), (time(13), time(18)))
WEEKDAYS = range(5)
H = timedelta(hours=1)

# 2026-03-02 is a Monday; 2026-03-06 a Friday. Europe/Berlin springs forward on Sunday 2026-03-29
# (02:00 CET -> 03:00 CEST) and falls back on Sunday 2026-10-25 (03:00 CEST -> 02:00 CET).
MONDAY = date(2026, 3, 2)
FRIDAY = date(2026, 3, 6)
NEXT_MONDAY = date(2026, 3, 9)
SPRING_FORWARD = date(2026, 3, 29)
FALL_BACK = date(2026, 10, 25)


def at(day: date, hour: int, minute: int = 0, zone: str = SHANGHAI) -> datetime:
    """A local wall-clock time as the aware UTC instant the functions take and return."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def calendar(
    zone: str = SHANGHAI,
    hours: tuple[tuple[time, time], ...] = NINE_TO_SIX,
    days: range | tuple[int, ...] = WEEKDAYS,
    holidays: tuple[date, ...] = (),
) -> BusinessCalendar:
    return BusinessCalendar(timezone=zone, weekly=dict.fromkeys(days, hours), holidays=frozenset(holidays))


OFFICE = calendar()


def from_json_data(data: dict[str, object]) -> BusinessCalendar:
    return BusinessCalendar.from_json(
        cast(str, data["timezone"]),
        cast(dict[str, list[list[str]]], data["weekly"]),
        cast(list[str], data["holidays"]),
    )


# --- wall clock -------------------------------------------------------------------------------------


def test_without_a_calendar_time_is_wall_clock_time() -> None:
    start = at(FRIDAY, 17)
    assert add_working_time(start, 2 * H, None) == start + 2 * H
    assert working_time_between(start, start + 50 * H, None) == 50 * H
    assert working_time_between(start, start - H, None) == timedelta(0)
    assert elapsed(start, start + 5 * H, None, [Pause(start + H, start + 2 * H)]) == 4 * H
    assert due_at(start, 2 * H, None, [Pause(start + H, start + 2 * H)]) == start + 3 * H


def test_results_are_utc_whatever_zone_the_input_carries() -> None:
    start = datetime(2026, 3, 6, 17, tzinfo=ZoneInfo(SHANGHAI))
    assert add_working_time(start, H, None) == datetime(2026, 3, 6, 10, tzinfo=UTC)
    assert add_working_time(start, H, None).tzinfo is UTC
    assert add_working_time(start, 2 * H, OFFICE).tzinfo is UTC


def test_naive_datetimes_and_negative_durations_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        add_working_time(datetime(2026, 3, 6, 9), H, None)
    with pytest.raises(ValueError, match="timezone-aware"):
        working_time_between(at(MONDAY, 9), datetime(2026, 3, 6, 9), OFFICE)
    with pytest.raises(ValueError, match="negative"):
        add_working_time(at(MONDAY, 9), -H, OFFICE)
    with pytest.raises(ValueError, match="negative"):
        due_at(at(MONDAY, 9), -H, OFFICE)


# --- business hours ---------------------------------------------------------------------------------


def test_friday_afternoon_two_hours_fall_due_monday_ten() -> None:
    assert add_working_time(at(FRIDAY, 17), 2 * H, OFFICE) == at(NEXT_MONDAY, 10)
    assert working_time_between(at(FRIDAY, 17), at(NEXT_MONDAY, 10), OFFICE) == 2 * H


def test_a_weekend_then_a_monday_holiday_pushes_to_tuesday_ten() -> None:
    office = calendar(holidays=(NEXT_MONDAY,))
    assert add_working_time(at(FRIDAY, 17), 2 * H, office) == at(NEXT_MONDAY + timedelta(days=1), 10)


def test_a_start_before_opening_counts_from_opening() -> None:
    assert add_working_time(at(MONDAY, 7, 30), 2 * H, OFFICE) == at(MONDAY, 11)


def test_a_start_at_exactly_closing_waits_for_the_next_opening() -> None:
    assert add_working_time(at(MONDAY, 18), H, OFFICE) == at(MONDAY + timedelta(days=1), 10)
    assert working_time_between(at(MONDAY, 18), at(MONDAY + timedelta(days=1), 9), OFFICE) == timedelta(0)


def test_a_target_running_out_at_closing_falls_due_at_closing() -> None:
    assert add_working_time(at(MONDAY, 16), 2 * H, OFFICE) == at(MONDAY, 18)
    assert add_working_time(at(MONDAY, 9), 9 * H, OFFICE) == at(MONDAY, 18)


def test_zero_duration_is_the_start_when_open_else_the_next_opening() -> None:
    assert add_working_time(at(MONDAY, 11, 15), timedelta(0), OFFICE) == at(MONDAY, 11, 15)
    assert add_working_time(at(MONDAY, 9), timedelta(0), OFFICE) == at(MONDAY, 9)
    assert add_working_time(at(MONDAY, 18), timedelta(0), OFFICE) == at(MONDAY + timedelta(days=1), 9)
    assert add_working_time(at(FRIDAY, 23), timedelta(0), OFFICE) == at(NEXT_MONDAY, 9)


def test_a_start_on_a_holiday_counts_from_the_next_working_day() -> None:
    wednesday = MONDAY + timedelta(days=2)
    office = calendar(holidays=(wednesday,))
    assert add_working_time(at(wednesday, 11), 2 * H, office) == at(wednesday + timedelta(days=1), 11)
    assert working_time_between(at(wednesday, 0), at(wednesday, 23, 59), office) == timedelta(0)


def test_lunch_breaks_do_not_count() -> None:
    office = calendar(hours=WITH_LUNCH)
    assert add_working_time(at(MONDAY, 11), 2 * H, office) == at(MONDAY, 14)
    assert add_working_time(at(MONDAY, 12, 30), H, office) == at(MONDAY, 14)
    assert add_working_time(at(MONDAY, 9), 3 * H, office) == at(MONDAY, 12)
    assert working_time_between(at(MONDAY, 9), at(MONDAY, 18), office) == 8 * H
    assert working_time_between(at(MONDAY, 12), at(MONDAY, 13), office) == timedelta(0)


def test_a_long_target_spans_many_working_days() -> None:
    # 24 working hours at 9 a day: Monday, Tuesday and 6 hours of Wednesday.
    assert add_working_time(at(MONDAY, 9), 24 * H, OFFICE) == at(MONDAY + timedelta(days=2), 15)


def test_an_open_day_is_nine_real_hours_on_the_day_berlin_springs_forward() -> None:
    every_day = calendar(zone=BERLIN, days=range(7))
    day_after = SPRING_FORWARD + timedelta(days=1)
    assert working_time_between(at(SPRING_FORWARD, 0, zone=BERLIN), at(day_after, 0, zone=BERLIN), every_day) == 9 * H
    # 09:00 CEST is 07:00 UTC on the Sunday, where Saturday's 09:00 CET was 08:00 UTC.
    assert add_working_time(at(SPRING_FORWARD, 9, zone=BERLIN), 9 * H, every_day) == datetime(
        2026, 3, 29, 16, tzinfo=UTC
    )
    saturday = SPRING_FORWARD - timedelta(days=1)
    assert add_working_time(at(saturday, 17, zone=BERLIN), 2 * H, every_day) == datetime(2026, 3, 29, 8, tzinfo=UTC)


def test_friday_to_monday_across_the_berlin_change_keeps_local_opening_times() -> None:
    office = calendar(zone=BERLIN)
    friday = SPRING_FORWARD - timedelta(days=2)
    due = add_working_time(at(friday, 17, zone=BERLIN), 2 * H, office)
    assert due == at(SPRING_FORWARD + timedelta(days=1), 10, zone=BERLIN)
    assert due == datetime(2026, 3, 30, 8, tzinfo=UTC)


def test_a_whole_day_open_lasts_23_and_25_hours_on_the_berlin_change_days() -> None:
    always = calendar(zone=BERLIN, hours=((time(0), END_OF_DAY),), days=range(7))
    for day, hours in ((SPRING_FORWARD, 23), (FALL_BACK, 25), (MONDAY, 24)):
        start, end = at(day, 0, zone=BERLIN), at(day + timedelta(days=1), 0, zone=BERLIN)
        assert working_time_between(start, end, always) == hours * H
    # Open round the clock, working time is wall-clock time, across both changes.
    start = at(MONDAY, 0, zone=BERLIN)
    assert add_working_time(start, 5000 * H, always) == start + 5000 * H


def test_local_times_inside_the_dst_gap_are_never_counted_twice() -> None:
    sundays = calendar(zone=BERLIN, hours=((time(2), time(2, 30)), (time(3), time(4))), days=(6,))
    day_after = SPRING_FORWARD + timedelta(days=1)
    # 02:00-02:30 does not exist that night; zoneinfo maps it onto 03:00-03:30, already inside 03:00-04:00.
    assert working_time_between(at(SPRING_FORWARD, 0, zone=BERLIN), at(day_after, 0, zone=BERLIN), sundays) == H
    a_week_later = SPRING_FORWARD + timedelta(days=7)
    assert working_time_between(
        at(a_week_later, 0, zone=BERLIN), at(a_week_later + timedelta(days=1), 0, zone=BERLIN), sundays
    ) == timedelta(hours=1, minutes=30)


def test_a_night_shift_closing_at_midnight_runs_on_into_the_next_day() -> None:
    night_desk = BusinessCalendar(
        timezone=SHANGHAI,
        weekly={0: ((time(22), END_OF_DAY),), 1: ((time(0), time(6)),)},
    )
    assert add_working_time(at(MONDAY, 23), 3 * H, night_desk) == at(MONDAY + timedelta(days=1), 2)


# --- properties on a fixed calendar -----------------------------------------------------------------

BERLIN_OFFICE = calendar(zone=BERLIN, hours=WITH_LUNCH, holidays=(date(2026, 4, 3), date(2026, 4, 6), FALL_BACK))
STARTS = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC))
DURATIONS = st.timedeltas(min_value=timedelta(0), max_value=200 * H)


@settings(max_examples=60, deadline=None)
@given(start=STARTS, duration=DURATIONS)
def test_working_time_between_inverts_add_working_time(start: datetime, duration: timedelta) -> None:
    due = add_working_time(start, duration, BERLIN_OFFICE)
    assert due >= start
    assert working_time_between(start, due, BERLIN_OFFICE) == duration
    if duration > timedelta(0):
        # The due instant closes a stretch of working time: the microsecond before it was worked.
        tick = timedelta(microseconds=1)
        assert working_time_between(due - tick, due, BERLIN_OFFICE) == tick


@settings(max_examples=60, deadline=None)
@given(start=STARTS, span=DURATIONS)
def test_adding_the_working_time_between_reaches_no_later_than_the_end(start: datetime, span: timedelta) -> None:
    end = start + span
    worked = working_time_between(start, end, BERLIN_OFFICE)
    reached = add_working_time(start, worked, BERLIN_OFFICE)
    assert working_time_between(start, reached, BERLIN_OFFICE) == worked
    assert reached <= end or worked == timedelta(0)


@settings(max_examples=60, deadline=None)
@given(start=STARTS, first=DURATIONS, second=DURATIONS)
def test_due_time_is_monotonic_in_duration(start: datetime, first: timedelta, second: timedelta) -> None:
    shorter, longer = sorted((first, second))
    assert add_working_time(start, shorter, BERLIN_OFFICE) <= add_working_time(start, longer, BERLIN_OFFICE)


# --- pauses -----------------------------------------------------------------------------------------


def test_a_pause_inside_hours_removes_its_length() -> None:
    pause = Pause(at(MONDAY, 10), at(MONDAY, 11))
    assert elapsed(at(MONDAY, 9), at(MONDAY, 15), OFFICE, [pause]) == 5 * H


def test_a_pause_at_night_removes_nothing() -> None:
    pause = Pause(at(MONDAY, 20), at(MONDAY + timedelta(days=1), 8))
    assert elapsed(at(MONDAY, 9), at(MONDAY + timedelta(days=1), 12), OFFICE, [pause]) == 12 * H


def test_overlapping_pauses_count_once() -> None:
    pauses = [Pause(at(MONDAY, 10), at(MONDAY, 11)), Pause(at(MONDAY, 10, 30), at(MONDAY, 12))]
    assert elapsed(at(MONDAY, 9), at(MONDAY, 15), OFFICE, pauses) == 4 * H
    nested = [Pause(at(MONDAY, 10), at(MONDAY, 14)), Pause(at(MONDAY, 11), at(MONDAY, 12))]
    assert elapsed(at(MONDAY, 9), at(MONDAY, 15), OFFICE, nested) == 2 * H


def test_pauses_are_clipped_to_the_clock_and_an_open_pause_runs_to_now() -> None:
    start, now = at(MONDAY, 10), at(MONDAY, 16)
    before_and_into = Pause(at(MONDAY, 8), at(MONDAY, 11))
    still_open = Pause(at(MONDAY, 15), None)
    after_now = Pause(at(MONDAY, 17), at(MONDAY, 18))
    assert elapsed(start, now, OFFICE, [before_and_into, still_open, after_now]) == 4 * H
    assert elapsed(start, start - H, OFFICE) == timedelta(0)


def test_due_at_without_pauses_is_add_working_time() -> None:
    assert due_at(at(FRIDAY, 17), 2 * H, OFFICE) == at(NEXT_MONDAY, 10)


def test_a_closed_pause_pushes_the_due_time_by_its_working_time() -> None:
    start = at(MONDAY, 9)
    assert due_at(start, 4 * H, OFFICE, [Pause(at(MONDAY, 10), at(MONDAY, 11, 30))]) == at(MONDAY, 14, 30)
    # Over the night only Tuesday 09:00-10:00 is working time.
    overnight = Pause(at(MONDAY, 17), at(MONDAY + timedelta(days=1), 10))
    assert due_at(start, 9 * H, OFFICE, [overnight]) == at(MONDAY + timedelta(days=1), 11)
    # A pause after the target has run out changes nothing.
    assert due_at(start, 2 * H, OFFICE, [Pause(at(MONDAY, 12), at(MONDAY, 13))]) == at(MONDAY, 11)


def test_due_at_refuses_an_open_pause() -> None:
    with pytest.raises(ValueError, match="closed pauses"):
        due_at(at(MONDAY, 9), 4 * H, OFFICE, [Pause(at(MONDAY, 10), None)])


def test_a_pause_cannot_end_before_it_starts_or_be_naive() -> None:
    with pytest.raises(ValueError, match="end before it starts"):
        Pause(at(MONDAY, 11), at(MONDAY, 10))
    with pytest.raises(ValueError, match="timezone-aware"):
        Pause(datetime(2026, 3, 2, 10), None)


@st.composite
def closed_pauses(draw: st.DrawFn, start: datetime) -> list[Pause]:
    pauses = []
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        offset = draw(st.timedeltas(min_value=-24 * H, max_value=300 * H))
        length = draw(st.timedeltas(min_value=timedelta(0), max_value=72 * H))
        pauses.append(Pause(start + offset, start + offset + length))
    return pauses


@settings(max_examples=60, deadline=None)
@given(data=st.data(), start=STARTS, target=st.timedeltas(min_value=timedelta(minutes=1), max_value=100 * H))
def test_at_the_due_time_exactly_the_target_has_elapsed(
    data: st.DataObject, start: datetime, target: timedelta
) -> None:
    pauses = data.draw(closed_pauses(start))
    due = due_at(start, target, BERLIN_OFFICE, pauses)
    assert elapsed(start, due, BERLIN_OFFICE, pauses) == target
    assert due >= add_working_time(start, target, BERLIN_OFFICE)


# --- escalation levels ------------------------------------------------------------------------------

TARGET = 4 * H  # 75% = 3 h, 100% = 4 h, 150% = 6 h
TICK = timedelta(microseconds=1)


@pytest.mark.parametrize(
    ("elapsed_time", "levels", "at_risk", "breached"),
    [
        (timedelta(0), [], False, False),
        (3 * H - TICK, [], False, False),
        (3 * H, [Level.WARN], True, False),
        (4 * H - TICK, [Level.WARN], True, False),
        (4 * H, [Level.WARN, Level.BREACH], False, True),
        (6 * H - TICK, [Level.WARN, Level.BREACH], False, True),
        (6 * H, [Level.WARN, Level.BREACH, Level.ESCALATE], False, True),
        (100 * H, [Level.WARN, Level.BREACH, Level.ESCALATE], False, True),
    ],
)
def test_levels_are_reached_exactly_at_their_thresholds(
    elapsed_time: timedelta, levels: list[Level], at_risk: bool, breached: bool
) -> None:
    assert reached_levels(elapsed_time, TARGET) == levels
    assert is_at_risk(elapsed_time, TARGET) is at_risk
    assert is_breached(elapsed_time, TARGET) is breached


def test_thresholds_are_exact_for_targets_that_do_not_divide_evenly() -> None:
    target = timedelta(microseconds=3)  # 75% = 2.25 µs, 150% = 4.5 µs
    assert reached_levels(timedelta(microseconds=2), target) == []
    assert reached_levels(timedelta(microseconds=3), target) == [Level.WARN, Level.BREACH]
    assert reached_levels(timedelta(microseconds=4), target) == [Level.WARN, Level.BREACH]
    assert reached_levels(timedelta(microseconds=5), target) == list(Level)


@pytest.mark.parametrize("target", [timedelta(0), -H])
def test_levels_need_a_positive_target(target: timedelta) -> None:
    with pytest.raises(ValueError, match="target"):
        reached_levels(H, target)
    with pytest.raises(ValueError, match="target"):
        is_at_risk(H, target)
    with pytest.raises(ValueError, match="target"):
        is_breached(H, target)


# --- calendar JSON and validation -------------------------------------------------------------------


def test_json_round_trips() -> None:
    office = BusinessCalendar(
        timezone=SHANGHAI,
        weekly={0: WITH_LUNCH, 4: NINE_TO_SIX, 6: ((time(22), END_OF_DAY),)},
        holidays=frozenset({date(2026, 10, 2), date(2026, 10, 1)}),
    )
    data = office.to_json()
    assert data == {
        "timezone": SHANGHAI,
        "weekly": {
            "mon": [["09:00", "12:00"], ["13:00", "18:00"]],
            "fri": [["09:00", "18:00"]],
            "sun": [["22:00", "24:00"]],
        },
        "holidays": ["2026-10-01", "2026-10-02"],
    }
    assert from_json_data(data) == office
    assert from_json_data(json.loads(json.dumps(data))) == office


def test_from_json_sorts_intervals_and_drops_closed_days() -> None:
    parsed = BusinessCalendar.from_json(SHANGHAI, {"tue": [["13:00", "18:00"], ["09:00", "12:00"]], "sat": []}, [])
    assert parsed == BusinessCalendar(timezone=SHANGHAI, weekly={1: WITH_LUNCH})
    assert parsed.weekly == {1: WITH_LUNCH}


@pytest.mark.parametrize(
    ("timezone", "weekly", "holidays", "message"),
    [
        (SHANGHAI, {"monday": [["09:00", "18:00"]]}, [], "unknown day 'monday'"),
        (SHANGHAI, {"mon": [["18:00", "09:00"]]}, [], "must end after it starts"),
        (SHANGHAI, {"mon": [["09:00", "09:00"]]}, [], "must end after it starts"),
        (SHANGHAI, {"mon": [["09:00", "12:30"], ["12:00", "18:00"]]}, [], "overlap"),
        (SHANGHAI, {"mon": [["9:00", "18:00"]]}, [], "bad time '9:00'"),
        (SHANGHAI, {"mon": [["09:00", "25:00"]]}, [], "bad time '25:00'"),
        (SHANGHAI, {"mon": [["09:60", "18:00"]]}, [], "bad time '09:60'"),
        (SHANGHAI, {"mon": [["24:00", "24:00"]]}, [], "bad time '24:00'"),
        (SHANGHAI, {"mon": [["09:00", "18:00:00"]]}, [], "bad time"),
        (SHANGHAI, {"mon": [["09:00", "12:00", "18:00"]]}, [], r"\[start, end\] pair"),
        (SHANGHAI, {"mon": "09:00-18:00"}, [], "list of"),
        (SHANGHAI, {}, ["2026-13-01"], "bad holiday date '2026-13-01'"),
        (SHANGHAI, {}, ["2026/10/01"], "bad holiday date"),
        (SHANGHAI, {}, ["20261001"], "bad holiday date"),
        ("Mars/Olympus_Mons", {}, [], "unknown time zone 'Mars/Olympus_Mons'"),
        ("", {}, [], "unknown time zone"),
        ("Asia", {}, [], "unknown time zone"),
        ("../etc/passwd", {}, [], "unknown time zone"),
    ],
)
def test_from_json_refuses_bad_input_with_a_clear_message(
    timezone: str, weekly: dict[str, Any], holidays: list[str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        BusinessCalendar.from_json(timezone, weekly, holidays)


def test_direct_construction_is_validated_too() -> None:
    with pytest.raises(ValueError, match="weekday"):
        BusinessCalendar(timezone=SHANGHAI, weekly={7: NINE_TO_SIX})
    with pytest.raises(ValueError, match="whole minutes"):
        BusinessCalendar(timezone=SHANGHAI, weekly={0: ((time(9, 0, 30), time(18)),)})
    with pytest.raises(ValueError, match="naive local times"):
        BusinessCalendar(timezone=SHANGHAI, weekly={0: ((time(9, tzinfo=UTC), time(18)),)})
    with pytest.raises(ValueError, match="holidays must be dates"):
        BusinessCalendar(timezone=SHANGHAI, weekly={}, holidays=frozenset({datetime(2026, 10, 1, tzinfo=UTC)}))
    with pytest.raises(ValueError, match="unknown time zone"):
        BusinessCalendar(timezone="Nowhere/Special", weekly={})


def test_a_calendar_keeps_its_own_copy_of_the_weekly_hours() -> None:
    hours: dict[int, tuple[tuple[time, time], ...]] = {0: NINE_TO_SIX}
    office = BusinessCalendar(timezone=SHANGHAI, weekly=hours)
    hours[1] = NINE_TO_SIX
    assert office.weekly == {0: NINE_TO_SIX}


@pytest.mark.parametrize(
    "closed",
    [
        BusinessCalendar(timezone=SHANGHAI, weekly={}),
        BusinessCalendar(timezone=SHANGHAI, weekly={0: ()}),
        BusinessCalendar(timezone=SHANGHAI, weekly={}, holidays=frozenset({MONDAY})),
    ],
)
def test_a_calendar_without_opening_hours_is_refused_rather_than_looping(closed: BusinessCalendar) -> None:
    assert not closed.has_opening_hours
    with pytest.raises(ValueError, match="no opening hours"):
        add_working_time(at(MONDAY, 9), H, closed)
    with pytest.raises(ValueError, match="no opening hours"):
        add_working_time(at(MONDAY, 9), timedelta(0), closed)
    with pytest.raises(ValueError, match="no opening hours"):
        due_at(at(MONDAY, 9), H, closed)
    # No working time ever runs, and measuring it still ends.
    assert working_time_between(at(MONDAY, 9), at(MONDAY, 9) + 1000 * H, closed) == timedelta(0)


# --- when the next level comes (what the escalation job waits for) ---------------------------------

TARGETS = st.timedeltas(min_value=timedelta(microseconds=1), max_value=48 * H)


@settings(max_examples=80, deadline=None)
@given(now=STARTS, target=TARGETS, used=st.floats(min_value=0, max_value=2), office=st.booleans())
def test_the_next_level_comes_at_exactly_the_moment_it_is_reached(
    now: datetime, target: timedelta, used: float, office: bool
) -> None:
    """The job looks at a ticket only at this moment, so it must not be a microsecond late, and the
    level must not already be reached a microsecond before it."""
    clock_calendar = BERLIN_OFFICE if office else None
    spent = target * used
    moment = next_level_at(spent, target, now, clock_calendar)
    if moment is None:
        assert reached_levels(spent, target) == list(Level)
        return
    reached_now = reached_levels(spent, target)
    at_moment = reached_levels(spent + working_time_between(now, moment, clock_calendar), target)
    tick = timedelta(microseconds=1)
    before = reached_levels(spent + working_time_between(now, moment - tick, clock_calendar), target)
    assert len(at_moment) > len(reached_now)  # tiny targets reach two levels in one microsecond
    assert before == reached_now


def test_the_next_level_of_a_two_hour_target_in_office_hours() -> None:
    friday_afternoon = at(FRIDAY, 16)
    # 30 minutes used of 2 hours: 75 % comes after one more hour, 17:00 on Friday
    assert next_level_at(timedelta(minutes=30), 2 * H, friday_afternoon, OFFICE) == at(FRIDAY, 17)
    # 100 minutes used: 100 % needs 20 more working minutes, on Monday morning
    assert next_level_at(timedelta(minutes=100), 2 * H, at(FRIDAY, 17, 50), OFFICE) == at(NEXT_MONDAY, 9, 10)
    # past 150 %: nothing more to wait for
    assert next_level_at(3 * H, 2 * H, friday_afternoon, OFFICE) is None


def test_a_calendar_that_never_opens_has_no_next_level() -> None:
    closed = calendar(days=())
    assert next_level_at(timedelta(0), 2 * H, at(MONDAY, 10), closed) is None
