"""Training effect (效果评估) as a pure comparison: did the people who passed a course move its
metrics more than those who did not? Each participant's points in the months before the month they
passed are compared with the months after; non-participants are compared over the same calendar
windows, cohort by cohort (the month of passing), so a season that lifts everyone does not count
as the course's effect. Months are integers (year x 12 + month - 1) so windows are ranges."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

Person = TypeVar("Person", bound=Hashable)
CENT = Decimal("0.01")


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


@dataclass(frozen=True, slots=True)
class EffectFigures:
    participants: int  # participants with points on both sides of their month
    participants_before: Decimal | None
    participants_after: Decimal | None
    participants_change: Decimal | None
    comparison: int  # non-participants with points on both sides of some participant's month
    comparison_change: Decimal | None
    effect: Decimal | None  # participants' change less the comparison's


def _mean(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def _round(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(CENT, rounding=ROUND_HALF_UP)


def window(points: Mapping[int, Decimal], start: int, months: int) -> tuple[Decimal, Decimal] | None:
    """The mean points of the `months` months before `start` and of the `months` after it (the
    month itself is left out: the course happened in it); None unless both sides have points."""
    before = [points[m] for m in range(start - months, start) if m in points]
    after = [points[m] for m in range(start + 1, start + months + 1) if m in points]
    if not before or not after:
        return None
    return _mean(before), _mean(after)


def training_effect(
    points: Mapping[Person, Mapping[int, Decimal]], started: Mapping[Person, int], months: int
) -> EffectFigures:
    """`points`: each person's points per month on one metric (one population); `started`: the
    month each participant passed the course. Everyone in `points` not in `started` is a
    non-participant. The comparison's change is the mean over cohorts, weighted by the
    participants each cohort counts."""
    befores: list[Decimal] = []
    afters: list[Decimal] = []
    cohorts: dict[int, int] = defaultdict(int)
    for person, start in started.items():
        seen = window(points.get(person, {}), start, months)
        if seen is None:
            continue
        befores.append(seen[0])
        afters.append(seen[1])
        cohorts[start] += 1
    others = {person: history for person, history in points.items() if person not in started}
    compared: set[Person] = set()
    weighted = Decimal(0)
    weights = 0
    for start, count in cohorts.items():
        changes = []
        for person, history in others.items():
            seen = window(history, start, months)
            if seen is not None:
                changes.append(seen[1] - seen[0])
                compared.add(person)
        if changes:
            weighted += _mean(changes) * count
            weights += count
    before = _mean(befores) if befores else None
    after = _mean(afters) if afters else None
    change = after - before if after is not None and before is not None else None
    comparison_change = weighted / weights if weights else None
    effect = change - comparison_change if change is not None and comparison_change is not None else None
    return EffectFigures(
        participants=len(befores),
        participants_before=_round(before),
        participants_after=_round(after),
        participants_change=_round(change),
        comparison=len(compared),
        comparison_change=_round(comparison_change),
        effect=_round(effect),
    )
