"""The end-of-posting report's judgement as plain functions: each metric's results over the
posting's months (the means of its values and of its targets), the achievement against the target
(value / target for a metric where higher is better, target / value where lower is), and the
verdict: a strength at 110 % of target or more, a gap under 100 %."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

STRENGTH_AT = Decimal(110)
HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Line:
    """One metric line of one month at the posting's unit, as frozen."""

    metric_code: str
    metric_name: str
    value: Decimal | None
    target: Decimal | None


@dataclass(frozen=True, slots=True)
class Result:
    metric_code: str
    metric_name: str
    months: int  # months with a value
    value: Decimal | None  # mean of the months' values
    target: Decimal | None  # mean of the months' targets
    achievement: Decimal | None  # percent of target, 1 place
    verdict: str  # strength | on_target | gap | no_target


def _mean(values: list[Decimal]) -> Decimal | None:
    return sum(values, Decimal(0)) / len(values) if values else None


def achievement(value: Decimal, target: Decimal, lower_is_better: bool) -> Decimal | None:
    """Percent of target, 1 place half up; None where it cannot be said (a zero to divide by)."""
    over, under = (target, value) if lower_is_better else (value, target)
    if under == 0:
        return None
    return (over / under * HUNDRED).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def verdict(percent: Decimal | None) -> str:
    if percent is None:
        return "no_target"
    if percent >= STRENGTH_AT:
        return "strength"
    return "gap" if percent < HUNDRED else "on_target"


def results(lines: Iterable[Line], lower_is_better: Mapping[str, bool]) -> list[Result]:
    """Each metric over the posting, in the order it first appears."""
    grouped: dict[str, list[Line]] = {}
    for line in lines:
        grouped.setdefault(line.metric_code, []).append(line)
    found = []
    for code, held in grouped.items():
        values = [line.value for line in held if line.value is not None]
        targets = [line.target for line in held if line.target is not None]
        value, target = _mean(values), _mean(targets)
        percent = None
        if value is not None and target is not None:
            percent = achievement(value, target, lower_is_better.get(code, False))
        found.append(
            Result(
                metric_code=code,
                metric_name=held[0].metric_name,
                months=len(values),
                value=None if value is None else value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
                target=None if target is None else target.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
                achievement=percent,
                verdict=verdict(percent),
            )
        )
    return found
