from datetime import date
from decimal import Decimal as D
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.performance.rules import (
    DEFAULT_TEMPLATE_RULES,
    Assignment,
    Band,
    Direction,
    InvalidRule,
    InvalidTarget,
    Method,
    MetricRule,
    MissingTarget,
    Population,
    Side,
    Standing,
    TemplateLineRule,
    TemplateRules,
    ValueOutOfRange,
    Violation,
    band_points,
    check_template,
    check_value,
    days_per_unit,
    live_score,
    missing_metrics,
    month_bounds,
    points,
    prorate,
    rank,
    raw_points,
    rule_from_document,
    weighted_score,
)
from domain.shared.errors import InvalidInput

HIGHER, LOWER = Direction.HIGHER, Direction.LOWER

# --- strategies -------------------------------------------------------------------------------

values = st.decimals(min_value=-1000, max_value=100_000, places=2, allow_nan=False, allow_infinity=False)
targets = st.decimals(min_value=D("0.01"), max_value=100_000, places=2, allow_nan=False, allow_infinity=False)
caps = st.decimals(min_value=100, max_value=300, places=2, allow_nan=False, allow_infinity=False)
directions = st.sampled_from(list(Direction))


@st.composite
def ordered_pair(draw: st.DrawFn) -> tuple[D, D]:
    a, b = draw(values), draw(values)
    return (a, b) if a <= b else (b, a)


@st.composite
def band_rules(draw: st.DrawFn) -> MetricRule:
    direction = draw(directions)
    cap = draw(caps)
    thresholds = sorted(draw(st.lists(values, min_size=1, max_size=8, unique=True)))
    pts = sorted(
        draw(
            st.lists(
                st.decimals(min_value=0, max_value=cap, places=2, allow_nan=False, allow_infinity=False),
                min_size=len(thresholds),
                max_size=len(thresholds),
            )
        ),
        reverse=direction == LOWER,
    )
    bands = tuple(Band(t, p) for t, p in zip(thresholds, pts, strict=True))
    return MetricRule(direction=direction, method=Method.BANDS, cap=cap, bands=bands)


@st.composite
def rating_rules(draw: st.DrawFn) -> MetricRule:
    low = draw(st.integers(min_value=-10, max_value=10))
    high = draw(st.integers(min_value=low + 1, max_value=20))
    return MetricRule(direction=draw(directions), method=Method.RATING, scale_min=D(low), scale_max=D(high))


@st.composite
def weights_summing_to_100(draw: st.DrawFn) -> list[D]:
    """Positive weights with 2 decimals that sum to exactly 100."""
    cuts = sorted(draw(st.lists(st.integers(min_value=1, max_value=9_999), max_size=9, unique=True)))
    bounds = [0, *cuts, 10_000]
    return [D(b - a) / 100 for a, b in pairwise(bounds)]


def _assert_monotonic(rule: MetricRule, low: D, high: D, target: D | None = None) -> None:
    at_low, at_high = points(low, rule, target), points(high, rule, target)
    if rule.direction == HIGHER:
        assert at_low <= at_high
    else:
        assert at_low >= at_high


# --- target method ----------------------------------------------------------------------------

TARGET_UP = MetricRule(direction=HIGHER, method=Method.TARGET, cap=D(120))
TARGET_DOWN = MetricRule(direction=LOWER, method=Method.TARGET, cap=D(120))


@given(target=targets, direction=directions, cap=caps)
def test_target_gives_exactly_100_at_target(target, direction, cap):
    rule = MetricRule(direction=direction, method=Method.TARGET, cap=cap)
    assert points(target, rule, target) == D("100.00")


@pytest.mark.parametrize(
    ("rule", "value", "expected"),
    [
        (TARGET_UP, D(50), D("50.00")),
        (TARGET_UP, D(110), D("110.00")),
        (TARGET_UP, D(500), D("120.00")),  # clamped at the cap
        (TARGET_UP, D(-5), D("0.00")),  # clamped at 0
        (TARGET_UP, D(0), D("0.00")),
        (TARGET_DOWN, D(200), D("50.00")),
        (TARGET_DOWN, D(80), D("120.00")),  # 125 -> cap
        (TARGET_DOWN, D(90), D("111.11")),
        (TARGET_DOWN, D(0), D("120.00")),  # a perfect zero gives the cap
        (TARGET_DOWN, D(-3), D("120.00")),  # a negative value is clamped at the cap
    ],
)
def test_target_examples(rule, value, expected):
    assert points(value, rule, D(100)) == expected


