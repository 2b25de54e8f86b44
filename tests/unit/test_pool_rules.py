"""The pool's arithmetic: the exact split (hypothesis properties), funding rounding, conditions with
their shortfall, shares with the linked rule and its cap, and members' weights."""

from __future__ import annotations

import random
from decimal import Decimal as D
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter

from domain.pools.metric_references import MetricFacts, check_references, references
from domain.pools.rules import (
    Operator,
    check_condition,
    decimal_to_minor,
    frontline_weight,
    percent_of_minor,
    shares,
    sides_with_members,
    split_largest_remainder,
    split_sides,
    ticket_weight,
)
from domain.pools.schemas import Condition, FundingRule, LinkedRule

weights = st.dictionaries(
    st.text(alphabet="abcdefghij", min_size=1, max_size=4),
    st.decimals(min_value=0, max_value=10_000, places=3, allow_nan=False, allow_infinity=False),
    min_size=1,
    max_size=12,
).filter(lambda w: sum(w.values()) > 0)
totals = st.integers(min_value=0, max_value=10**12)


def _split(total: int, shares_of: dict[str, D]) -> dict[str, int]:
    return split_largest_remainder(total, shares_of, order={key: key for key in shares_of})


@given(totals, weights)
def test_the_parts_sum_exactly_to_the_whole_and_none_is_negative(total: int, shares_of: dict[str, D]) -> None:
    parts = _split(total, shares_of)
    assert sum(parts.values()) == total
    assert all(part >= 0 for part in parts.values())
    assert set(parts) == set(shares_of)


@given(totals, weights)
def test_each_part_is_within_one_minor_unit_of_its_exact_quota(total: int, shares_of: dict[str, D]) -> None:
    parts = _split(total, shares_of)
    whole = sum(Fraction(w) for w in shares_of.values())
    for key, weight in shares_of.items():
        quota = total * Fraction(weight) / whole
        assert abs(parts[key] - quota) < 1
        if weight == 0:
            assert parts[key] == 0


@given(totals, weights, st.randoms(use_true_random=False))
def test_reordering_the_members_changes_nothing(total: int, shares_of: dict[str, D], rng: random.Random) -> None:
    items = list(shares_of.items())
    rng.shuffle(items)
    assert _split(total, dict(items)) == _split(total, shares_of)


def test_ties_go_to_the_stable_member_key_not_to_input_order() -> None:
    order = {"b": "E0002", "a": "E0001", "c": "E0003"}
    first = split_largest_remainder(100, {"b": D(1), "a": D(1), "c": D(1)}, order=order)
    assert first == {"a": 34, "b": 33, "c": 33}
    assert split_largest_remainder(100, {"c": D(1), "a": D(1), "b": D(1)}, order=order) == first
    # the key decides, not the dictionary key's own sort order
    flipped = split_largest_remainder(100, {"a": D(1), "b": D(1), "c": D(1)}, order={"a": "9", "b": "1", "c": "5"})
    assert flipped == {"a": 33, "b": 34, "c": 33}


def test_the_largest_remainders_get_the_left_over_units() -> None:
    # quotas 1/3, 2/3 of 10: 3.33 and 6.67 -> 3 and 7
    assert _split(10, {"x": D(1), "y": D(2)}) == {"x": 3, "y": 7}


def test_a_split_refuses_what_it_cannot_do() -> None:
    with pytest.raises(ValueError):
        _split(10, {"x": D(0)})
    with pytest.raises(ValueError):
        _split(10, {"x": D(-1), "y": D(2)})
    with pytest.raises(ValueError):
        _split(-1, {"x": D(1)})
    assert _split(0, {"x": D(0)}) == {"x": 0}


def test_sides_split_exactly_and_an_empty_side_hands_over() -> None:
    assert split_sides(1001, D(70), D(30)) == (701, 300)  # 700.7 + 300.3: the .7 wins the unit
    assert split_sides(1, D(50), D(50)) == (1, 0)  # a tie goes to the frontline
    assert sides_with_members(700, 300, has_frontline=False, has_back_office=True) == (0, 1000)
    assert sides_with_members(700, 300, has_frontline=True, has_back_office=False) == (1000, 0)
    assert sides_with_members(700, 300, has_frontline=False, has_back_office=False) == (0, 0)


def test_funding_percentages_round_down_to_a_whole_minor_unit() -> None:
    assert percent_of_minor(123_456, D("1.5")) == 1851  # 1851.84 -> 1851
    assert percent_of_minor(999, D("10")) == 99  # 99.9 -> 99, never up
    # commission 3% of sales, pool gets 12% of it: 1,000,001 x 0.03 x 0.12 = 3600.0036 -> 3600
    assert percent_of_minor(1_000_001, D(3), D(12)) == 3600
    # no intermediate rounding: 3% of 333 is 9.99, 50% of that is 4.995 -> 4 (rounding 9.99 first would give 5)
    assert percent_of_minor(333, D(3), D(50)) == 4
    assert percent_of_minor(-5000, D(10)) == 0  # a loss funds nothing
    assert decimal_to_minor(D("1234.567"), 2) == 123456
    assert decimal_to_minor(D("10"), 0) == 10


@given(st.integers(min_value=0, max_value=10**13), st.decimals(min_value=0, max_value=100, places=4))
def test_a_rounded_percentage_is_never_more_than_the_exact_one(amount: int, percent: D) -> None:
    funded = percent_of_minor(amount, percent)
    exact = Fraction(amount) * Fraction(percent) / 100
    assert 0 <= exact - funded < 1


