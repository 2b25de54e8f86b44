"""Mission analytics' pure rules: periods, ratios, thresholds, and which cells may be shown (small
groups, and the difference between two overlapping groups)."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.analytics import rules
from domain.analytics.rules import Cell, Direction, Granularity, Threshold


def test_a_range_is_cut_into_calendar_periods_cut_to_the_range() -> None:
    months = rules.periods(date(2026, 1, 15), date(2026, 3, 10), Granularity.MONTH)
    assert [(p.label, p.first, p.last) for p in months] == [
        ("2026-01", date(2026, 1, 15), date(2026, 1, 31)),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("2026-03", date(2026, 3, 1), date(2026, 3, 10)),
    ]
    quarters = rules.periods(date(2025, 11, 1), date(2026, 4, 30), Granularity.QUARTER)
    assert [p.label for p in quarters] == ["2025-Q4", "2026-Q1", "2026-Q2"]
    assert quarters[1].first == date(2026, 1, 1) and quarters[1].last == date(2026, 3, 31)
    assert [p.label for p in rules.periods(date(2024, 6, 1), date(2026, 1, 1), Granularity.YEAR)] == [
        "2024",
        "2025",
        "2026",
    ]


@given(st.dates(date(2000, 1, 1), date(2090, 1, 1)), st.integers(0, 1200), st.sampled_from(list(Granularity)))
def test_periods_cover_the_range_day_by_day_without_overlap(start: date, days: int, granularity: Granularity) -> None:
    end = date.fromordinal(start.toordinal() + days)
    cut = rules.periods(start, end, granularity)
    assert cut[0].first == start and cut[-1].last == end
    for before, after in itertools.pairwise(cut):
        assert after.first.toordinal() == before.last.toordinal() + 1
    assert len({p.label for p in cut}) == len(cut)


def test_a_range_of_more_than_three_years_is_too_long() -> None:
    assert not rules.range_too_long(date(2024, 1, 1), date(2026, 12, 31))
    assert rules.range_too_long(date(2024, 1, 1), date(2027, 1, 1))
    assert rules.range_too_long(date(2024, 2, 29), date(2027, 2, 28))


def test_ratios_are_rounded_half_up_and_nobody_has_none() -> None:
    assert rules.ratio(1, 3) == Decimal("0.3333")
    assert rules.ratio(2, 3) == Decimal("0.6667")
    assert rules.ratio(1, 8) == Decimal("0.1250")
    assert rules.ratio(0, 0) is None


def test_thresholds_flag_below_or_above_never_at_the_threshold_and_never_nothing() -> None:
    low = Threshold(Direction.BELOW, Decimal("0.20"))
    assert low.breached(Decimal("0.1999")) and not low.breached(Decimal("0.20")) and not low.breached(None)
    high = Threshold(Direction.ABOVE, Decimal("0.15"))
    assert high.breached(Decimal("0.1501")) and not high.breached(Decimal("0.15"))


def test_a_group_of_four_is_suppressed_and_a_group_of_five_is_shown() -> None:
    cells = [Cell("2026-11", "a", 2, 4), Cell("2026-11", "b", 2, 5), Cell("2026-11", "c", 0, 0)]
    assert rules.suppressed(cells, {}) == {0}
    assert rules.suppressed(cells, {}, minimum=4) == set()
    assert rules.suppressed([Cell("2026-11", "a", 1, 2)], {}, minimum=1) == {0}  # never below 3


def test_two_overlapping_groups_whose_difference_is_one_person_are_not_both_shown() -> None:
    # a department of 12 and its sub-department of 11: the twelfth person would be revealed
    cut = {"dept": [["sub"]]}
    assert rules.suppressed([Cell("2026-11", "dept", 6, 12), Cell("2026-11", "sub", 5, 11)], cut) == {1}
    # 12 and 7: a difference of 5 is a group of 5, and may be shown
    assert rules.suppressed([Cell("2026-11", "dept", 6, 12), Cell("2026-11", "sub", 5, 7)], cut) == set()
    # each period on its own
    assert rules.suppressed([Cell("2026-10", "dept", 6, 12), Cell("2026-11", "sub", 5, 11)], cut) == set()


def test_the_complement_of_a_suppressed_cut_is_suppressed_too() -> None:
    # 12 people: 3 women (too few), 9 others; showing the others would show the women as 12 - 9
    cut = {"dept": [["dept|women", "dept|others"]]}
    cells = [Cell("m", "dept", 5, 12), Cell("m", "dept|women", 1, 3), Cell("m", "dept|others", 4, 9)]
    assert rules.suppressed(cells, cut) == {1, 2}


def test_a_lone_hidden_part_is_joined_by_another_so_neither_is_the_whole_less_the_rest() -> None:
    # head office of 25 = three departments; B is hidden for its size, C would give it away (25 - 10 - 12)
    cut = {"all": [["A", "B", "C"]]}
    cells = [Cell("m", "all", 0, 25), Cell("m", "A", 0, 10), Cell("m", "B", 0, 3), Cell("m", "C", 0, 12)]
    assert rules.suppressed(cells, cut) == {2, 1}
    # a department's own members (in no sub-department) already hide the part: nothing more to do
    cells = [Cell("m", "all", 0, 31), Cell("m", "A", 0, 10), Cell("m", "B", 0, 3), Cell("m", "C", 0, 12)]
    assert rules.suppressed(cells, cut) == {2}


def test_a_hidden_middle_group_does_not_let_its_parent_and_its_parts_show_the_rest() -> None:
    # a (20) > b (18, hidden: 20 - 18) > c (17): a and c shown would show the three of a less c
    cut = {"a": [["b"]], "b": [["c"]]}
    cells = [Cell("m", "a", 0, 20), Cell("m", "b", 0, 18), Cell("m", "c", 0, 17)]
    assert rules.suppressed(cells, cut) == {1, 2}
    # and when b is hidden but its two parts are shown, a less both parts is still counted
    cut = {"a": [["b"]], "b": [["b1", "b2"]]}
    cells = [Cell("m", "a", 0, 20), Cell("m", "b", 0, 18), Cell("m", "b1", 0, 9), Cell("m", "b2", 0, 8)]
    hidden = rules.suppressed(cells, cut)
    assert 1 in hidden and hidden & {2, 3}


def test_a_hidden_group_whose_parts_are_all_shown_hides_one_of_them() -> None:
    # dept hidden (its parent's cut), its women and others shown: the two would add up to it
    cut = {"all": [["dept", "other"]], "dept": [["dept|women", "dept|others"]]}
    cells = [
        Cell("m", "all", 0, 13),
        Cell("m", "dept", 0, 10),
        Cell("m", "other", 0, 3),
        Cell("m", "dept|women", 0, 5),
        Cell("m", "dept|others", 0, 5),
    ]
    hidden = rules.suppressed(cells, cut)
    assert {1, 2} <= hidden and hidden & {3, 4}


@given(st.lists(st.integers(0, 40), min_size=1, max_size=6), st.integers(3, 8))
def test_no_two_shown_nested_groups_differ_by_fewer_than_the_minimum(sizes: list[int], minimum: int) -> None:
    # a chain of nested groups, each at most the size of the one before
    ordered = sorted(sizes, reverse=True)
    names = [f"g{i}" for i in range(len(ordered))]
    cut = {name: [names[i + 1 : i + 2]] for i, name in enumerate(names)}
    cells = [Cell("m", name, 0, size) for name, size in zip(names, ordered, strict=True)]
    hidden = rules.suppressed(cells, cut, minimum)
    shown = [c for i, c in enumerate(cells) if i not in hidden]
    assert all(c.denominator == 0 or c.denominator >= minimum for c in shown)
    for i, outer in enumerate(shown):
        for inner in shown[i + 1 :]:
            assert not 0 < outer.denominator - inner.denominator < minimum


def test_a_range_is_cut_into_iso_weeks_labelled_by_their_iso_year() -> None:
    weeks = rules.periods(date(2025, 12, 24), date(2026, 1, 14), Granularity.WEEK)
    assert [(p.label, p.first, p.last) for p in weeks] == [
        ("2025-W52", date(2025, 12, 24), date(2025, 12, 28)),  # Wednesday to Sunday
        ("2026-W01", date(2025, 12, 29), date(2026, 1, 4)),  # 29 December 2025 is in ISO 2026's first week
        ("2026-W02", date(2026, 1, 5), date(2026, 1, 11)),
        ("2026-W03", date(2026, 1, 12), date(2026, 1, 14)),
    ]
    assert rules.periods(date(2026, 1, 26), date(2026, 2, 1), Granularity.WEEK)[0].label == "2026-W05"
    assert [p.label for p in rules.periods(date(2020, 12, 31), date(2021, 1, 4), Granularity.WEEK)] == [
        "2020-W53",
        "2021-W01",
    ]


@given(st.dates(date(2000, 1, 1), date(2090, 1, 1)), st.integers(0, 400))
def test_every_whole_week_runs_monday_to_sunday_and_only_the_ends_are_cut(start: date, days: int) -> None:
    end = date.fromordinal(start.toordinal() + days)
    cut = rules.periods(start, end, Granularity.WEEK)
    for week in cut[1:]:
        assert week.first.weekday() == 0
    for week in cut[:-1]:
        assert week.last.weekday() == 6
    for week in cut:
        year, number, _ = week.first.isocalendar()
        assert week.label == f"{year}-W{number:02d}" and week.last.isocalendar()[:2] == (year, number)
