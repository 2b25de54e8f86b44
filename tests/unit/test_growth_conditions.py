from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.growth.conditions import (
    Aggregate,
    aggregate_percentile,
    at_least,
    close,
    eligible,
    month_text_before,
    months_before,
    within_top,
)
from domain.performance.rules import Assignment, Stay, frontline_days, unit_by_day

START = date(2026, 1, 1)
days_in = st.integers(0, 90)


@st.composite
def stays(draw: st.DrawFn) -> list[Stay]:
    found = []
    for _ in range(draw(st.integers(0, 4))):
        begin = START + timedelta(days=draw(st.integers(-20, 80)))
        length = draw(st.one_of(st.none(), st.integers(1, 60)))
        found.append(Stay(begin, None if length is None else begin + timedelta(days=length), draw(st.booleans())))
    return sorted(found, key=lambda stay: stay.valid_from)


def by_day(found: list[Stay], home_frontline: bool, start: date, end: date) -> int:
    """The placement rule day by day (performance.rules.unit_by_day), month by month."""
    assignments = [Assignment("front" if s.frontline else "back", s.valid_from, s.valid_to) for s in found]
    home = "front" if home_frontline else "back"
    total = 0
    for year, month in ((2026, m) for m in range(1, 5)):
        for day, unit in unit_by_day(year, month, assignments, home).items():
            if start <= day < end and unit == "front":
                total += 1
    return total


@given(stays(), st.booleans(), days_in, days_in)
def test_frontline_days_count_by_intervals_what_the_placement_rule_counts_by_day(
    found: list[Stay], home_frontline: bool, a: int, b: int
) -> None:
    start, end = START + timedelta(days=min(a, b)), START + timedelta(days=max(a, b))
    assert frontline_days(found, home_frontline, start, end) == by_day(found, home_frontline, start, end)


def test_a_secondment_inside_a_long_transfer_wins_while_it_lasts() -> None:
    transfer = Stay(date(2026, 1, 1), None, False)  # to another head-office department
    secondment = Stay(date(2026, 2, 1), date(2026, 3, 3), True)  # 30 days at a store
    assert frontline_days([transfer, secondment], True, date(2026, 1, 1), date(2026, 4, 1)) == 30
    assert frontline_days([], True, date(2026, 1, 1), date(2026, 1, 11)) == 10  # store staff at home


@given(stays(), st.integers(1, 200), days_in, st.integers(1, 40))
def test_adding_frontline_days_never_removes_eligibility(found: list[Stay], needed: int, a: int, extra: int) -> None:
    start, end = START, START + timedelta(days=120)
    before = at_least(Decimal(frontline_days(found, False, start, end)), Decimal(needed))
    more = [*found, Stay(START + timedelta(days=a), START + timedelta(days=a + extra), True)]
    after = at_least(Decimal(frontline_days(more, False, start, end)), Decimal(needed))
    assert after.figure is not None and before.figure is not None and after.figure >= before.figure
    assert not before.met or after.met
    assert after.progress >= before.progress


@given(st.decimals(min_value=0, max_value=100, places=2), st.integers(1, 99))
def test_the_top_share_condition_at_its_boundary(percentile: Decimal, top: int) -> None:
    # top 30 %: percentile 70 is in, 69.99 is out
    result = within_top(percentile, Decimal(top))
    assert result.met == (percentile >= 100 - top)
    assert within_top(Decimal(100 - top), Decimal(top)).met
    assert not within_top(Decimal(100 - top) - Decimal("0.01"), Decimal(top)).met
    assert not within_top(None, Decimal(top)).met


def test_months_aggregate_as_configured() -> None:
    months = [("2026-01", Decimal(60)), ("2026-03", Decimal(80)), ("2026-02", Decimal(91))]
    assert aggregate_percentile(months, Aggregate.BEST) == Decimal(91)
    assert aggregate_percentile(months, Aggregate.LATEST) == Decimal(80)
    assert aggregate_percentile(months, Aggregate.AVERAGE) == Decimal("77.00")
    assert aggregate_percentile([], Aggregate.BEST) is None


def test_close_means_eighty_percent_of_every_condition_but_not_all_met() -> None:
    days = at_least(Decimal(150), Decimal(180))  # 83 %
    credits = at_least(Decimal(50), Decimal(50))
    assert close([days, credits]) and not eligible([days, credits])
    assert not close([at_least(Decimal(140), Decimal(180)), credits])  # 78 %
    assert not close([credits])  # eligible is not close


def test_windows_count_back_in_calendar_months() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 3, 15), 36) == date(2023, 3, 15)
    assert month_text_before(date(2026, 12, 4), 24) == "2025-01"
    assert month_text_before(date(2026, 1, 4), 1) == "2026-01"


def test_the_reports_strengths_and_gaps_on_a_worked_example() -> None:
    from domain.growth.report_rules import Line, results

    lines = [
        # basket size: 120 and 112 against 100 -> 116 %: a strength
        Line("basket_size", "Basket size", Decimal(120), Decimal(100)),
        Line("basket_size", "Basket size", Decimal(112), Decimal(100)),
        # waste (lower is better): 5 against a target of 4 -> 80 %: a gap
        Line("waste_rate", "Waste", Decimal(5), Decimal(4)),
        # satisfaction 90 of 90: on target; a metric without a target says so
        Line("satisfaction", "Satisfaction", Decimal(90), Decimal(90)),
        Line("rating", "Manager's rating", Decimal(4), None),
    ]
    found = {r.metric_code: r for r in results(lines, {"waste_rate": True})}
    assert (found["basket_size"].value, found["basket_size"].achievement, found["basket_size"].verdict) == (
        Decimal("116.00"),
        Decimal("116.0"),
        "strength",
    )
    assert (found["waste_rate"].achievement, found["waste_rate"].verdict) == (Decimal("80.0"), "gap")
    assert found["satisfaction"].verdict == "on_target" and found["rating"].verdict == "no_target"
    assert found["basket_size"].months == 2


@given(st.decimals(min_value=1, max_value=1000, places=2), st.decimals(min_value=1, max_value=1000, places=2))
def test_a_higher_value_never_turns_a_strength_into_a_gap(value: Decimal, target: Decimal) -> None:
    from domain.growth.report_rules import Line, results

    [low] = results([Line("m", "M", value, target)], {})
    [high] = results([Line("m", "M", value + 1, target)], {})
    order = {"gap": 0, "on_target": 1, "strength": 2}
    assert order[high.verdict] >= order[low.verdict]