def test_a_condition_says_whether_it_passed_and_by_how_much_it_missed() -> None:
    # sales 110,000 against a 100,000 target: 110% of target, 10 points short of 120%
    missed = check_condition(
        operator=Operator.AT_LEAST, threshold=D(120), value=D(110_000), target=D(100_000), of_target=True
    )
    assert (missed.passed, missed.compared, missed.shortfall) == (False, D("110.00"), D("10.00"))
    met = check_condition(operator=Operator.AT_LEAST, threshold=D(90), value=D(92), target=None, of_target=False)
    assert (met.passed, met.shortfall) == (True, None)
    at_most = check_condition(operator=Operator.AT_MOST, threshold=D(5), value=D(7), target=None, of_target=False)
    assert (at_most.passed, at_most.shortfall) == (False, D(2))
    no_target = check_condition(operator=Operator.AT_LEAST, threshold=D(1), value=D(1), target=None, of_target=True)
    assert (no_target.passed, no_target.note) == (False, "no target set")
    no_value = check_condition(operator=Operator.AT_LEAST, threshold=D(1), value=None, target=None, of_target=False)
    assert (no_value.passed, no_value.note) == (False, "no value for the period")


def test_the_linked_rule_moves_share_to_the_back_office_and_stops_at_its_cap() -> None:
    assert shares(D(70)) == shares(D(70), achievement=None, points_per_percent=D("0.5"), cap_points=D(10))
    plain = shares(D(70))
    assert (plain.frontline, plain.back_office, plain.linked_bonus, plain.capped) == (D(70), D(30), D(0), False)
    # 110% of target: 10 points above, +0.5 share points each = +5
    linked = shares(D(70), achievement=D(110), points_per_percent=D("0.5"), cap_points=D(10))
    assert (linked.frontline, linked.back_office, linked.linked_bonus, linked.capped) == (D(65), D(35), D(5), False)
    # 150%: +25 wanted, capped at 10
    capped = shares(D(70), achievement=D(150), points_per_percent=D("0.5"), cap_points=D(10))
    assert (capped.frontline, capped.back_office, capped.linked_bonus, capped.capped) == (D(60), D(40), D(10), True)
    # under target: nothing moves
    under = shares(D(70), achievement=D(95), points_per_percent=D("0.5"), cap_points=D(10))
    assert (under.back_office, under.linked_bonus) == (D(30), D(0))
    # never more than the whole pool
    whole = shares(D(5), achievement=D(200), points_per_percent=D(1), cap_points=D(50))
    assert (whole.frontline, whole.back_office, whole.capped) == (D(0), D(100), True)


def test_weights_follow_the_documented_formulas() -> None:
    assert frontline_weight(D("90.5"), 10) == D("905.0")
    assert frontline_weight(None, 10) == D(1000)  # no score yet counts as 100
    assert ticket_weight(sla_met=True, rating=5) == D("1.5")
    assert ticket_weight(sla_met=False, rating=4) == D("0.8")
    assert ticket_weight(sla_met=True, rating=None) == D("0.90")
    assert ticket_weight(sla_met=False, rating=None) == D("0.6")


# --- the metrics a pool's rules name ---------------------------------------------------------

CATALOGUE = {
    "sales": MetricFacts("sales", True),
    "profit": MetricFacts("pushed", True),
    "old_profit": MetricFacts("pushed", False),
    "frontline_satisfaction": MetricFacts("tickets", True),
    "manager_rating": MetricFacts("manual", True),
}


@pytest.mark.parametrize(
    ("condition", "problem"),
    [
        ({"measure": "sales", "threshold": "100"}, None),  # a plain threshold reads no metric
        ({"measure": "sales", "threshold": "100", "of_target": True}, None),  # the default `sales`
        ({"measure": "sales", "threshold": "100", "of_target": True, "metric_code": "profit"}, "metric.unsuitable"),
        ({"measure": "sales", "threshold": "100", "metric_code": "salse"}, "metric.not_found"),
        ({"measure": "metric", "threshold": "1", "metric_code": "profit"}, None),
        ({"measure": "metric", "threshold": "1", "metric_code": "old_profit"}, "metric.not_found"),
        ({"measure": "metric", "threshold": "1", "metric_code": "manager_rating"}, "metric.unsuitable"),
        ({"measure": "ticket_satisfaction", "threshold": "90"}, None),
        ({"measure": "ticket_satisfaction", "threshold": "90", "of_target": True}, None),
        ({"measure": "ticket_satisfaction", "threshold": "90", "metric_code": "sales"}, "metric.unsuitable"),
    ],
)
def test_a_condition_names_a_metric_that_exists_and_fits(condition: dict[str, object], problem: str | None) -> None:
    found = check_references(references(conditions=[Condition.model_validate(condition)]), CATALOGUE)
    assert [p.slug for p in found] == ([] if problem is None else [problem])
    assert all(p.field == "conditions.0.metric_code" for p in found)


def test_the_linked_rule_and_profit_funding_name_their_metrics_with_field_paths() -> None:
    funding = TypeAdapter(list[FundingRule]).validate_python(
        [{"kind": "fixed", "amount": "1"}, {"kind": "profit_percent", "percent": "5", "metric_code": "sales"}]
    )
    linked = LinkedRule(target_metric_code="profit", points_per_percent="1", cap_points="5")
    found = check_references(references(funding=funding, linked_rule=linked), CATALOGUE)
    assert [(p.field, p.slug) for p in found] == [
        ("funding.1.metric_code", "metric.unsuitable"),
        ("linked_rule.target_metric_code", "metric.unsuitable"),
    ]
    # the default target code counts like a written one: no `sales` metric, nothing to compare with
    (missing,) = check_references(references(linked_rule=LinkedRule(points_per_percent="1", cap_points="5")), {})
    assert (missing.slug, missing.field) == ("metric.not_found", "linked_rule.target_metric_code")
    assert "'sales'" in str(missing.message)
