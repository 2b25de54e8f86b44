"""Roll-ups: a figure's points for one period, every group of it and suppression applied, computed
by the worker and kept (analytics_rollups), so an endpoint reads a year over 2,000 stores as rows
instead of recounting 100,000 people for every period and every reader.

A period is read from its roll-up when one is kept for the figure's variant (what else the figure
depends on: the active promotion rules, the roster rules) and HR's minimum group, computed after
the period ended or, for a period still running (the week, month, quarter or year to date), today.
Anything else (a range cut mid-period, a period the worker has not reached) is computed for the
request by the same function the worker runs: a roll-up is faster, never different.

What the worker keeps and how fresh (`due`): the ISO weeks, calendar months, quarters and years
that began in the last 24 months, and those to date (growth has no weeks). Each day it recomputes
the periods to date, those that ended within the figure's settling time (92 days: a late
correction; retention's leavers keep coming for a year after a posting: 457) and any roll-up older
than 28 days, so a correction dated further back shows within 28 days. `FigureSeries.as_of` says
when the oldest roll-up shown was computed."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics import rules
from domain.analytics.models import AnalyticsRollup, AnalyticsRollupPoint
from domain.analytics.rules import Cell, Granularity, Period, Threshold
from domain.analytics.schemas import SeriesGroup, SeriesPoint
from domain.analytics.settings import Settings

HORIZON_MONTHS = 24
GRANULARITIES = (Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR)
SETTLE_DAYS = 92
RESWEEP_DAYS = 28
FILTERED_GROUPS = 500  # more wanted groups than this: read the periods' rows whole


@dataclass(frozen=True)
class Stored:
    """One group's point of one measure ("" for a figure's only one), as shown: a suppressed point
    keeps no number."""

    group: str
    measure: str
    value: str | None
    numerator: int | None
    denominator: int | None
    suppressed: bool


# every group's points of one period: (session, period, today, HR's settings as read once)
Compute = Callable[[AsyncSession, Period, date, Settings], Awaitable[list[Stored]]]
NO_VARIANT = ""  # a figure that depends on nothing more than its data and the minimum group
Points = dict[tuple[str, str], Stored]


def hidden(group: str, measure: str = "") -> Stored:
    return Stored(group, measure, None, None, None, True)


def from_cells(
    cells: Sequence[Cell], partitions: dict[str, list[list[str]]], minimum: int, measure: str = ""
) -> list[Stored]:
    """Every cell as a share (numerator over denominator), suppressed as `rules.suppressed` says."""
    concealed = rules.suppressed(cells, partitions, minimum)
    found = []
    for i, cell in enumerate(cells):
        if i in concealed:
            found.append(hidden(cell.group, measure))
            continue
        value = rules.ratio(cell.numerator, cell.denominator)
        found.append(
            Stored(cell.group, measure, None if value is None else str(value), cell.numerator, cell.denominator, False)
        )
    return found


def horizon(today: date) -> date:
    """The first day of the month 24 months before `today`'s: roll-ups cover periods beginning then or later."""
    index = today.year * 12 + today.month - 1 - HORIZON_MONTHS
    return date(index // 12, index % 12 + 1, 1)


def _start(day: date, granularity: Granularity) -> date:
    """The first day of the calendar period holding `day`."""
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    if granularity is Granularity.QUARTER:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, 1, 1)


def expected(today: date, since: date, granularities: Sequence[Granularity] = GRANULARITIES) -> list[Period]:
    """The calendar periods the worker keeps, newest first, each span of days once: each
    granularity's from the one holding `since` to the one holding `today` (that one to date)."""
    found: list[Period] = []
    for granularity in granularities:
        found.extend(rules.periods(_start(since, granularity), today, granularity))
    # a quarter to date may be the year to date (the same days): computed and kept once
    unique = {(p.first, p.last): p for p in found}
    return sorted(unique.values(), key=lambda p: (p.last, p.first), reverse=True)


def earliest(today: date) -> date:
    """The first day of the oldest period kept: roll-ups of earlier periods are dropped."""
    return min(_start(horizon(today), granularity) for granularity in GRANULARITIES)


def usable(row: AnalyticsRollup, today: date) -> bool:
    """Computed after its period ended, or today (a period to date)."""
    return row.computed_on <= today and (row.period_last < row.computed_on or row.computed_on == today)


def due(period: Period, row: AnalyticsRollup | None, today: date, settle_days: int) -> bool:
    if row is None:
        return True
    if row.computed_on >= today:
        return False
    return (
        row.period_last >= row.computed_on  # was to date
        or period.last >= today - timedelta(days=settle_days)
        or row.computed_on <= today - timedelta(days=RESWEEP_DAYS)
    )