def test_target_rounds_half_up_only_at_the_end():
    # 100 * 2 / 3 = 66.666... -> 66.67; 100 * 1.0005 / 1 = 100.05 exactly (no early rounding of 1.0005)
    assert points(D(2), TARGET_UP, D(3)) == D("66.67")
    assert points(D("1.00125"), TARGET_UP, D(1)) == D("100.13")
    assert raw_points(D(2), TARGET_UP, D(3)) > D("66.666")


@given(value=values, target=targets, cap=caps, direction=directions)
def test_target_points_stay_between_0_and_the_cap(value, target, cap, direction):
    rule = MetricRule(direction=direction, method=Method.TARGET, cap=cap)
    assert D(0) <= points(value, rule, target) <= cap


@given(pair=ordered_pair(), target=targets, cap=caps, direction=directions)
def test_target_points_are_monotonic_in_the_direction(pair, target, cap, direction):
    _assert_monotonic(MetricRule(direction=direction, method=Method.TARGET, cap=cap), pair[0], pair[1], target)


def test_a_target_metric_without_a_target_raises_missing_target():
    with pytest.raises(MissingTarget) as caught:
        points(D(5), TARGET_UP)
    assert caught.value.slug == "performance.target_missing"


@pytest.mark.parametrize("target", [D(0), D(-10)])
@pytest.mark.parametrize("rule", [TARGET_UP, TARGET_DOWN])
def test_a_target_must_be_above_zero(rule, target):
    with pytest.raises(InvalidTarget):
        points(D(5), rule, target)


def test_the_cap_is_at_least_100():
    with pytest.raises(InvalidRule):
        MetricRule(direction=HIGHER, method=Method.TARGET, cap=D(99))


def test_non_decimal_or_non_finite_values_are_refused():
    with pytest.raises(InvalidInput):
        points(D("NaN"), TARGET_UP, D(100))
    with pytest.raises(InvalidInput):
        points(1.5, TARGET_UP, D(100))  # type: ignore[arg-type]


# --- bands method -----------------------------------------------------------------------------

# Sales growth %: reach 0 -> 60, 5 -> 80, 10 -> 100, 20 -> 110.
GROWTH = MetricRule(
    direction=HIGHER,
    method=Method.BANDS,
    cap=D(110),
    bands=(Band(D(0), D(60)), Band(D(5), D(80)), Band(D(10), D(100)), Band(D(20), D(110))),
)
# Shrinkage %: at or below 0.5 -> 100, 1 -> 80, 2 -> 50.
SHRINKAGE = MetricRule(
    direction=LOWER,
    method=Method.BANDS,
    cap=D(100),
    bands=(Band(D("0.5"), D(100)), Band(D(1), D(80)), Band(D(2), D(50))),
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D(-1), D(0)),
        (D(0), D(60)),
        (D("4.99"), D(60)),
        (D(5), D(80)),
        (D(12), D(100)),
        (D(20), D(110)),
        (D(99), D(110)),
    ],
)
def test_bands_higher_take_the_highest_threshold_reached_and_0_below_all(value, expected):
    assert points(value, GROWTH) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D(0), D(100)),
        (D("0.5"), D(100)),
        (D("0.51"), D(80)),
        (D(1), D(80)),
        (D("1.5"), D(50)),
        (D(2), D(50)),
        (D(3), D(0)),
    ],
)
def test_bands_lower_take_the_lowest_threshold_stayed_under_and_0_above_all(value, expected):
    assert points(value, SHRINKAGE) == expected


def test_bands_ignore_the_target():
    assert points(D(12), GROWTH, D(1)) == D(100)
    assert band_points(D(12), GROWTH.bands, HIGHER) == D(100)


