"""The roster rules as pure functions: care protections on shifts (across midnight too), the women's
late-shift share at its boundary, and the company's rules on rest and consecutive days."""

from __future__ import annotations

from datetime import date, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.care.protections import Basis, Constraint, Kind
from domain.care.protections import Rule as CareRule
from domain.rosters.rules import (
    OVERRIDABLE,
    Person,
    Placement,
    RosterPolicy,
    Rule,
    Shift,
    Violation,
    check,
    is_late,
)

POLICY = RosterPolicy()
MONDAY = date(2026, 3, 2)
EARLY = Shift("早班", time(6, 0), time(14, 0))
MIDDLE = Shift("中班", time(10, 0), time(18, 0))
LATE = Shift("晚班", time(14, 0), time(22, 30), break_minutes=30)
NIGHT = Shift("夜班", time(22, 0), time(6, 0), break_minutes=60)


def holding(kind: CareRule, end: date = date(2027, 5, 1)) -> Constraint:
    return Constraint(kind, MONDAY - timedelta(days=30), end)


NO_NIGHT = CareRule(Kind.NO_NIGHT_WORK, Basis.LAW, starts=time(22, 0), ends=time(6, 0))


def rules_of(violations: list[Violation]) -> set[Rule]:
    return {v.rule for v in violations}


def test_no_night_work_refuses_any_shift_touching_22_to_6_and_says_until_when() -> None:
    person = Person(female=True, constraints=(holding(NO_NIGHT),))
    for shift, refused in ((EARLY, False), (MIDDLE, False), (LATE, True), (NIGHT, True)):
        found = check([Placement("mother", MONDAY, shift)], {"mother": person}, POLICY)
        assert (Rule.NO_NIGHT_WORK in rules_of(found)) is refused, shift.code
    found = check([Placement("mother", MONDAY, NIGHT)], {"mother": person}, POLICY)
    [violation] = [v for v in found if v.rule is Rule.NO_NIGHT_WORK]
    assert violation.until == date(2027, 5, 1) and not violation.overridable
    # 05:00 starts inside the night that began the evening before
    dawn = Shift("dawn", time(5, 0), time(13, 0))
    assert Rule.NO_NIGHT_WORK in rules_of(check([Placement("mother", MONDAY, dawn)], {"mother": person}, POLICY))


night_free_minutes = st.integers(0, 23 * 60 + 59)


