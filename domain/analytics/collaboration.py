"""Collaboration: how head office answers the frontline's need tickets, and what the pools paid each
side.

The ticket measures use the ticket figures' own definitions (domain/tickets/stats.py, the same
counts as GET /tickets/stats): tickets raised in the period, counted for the department owning
them; first-response compliance is those answered within their target of those answered or past
their due time; resolution compliance those resolved within target of those resolved; the average
rating is the ratings' sum over their count (a rating of a ticket its requester handled herself
rates nobody's service); deflections are tickets a knowledge article made unnecessary, counted for
the article's department. Tickets are not people: only the average rating (ratings are people's) is
suppressed, below `minimum_group` ratings and beside an overlapping group it would reveal.

Pool payouts: what settled (locked) pools paid, by the day they were settled, to the frontline and
to the back office, net of corrections, per recipient's home department. A payout is pay: a side
with fewer than `minimum_group` recipients is suppressed."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.analytics import cuts, rules, ticket_waits
from domain.analytics.cuts import Department, Tally
from domain.analytics.inputs import check_grouping, check_range
from domain.analytics.rules import Cell, Granularity
from domain.analytics.schemas import CategoryTimes, FigureSeries, SeriesGroup, SeriesPoint, SlowestCategories
from domain.analytics.settings import settings_in_force
from domain.analytics.sight import Sight, narrowed, sight_of
from domain.org.models import OrgUnit
from domain.org.queries import organisation_timezone, organisation_today
from domain.people.models import Employee
from domain.pools.models import Pool, PoolLedgerEntry
from domain.pools.rules import PoolSide
from domain.pools.schemas import PoolStatus
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.shared.money import format_minor
from domain.tickets import deflections
from domain.tickets.models import Ticket
from domain.tickets.stats import compliance_by_department

FIGURE = "collaboration"
PAYOUTS = "pool_payouts"
MEASURES = ("first_response_compliance", "resolution_compliance", "average_rating", "deflections")
SIDES = (PoolSide.FRONTLINE, PoolSide.BACK_OFFICE)
Partitions = dict[str, list[list[str]]]


def by_department(period: str, tallies: Sequence[Tally], units: Sequence[Department]) -> tuple[list[Cell], Partitions]:
    """The whole and each department (with its sub-departments) for one period, from counts per
    unit path: the people lattice without its cut by sex."""
    cells, partitions = cuts.lattice(period, tallies, units)
    kept = [cell for cell in cells if "|sex:" not in cell.group]
    parts = {
        group: [cut for cut in cuts_of if not any("|sex:" in part for part in cut)]
        for group, cuts_of in partitions.items()
        if "|sex:" not in group
    }
    return kept, parts


def groups(units: Sequence[Department], sight: Sight, by_department: bool = True) -> list[tuple[str, SeriesGroup]]:
    """The whole, for a reader who sees it, and the departments in the reader's sight (always for a
    reader who sees only some: theirs is no whole)."""
    whole = [("all", SeriesGroup())] if sight.paths is None else []
    if not by_department and sight.paths is None:
        return whole
    return whole + cuts.wanted_keys(["department"], units, sight)


def point(
    period: str, measure: str, group: SeriesGroup, *, value: str | None, numerator: int | None, denominator: int | None
) -> SeriesPoint:
    return SeriesPoint(
        period=period,
        group=group,
        measure=measure,
        value=value,
        numerator=numerator,
        denominator=denominator,
        suppressed=False,
        flagged=False,
    )


def hidden_point(period: str, measure: str, group: SeriesGroup) -> SeriesPoint:
    return SeriesPoint(
        period=period,
        group=group,
        measure=measure,
        value=None,
        numerator=None,
        denominator=None,
        suppressed=True,
        flagged=False,
    )


async def _paths(session: AsyncSession, unit_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not unit_ids:
        return {}
    rows = await session.execute(select(OrgUnit.id, OrgUnit.path).where(OrgUnit.id.in_(unit_ids)))
    return {unit: path for unit, path in rows}


async def collaboration(
    session: AsyncSession,
    *,
    actor: Actor,
    now: datetime,
    period_from: date,
    period_to: date,
    granularity: Granularity = Granularity.MONTH,
    unit_id: uuid.UUID | None = None,
) -> FigureSeries:
    sight = await narrowed(session, await sight_of(session, actor), unit_id)
    check_range(period_from, period_to)
    settings = await settings_in_force(session)
    zone = await organisation_timezone(session)
    units = await cuts.departments(session)
    wanted = groups(units, sight)
    found: list[SeriesPoint] = []
    for period in rules.periods(period_from, period_to, granularity):
        start, end = rules.instant(period.first, zone), rules.instant(period.last + timedelta(days=1), zone)
        figures = await compliance_by_department(session, [Ticket.created_at >= start, Ticket.created_at < end], now)
        deflected = await deflections.by_department(session, start, end, None)
        paths = await _paths(session, set(figures) | set(deflected))

        counts = {
            "first_response_compliance": {u: (f.met, f.answered) for u, f in figures.items()},
            "resolution_compliance": {u: (f.resolved_met, f.resolved) for u, f in figures.items()},
            "average_rating": {u: (f.rating_sum, f.ratings) for u, f in figures.items()},
            "deflections": {u: (count, 0) for u, count in deflected.items()},
        }
        measured = {
            measure: by_department(period.label, [Tally(paths[u], False, n, d) for u, (n, d) in counted.items()], units)
            for measure, counted in counts.items()
        }
        ratings, rating_parts = measured["average_rating"]
        hidden = rules.suppressed(ratings, rating_parts, settings.minimum_group)
        for measure in MEASURES:
            cells, _parts = measured[measure]
            at = {cell.group: i for i, cell in enumerate(cells)}
            for key, group in wanted:
                i = at[key]
                cell = cells[i]
                if measure == "deflections":
                    found.append(
                        point(
                            period.label,
                            measure,
                            group,
                            value=str(cell.numerator),
                            numerator=cell.numerator,
                            denominator=None,
                        )
                    )
                elif measure == "average_rating" and i in hidden:
                    found.append(hidden_point(period.label, measure, group))
                else:
                    value = rules.ratio(cell.numerator, cell.denominator)
                    found.append(
                        point(
                            period.label,
                            measure,
                            group,
                            value=None if value is None else str(value),
                            numerator=cell.numerator,
                            denominator=cell.denominator,
                        )
                    )
    return FigureSeries(
        figure=FIGURE,
        period_from=period_from,
        period_to=period_to,
        granularity=granularity,
        group_by=["department"],
        threshold=None,
        direction=None,
        minimum_group=settings.minimum_group,
        points=found,
    )


def _slowest_of(medians: Sequence[ticket_waits.Median], limit: int) -> list[CategoryTimes]:
    """The `limit` categories with the longest medians, slowest first (ties by name)."""
    ranked = sorted(medians, key=lambda m: (-m.minutes, m.category))[:limit]
    return [
        CategoryTimes(
            category=m.category,
            tickets=m.tickets,
            median_minutes=float(m.minutes.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)),
        )
        for m in ranked
    ]


async def slowest_categories(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    period_from: date,
    period_to: date,
    unit_id: uuid.UUID | None = None,
    limit: int = 5,
) -> SlowestCategories:
    """Tickets raised in the range, owned by departments in the reader's sight: each category's
    median minutes to the first answer and to resolution (wall clock: what the requester waited),
    the slowest `limit` of each; whole closed months are read from the worker's roll-ups."""
    sight = await narrowed(session, await sight_of(session, actor), unit_id)
    check_range(period_from, period_to)
    departments = None
    if sight.paths is not None:
        in_sight = or_(*(OrgUnit.path.startswith(p) for p in sight.paths))
        departments = set(await session.scalars(select(OrgUnit.id).where(in_sight)))
    waits = await ticket_waits.medians(
        session,
        period_from=period_from,
        period_to=period_to,
        today=await organisation_today(session, clock),
        settings=await settings_in_force(session),
        departments=departments,
    )
    return SlowestCategories(
        period_from=period_from,
        period_to=period_to,
        first_response=_slowest_of(waits.medians["first_response"], limit),
        resolution=_slowest_of(waits.medians["resolution"], limit),
        as_of=waits.as_of,
    )