@pytest.mark.parametrize(
    ("bands", "direction"),
    [
        ((), HIGHER),  # no band
        ((Band(D(1), D(50)), Band(D(1), D(60))), HIGHER),  # thresholds not strictly increasing
        ((Band(D(2), D(50)), Band(D(1), D(60))), HIGHER),
        ((Band(D(1), D(-1)),), HIGHER),  # points below 0
        ((Band(D(1), D(101)),), HIGHER),  # points above the cap
        ((Band(D(1), D(80)), Band(D(2), D(60))), HIGHER),  # a better value scoring less
        ((Band(D(1), D(60)), Band(D(2), D(80))), LOWER),
    ],
)
def test_invalid_bands_are_refused(bands, direction):
    with pytest.raises(InvalidRule):
        MetricRule(direction=direction, method=Method.BANDS, cap=D(100), bands=bands)


@given(rule=band_rules(), pair=ordered_pair())
def test_band_points_are_monotonic_in_the_direction(rule, pair):
    _assert_monotonic(rule, *pair)


@given(rule=band_rules(), value=values)
def test_band_points_stay_between_0_and_the_cap(rule, value):
    assert D(0) <= points(value, rule) <= rule.cap


# --- rating method ----------------------------------------------------------------------------

RATING_UP = MetricRule(direction=HIGHER, method=Method.RATING)  # 1-5 by default
RATING_DOWN = MetricRule(direction=LOWER, method=Method.RATING)


@pytest.mark.parametrize(
    ("value", "up", "down"),
    [
        (D(1), D(0), D(100)),
        (D(2), D(25), D(75)),
        (D(3), D(50), D(50)),
        (D("4.5"), D("87.5"), D("12.5")),
        (D(5), D(100), D(0)),
        (D(0), D(0), D(100)),  # clamped below the scale
        (D(7), D(100), D(0)),  # clamped above the scale
    ],
)
def test_rating_examples(value, up, down):
    assert points(value, RATING_UP) == up
    assert points(value, RATING_DOWN) == down


def test_rating_scale_must_be_increasing():
    with pytest.raises(InvalidRule):
        MetricRule(direction=HIGHER, method=Method.RATING, scale_min=D(5), scale_max=D(5))


@given(rule=rating_rules(), pair=ordered_pair())
def test_rating_points_are_monotonic_in_the_direction(rule, pair):
    _assert_monotonic(rule, *pair)


# --- stored documents ---------------------------------------------------------------------------


def test_rules_read_from_their_json_documents():
    doc = {"method": "bands", "bands": [{"threshold": "0.5", "points": "100"}, {"threshold": "1", "points": "80"}]}
    rule = rule_from_document(doc, "lower")
    assert rule.method == Method.BANDS
    assert rule.cap == D(100)
    assert rule.bands == (Band(D("0.5"), D(100)), Band(D(1), D(80)))
    assert rule_from_document({"method": "target"}, "higher").cap == D(120)
    assert rule_from_document({"method": "rating", "scale_max": "10"}, "higher").scale_max == D(10)
    with pytest.raises(InvalidRule):
        rule_from_document({"method": "target"}, "sideways")
    with pytest.raises(InvalidRule):
        rule_from_document({"method": "bands"}, "higher")


def test_template_rules_round_trip_through_their_document():
    rules = TemplateRules(seconded_min_frontline_weight=D(40), frontline_satisfaction_metrics=frozenset({"a", "b"}))
    assert TemplateRules.from_document(rules.to_document()) == rules
    assert TemplateRules.from_document({}) == DEFAULT_TEMPLATE_RULES


@pytest.mark.parametrize(
    "kwargs",
    [
        {"seconded_min_frontline_weight": D(101)},
        {"support_frontline_satisfaction_min_weight": D(-1)},
        {"support_frontline_satisfaction_min_weight": D(40), "support_frontline_satisfaction_max_weight": D(30)},
        {"frontline_satisfaction_metrics": frozenset()},
    ],
)
def test_impossible_template_rules_are_refused(kwargs):
    with pytest.raises(InvalidRule):
        TemplateRules(**kwargs)