@given(
    starts=st.lists(night_free_minutes, min_size=1, max_size=6),
    lengths=st.lists(st.integers(60, 12 * 60), min_size=6, max_size=6),
)
def test_an_accepted_roster_never_puts_a_protected_person_in_the_night(starts: list[int], lengths: list[int]) -> None:
    """Whatever shifts are offered, a roster the rules accept keeps every minute of a protected
    person's shifts out of 22:00-06:00 (checked minute by minute, independently of the rule)."""
    person = Person(female=True, constraints=(holding(NO_NIGHT),))
    placements = []
    for position, (start, length) in enumerate(zip(starts, lengths, strict=False)):
        begins = time(start // 60, start % 60)
        end_minutes = (start + length) % (24 * 60)
        shift = Shift(f"s{position}", begins, time(end_minutes // 60, end_minutes % 60))
        placements.append(Placement("mother", MONDAY + timedelta(days=2 * position), shift))
    accepted = [p for p in placements if Rule.NO_NIGHT_WORK not in rules_of(check([p], {"mother": person}, POLICY))]
    for placement in accepted:
        begins_at, ends_at = placement.span
        moment = begins_at
        while moment < ends_at:
            assert time(6, 0) <= moment.time() < time(22, 0), (placement.shift, moment)
            moment += timedelta(minutes=1)


def late_roster(late_shifts: int, by_women: int) -> tuple[list[Placement], dict[str, Person]]:
    people = {f"p{n}": Person(female=n < by_women) for n in range(late_shifts)}
    placements = [Placement(f"p{n}", MONDAY + timedelta(days=n % 7), LATE) for n in range(late_shifts)]
    return placements, people


def test_the_women_late_share_allows_exactly_ten_percent() -> None:
    for total, women, refused in ((10, 1, False), (20, 2, False), (9, 1, True), (20, 3, True), (5, 0, False)):
        placements, people = late_roster(total, women)
        found = [v for v in check(placements, people, POLICY) if v.rule is Rule.WOMEN_LATE_SHARE]
        assert bool(found) is refused, (total, women)
        if found:
            assert dict(found[0].numbers) == {"late_shifts": total, "by_women": women, "allowed": total // 10}
            assert {p.person for p in found[0].placements} == {f"p{n}" for n in range(women)}


@given(total=st.integers(1, 60), women=st.integers(0, 60))
def test_the_share_rule_refuses_exactly_when_women_work_more_than_a_tenth(total: int, women: int) -> None:
    women = min(women, total)
    placements, people = late_roster(total, women)
    refused = any(v.rule is Rule.WOMEN_LATE_SHARE for v in check(placements, people, POLICY))
    assert refused == (10 * women > total)


def test_early_and_middle_shifts_are_not_late_and_midnight_crossers_are() -> None:
    assert [is_late(s, POLICY) for s in (EARLY, MIDDLE, LATE, NIGHT)] == [False, False, True, True]


def test_the_person_s_own_needs_and_arrangements_bound_the_shift() -> None:
    ends_by = Person(constraints=(holding(CareRule(Kind.SHIFT_ENDS_BY, Basis.PERSONAL, ends=time(21, 0))),))
    assert rules_of(check([Placement("a", MONDAY, LATE)], {"a": ends_by}, POLICY)) == {Rule.SHIFT_ENDS_BY}
    window = CareRule(Kind.DAY_WINDOW, Basis.ARRANGEMENT, starts=time(9, 30), ends=time(16, 30))
    reduced = CareRule(Kind.REDUCED_DAY, Basis.ARRANGEMENT, minutes=60)
    school_run = Person(constraints=(holding(window), holding(reduced)))
    short = Shift("school", time(9, 30), time(16, 30))
    assert check([Placement("b", MONDAY, short)], {"b": school_run}, POLICY) == []
    assert rules_of(check([Placement("b", MONDAY, MIDDLE)], {"b": school_run}, POLICY)) == {
        Rule.DAY_WINDOW,
        Rule.REDUCED_DAY,
    }


def test_no_extended_hours_caps_the_day_and_the_week() -> None:
    protected = Person(constraints=(holding(CareRule(Kind.NO_EXTENDED_HOURS, Basis.LAW)),))
    long_day = Shift("long", time(8, 0), time(18, 0), break_minutes=60)  # 9 paid hours
    assert Rule.NO_EXTENDED_DAY in rules_of(check([Placement("a", MONDAY, long_day)], {"a": protected}, POLICY))
    six_days = [Placement("a", MONDAY + timedelta(days=n), EARLY) for n in range(6)]  # 48 h
    [week] = [v for v in check(six_days, {"a": protected}, POLICY) if v.rule is Rule.NO_EXTENDED_WEEK]
    assert dict(week.numbers) == {"week_minutes": 2880, "limit_minutes": 2400}
    assert Rule.NO_EXTENDED_WEEK not in rules_of(check(six_days[:5], {"a": protected}, POLICY))


def test_overlapping_shifts_and_short_rest_are_refused_and_only_company_rules_overridable() -> None:
    anyone = {"a": Person()}
    overlap = check(
        [
            Placement("a", MONDAY, NIGHT),
            Placement("a", MONDAY + timedelta(days=1), Shift("x", time(5, 0), time(13, 0))),
        ],
        anyone,
        POLICY,
    )
    assert Rule.OVERLAP in rules_of(overlap)
    quick_return = check(
        [Placement("a", MONDAY, LATE), Placement("a", MONDAY + timedelta(days=1), EARLY)], anyone, POLICY
    )
    [rest] = [v for v in quick_return if v.rule is Rule.MIN_REST]
    assert dict(rest.numbers) == {"rest_minutes": 450, "minimum_minutes": 660} and rest.overridable
    seven = check([Placement("a", MONDAY + timedelta(days=n), MIDDLE) for n in range(7)], anyone, POLICY)
    assert rules_of(seven) == {Rule.CONSECUTIVE_DAYS}
    assert {Rule.MIN_REST, Rule.CONSECUTIVE_DAYS} == OVERRIDABLE


def test_a_protection_that_ends_midweek_stops_refusing_from_the_next_day() -> None:
    until_tuesday = Person(constraints=(Constraint(NO_NIGHT, MONDAY - timedelta(days=30), MONDAY + timedelta(days=1)),))
    tuesday = check([Placement("a", MONDAY + timedelta(days=1), LATE)], {"a": until_tuesday}, POLICY)
    wednesday = check([Placement("a", MONDAY + timedelta(days=2), LATE)], {"a": until_tuesday}, POLICY)
    assert rules_of(tuesday) == {Rule.NO_NIGHT_WORK} and wednesday == []
