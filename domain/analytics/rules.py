"""Mission analytics' pure rules: the periods a range is cut into, the figures' values, which cells
may be shown (small groups and differences between overlapping groups), and when a figure is flagged.

A figure is a set of cells: one period, one group, a numerator over a denominator (people, or
respondents for a survey). A cell whose denominator is 1 to `minimum - 1` people is suppressed: its
value, numerator and denominator are not shown. That is not enough alone: a group that contains
others (a department and its sub-departments, a department and its women and others) shows the
people of the difference when it and its parts are shown. So each shown group's cuts must leave
nobody or at least `minimum` people unexplained, and no hidden part alone (see `suppressed`): the
classic secondary suppression of hierarchical tables. It is not an exhaustive audit of every
linear combination across both cuts at once. The figures pass every group of the grouping (the
requester may see only some), so a cut shown to one reader is the cut shown to every reader."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

SMALLEST_MINIMUM = 3  # HR may lower the group threshold to 3, never below
DEFAULT_MINIMUM = 5
LONGEST_RANGE_YEARS = 3


class Granularity(enum.StrEnum):
    WEEK = "week"  # ISO weeks, Monday to Sunday
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True)
class Period:
    """Days [first, last], both included, and how a chart labels them ("2026-W05", "2026-11", "2026-Q4",
    "2026"; a week by its ISO year and number, so the days around New Year carry the ISO year)."""

    label: str
    first: date
    last: date


def _month_after(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def instant(day: date, zone: ZoneInfo) -> datetime:
    """The organisation's midnight starting `day`, in UTC: periods are the organisation's days."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def periods(start: date, end: date, granularity: Granularity) -> list[Period]:
    """The calendar periods covering [start, end], each cut to the range at both ends."""
    found: list[Period] = []
    first = start
    while first <= end:
        if granularity is Granularity.WEEK:
            iso = first.isocalendar()
            following = first + timedelta(days=7 - first.weekday())
            label = f"{iso.year}-W{iso.week:02d}"
        elif granularity is Granularity.MONTH:
            following = _month_after(date(first.year, first.month, 1))
            label = f"{first.year}-{first.month:02d}"
        elif granularity is Granularity.QUARTER:
            quarter = (first.month - 1) // 3
            following = date(first.year + (quarter == 3), (quarter + 1) % 4 * 3 + 1, 1)
            label = f"{first.year}-Q{quarter + 1}"
        else:
            following = date(first.year + 1, 1, 1)
            label = str(first.year)
        last = min(end, following - timedelta(days=1))
        found.append(Period(label, first, last))
        first = following
    return found


def range_too_long(start: date, end: date) -> bool:
    """More than three years from `start` to `end` (29 February counts as the 28th)."""
    try:
        limit = start.replace(year=start.year + LONGEST_RANGE_YEARS)
    except ValueError:
        limit = date(start.year + LONGEST_RANGE_YEARS, 2, 28)
    return end >= limit


def ratio(numerator: int, denominator: int) -> Decimal | None:
    """numerator / denominator to four places, half up; None of nobody."""
    if denominator == 0:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Cell:
    period: str
    group: str  # a key the figure chose ("unit:<id>", "unit:<id>|sex:women")
    numerator: int
    denominator: int


def suppressed(
    cells: Sequence[Cell], partitions: Mapping[str, Sequence[Sequence[str]]], minimum: int = DEFAULT_MINIMUM
) -> set[int]:
    """The positions in `cells` that may not be shown. `partitions[g]` lists ways group `g` is cut
    into disjoint groups (its sub-departments, leaving out its own members; its women and others).

    Primary: a group of 1 to `minimum - 1` people. Secondary, for each shown group and each of its
    cuts: what the shown parts leave unexplained (`unknown`, a hidden part counted by its own shown
    parts) must be nobody or at least `minimum` people, and a single hidden part must not be the
    whole of it (else it is the group less the rest); the smallest shown part is hidden until both
    hold. A hidden group whose cut is shown whole is derivable, so one of its parts is hidden too.
    Repeated until nothing changes. A cell of nobody reveals nobody and is shown."""
    minimum = max(minimum, SMALLEST_MINIMUM)
    hidden = {i for i, cell in enumerate(cells) if 0 < cell.denominator < minimum}
    where = {(cell.period, cell.group): i for i, cell in enumerate(cells)}

    def visible(i: int, depth: int = 0) -> tuple[int, list[int]]:
        """How many of cell i's people shown cells account for, and which shown cells do."""
        if i not in hidden:
            return cells[i].denominator, [i]
        best: tuple[int, list[int]] = (0, [])
        if depth > 16:
            return best
        for parts in partitions.get(cells[i].group, ()):
            total, used = 0, list[int]()
            for j in _present(cells[i].period, parts, where):
                seen, by = visible(j, depth + 1)
                total, used = total + seen, used + by
            if total > best[0]:
                best = (total, used)
        return best

    changed = True
    while changed:
        changed = False
        for i, whole in enumerate(cells):
            for parts in partitions.get(whole.group, ()):
                present = _present(whole.period, parts, where)
                while present:
                    pieces = [visible(j) for j in present]
                    unknown = whole.denominator - sum(seen for seen, _ in pieces)
                    if i in hidden:
                        bad = whole.denominator > 0 and unknown == 0
                    else:
                        direct = whole.denominator - sum(cells[j].denominator for j in present)
                        lone = sum(1 for j in present if j in hidden and cells[j].denominator > 0) == 1
                        bad = 0 < unknown < minimum or (unknown > 0 and lone and direct == 0)
                    shown = [k for _, used in pieces for k in used if cells[k].denominator > 0]
                    if not bad or not shown:
                        break
                    hidden.add(min(shown, key=lambda k: (cells[k].denominator, k)))
                    changed = True
    return hidden


def _present(period: str, parts: Sequence[str], where: Mapping[tuple[str, str], int]) -> list[int]:
    return [where[(period, part)] for part in parts if (period, part) in where]


class Direction(enum.StrEnum):
    BELOW = "below"  # flagged when the value falls below the threshold
    ABOVE = "above"


@dataclass(frozen=True)
class Threshold:
    direction: Direction
    value: Decimal

    def breached(self, value: Decimal | None) -> bool:
        if value is None:
            return False
        return value < self.value if self.direction is Direction.BELOW else value > self.value