# --- templates ----------------------------------------------------------------------------------


def line(code: str, side: Side, weight: str) -> TemplateLineRule:
    return TemplateLineRule(code, side, D(weight))


SECONDED = [
    line("store_customer_satisfaction", Side.STORE, "40"),
    line("store_operating_efficiency", Side.STORE, "30"),
    line("hq_sales", Side.HQ, "30"),
]
STORE = [
    line("store_sales", Side.STORE, "50"),
    line("store_customer_satisfaction", Side.STORE, "30"),
    line("store_shrinkage", Side.STORE, "20"),
]
SUPPORT = [
    line("frontline_satisfaction", Side.STORE, "25"),
    line("ticket_resolution_time", Side.SUPPORT, "45"),
    line("hq_project_delivery", Side.HQ, "30"),
]


def codes(violations: list[Violation]) -> list[str]:
    return [v.code for v in violations]


@pytest.mark.parametrize(
    ("population", "lines"),
    [(Population.SECONDED, SECONDED), (Population.STORE, STORE), (Population.SUPPORT, SUPPORT)],
)
def test_default_templates_are_valid(population, lines):
    assert check_template(population, lines) == []


def test_weights_must_sum_to_exactly_100():
    lines = [line("a", Side.STORE, "50"), line("b", Side.STORE, "49.99")]
    violations = check_template(Population.STORE, lines)
    assert codes(violations) == ["weights.sum"]
    assert "99.99" in str(violations[0].message)
    assert codes(check_template(Population.STORE, [])) == ["weights.sum"]


def test_weights_must_be_positive():
    lines = [line("a", Side.STORE, "100"), line("b", Side.STORE, "0")]
    violations = check_template(Population.STORE, lines)
    assert codes(violations) == ["weights.positive"]
    assert violations[0].metric_code == "b"
    assert codes(check_template(Population.STORE, [line("a", Side.STORE, "110"), line("b", Side.HQ, "-10")])) == [
        "weights.positive"
    ]


def test_each_metric_is_listed_once():
    lines = [line("a", Side.STORE, "50"), line("a", Side.STORE, "50")]
    violations = check_template(Population.STORE, lines)
    assert codes(violations) == ["metrics.duplicate"]
    assert violations[0].metric_code == "a"


def test_seconded_templates_carry_at_least_30_percent_frontline_weight():
    lines = [line("store_nps", Side.STORE, "29.5"), line("hq_sales", Side.HQ, "70.5")]
    assert codes(check_template(Population.SECONDED, lines)) == ["seconded.frontline_weight"]
    at_minimum = [line("store_nps", Side.STORE, "30"), line("hq_sales", Side.HQ, "70")]
    assert check_template(Population.SECONDED, at_minimum) == []
    # the same template is fine for a population without that rule, and the minimum is configurable
    assert check_template(Population.STORE, lines) == []
    lenient = TemplateRules(seconded_min_frontline_weight=D(20))
    assert check_template(Population.SECONDED, lines, lenient) == []


@pytest.mark.parametrize(("weight", "ok"), [("19.99", False), ("20", True), ("30", True), ("30.01", False)])
def test_support_templates_carry_20_to_30_percent_on_frontline_satisfaction(weight, ok):
    lines = [
        line("frontline_satisfaction", Side.STORE, weight),
        line("ticket_resolution_time", Side.SUPPORT, str(100 - D(weight))),
    ]
    expected = [] if ok else ["support.frontline_satisfaction_weight"]
    assert codes(check_template(Population.SUPPORT, lines)) == expected


def test_support_rule_sums_every_flagged_metric_and_is_configurable():
    rules = TemplateRules(
        support_frontline_satisfaction_min_weight=D(10),
        support_frontline_satisfaction_max_weight=D(50),
        frontline_satisfaction_metrics=frozenset({"store_rating_of_it", "store_rating_of_hr"}),
    )
    lines = [
        line("store_rating_of_it", Side.STORE, "25"),
        line("store_rating_of_hr", Side.STORE, "25"),
        line("ticket_resolution_time", Side.SUPPORT, "50"),
    ]
    assert check_template(Population.SUPPORT, lines, rules) == []
    # with the defaults none of them is the flagged metric: 0% on frontline satisfaction
    assert codes(check_template(Population.SUPPORT, lines)) == ["support.frontline_satisfaction_weight"]