async def kept(
    session: AsyncSession, figure: str, variant: str, minimum: int, firsts: Collection[date]
) -> list[AnalyticsRollup]:
    return list(
        await session.scalars(
            select(AnalyticsRollup).where(
                AnalyticsRollup.figure == figure,
                AnalyticsRollup.variant == variant,
                AnalyticsRollup.minimum_group == minimum,
                AnalyticsRollup.period_first.in_(sorted(set(firsts))),
            )
        )
    )


async def read(
    session: AsyncSession,
    *,
    figure: str,
    variant: str,
    settings: Settings,
    periods: Sequence[Period],
    today: date,
    compute: Compute,
    groups: Collection[str],
) -> tuple[dict[str, Points], datetime | None]:
    """Each period's points of `groups` by label, from its roll-up where a usable one is kept and
    computed now otherwise; and when the oldest roll-up used was computed (None: none was)."""
    wanted = set(groups)
    asked = {(p.first, p.last) for p in periods}
    rows = {
        (row.period_first, row.period_last): row
        for row in await kept(session, figure, variant, settings.minimum_group, [p.first for p in periods])
        if (row.period_first, row.period_last) in asked and usable(row, today)
    }
    by_rollup: dict[object, Points] = {row.id: {} for row in rows.values()}
    if rows:
        query = select(AnalyticsRollupPoint).where(AnalyticsRollupPoint.rollup_id.in_(list(by_rollup)))
        if len(wanted) <= FILTERED_GROUPS:
            query = query.where(AnalyticsRollupPoint.group_key.in_(sorted(wanted)))
        for point in await session.scalars(query):
            if point.group_key in wanted:
                by_rollup[point.rollup_id][(point.group_key, point.measure)] = Stored(
                    point.group_key,
                    point.measure,
                    point.value,
                    point.numerator,
                    point.denominator,
                    point.suppressed,
                )
    found: dict[str, Points] = {}
    for period in periods:
        row = rows.get((period.first, period.last))
        if row is not None:
            found[period.label] = by_rollup[row.id]
            continue
        found[period.label] = {
            (p.group, p.measure): p for p in await compute(session, period, today, settings) if p.group in wanted
        }
    return found, min((row.computed_at for row in rows.values()), default=None)


async def write(
    session: AsyncSession,
    *,
    figure: str,
    variant: str,
    minimum: int,
    period: Period,
    today: date,
    now: datetime,
    points: Sequence[Stored],
) -> uuid.UUID:
    """Replaces the period's roll-up (a racing worker's insert of the same period fails on the
    unique constraint: the caller lets the first stand); returns the new roll-up's id."""
    old = select(AnalyticsRollup.id).where(
        AnalyticsRollup.figure == figure,
        AnalyticsRollup.variant == variant,
        AnalyticsRollup.minimum_group == minimum,
        AnalyticsRollup.period_first == period.first,
        AnalyticsRollup.period_last == period.last,
    )
    await session.execute(delete(AnalyticsRollupPoint).where(AnalyticsRollupPoint.rollup_id.in_(old)))
    await session.execute(delete(AnalyticsRollup).where(AnalyticsRollup.id.in_(old)))
    rollup = AnalyticsRollup(
        figure=figure,
        variant=variant,
        minimum_group=minimum,
        period_first=period.first,
        period_last=period.last,
        computed_on=today,
        computed_at=now,
    )
    session.add(rollup)
    await session.flush()
    if points:
        await session.execute(
            insert(AnalyticsRollupPoint),
            [
                {
                    "rollup_id": rollup.id,
                    "group_key": p.group,
                    "measure": p.measure,
                    "value": p.value,
                    "numerator": p.numerator,
                    "denominator": p.denominator,
                    "suppressed": p.suppressed,
                }
                for p in points
            ],
        )
    return rollup.id


def series(
    found: dict[str, Points],
    wanted: Sequence[tuple[str, SeriesGroup]],
    measures: Sequence[str] = ("",),
    *,
    threshold: Threshold | None = None,
    flagged_measure: str = "",
    measure_first: bool = False,
) -> list[SeriesPoint]:
    """The chart's points, period by period: each wanted group's measures (or each measure's
    groups, `measure_first`); a group absent from a period is a point of nobody."""
    points: list[SeriesPoint] = []
    for label, at in found.items():
        pairs = (
            [(key, group, m) for m in measures for key, group in wanted]
            if measure_first
            else [(key, group, m) for key, group in wanted for m in measures]
        )
        for key, group, measure in pairs:
            stored = at.get((key, measure)) or Stored(key, measure, None, 0, 0, False)
            flagged = (
                threshold is not None
                and measure == flagged_measure
                and not stored.suppressed
                and stored.value is not None
                and threshold.breached(Decimal(stored.value))
            )
            points.append(
                SeriesPoint(
                    period=label,
                    group=group,
                    measure=measure or None,
                    value=stored.value,
                    numerator=stored.numerator,
                    denominator=stored.denominator,
                    suppressed=stored.suppressed,
                    flagged=flagged,
                )
            )
    return points