async def _payouts(session: AsyncSession, start: datetime, end: datetime, currency: str) -> dict[str, list[Tally]]:
    """Per side and recipient's home unit: the net paid by pools settled in [start, end) in
    `currency`, and the people paid (a net of zero, a payout corrected away, pays nobody)."""
    home = aliased(OrgUnit)
    net = (
        select(
            PoolLedgerEntry.employee_id,
            PoolLedgerEntry.side,
            func.sum(PoolLedgerEntry.amount_minor).label("amount"),
        )
        .join(Pool, Pool.id == PoolLedgerEntry.pool_id)
        .where(
            Pool.status == PoolStatus.LOCKED.value,
            Pool.locked_at >= start,
            Pool.locked_at < end,
            PoolLedgerEntry.currency == currency,
        )
        .group_by(PoolLedgerEntry.employee_id, PoolLedgerEntry.side)
        .subquery()
    )
    rows = await session.execute(
        select(home.path, net.c.side, func.sum(net.c.amount), func.count().filter(net.c.amount != 0))
        .join(Employee, Employee.id == net.c.employee_id)
        .join(home, home.id == Employee.home_unit_id)
        .group_by(home.path, net.c.side)
    )
    found: dict[str, list[Tally]] = defaultdict(list)
    for path, side, amount, recipients in rows:
        found[side].append(Tally(path, False, int(amount or 0), int(recipients)))
    return found