def test_plain_strings_from_the_database_are_accepted():
    lines = [TemplateLineRule("store_nps", "store", D(40)), TemplateLineRule("hq_sales", "hq", D(60))]  # type: ignore[arg-type]
    assert lines[0].side is Side.STORE
    assert check_template("seconded", lines) == []
    with pytest.raises(InvalidInput):
        check_template("interns", lines)
    with pytest.raises(InvalidInput):
        TemplateLineRule("x", "attic", D(1))  # type: ignore[arg-type]


def test_several_violations_are_reported_together():
    lines = [line("hq_sales", Side.HQ, "60"), line("hq_sales", Side.HQ, "0")]
    assert codes(check_template(Population.SECONDED, lines)) == [
        "weights.positive",
        "metrics.duplicate",
        "weights.sum",
        "seconded.frontline_weight",
    ]


# --- weighted and live scores -------------------------------------------------------------------


def test_weighted_score_example():
    # seconded template: 40% at 90, 30% at 110, 30% at 75 -> 36 + 33 + 22.5
    assert weighted_score([(D(40), D(90)), (D(30), D(110)), (D(30), D(75))]) == D("91.50")


def test_weighted_score_rounds_once_at_the_end():
    third = raw_points(D(2), TARGET_UP, D(3))  # 66.666...
    assert weighted_score([(D(50), third), (D(50), third)]) == D("66.67")
    assert weighted_score([(D("33.33"), D("0.01")), (D("66.67"), D(0))]) == D("0.00")


@given(data=st.data(), weights=weights_summing_to_100())
def test_weights_summing_to_100_give_a_score_between_0_and_the_largest_cap(data, weights):
    rule_caps = [data.draw(caps) for _ in weights]
    pts = [
        data.draw(st.decimals(min_value=0, max_value=cap, allow_nan=False, allow_infinity=False)) for cap in rule_caps
    ]
    score = weighted_score(list(zip(weights, pts, strict=True)))
    assert D(0) <= score <= max(rule_caps)


@given(data=st.data(), weights=weights_summing_to_100())
def test_a_complete_live_score_is_the_weighted_score(data, weights):
    pts = [data.draw(st.decimals(min_value=0, max_value=120, places=3)) for _ in weights]
    lines = list(zip(weights, pts, strict=True))
    assert live_score(lines) == weighted_score(lines)


def test_live_score_renormalises_over_the_metrics_with_values():
    lines: list[tuple[D, D | None]] = [(D(40), D(90)), (D(30), None), (D(30), D(60))]
    # (40 * 90 + 30 * 60) / 70 = 5400 / 70 = 77.142857...
    assert live_score(lines) == D("77.14")
    assert live_score([(D(40), None), (D(60), None)]) is None
    assert live_score([]) is None
    assert live_score([(D(100), D("88.885"))]) == D("88.89")


def test_missing_metrics_in_template_order():
    template = [ln.metric_code for ln in SECONDED]
    values = {"hq_sales": D(1), "store_operating_efficiency": None}
    assert missing_metrics(template, values) == ["store_customer_satisfaction", "store_operating_efficiency"]
    assert missing_metrics(template, dict.fromkeys(template, D(0))) == []


# --- pro-rating ---------------------------------------------------------------------------------

HQ, STORE_A, STORE_B = "hq", "store-a", "store-b"


def test_month_bounds_are_first_day_to_next_first_day():
    assert month_bounds(2026, 11) == (date(2026, 11, 1), date(2026, 12, 1))
    assert month_bounds(2026, 12) == (date(2026, 12, 1), date(2027, 1, 1))
    assert month_bounds(2028, 2) == (date(2028, 2, 1), date(2028, 3, 1))
    with pytest.raises(InvalidInput):
        month_bounds(2026, 13)


