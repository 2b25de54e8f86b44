"""The legal protections and arrangement effects as pure rules (China's defaults)."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.care.protections import (
    CHINA,
    Basis,
    Birth,
    Facts,
    Kind,
    Policy,
    Terms,
    add_months,
    constraints,
    day_rules,
    nursing_ends,
    profile_periods,
    target_adjustment,
)

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


def kinds_on(facts: Facts, day: date, arrangements: tuple[Terms, ...] = (), policy: Policy = CHINA) -> set[Kind]:
    return {rule.kind for rule in day_rules(profile_periods(facts, policy), arrangements, policy, day).rules}


@given(due=days, first=st.integers(0, 400), later=st.integers(0, 400))
def test_constraints_only_tighten_as_a_pregnancy_advances(due: date, first: int, later: int) -> None:
    earlier_day, later_day = sorted((due - timedelta(days=first), due - timedelta(days=later)))
    facts = Facts(due_date=due)
    assert kinds_on(facts, earlier_day) <= kinds_on(facts, later_day)


@given(due=days)
def test_night_work_ends_from_the_seventh_month_until_the_birth(due: date) -> None:
    facts = Facts(due_date=due)
    protected_from = due - timedelta(weeks=12)
    assert Kind.NO_NIGHT_WORK not in kinds_on(facts, protected_from - timedelta(days=1))
    for day in (protected_from, due):
        assert {Kind.NO_NIGHT_WORK, Kind.NO_EXTENDED_HOURS, Kind.REST_WITHIN_HOURS} <= kinds_on(facts, day)


@given(born=days, babies=st.integers(1, 4))
def test_nursing_ends_on_the_first_birthday(born: date, babies: int) -> None:
    facts = Facts(births=(Birth(born, babies),))
    birthday = add_months(born, 12)
    assert nursing_ends(Birth(born, babies), CHINA) == birthday
    last = day_rules(profile_periods(facts, CHINA), (), CHINA, birthday - timedelta(days=1))
    protected = [rule for rule in last.rules if rule.kind is Kind.PROTECTED_TIME]
    assert [rule.minutes for rule in protected] == [60 * babies]
    assert {Kind.NO_NIGHT_WORK, Kind.NO_EXTENDED_HOURS} <= {rule.kind for rule in last.rules}
    assert kinds_on(facts, birthday) == set()


def test_a_baby_born_on_29_february_turns_one_on_28_february() -> None:
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)


def test_nursing_time_is_working_time_and_off_the_floor() -> None:
    facts = Facts(births=(Birth(date(2026, 1, 10), 2),))
    monday = day_rules(profile_periods(facts, CHINA), (), CHINA, date(2026, 3, 2))
    assert (monday.standard_minutes, monday.expected_minutes) == (480, 360)  # twins: two hours
    saturday = day_rules(profile_periods(facts, CHINA), (), CHINA, date(2026, 3, 7))
    assert (saturday.standard_minutes, saturday.expected_minutes) == (0, 0)


def test_an_arrangement_shortens_the_day_within_its_window() -> None:
    terms = Terms(
        date(2026, 3, 1), date(2026, 3, 31), reduced_minutes=60, window_start=time(9, 30), window_end=time(16, 30)
    )
    held = day_rules([], (terms,), CHINA, date(2026, 3, 2))
    assert held.expected_minutes == 420
    assert {rule.kind for rule in held.rules} == {Kind.REDUCED_DAY, Kind.DAY_WINDOW}
    assert all(rule.basis is Basis.ARRANGEMENT for rule in held.rules)
    after = day_rules([], (terms,), CHINA, date(2026, 4, 1))
    assert after.expected_minutes == 480 and not after.rules


def test_the_person_s_own_needs_hold_every_day_without_saying_why() -> None:
    facts = Facts(latest_shift_end=time(22, 0), max_commute_km=Decimal("5.0"))
    found = constraints(profile_periods(facts, CHINA), (), CHINA, date(2026, 3, 1), date(2026, 3, 31))
    assert [(c.rule.kind, c.start, c.end, c.rule.basis) for c in found] == [
        (Kind.MAX_COMMUTE, date(2026, 3, 1), date(2026, 3, 31), Basis.PERSONAL),
        (Kind.SHIFT_ENDS_BY, date(2026, 3, 1), date(2026, 3, 31), Basis.PERSONAL),
    ]


def test_constraints_are_runs_of_days_clipped_to_the_range() -> None:
    facts = Facts(births=(Birth(date(2025, 5, 20)),))
    found = constraints(profile_periods(facts, CHINA), (), CHINA, date(2026, 5, 1), date(2026, 6, 30))
    assert {(c.rule.kind, c.start, c.end) for c in found} == {
        (Kind.NO_NIGHT_WORK, date(2026, 5, 1), date(2026, 5, 19)),
        (Kind.NO_EXTENDED_HOURS, date(2026, 5, 1), date(2026, 5, 19)),
        (Kind.PROTECTED_TIME, date(2026, 5, 1), date(2026, 5, 19)),
    }


def test_a_reduced_day_for_a_month_scales_volume_targets_by_seven_eighths() -> None:
    terms = Terms(date(2026, 12, 1), date(2026, 12, 31), reduced_minutes=60)
    adjustment = target_adjustment([], (terms,), CHINA, date(2026, 12, 1), date(2026, 12, 31))
    assert adjustment is not None
    assert adjustment.factor == Decimal("0.8750")
    assert [(s.start, s.end, s.expected_minutes, s.standard_minutes) for s in adjustment.stretches] == [
        (date(2026, 12, 1), date(2026, 12, 31), 420, 480)
    ]
    assert target_adjustment([], (), CHINA, date(2026, 12, 1), date(2026, 12, 31)) is None


@given(start=st.integers(0, 27), length=st.integers(0, 27), reduced=st.integers(0, 240))
def test_a_target_shrinks_by_exactly_the_working_minutes_lost(start: int, length: int, reduced: int) -> None:
    first, last = date(2026, 2, 1), date(2026, 2, 28)
    terms = Terms(first + timedelta(days=start), first + timedelta(days=start + length), reduced_minutes=reduced)
    adjustment = target_adjustment([], (terms,), CHINA, first, last)
    covered = [
        terms.start + timedelta(days=n)
        for n in range((min(terms.end, last) - terms.start).days + 1)
        if (terms.start + timedelta(days=n)).weekday() < 5
    ]
    if reduced == 0 or not covered:
        assert adjustment is None
        return
    assert adjustment is not None
    assert adjustment.standard_minutes == 20 * 480  # February 2026 has 20 weekdays
    assert adjustment.standard_minutes - adjustment.available_minutes == reduced * len(covered)
    assert Decimal(0) < adjustment.factor < Decimal(1)


def test_another_jurisdiction_configures_its_own_numbers() -> None:
    policy = Policy(nursing_minutes=90, nursing_months=18, night_start=time(23, 0))
    facts = Facts(births=(Birth(date(2026, 1, 1)),))
    held = day_rules(profile_periods(facts, policy), (), policy, date(2027, 5, 3))
    assert {(rule.kind, rule.minutes) for rule in held.rules if rule.kind is Kind.PROTECTED_TIME} == {
        (Kind.PROTECTED_TIME, 90)
    }
    night = next(rule for rule in held.rules if rule.kind is Kind.NO_NIGHT_WORK)
    assert night.starts == time(23, 0)
