"""Punches read against planned shifts: on time, late and early against the grace, missed and
unplanned work, shifts across midnight and across clock changes, the nursing hour counted as worked,
and properties (every punched minute lands in exactly one row, rows sorted, order of input irrelevant)."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.attendance.rules import DayPunch, PunchKind, worked_days, worked_minutes
from domain.attendance.shift_matching import DayPlan, PlannedShift, Punch, ShiftFlag, match, planned
from domain.rosters.rules import Shift

SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 3, 2)
TUESDAY = MONDAY + timedelta(days=1)
EARLY = Shift("早班", time(7, 0), time(15, 0))
LATE = Shift("晚班", time(15, 0), time(23, 0))
NIGHT = Shift("夜班", time(22, 0), time(6, 0), break_minutes=60)
MORNING = Shift("上午", time(8, 0), time(12, 0))
EVENING = Shift("下午", time(16, 0), time(20, 0))


def local(day: date, hour: int, minute: int = 0, second: int = 0, tz: ZoneInfo = SHANGHAI) -> datetime:
    return datetime.combine(day, time(hour, minute, second), tzinfo=tz)


def punched(*moments: tuple[str, datetime]) -> list[Punch]:
    return [Punch(kind, at) for kind, at in moments]


def only(rows: list[DayPlan]) -> DayPlan:
    assert len(rows) == 1, rows
    return rows[0]


AFTER = local(TUESDAY, 12)  # every Monday shift has ended


def read_early(*moments: tuple[str, datetime], now: datetime = AFTER, protected: int = 0) -> DayPlan:
    shift = planned(MONDAY, EARLY, SHANGHAI, protected_minutes=protected)
    return only(match([shift], punched(*moments), tz=SHANGHAI, now=now))


def test_on_time() -> None:
    row = read_early(("in", local(MONDAY, 6, 55)), ("out", local(MONDAY, 15, 2)))
    assert row == DayPlan(
        day=MONDAY,
        code="早班",
        planned_minutes=480,
        worked_minutes=487,
        flags=(),
        late_minutes=0,
        early_minutes=0,
        first_in=local(MONDAY, 6, 55),
        last_out=local(MONDAY, 15, 2),
    )


def test_late_beyond_grace_counts_from_the_start() -> None:
    row = read_early(("in", local(MONDAY, 7, 12)), ("out", local(MONDAY, 15)))
    assert row.flags == (ShiftFlag.LATE,)
    assert row.late_minutes == 12
    assert row.worked_minutes == 468


def test_within_grace_is_not_late() -> None:
    row = read_early(("in", local(MONDAY, 7, 5, 59)), ("out", local(MONDAY, 15)))
    assert row.flags == ()
    assert row.late_minutes == 5
    assert read_early(("in", local(MONDAY, 7, 6)), ("out", local(MONDAY, 15))).flags == (ShiftFlag.LATE,)


def test_left_early() -> None:
    row = read_early(("in", local(MONDAY, 7)), ("out", local(MONDAY, 14, 40)))
    assert row.flags == (ShiftFlag.LEFT_EARLY,)
    assert row.early_minutes == 20
    within = read_early(("in", local(MONDAY, 7)), ("out", local(MONDAY, 14, 55)))
    assert within.flags == ()
    assert within.early_minutes == 5


def test_an_out_for_a_break_is_not_leaving_early_while_the_shift_runs() -> None:
    row = read_early(("in", local(MONDAY, 7)), ("out", local(MONDAY, 11)), now=local(MONDAY, 11, 30))
    assert row.flags == ()
    assert row.early_minutes == 0


def test_missed_once_ended_and_nothing_while_still_to_come() -> None:
    assert read_early().flags == (ShiftFlag.MISSED,)
    assert read_early().worked_minutes == 0
    assert read_early(now=local(MONDAY, 8)).flags == ()
    assert read_early(now=local(MONDAY, 15)).flags == (ShiftFlag.MISSED,)  # an end at `now` has passed


def test_unplanned_work_is_its_own_row_on_the_local_day() -> None:
    # 00:30 to 02:00 in Shanghai on Tuesday is still Monday in UTC
    rows = match(
        [planned(MONDAY, EARLY, SHANGHAI)],
        punched(
            ("in", local(MONDAY, 6, 58)),
            ("out", local(MONDAY, 15)),
            ("in", local(TUESDAY, 0, 30)),
            ("out", local(TUESDAY, 2)),
        ),
        tz=SHANGHAI,
        now=AFTER,
    )
    assert [(r.day, r.code, r.flags) for r in rows] == [
        (MONDAY, "早班", ()),
        (TUESDAY, None, (ShiftFlag.UNPLANNED,)),
    ]
    assert (rows[1].planned_minutes, rows[1].worked_minutes) == (0, 90)


def test_a_pair_near_no_start_is_unplanned_but_an_early_arrival_belongs_to_the_shift() -> None:
    shift = planned(MONDAY, EARLY, SHANGHAI)
    early = match([shift], punched(("in", local(MONDAY, 6, 30))), tz=SHANGHAI, now=local(MONDAY, 6, 45))
    assert [(r.code, r.first_in, r.flags) for r in early] == [("早班", local(MONDAY, 6, 30), ())]
    far = match(
        [shift], punched(("in", local(MONDAY, 4)), ("out", local(MONDAY, 4, 30))), tz=SHANGHAI, now=local(MONDAY, 5)
    )
    assert [(r.code, r.flags) for r in far] == [(None, (ShiftFlag.UNPLANNED,)), ("早班", ())]


@pytest.mark.parametrize("tz", [SHANGHAI, NEW_YORK, BERLIN])
def test_a_night_shift_across_midnight_belongs_to_the_day_it_started(tz: ZoneInfo) -> None:
    rows = match(
        [planned(MONDAY, NIGHT, tz)],
        punched(("in", local(MONDAY, 21, 58, tz=tz)), ("out", local(TUESDAY, 6, 3, tz=tz))),
        tz=tz,
        now=local(TUESDAY, 12, tz=tz),
    )
    row = only(rows)
    assert (row.day, row.code, row.flags, row.late_minutes, row.early_minutes) == (MONDAY, "夜班", (), 0, 0)
    assert (row.planned_minutes, row.worked_minutes) == (420, 485)


def test_the_nursing_hour_counts_as_worked_and_excuses_leaving_early() -> None:
    row = read_early(("in", local(MONDAY, 7)), ("out", local(MONDAY, 14)), protected=60)
    assert (row.worked_minutes, row.protected_minutes, row.flags, row.early_minutes) == (480, 60, (), 0)


def test_the_nursing_hour_taken_half_at_each_end() -> None:
    row = read_early(("in", local(MONDAY, 7, 30)), ("out", local(MONDAY, 14, 30)), protected=60)
    assert (row.worked_minutes, row.flags, row.late_minutes, row.early_minutes) == (480, (), 0, 0)


def test_the_nursing_hour_is_not_counted_twice_nor_on_a_missed_shift() -> None:
    stayed = read_early(("in", local(MONDAY, 7)), ("out", local(MONDAY, 15)), protected=60)
    assert (stayed.worked_minutes, stayed.protected_minutes) == (480, 0)
    assert read_early(protected=60).worked_minutes == 0
    beyond = read_early(("in", local(MONDAY, 7)), ("out", local(MONDAY, 13)), protected=60)
    assert (beyond.worked_minutes, beyond.flags, beyond.early_minutes) == (420, (ShiftFlag.LEFT_EARLY,), 60)


def test_a_split_day_matches_each_part() -> None:
    rows = match(
        [planned(MONDAY, EVENING, SHANGHAI), planned(MONDAY, MORNING, SHANGHAI)],
        punched(
            ("in", local(MONDAY, 7, 50)),
            ("out", local(MONDAY, 12, 1)),
            ("in", local(MONDAY, 15, 55)),
            ("out", local(MONDAY, 20)),
        ),
        tz=SHANGHAI,
        now=AFTER,
    )
    assert [(r.code, r.worked_minutes, r.flags) for r in rows] == [("上午", 251, ()), ("下午", 245, ())]


def test_an_in_alone_belongs_to_the_nearest_start_not_the_shift_it_falls_in() -> None:
    # 14:50 falls inside the early shift but is ten minutes before the late one
    rows = match(
        [planned(MONDAY, EARLY, SHANGHAI), planned(MONDAY, LATE, SHANGHAI)],
        punched(("in", local(MONDAY, 14, 50))),
        tz=SHANGHAI,
        now=local(MONDAY, 16),
    )
    assert [(r.code, r.first_in, r.flags) for r in rows] == [
        ("早班", None, (ShiftFlag.MISSED,)),
        ("晚班", local(MONDAY, 14, 50), ()),
    ]


def test_a_pair_over_two_shifts_belongs_to_the_one_it_overlaps_most() -> None:
    rows = match(
        [planned(MONDAY, EARLY, SHANGHAI), planned(MONDAY, LATE, SHANGHAI)],
        punched(("in", local(MONDAY, 13)), ("out", local(MONDAY, 23))),
        tz=SHANGHAI,
        now=AFTER,
    )
    assert [(r.code, r.worked_minutes, r.flags) for r in rows] == [
        ("早班", 0, (ShiftFlag.MISSED,)),
        ("晚班", 600, ()),
    ]


def test_in_without_out() -> None:
    ended = read_early(("in", local(MONDAY, 7)))
    assert (ended.flags, ended.worked_minutes, ended.first_in, ended.last_out) == (
        (ShiftFlag.NO_OUT,),
        0,
        local(MONDAY, 7),
        None,
    )
    assert read_early(("in", local(MONDAY, 7)), now=local(MONDAY, 10)).flags == ()  # still at work
    twice = read_early(("in", local(MONDAY, 6, 58)), ("in", local(MONDAY, 7)), ("out", local(MONDAY, 15)))
    assert (twice.flags, twice.worked_minutes, twice.first_in) == ((ShiftFlag.NO_OUT,), 480, local(MONDAY, 6, 58))


def test_out_without_in() -> None:
    row = read_early(("out", local(MONDAY, 15, 1)))
    assert (row.flags, row.worked_minutes, row.first_in, row.last_out) == (
        (ShiftFlag.NO_IN,),
        0,
        None,
        local(MONDAY, 15, 1),
    )


def test_spring_forward_plans_the_template_and_works_real_time() -> None:
    day = date(2026, 3, 8)  # New York skips 02:00-03:00
    shift = planned(day, Shift("夜", time(0, 0), time(8, 0)), NEW_YORK)
    assert shift.span_minutes == 420
    row = only(
        match(
            [shift],
            punched(("in", local(day, 0, tz=NEW_YORK)), ("out", local(day, 8, tz=NEW_YORK))),
            tz=NEW_YORK,
            now=local(day, 12, tz=NEW_YORK),
        )
    )
    assert (row.planned_minutes, row.worked_minutes, row.flags) == (480, 420, ())


def test_fall_back_works_the_repeated_hour() -> None:
    day = date(2026, 11, 1)
    shift = planned(day, Shift("夜", time(0, 0), time(8, 0)), NEW_YORK)
    row = only(
        match(
            [shift],
            punched(("in", local(day, 0, tz=NEW_YORK)), ("out", local(day, 8, tz=NEW_YORK))),
            tz=NEW_YORK,
            now=local(day, 12, tz=NEW_YORK),
        )
    )
    assert (shift.span_minutes, row.planned_minutes, row.worked_minutes, row.flags) == (540, 480, 540, ())


def test_planned_converts_the_local_span_with_the_zone() -> None:
    shift = planned(MONDAY, NIGHT, SHANGHAI, protected_minutes=60)
    assert shift.starts == datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
    assert shift.ends == datetime(2026, 3, 2, 22, 0, tzinfo=UTC)
    assert (shift.day, shift.paid_minutes, shift.protected_minutes) == (MONDAY, 420, 60)
    berlin_summer = planned(date(2026, 7, 1), EARLY, BERLIN)
    assert berlin_summer.starts == datetime(2026, 7, 1, 5, 0, tzinfo=UTC)
    gap = planned(date(2026, 3, 8), Shift("gap", time(2, 30), time(3, 0)), NEW_YORK)
    assert gap.span_minutes == 0


def test_punches_take_kind_text_and_need_aware_instants() -> None:
    assert Punch("in", local(MONDAY, 7)).kind is PunchKind.IN
    assert Punch(PunchKind.OUT, local(MONDAY, 7)).at == datetime(2026, 3, 1, 23, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="aware"):
        Punch("in", datetime(2026, 3, 2, 7, 0))
    with pytest.raises(ValueError):
        Punch("lunch", local(MONDAY, 7))
    with pytest.raises(ValueError, match="aware"):
        match([], [], tz=SHANGHAI, now=datetime(2026, 3, 2, 7, 0))


# ---- properties ---------------------------------------------------------------------------------

TEMPLATES = [EARLY, LATE, NIGHT, MORNING, EVENING, Shift("长", time(9, 0), time(21, 0), break_minutes=60)]
ZONES = [SHANGHAI, NEW_YORK, BERLIN]
FIRST_DAYS = [date(2026, 3, 7), date(2026, 3, 28), date(2026, 6, 1), date(2026, 10, 24), date(2026, 10, 31)]
SPAN = 5 * 24 * 60  # minutes from the first local midnight that punches and `now` range over


@st.composite
def scenarios(
    draw: st.DrawFn, unique_times: bool = False
) -> tuple[ZoneInfo, list[PlannedShift], list[Punch], datetime]:
    tz = draw(st.sampled_from(ZONES))
    first = draw(st.sampled_from(FIRST_DAYS))
    origin = datetime.combine(first, time(0, 0), tzinfo=tz).astimezone(UTC)
    placements = draw(
        st.lists(
            st.tuples(st.integers(0, 3), st.sampled_from(TEMPLATES), st.sampled_from([0, 0, 30, 60])),
            max_size=6,
            unique_by=lambda p: (p[0], p[1].code),
        )
    )
    shifts = [planned(first + timedelta(days=d), t, tz, protected_minutes=p) for d, t, p in placements]
    moments = draw(
        st.lists(
            st.tuples(st.sampled_from(["in", "out"]), st.integers(-12 * 60, SPAN)),
            max_size=14,
            unique_by=(lambda m: m[1]) if unique_times else (lambda m: m),
        )
    )
    punches = [Punch(kind, origin + timedelta(minutes=m)) for kind, m in moments]
    now = origin + timedelta(minutes=draw(st.integers(0, SPAN)))
    return tz, shifts, punches, now


@settings(max_examples=150, deadline=None)
@given(scenarios(), st.integers(0, 15))
def test_every_punched_minute_lands_in_exactly_one_row(
    scenario: tuple[ZoneInfo, list[PlannedShift], list[Punch], datetime], grace: int
) -> None:
    tz, shifts, punches, now = scenario
    rows = match(shifts, punches, tz=tz, now=now, grace_minutes=grace)
    store = uuid.uuid4()
    timesheet = worked_days([DayPunch(PunchKind(p.kind), p.at, store, ()) for p in punches], tz)
    assert sum(r.worked_minutes - r.protected_minutes for r in rows) == sum(worked_minutes(d) for d in timesheet)
    # every planned shift answers exactly once; the other rows are unplanned work
    assert sorted((r.day, r.code) for r in rows if r.code is not None) == sorted((s.day, s.code) for s in shifts)
    assert all(r.planned_minutes == 0 and ShiftFlag.UNPLANNED in r.flags for r in rows if r.code is None)
    assert [r.day for r in rows] == sorted(r.day for r in rows)
    by_key = {(s.day, s.code): s for s in shifts}
    for row in rows:
        if ShiftFlag.MISSED in row.flags:
            assert (row.worked_minutes, row.first_in, row.last_out, row.protected_minutes) == (0, None, None, 0)
            assert row.flags == (ShiftFlag.MISSED,)
        assert (ShiftFlag.LATE in row.flags) == (row.late_minutes > grace)
        assert (ShiftFlag.LEFT_EARLY in row.flags) == (row.early_minutes > grace)
        if row.code is not None:
            shift = by_key[(row.day, row.code)]
            assert 0 <= row.protected_minutes <= shift.protected_minutes
            assert row.planned_minutes == shift.paid_minutes
            if shift.ends > now and row.first_in is None and row.last_out is None:
                assert row.flags == ()  # still to come


@settings(max_examples=75, deadline=None)
@given(scenarios(unique_times=True), st.randoms(use_true_random=False))
def test_the_order_of_input_does_not_matter(
    scenario: tuple[ZoneInfo, list[PlannedShift], list[Punch], datetime], shuffler: random.Random
) -> None:
    tz, shifts, punches, now = scenario
    expected = match(shifts, punches, tz=tz, now=now)
    shuffled_shifts, shuffled_punches = list(shifts), list(punches)
    shuffler.shuffle(shuffled_shifts)
    shuffler.shuffle(shuffled_punches)
    assert match(shuffled_shifts, shuffled_punches, tz=tz, now=now) == expected
