"""The frontline contribution bonus (一线贡献奖金) as plain arithmetic, in integer minor units.

The seed: "销售额超额部分的1%作为奖金". For a stay at a store or project in a month:
- personal basis: the person's own sales on the days there, above their monthly target pro-rated
  to those days;
- store basis: the store's sales of the month above its target, pro-rated to the person's days.
The excess times the rate (basis points: 100 = 1 %) is the base; the year's training credits raise
it (default +1 % per 10 credits, at most +10 %); the result is capped. Rounding is half up to the
minor unit, once, at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True, slots=True)
class BonusTerms:
    basis: str  # personal | store
    rate_basis_points: int
    cap_minor: int
    modifier_step_percent: int = 1
    modifier_cap_percent: int = 10


@dataclass(frozen=True, slots=True)
class Contribution:
    target_minor: int  # the target as it applies to the days
    excess_minor: int
    modifier_percent: int
    amount_minor: int
    capped: bool


def credit_modifier_percent(year_credits_centi: int, step_percent: int, cap_percent: int) -> int:
    """+`step_percent` per whole 10 credits earned in the year, at most `cap_percent`."""
    return min(cap_percent, max(0, year_credits_centi) // 1000 * step_percent)


def _half_up(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def contribution(
    *, sales_minor: int, target_minor: int, days: int, days_in_month: int, terms: BonusTerms, modifier_percent: int
) -> Contribution:
    """The bonus of one stay (see the module's docstring)."""
    share = Decimal(days) / Decimal(days_in_month)
    if terms.basis == "personal":
        target = _half_up(Decimal(target_minor) * share)
        excess = max(0, sales_minor - target)
    else:
        target = target_minor
        excess = _half_up(Decimal(max(0, sales_minor - target_minor)) * share)
    raw = Decimal(excess) * terms.rate_basis_points / 10_000 * (100 + modifier_percent) / 100
    amount = _half_up(raw)
    capped = amount > terms.cap_minor
    return Contribution(target, excess, modifier_percent, min(amount, terms.cap_minor), capped)
