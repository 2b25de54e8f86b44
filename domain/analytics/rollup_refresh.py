"""The worker's side of the roll-ups (domain/analytics/rollups.py): which figures are rolled up, and
a job that recomputes the periods due, newest first, a few per pass so the other jobs keep their
pace (a pass stops starting periods once `budget_s` is spent; the next pass goes on). Two workers
may compute the same period; the second's write fails on the roll-up's unique constraint and the
first stands."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics import (
    care_arrangements,
    growth,
    late_shifts,
    participation,
    retention,
    rollups,
    ticket_waits,
    turnover,
)
from domain.analytics.models import AnalyticsRollup, AnalyticsRollupPoint
from domain.analytics.rollups import Compute
from domain.analytics.rules import Granularity, Period
from domain.analytics.settings import Settings, settings_in_force
from domain.org.queries import organisation_today
from domain.shared.clock import Clock
from domain.shared.db import Database

log = logging.getLogger("frontline.analytics")

BUDGET_S = 1.0  # seconds of a worker pass after which no further period is started


async def _constant(_session: AsyncSession, _settings: Settings) -> str:
    return rollups.NO_VARIANT


async def _no_counts(_session: AsyncSession, _rollup_id: uuid.UUID, _period: Period) -> None:
    return None


@dataclass(frozen=True)
class Rolled:
    compute: Compute
    # what else the figure depends on, from the same settings its computation is given
    variant: Callable[[AsyncSession, Settings], Awaitable[str]] = _constant
    settle_days: int = rollups.SETTLE_DAYS
    granularities: tuple[Granularity, ...] = rollups.GRANULARITIES
    # what a roll-up keeps beside its points, written with them: (session, the roll-up's id, period)
    keep: Callable[[AsyncSession, uuid.UUID, Period], Awaitable[None]] = _no_counts
    to_date: bool = True  # whether periods still running are rolled up too


MONTHS_UP = (Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR)


ROLLED: dict[str, Rolled] = {
    participation.FIGURE: Rolled(participation.computed, participation.variant),
    turnover.FIGURE: Rolled(turnover.computed),
    late_shifts.FIGURE: Rolled(late_shifts.computed, late_shifts.variant),
    care_arrangements.FIGURE: Rolled(care_arrangements.computed),
    retention.FIGURE: Rolled(retention.computed, settle_days=retention.SETTLE_DAYS),
    growth.FIGURE: Rolled(
        growth.computed, growth.variant, granularities=MONTHS_UP
    ),  # no weeks: credits count in months
    # closed months only: a range's other days are counted from the tickets on each request
    ticket_waits.FIGURE: Rolled(
        ticket_waits.no_points, keep=ticket_waits.keep, granularities=(Granularity.MONTH,), to_date=False
    ),
}


@dataclass(frozen=True)
class Due:
    figure: str
    variant: str
    settings: Settings
    today: date
    period: Period


async def due_periods(
    database: Database, clock: Clock, since: date | None, figures: Collection[str] | None
) -> list[Due]:
    """Every rolled-up figure's periods due, newest first; roll-ups no longer usable (a to-date
    period of an earlier day, another variant or minimum, before the horizon) are dropped."""
    found: list[Due] = []
    async with database.session_scope() as session:
        today = await organisation_today(session, clock)
        start = since or rollups.horizon(today)
        settings = await settings_in_force(session)
        minimum = settings.minimum_group
        for figure, rolled in ROLLED.items():
            if figures is not None and figure not in figures:
                continue
            periods = rollups.expected(today, start, rolled.granularities)
            variant = await rolled.variant(session, settings)
            obsolete = select(AnalyticsRollup.id).where(
                AnalyticsRollup.figure == figure,
                or_(
                    AnalyticsRollup.variant != variant,
                    AnalyticsRollup.minimum_group != minimum,
                    AnalyticsRollup.period_first < rollups.earliest(today),
                    (AnalyticsRollup.period_last >= AnalyticsRollup.computed_on)
                    & (AnalyticsRollup.computed_on < today),
                ),
            )
            gone = [row for row in await session.scalars(obsolete)]
            if gone:
                await session.execute(delete(AnalyticsRollupPoint).where(AnalyticsRollupPoint.rollup_id.in_(gone)))
                await session.execute(delete(AnalyticsRollup).where(AnalyticsRollup.id.in_(gone)))
            rows = {
                (row.period_first, row.period_last): row
                for row in await rollups.kept(session, figure, variant, minimum, [p.first for p in periods])
            }
            found.extend(
                Due(figure, variant, settings, today, period)
                for period in periods
                if (rolled.to_date or period.last < today)
                and rollups.due(period, rows.get((period.first, period.last)), today, rolled.settle_days)
            )
    found.sort(key=lambda d: (d.period.last, d.period.first), reverse=True)
    return found


async def refresh_rollups(
    database: Database,
    clock: Clock,
    *,
    budget_s: float | None = BUDGET_S,
    since: date | None = None,
    figures: Collection[str] | None = None,
) -> int:
    """Recomputes the roll-ups due (all, with `budget_s` None); returns how many periods it wrote.
    `since`: roll up only periods from then (a bench's year), not the whole horizon."""
    started = time.monotonic()
    written = 0
    for item in await due_periods(database, clock, since, figures):
        if budget_s is not None and written and time.monotonic() - started > budget_s:
            break
        async with database.session_scope() as session:
            rolled = ROLLED[item.figure]
            points = await rolled.compute(session, item.period, item.today, item.settings)
            try:
                async with session.begin_nested():
                    rollup_id = await rollups.write(
                        session,
                        figure=item.figure,
                        variant=item.variant,
                        minimum=item.settings.minimum_group,
                        period=item.period,
                        today=item.today,
                        now=clock.now(),
                        points=points,
                    )
                    await rolled.keep(session, rollup_id, item.period)
            except IntegrityError:
                log.info("roll-up of %s %s written meanwhile", item.figure, item.period.label)
                continue
        written += 1
    return written
