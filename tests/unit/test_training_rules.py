from hypothesis import given
from hypothesis import strategies as st

from domain.training.rules import (
    CourseTerms,
    CreditCategory,
    CreditRules,
    Delivery,
    Evidence,
    Level,
    award_delta,
    balance,
    centi_text,
    course_credits_centi,
    level_for,
    next_level,
    plan_progress,
    split_by_share,
    verdict,
)

RULES = CreditRules()
THRESHOLDS = (2000, 4000, 6000)
ONLINE = CourseTerms(Delivery.ONLINE, base_credits_centi=200, weight_centi=150, pass_mark=60)
CLASSROOM = CourseTerms(Delivery.CLASSROOM, base_credits_centi=200, weight_centi=100, pass_mark=70)
PRACTICE = CourseTerms(Delivery.PRACTICE, base_credits_centi=100, weight_centi=100, pass_mark=0)

courses = st.builds(
    CourseTerms,
    delivery=st.sampled_from(Delivery),
    base_credits_centi=st.integers(0, 10_000),
    weight_centi=st.integers(50, 300),
    pass_mark=st.integers(0, 100),
)
scores = st.integers(0, 100)


def test_a_strategic_course_earns_base_times_weight() -> None:
    # the seed: 工业互联网应用 earns 3 where an ordinary course earns 2
    assert verdict(ONLINE, Evidence(completion_percent=100, exam_score=80), RULES).credits_centi == 300
    assert course_credits_centi(200, 100) == 200
    assert course_credits_centi(200, 125) == 250
    assert course_credits_centi(333, 150) == 500  # 4.995 rounds half up to 5.00


def test_each_delivery_has_its_rule_and_says_why() -> None:
    short = verdict(ONLINE, Evidence(completion_percent=99, exam_score=100), RULES)
    assert (short.credits_centi, short.met) == (0, False)
    assert "completion >= 100%" in short.rule
    assert verdict(ONLINE, Evidence(completion_percent=100, exam_score=79), RULES).credits_centi == 0
    assert verdict(CLASSROOM, Evidence(attended=True, exam_score=70), RULES).credits_centi == 200
    assert verdict(CLASSROOM, Evidence(attended=False, exam_score=100), RULES).credits_centi == 0
    assert verdict(CLASSROOM, Evidence(attended=True, exam_score=69), RULES).credits_centi == 0
    assert verdict(PRACTICE, Evidence(mentor_score=8), RULES).credits_centi == 300
    assert verdict(PRACTICE, Evidence(mentor_score=7), RULES).credits_centi == 0
    assert verdict(PRACTICE, Evidence(mentor_score=10), CreditRules(practice_credits_centi=450)).credits_centi == 450


@given(courses, scores, scores, st.integers(0, 100), st.booleans(), st.integers(0, 10), st.integers(0, 10))
def test_credits_never_fall_as_a_score_rises(
    course: CourseTerms, low: int, high: int, completion: int, attended: bool, mentor_low: int, mentor_high: int
) -> None:
    low, high = sorted((low, high))
    mentor_low, mentor_high = sorted((mentor_low, mentor_high))
    worse = Evidence(completion_percent=completion, exam_score=low, attended=attended, mentor_score=mentor_low)
    better = Evidence(completion_percent=completion, exam_score=high, attended=attended, mentor_score=mentor_high)
    assert verdict(course, worse, RULES).credits_centi <= verdict(course, better, RULES).credits_centi
    fuller = Evidence(completion_percent=100, exam_score=low, attended=True, mentor_score=mentor_low)
    assert verdict(course, worse, RULES).credits_centi <= verdict(course, fuller, RULES).credits_centi


@given(st.lists(st.integers(0, 1_000), min_size=1, max_size=10))
def test_retakes_never_lower_credits_and_never_count_twice(results: list[int]) -> None:
    counted = 0
    for earned in results:
        delta = award_delta(counted, earned)
        assert delta >= 0
        counted += delta
    assert counted == max(results)


@given(st.lists(st.integers(-10_000, 10_000), max_size=30))
def test_a_ledgers_balance_is_the_sum_of_its_entries(entries: list[int]) -> None:
    assert balance(entries) == sum(entries)
    assert balance(entries[:5]) + balance(entries[5:]) == balance(entries)


