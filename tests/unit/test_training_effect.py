from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.training.effect_rules import month_index, training_effect, window

MARCH = month_index(2026, 3)
points = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)
histories = st.dictionaries(st.integers(MARCH - 6, MARCH + 6), points, min_size=0, max_size=13)


def flat(value: str, start: int = MARCH - 3, end: int = MARCH + 3) -> dict[int, Decimal]:
    return {m: Decimal(value) for m in range(start, end + 1)}


def test_the_months_around_the_course_are_compared_and_its_own_month_left_out() -> None:
    history = {MARCH - 4: Decimal(0), MARCH - 2: Decimal(60), MARCH - 1: Decimal(70), MARCH: Decimal(0)}
    history |= {MARCH + 1: Decimal(80), MARCH + 3: Decimal(90), MARCH + 4: Decimal(0)}
    assert window(history, MARCH, 3) == (Decimal(65), Decimal(85))
    assert window({MARCH - 1: Decimal(1)}, MARCH, 3) is None  # nothing after yet


def test_the_effect_is_the_participants_change_beyond_everyones() -> None:
    # a season lifts everyone by 5; the course lifts its people by another 10
    season = {m: Decimal(50 if m < MARCH else 55) for m in range(MARCH - 3, MARCH + 4)}
    trained = {m: Decimal(50 if m < MARCH else 65) for m in range(MARCH - 3, MARCH + 4)}
    figures = training_effect({"a": trained, "b": trained, "x": season, "y": season}, {"a": MARCH, "b": MARCH}, 3)
    assert (figures.participants, figures.comparison) == (2, 2)
    assert (figures.participants_before, figures.participants_after) == (Decimal("50.00"), Decimal("65.00"))
    assert (figures.participants_change, figures.comparison_change, figures.effect) == (
        Decimal("15.00"),
        Decimal("5.00"),
        Decimal("10.00"),
    )


def test_cohorts_are_compared_over_their_own_months() -> None:
    # non-participants rise in April: the March cohort's comparison sees it, September's does not
    rising = {m: Decimal(40 if m < month_index(2026, 4) else 60) for m in range(MARCH - 3, MARCH + 10)}
    september = month_index(2026, 9)
    figures = training_effect(
        {"march": flat("50", MARCH - 3, MARCH + 3), "sept": flat("50", september - 3, september + 3), "x": rising},
        {"march": MARCH, "sept": september},
        3,
    )
    assert figures.participants == 2
    assert figures.comparison_change == Decimal("10.00")  # (20 for March + 0 for September) / 2
    assert figures.effect == Decimal("-10.00")


def test_without_points_on_both_sides_nobody_is_counted() -> None:
    figures = training_effect({"a": {MARCH + 1: Decimal(9)}}, {"a": MARCH, "b": MARCH}, 3)
    assert (figures.participants, figures.participants_change, figures.comparison, figures.effect) == (
        0,
        None,
        0,
        None,
    )


@given(st.dictionaries(st.sampled_from("abcdef"), histories, max_size=6), st.sets(st.sampled_from("abc")))
def test_when_everyone_moves_alike_the_effect_is_nil(people: dict[str, dict[int, Decimal]], trained: set[str]) -> None:
    # everyone gets the same history: whatever it is, the course made no difference
    shared = next(iter(people.values()), {})
    same = {person: shared for person in people}
    figures = training_effect(same, {person: MARCH for person in trained}, 3)
    assert figures.effect in (None, Decimal("0.00"))


@given(histories, st.decimals(min_value=-20, max_value=20, places=2), st.integers(1, 6))
def test_lifting_the_participants_after_points_lifts_the_effect_by_as_much(
    history: dict[int, Decimal], lift: Decimal, months: int
) -> None:
    base = training_effect({"a": history, "x": history}, {"a": MARCH}, months)
    lifted_history = {m: value + lift if m > MARCH else value for m, value in history.items()}
    lifted = training_effect({"a": lifted_history, "x": history}, {"a": MARCH}, months)
    if base.effect is None:
        assert lifted.effect is None
    else:
        assert lifted.effect == base.effect + lift
