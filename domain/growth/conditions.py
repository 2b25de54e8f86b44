"""Promotion eligibility as plain functions: the figures a condition reads (frontline days,
performance percentiles, credits) and whether a person meets it, how far they are, and what is
missing. Eligibility is the conjunction of a rule's conditions; "close" means not eligible yet but
at 80 % or more of every condition (the issue's "within 20 %")."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CLOSE_AT = Decimal("0.8")
MONTH_DAYS = 30  # "6 months" of frontline time is 180 days


class Aggregate(enum.StrEnum):
    BEST = "best"
    AVERAGE = "average"
    LATEST = "latest"


def aggregate_percentile(percentiles: Sequence[tuple[str, Decimal]], how: Aggregate) -> Decimal | None:
    """One figure from the months' percentiles (month text, percentile 0-100): the best, the mean
    (2 places, half up) or the latest month's; None without a month."""
    if not percentiles:
        return None
    if how is Aggregate.BEST:
        return max(value for _month, value in percentiles)
    if how is Aggregate.LATEST:
        return max(percentiles)[1]
    mean = sum((value for _month, value in percentiles), Decimal(0)) / len(percentiles)
    return mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def top_share(percentile: Decimal) -> Decimal:
    """The share of the cohort at or above a percentile, as people say it: 78 -> "top 22 %"."""
    return Decimal(100) - percentile


@dataclass(frozen=True, slots=True)
class Check:
    """One condition for one person: met or not, the figure and what it needs (as numbers, in the
    condition's unit), and progress (figure / needed, at most 1) for "close"."""

    met: bool
    figure: Decimal | None
    needed: Decimal
    progress: Decimal


def _progress(figure: Decimal | None, needed: Decimal) -> Decimal:
    if figure is None:
        return Decimal(0)
    if needed <= 0:
        return Decimal(1)
    return min(Decimal(1), max(Decimal(0), figure / needed))


def at_least(figure: Decimal | None, needed: Decimal) -> Check:
    """Days, credits: met at or above the number needed."""
    return Check(figure is not None and figure >= needed, figure, needed, _progress(figure, needed))


def within_top(percentile: Decimal | None, top_percent: Decimal) -> Check:
    """Top `top_percent` % of the cohort: met when the percentile is at least 100 - top_percent
    (top 30 % -> percentile 70 or more). The figure is the percentile."""
    needed = Decimal(100) - top_percent
    return Check(percentile is not None and percentile >= needed, percentile, needed, _progress(percentile, needed))


def eligible(checks: Iterable[Check]) -> bool:
    return all(check.met for check in checks)


def close(checks: Sequence[Check]) -> bool:
    """Not eligible yet, but at `CLOSE_AT` or more of every condition."""
    return not eligible(checks) and all(check.progress >= CLOSE_AT for check in checks)


def window_start(today: date, window_months: int | None, this_year: bool) -> date:
    """The first day of a frontline-time window: January 1st, or `window_months` months back."""
    return date(today.year, 1, 1) if this_year else months_before(today, window_months or 0)


def months_and_days(days: int) -> tuple[int, int]:
    return divmod(days, MONTH_DAYS)


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the month's last day where it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - date(year, month, 1)).days
    return date(year, month, min(day.day, last))


def month_text_before(day: date, months: int) -> str:
    """The month `months` - 1 months before `day`'s, as text: the first month of a window of
    `months` months ending with `day`'s (24 in December 2026: 2025-01)."""
    index = day.year * 12 + day.month - 1 - (months - 1)
    year, month = divmod(index, 12)
    return f"{year:04d}-{month + 1:02d}"