def test_levels_follow_the_thresholds() -> None:
    assert level_for(1999, THRESHOLDS) is Level.NONE
    assert level_for(2000, THRESHOLDS) is Level.JUNIOR
    assert level_for(5999, THRESHOLDS) is Level.INTERMEDIATE
    assert level_for(99999, THRESHOLDS) is Level.SENIOR
    assert next_level(3700, THRESHOLDS) == (Level.INTERMEDIATE, 300)
    assert next_level(6000, THRESHOLDS) is None


@given(st.integers(0, 20_000), st.integers(0, 20_000))
def test_more_credits_never_mean_a_lower_level(a: int, b: int) -> None:
    low, high = sorted((a, b))
    order = [Level.NONE, Level.JUNIOR, Level.INTERMEDIATE, Level.SENIOR]
    assert order.index(level_for(low, THRESHOLDS)) <= order.index(level_for(high, THRESHOLDS))


@given(st.integers(0, 1_000_000), st.integers(0, 100), st.integers(0, 100))
def test_plan_shares_add_up_to_the_total(total: int, a: int, b: int) -> None:
    first, second = sorted((a, b))
    parts = split_by_share(total, [first, second - first, 100 - second])
    assert sum(parts) == total
    assert all(part >= 0 for part in parts)


def test_plan_progress_by_category() -> None:
    progress = plan_progress(
        {CreditCategory.REQUIRED: 2500, CreditCategory.PRACTICE: 300},
        6000,
        {CreditCategory.REQUIRED: 40, CreditCategory.ELECTIVE: 30, CreditCategory.PRACTICE: 30},
        {CreditCategory.REQUIRED: 2000, CreditCategory.PRACTICE: 600},
    )
    assert [(p.category, p.earned_centi, p.expected_centi, p.minimum_met) for p in progress] == [
        (CreditCategory.REQUIRED, 2500, 2400, True),
        (CreditCategory.ELECTIVE, 0, 1800, True),
        (CreditCategory.PRACTICE, 300, 1800, False),
    ]


def test_credits_read_as_decimals() -> None:
    assert [centi_text(v) for v in (300, 250, 125, 0, -150, 7)] == ["3", "2.5", "1.25", "0", "-1.5", "0.07"]


def test_the_contribution_bonus_is_a_share_of_the_excess_raised_by_credits_and_capped() -> None:
    from domain.training.bonus_rules import BonusTerms, contribution, credit_modifier_percent

    personal = BonusTerms("personal", rate_basis_points=100, cap_minor=100_000)
    paid = contribution(
        sales_minor=2_000_000, target_minor=1_000_000, days=16, days_in_month=31, terms=personal, modifier_percent=2
    )
    assert (paid.target_minor, paid.excess_minor, paid.amount_minor, paid.capped) == (516_129, 1_483_871, 15_135, False)
    store = BonusTerms("store", rate_basis_points=100, cap_minor=8_000)
    capped = contribution(
        sales_minor=2_500_000, target_minor=1_500_000, days=31, days_in_month=31, terms=store, modifier_percent=0
    )
    assert (capped.excess_minor, capped.amount_minor, capped.capped) == (1_000_000, 8_000, True)
    below = contribution(
        sales_minor=100, target_minor=1_000, days=10, days_in_month=30, terms=store, modifier_percent=0
    )
    assert below.amount_minor == 0
    assert [credit_modifier_percent(c, 1, 10) for c in (0, 999, 1000, 2500, 50_000, -500)] == [0, 0, 1, 2, 10, 0]


@given(st.integers(0, 10**9), st.integers(0, 10**9), st.integers(1, 31), st.integers(0, 10))
def test_more_sales_never_pay_less_and_the_cap_holds(sales: int, more: int, days: int, modifier: int) -> None:
    from domain.training.bonus_rules import BonusTerms, contribution

    for basis in ("personal", "store"):
        terms = BonusTerms(basis, rate_basis_points=100, cap_minor=500_000)
        low = contribution(sales_minor=sales, target_minor=10**6, days=days, days_in_month=31, terms=terms,
                           modifier_percent=modifier)  # fmt: skip
        high = contribution(sales_minor=sales + more, target_minor=10**6, days=days, days_in_month=31, terms=terms,
                            modifier_percent=modifier)  # fmt: skip
        assert low.amount_minor <= high.amount_minor <= terms.cap_minor