def test_mid_month_secondment_splits_the_month_by_days():
    secondment = Assignment(STORE_A, date(2026, 11, 15), date(2027, 2, 1))
    days = days_per_unit(2026, 11, [secondment], HQ)
    assert days == {HQ: 14, STORE_A: 16}
    # HQ scored 80, store A scored 95: (14 * 80 + 16 * 95) / 30 = 88
    assert prorate([(days[HQ], D(80)), (days[STORE_A], D(95))]) == D("88.00")


def test_two_stores_and_head_office_in_one_month():
    assignments = [
        Assignment(STORE_A, date(2026, 10, 20), date(2026, 11, 11)),  # Nov 1-10
        Assignment(STORE_B, date(2026, 11, 21), None),  # Nov 21-30, open-ended
    ]
    days = days_per_unit(2026, 11, assignments, HQ)
    assert days == {STORE_A: 10, HQ: 10, STORE_B: 10}
    assert prorate([(days[STORE_A], D(90)), (days[HQ], D(60)), (days[STORE_B], D("75.5"))]) == D("75.17")


def test_later_starting_assignment_wins_an_overlap():
    transfer = Assignment(STORE_A, date(2026, 1, 1), None)
    secondment = Assignment(STORE_B, date(2026, 11, 10), date(2026, 11, 20))
    assert days_per_unit(2026, 11, [secondment, transfer], HQ) == {STORE_A: 20, STORE_B: 10}
    # same start: the later one in the list wins
    same_start = [Assignment(STORE_A, date(2026, 11, 1), None), Assignment(STORE_B, date(2026, 11, 1), None)]
    assert days_per_unit(2026, 11, same_start, HQ) == {STORE_B: 30}


def test_assignments_outside_the_month_leave_it_at_home():
    assignments = [
        Assignment(STORE_A, date(2026, 10, 1), date(2026, 11, 1)),  # valid_to is exclusive
        Assignment(STORE_B, date(2026, 12, 1), None),
    ]
    assert days_per_unit(2026, 11, assignments, HQ) == {HQ: 30}


def test_an_assignment_must_end_after_it_starts():
    with pytest.raises(InvalidInput):
        Assignment(STORE_A, date(2026, 11, 10), date(2026, 11, 10))


@given(
    year=st.integers(min_value=2000, max_value=2100),
    month=st.integers(min_value=1, max_value=12),
    spans=st.lists(
        st.tuples(
            st.sampled_from([STORE_A, STORE_B, HQ]),
            st.dates(min_value=date(1999, 12, 1), max_value=date(2101, 1, 31)),
            st.one_of(st.none(), st.integers(min_value=1, max_value=90)),
        ),
        max_size=5,
    ),
)
def test_days_per_unit_cover_the_whole_month(year, month, spans):
    assignments = [
        Assignment(unit, start, None if length is None else date.fromordinal(start.toordinal() + length))
        for unit, start, length in spans
    ]
    days = days_per_unit(year, month, assignments, HQ)
    start, end = month_bounds(year, month)
    assert sum(days.values()) == (end - start).days
    assert all(count > 0 for count in days.values())


@given(
    parts=st.lists(
        st.tuples(st.integers(min_value=0, max_value=31), st.decimals(min_value=0, max_value=120, places=2)),
        min_size=1,
    ).filter(lambda ps: any(d for d, _ in ps))
)
def test_prorated_score_lies_between_the_part_scores(parts):
    scored = [s for d, s in parts if d]
    assert min(scored) <= prorate(parts) <= max(scored)


def test_prorate_refuses_no_days_or_negative_days():
    with pytest.raises(InvalidInput):
        prorate([])
    with pytest.raises(InvalidInput):
        prorate([(0, D(50))])
    with pytest.raises(InvalidInput):
        prorate([(-1, D(50)), (5, D(60))])


# --- ranking ------------------------------------------------------------------------------------


def test_competition_ranking_with_ties_and_percentiles():
    result = rank({"a": D(90), "b": D(80), "c": D(80), "d": D(70), "e": D(60)})
    assert result == {
        "a": Standing(1, D("100.00")),
        "b": Standing(2, D("62.50")),  # (2 below + 0.5 * 1 tie) / 4
        "c": Standing(2, D("62.50")),
        "d": Standing(4, D("25.00")),
        "e": Standing(5, D("0.00")),
    }
    assert list(result) == ["a", "b", "c", "d", "e"]


