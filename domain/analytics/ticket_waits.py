"""How long tickets waited, by category: the median minutes from raising to the first answer and to
resolution, over any range of days, for the departments in a reader's sight.

The worker rolls up each closed month (figure `ticket_waits`, refreshed as the other roll-ups are:
domain/analytics/rollups.py) as counts of tickets per category, department and whole minute, and
per bucket of minutes (domain/analytics/wait_buckets.py). A range reads its whole closed months
from those counts and counts the rest (a month cut by the range, the month to date, a month not
rolled up yet) from the tickets; the medians are the same either way, only faster."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, false, func, insert, literal, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics import rollups, rules, wait_buckets
from domain.analytics.models import TicketWaitCount
from domain.analytics.rollups import Stored
from domain.analytics.rules import Period
from domain.analytics.settings import Settings
from domain.org.queries import organisation_timezone
from domain.shared.date_sql import minutes_between
from domain.tickets.models import Ticket

FIGURE = "ticket_waits"
MEASURES = {"first_response": Ticket.first_responded_at, "resolution": Ticket.resolved_at}
Histogram = dict[int, int]  # minutes (or a bucket's first minute) -> tickets


async def no_points(_session: AsyncSession, _period: Period, _today: date, _settings: Settings) -> list[Stored]:
    """The roll-up keeps counts (`keep`), not points."""
    return []


async def keep(session: AsyncSession, rollup_id: uuid.UUID, period: Period) -> None:
    """Counts the period's tickets into the roll-up: per minute from the tickets, then per bucket
    from those, in the database."""
    zone = await organisation_timezone(session)
    start, end = rules.instant(period.first, zone), rules.instant(period.last + timedelta(days=1), zone)
    columns = ["rollup_id", "measure", "coarse", "category", "minutes", "department_id", "tickets"]
    for measure, reached in MEASURES.items():
        minutes = minutes_between(reached, Ticket.created_at)
        fine = (
            select(
                literal(rollup_id, TicketWaitCount.rollup_id.type),
                literal(measure),
                false(),
                Ticket.category,
                minutes,
                Ticket.department_id,
                func.count(),
            )
            .where(Ticket.created_at >= start, Ticket.created_at < end, reached.is_not(None))
            .group_by(Ticket.category, minutes, Ticket.department_id)
        )
        await session.execute(insert(TicketWaitCount).from_select(columns, fine))
    bucket = wait_buckets.bucket_sql(TicketWaitCount.minutes)
    coarse = (
        select(
            TicketWaitCount.rollup_id,
            TicketWaitCount.measure,
            true(),
            TicketWaitCount.category,
            bucket,
            TicketWaitCount.department_id,
            func.sum(TicketWaitCount.tickets),
        )
        .where(TicketWaitCount.rollup_id == rollup_id, TicketWaitCount.coarse.is_(False))
        .group_by(
            TicketWaitCount.rollup_id,
            TicketWaitCount.measure,
            TicketWaitCount.category,
            bucket,
            TicketWaitCount.department_id,
        )
    )
    await session.execute(insert(TicketWaitCount).from_select(columns, coarse))


@dataclass(frozen=True)
class Median:
    category: str
    tickets: int
    minutes: Decimal


@dataclass(frozen=True)
class Waits:
    """Each measure's medians by category (categories with no ticket reaching it left out), and
    when the oldest month read from a roll-up was computed (None: all counted from the tickets)."""

    medians: dict[str, list[Median]]
    as_of: datetime | None


def split(period_from: date, period_to: date, today: date) -> tuple[list[Period], list[Period]]:
    """The range's whole months that ended before today (read from roll-ups when kept), and the
    rest of it (counted from the tickets)."""
    whole: list[Period] = []
    rest: list[Period] = []
    for period in rules.periods(period_from, period_to, rules.Granularity.MONTH):
        ended = period.last < today and (period.last + timedelta(days=1)).day == 1
        (whole if period.first.day == 1 and ended else rest).append(period)
    return whole, rest


async def medians(
    session: AsyncSession,
    *,
    period_from: date,
    period_to: date,
    today: date,
    settings: Settings,
    departments: Collection[uuid.UUID] | None,
) -> Waits:
    """Medians of the tickets raised in the range and owned by `departments` (None: any)."""
    whole, rest = split(period_from, period_to, today)
    months = {(p.first, p.last) for p in whole}
    kept = await rollups.kept(session, FIGURE, rollups.NO_VARIANT, settings.minimum_group, [p.first for p in whole])
    rows = [row for row in kept if rollups.usable(row, today) and (row.period_first, row.period_last) in months]
    rolled = {row.period_first for row in rows}
    live = await _from_tickets(session, [p for p in whole if p.first not in rolled] + rest, departments)
    ids = [row.id for row in rows]
    coarse: dict[tuple[str, str], Histogram] = defaultdict(dict)
    for key, minutes in live.items():
        wait_buckets.add(coarse[key], ((wait_buckets.bucket_of(m), n) for m, n in minutes.items()))
    if ids:
        for key, buckets in (await _counts(session, ids, departments, None)).items():
            wait_buckets.add(coarse[key], buckets.items())
    spots = {key: wait_buckets.middles(buckets) for key, buckets in coarse.items() if buckets}
    fine = await _counts(session, ids, departments, spots) if ids and spots else {}
    found: dict[str, list[Median]] = {measure: [] for measure in MEASURES}
    for (measure, category), middle in spots.items():
        minutes = wait_buckets.add(dict(fine.get((measure, category), {})), live.get((measure, category), {}).items())
        found[measure].append(
            Median(category, sum(coarse[(measure, category)].values()), wait_buckets.median_at(minutes, middle))
        )
    return Waits(found, min((row.computed_at for row in rows), default=None))


def _department_filter(
    column: SQLColumnExpression[uuid.UUID], departments: Collection[uuid.UUID] | None
) -> ColumnElement[bool]:
    return column.in_(sorted(departments)) if departments is not None else true()


async def _from_tickets(
    session: AsyncSession, spans: Sequence[Period], departments: Collection[uuid.UUID] | None
) -> dict[tuple[str, str], Histogram]:
    """Each measure's and category's minutes over the spans, counted from the tickets."""
    found: dict[tuple[str, str], Histogram] = defaultdict(dict)
    if not spans:
        return found
    zone = await organisation_timezone(session)
    raised = or_(
        *(
            and_(
                Ticket.created_at >= rules.instant(span.first, zone),
                Ticket.created_at < rules.instant(span.last + timedelta(days=1), zone),
            )
            for span in _joined(spans)
        )
    )
    for measure, reached in MEASURES.items():
        minutes = minutes_between(reached, Ticket.created_at)
        rows = await session.execute(
            select(Ticket.category, minutes, func.count())
            .where(raised, reached.is_not(None), _department_filter(Ticket.department_id, departments))
            .group_by(Ticket.category, minutes)
        )
        for category, m, n in rows:
            found[(measure, category)][int(m)] = int(n)
    return found


def _joined(spans: Sequence[Period]) -> list[Period]:
    """Adjacent spans as one (fewer conditions on the tickets)."""
    merged: list[Period] = []
    for span in sorted(spans, key=lambda p: p.first):
        if merged and merged[-1].last + timedelta(days=1) == span.first:
            merged[-1] = Period(merged[-1].label, merged[-1].first, span.last)
        else:
            merged.append(span)
    return merged


async def _counts(
    session: AsyncSession,
    rollup_ids: Sequence[uuid.UUID],
    departments: Collection[uuid.UUID] | None,
    spots: dict[tuple[str, str], tuple[wait_buckets.Spot, wait_buckets.Spot]] | None,
) -> dict[tuple[str, str], Histogram]:
    """The roll-ups' counts summed over months and departments: the buckets, or (`spots` given)
    the minutes of the buckets holding the spots only."""
    query = select(
        TicketWaitCount.measure, TicketWaitCount.category, TicketWaitCount.minutes, func.sum(TicketWaitCount.tickets)
    ).where(
        TicketWaitCount.rollup_id.in_(list(rollup_ids)),
        TicketWaitCount.coarse.is_(spots is None),
        _department_filter(TicketWaitCount.department_id, departments),
    )
    if spots is not None:
        query = query.where(
            or_(
                *(
                    and_(
                        TicketWaitCount.measure == measure,
                        TicketWaitCount.category == category,
                        TicketWaitCount.minutes < wait_buckets.bucket_end(first),
                        TicketWaitCount.minutes >= first if first else true(),
                    )
                    for (measure, category), middle in spots.items()
                    for first in sorted({spot.bucket for spot in middle})
                )
            )
        )
    found: dict[tuple[str, str], Histogram] = defaultdict(dict)
    rows = await session.execute(
        query.group_by(TicketWaitCount.measure, TicketWaitCount.category, TicketWaitCount.minutes)
    )
    for measure, category, minutes, n in rows:
        found[(measure, category)][int(minutes)] = int(n)
    return found
