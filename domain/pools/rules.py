"""The pool's arithmetic, pure (no I/O): funding from rules, qualifying conditions, the frontline /
back-office share with the linked rule, members' weights, and the exact split.

Rounding, once and in one direction: every funding rule's exact amount (a decimal percent of an
integer number of minor units, products kept exact) is rounded DOWN to a whole minor unit, so a
rule never funds more than it says; the pool is the sum of its rules' rounded amounts. Splits never
round: they use the largest-remainder method on exact fractions, so the parts sum to the whole.

Weights:
- frontline: performance score x days assigned in the scope during the month (a person with no
  score yet counts as 100, "on target", so a missing scorecard costs nobody their share);
- back office, per ticket they resolved for a store in the scope during the month:
  (1 + 0.5 if the resolution SLA was met) x (rating / 5 if rated, else 0.6), summed; a named
  project member adds their configured weight; HR adjustments add a signed delta (reason audited);
  a weight below zero counts as zero.
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

HUNDRED = Decimal(100)
DEFAULT_SCORE = Decimal(100)
SLA_BONUS = Decimal("0.5")
UNRATED_FACTOR = Decimal("0.6")
RATING_SCALE = Decimal(5)


class PoolSide(enum.StrEnum):
    FRONTLINE = "frontline"
    BACK_OFFICE = "back_office"


# --- Funding --------------------------------------------------------------------------------


def percent_of_minor(amount_minor: int, *percents: Decimal) -> int:
    """amount x p1% x p2% ..., exact, rounded down to a whole minor unit (never below zero:
    a negative base, such as a loss, funds nothing)."""
    if amount_minor <= 0:
        return 0
    exact = Fraction(amount_minor)
    for percent in percents:
        if percent < 0:
            raise ValueError("percentages are not negative")
        exact *= Fraction(percent) / 100
    return int(exact)  # int() truncates towards zero: the floor, as exact >= 0


def decimal_to_minor(value: Decimal, exponent: int) -> int:
    """A decimal amount in major units (e.g. a pushed profit of 1234.567) as whole minor units,
    rounded down: 123456 for 2 decimals."""
    return int(value.scaleb(exponent).to_integral_value(rounding=ROUND_DOWN))


# --- Conditions -----------------------------------------------------------------------------


class Operator(enum.StrEnum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


@dataclass(frozen=True, slots=True)
class ConditionOutcome:
    """`compared` is what met the threshold: the value itself, or value/target x 100 (percent of
    target). `shortfall` is how far it missed, in the threshold's units (None when it passed or
    could not be measured)."""

    passed: bool
    compared: Decimal | None
    shortfall: Decimal | None
    note: str | None


def check_condition(
    *,
    operator: Operator,
    threshold: Decimal,
    value: Decimal | None,
    target: Decimal | None,
    of_target: bool,
) -> ConditionOutcome:
    if value is None:
        return ConditionOutcome(False, None, None, "no value for the period")
    compared = value
    if of_target:
        if target is None:
            return ConditionOutcome(False, None, None, "no target set")
        if target <= 0:
            return ConditionOutcome(False, None, None, "the target is not positive")
        compared = (value / target * HUNDRED).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    if operator is Operator.AT_LEAST:
        passed = compared >= threshold
        shortfall = None if passed else threshold - compared
    else:
        passed = compared <= threshold
        shortfall = None if passed else compared - threshold
    return ConditionOutcome(passed, compared, shortfall, None)


# --- Shares and the linked rule -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shares:
    frontline: Decimal
    back_office: Decimal
    linked_bonus: Decimal  # percentage points moved to the back office by the linked rule
    capped: bool


def shares(
    frontline_percent: Decimal,
    *,
    achievement: Decimal | None = None,
    points_per_percent: Decimal | None = None,
    cap_points: Decimal | None = None,
) -> Shares:
    """The back office gets 100 - frontline percent, plus `points_per_percent` percentage points
    for each percent the frontline achieved above its target (`achievement` is percent of target),
    the bonus capped at `cap_points` and at the whole pool."""
    if not 0 <= frontline_percent <= HUNDRED:
        raise ValueError("the frontline share is a percent between 0 and 100")
    back_office = HUNDRED - frontline_percent
    bonus = Decimal(0)
    capped = False
    if achievement is not None and points_per_percent is not None and cap_points is not None:
        above = max(Decimal(0), achievement - HUNDRED)
        bonus = above * points_per_percent
        limit = min(cap_points, frontline_percent)
        if bonus > limit:
            bonus, capped = limit, True
    return Shares(frontline_percent - bonus, back_office + bonus, bonus, capped)


# --- Weights --------------------------------------------------------------------------------


def frontline_weight(score: Decimal | None, days: int) -> Decimal:
    return (DEFAULT_SCORE if score is None else max(score, Decimal(0))) * days


def ticket_weight(*, sla_met: bool, rating: int | None) -> Decimal:
    speed = Decimal(1) + (SLA_BONUS if sla_met else Decimal(0))
    quality = Decimal(rating) / RATING_SCALE if rating is not None else UNRATED_FACTOR
    return speed * quality


# --- The split ------------------------------------------------------------------------------


def split_largest_remainder(total: int, weights: Mapping[K, Decimal], *, order: Mapping[K, str]) -> dict[K, int]:
    """Split `total` minor units in proportion to `weights`, exactly: every part is the floor of its
    exact quota, and the units left over go one each to the largest remainders, ties broken by
    `order[key]` (a stable member key such as the employee number), never by input order, so
    reordering the members changes nothing. Parts are non-negative, sum to `total`, and each is
    within one unit of its exact quota. Zero weights get zero; all-zero weights cannot take a
    positive total (ValueError)."""
    if total < 0:
        raise ValueError("the total is not negative")
    if any(weight < 0 for weight in weights.values()):
        raise ValueError("weights are not negative")
    whole = sum((Fraction(weight) for weight in weights.values()), Fraction(0))
    if whole == 0:
        if total:
            raise ValueError("a positive total needs a positive weight")
        return dict.fromkeys(weights, 0)
    parts: dict[K, int] = {}
    remainders: list[tuple[Fraction, str, K]] = []
    for key, weight in weights.items():
        quota = total * Fraction(weight) / whole
        parts[key] = int(quota)
        remainders.append((quota - parts[key], order[key], key))
    left = total - sum(parts.values())
    remainders.sort(key=lambda entry: (-entry[0], entry[1]))
    for _, _, key in remainders[:left]:
        parts[key] += 1
    return parts


def split_sides(total: int, frontline_percent: Decimal, back_office_percent: Decimal) -> tuple[int, int]:
    """The pool into its two sides, exactly (largest remainder; a tie goes to the frontline)."""
    parts = split_largest_remainder(
        total,
        {PoolSide.FRONTLINE: frontline_percent, PoolSide.BACK_OFFICE: back_office_percent},
        order={PoolSide.FRONTLINE: "0", PoolSide.BACK_OFFICE: "1"},
    )
    return parts[PoolSide.FRONTLINE], parts[PoolSide.BACK_OFFICE]


def sides_with_members(
    frontline: int, back_office: int, *, has_frontline: bool, has_back_office: bool
) -> tuple[int, int]:
    """A side with nobody to pay hands its amount to the other side; with nobody at all, nothing is paid."""
    if not has_frontline and not has_back_office:
        return 0, 0
    if not has_frontline:
        return 0, frontline + back_office
    if not has_back_office:
        return frontline + back_office, 0
    return frontline, back_office