async def pool_payouts(
    session: AsyncSession,
    *,
    actor: Actor,
    period_from: date,
    period_to: date,
    granularity: Granularity = Granularity.MONTH,
    group_by: Sequence[str] = (),
    unit_id: uuid.UUID | None = None,
    currency: str = "CNY",
) -> FigureSeries:
    """Per period and side (`measure`): `value` the amount paid (a decimal string in `currency`),
    `denominator` the people paid, `numerator` null."""
    sight = await narrowed(session, await sight_of(session, actor), unit_id)
    check_range(period_from, period_to)
    check_grouping(group_by, ("department",))
    if len(currency) != 3 or not currency.isascii() or not currency.isupper():
        raise InvalidInput(
            _("A currency is three capital letters, e.g. CNY."), field="query.currency", slug="analytics.bad_currency"
        )
    settings = await settings_in_force(session)
    zone = await organisation_timezone(session)
    units = await cuts.departments(session)
    wanted = groups(units, sight, "department" in group_by)
    found: list[SeriesPoint] = []
    for period in rules.periods(period_from, period_to, granularity):
        paid = await _payouts(
            session, rules.instant(period.first, zone), rules.instant(period.last + timedelta(days=1), zone), currency
        )
        for side in SIDES:
            cells, partitions = by_department(period.label, paid.get(side.value, []), units)
            hidden = rules.suppressed(cells, partitions, settings.minimum_group)
            at = {cell.group: i for i, cell in enumerate(cells)}
            for key, group in wanted:
                i = at[key]
                if i in hidden:
                    found.append(hidden_point(period.label, side.value, group))
                    continue
                cell = cells[i]
                found.append(
                    point(
                        period.label,
                        side.value,
                        group,
                        value=format_minor(cell.numerator, currency),
                        numerator=None,
                        denominator=cell.denominator,
                    )
                )
    return FigureSeries(
        figure=PAYOUTS,
        period_from=period_from,
        period_to=period_to,
        granularity=granularity,
        group_by=list(dict.fromkeys(group_by)),
        threshold=None,
        direction=None,
        minimum_group=settings.minimum_group,
        points=found,
    )