def test_ranking_edge_cohorts():
    assert rank({}) == {}
    assert rank({"only": D(42)}) == {"only": Standing(1, D("100.00"))}
    assert rank({"x": D(5), "y": D(5), "z": D(5)}) == {k: Standing(1, D("50.00")) for k in "xyz"}
    assert rank({"low": D(1), "high": D(2), "mid": D("1.5")})["mid"] == (2, D("50.00"))
    thirds = rank({"a": D(1), "b": D(2), "c": D(3), "d": D(4)})
    assert [s.percentile for s in thirds.values()] == [D("100.00"), D("66.67"), D("33.33"), D("0.00")]


@given(st.dictionaries(st.integers(), st.decimals(min_value=0, max_value=120, places=2), min_size=1, max_size=40))
def test_ranks_and_percentiles_follow_the_scores(scores):
    result = rank(scores)
    assert set(result) == set(scores)
    for a, sa in scores.items():
        assert result[a].rank == 1 + sum(1 for s in scores.values() if s > sa)
        assert D(0) <= result[a].percentile <= D(100)
        for b, sb in scores.items():
            if sa > sb:
                assert result[a].rank < result[b].rank
                assert result[a].percentile > result[b].percentile
            elif sa == sb:
                assert result[a] == result[b]


# --- values a metric can hold ---------------------------------------------------------------

ONE_TO_FIVE = MetricRule(HIGHER, Method.RATING)


@pytest.mark.parametrize("value", [D(-1), D("999999999999.999999"), D("0.999999"), D("5.000001"), D(0), D(6)])
def test_a_rating_off_its_scale_is_refused_with_its_field(value: D) -> None:
    with pytest.raises(ValueOutOfRange) as refused:
        check_value(value, ONE_TO_FIVE, field="body.value")
    assert refused.value.slug == "value.out_of_range"
    assert refused.value.extra["errors"][0]["field"] == "body.value"
    assert "between 1 and 5" in str(refused.value.detail)


@given(st.decimals(min_value=1, max_value=5, places=6, allow_nan=False, allow_infinity=False), directions)
def test_every_rating_on_the_scale_is_held_as_it_is(value: D, direction: Direction) -> None:
    assert check_value(value, MetricRule(direction, Method.RATING)) == value


@given(
    st.decimals(min_value=-10, max_value=10, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=-10, max_value=10, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=D("0.01"), max_value=10, places=2, allow_nan=False, allow_infinity=False),
)
def test_a_value_is_held_exactly_when_it_lies_on_the_rules_scale(value: D, low: D, span: D) -> None:
    rule = MetricRule(HIGHER, Method.RATING, scale_min=low, scale_max=low + span)
    if low <= value <= low + span:
        assert check_value(value, rule) == value
    else:
        with pytest.raises(ValueOutOfRange):
            check_value(value, rule)


@given(values)
def test_target_and_banded_metrics_hold_any_finite_value(value: D) -> None:
    """A loss is a profit value, and a band table may start below zero: nothing to refuse."""
    banded = MetricRule(LOWER, Method.BANDS, cap=D(100), bands=(Band(D(0), D(100)), Band(D(10), D(50))))
    for rule in (MetricRule(HIGHER, Method.TARGET), banded):
        assert check_value(value, rule) == value


@pytest.mark.parametrize("value", [D("NaN"), D("Infinity"), D("-Infinity")])
def test_a_value_that_is_no_number_is_refused(value: D) -> None:
    with pytest.raises(ValueOutOfRange):
        check_value(value, MetricRule(HIGHER, Method.TARGET))


def test_performance_bands_cut_the_percentile_into_four() -> None:
    from domain.performance.bands import band

    assert [band(D(p)) for p in ("100", "90", "89.99", "70", "69.99", "30.01", "30", "0")] == [
        "top_10",
        "top_10",
        "top_30",
        "top_30",
        "middle",
        "middle",
        "bottom_30",
        "bottom_30",
    ]
