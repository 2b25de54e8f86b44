"""What a pool's rules read about its scope for its month: sales, the frontline's sales, pushed
metrics (profit), targets, the back office's ticket work and satisfaction, and who worked there.

The scope is an org unit and its subtree; its "stores" are the stores and projects in it. Money
sums are integer minor units in the pool's currency (other currencies are not added in).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_timezone
from domain.people.models import Account, Assignment, Employee
from domain.people.scope import people_at
from domain.performance import rules as performance_rules
from domain.performance.models import MetricTarget, MetricValue
from domain.performance.month_scores import month_scores
from domain.performance.scoring import Month
from domain.pools import rules
from domain.sales.models import DailyEmployeeSales, DailyStoreSales
from domain.shared.chunks import slices
from domain.shared.fixed_point import from_micro
from domain.tickets.clocks import load_context, read_clocks
from domain.tickets.models import Ticket
from domain.tickets.responders import counted_for, resolver_column

FRONTLINE_KINDS = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)


@dataclass(frozen=True, slots=True)
class Scope:
    unit: OrgUnit
    units: tuple[OrgUnit, ...]  # the unit and its subtree

    @property
    def stores(self) -> list[uuid.UUID]:
        return [u.id for u in self.units if u.kind in FRONTLINE_KINDS]

    @property
    def ancestors(self) -> list[uuid.UUID]:
        """The scope unit first, then its parents up to the root (where targets are looked up)."""
        return [uuid.UUID(segment) for segment in reversed(self.unit.path.strip("/").split("/"))]


async def load_scope(session: AsyncSession, unit_id: uuid.UUID) -> Scope | None:
    unit = await session.get(OrgUnit, unit_id)
    if unit is None:
        return None
    units = await session.scalars(select(OrgUnit).where(OrgUnit.path.startswith(unit.path)).order_by(OrgUnit.code))
    return Scope(unit, tuple(units))


async def _sales(
    session: AsyncSession,
    rows: type[DailyStoreSales] | type[DailyEmployeeSales],
    scope: Scope,
    month: Month,
    currency: str,
) -> int:
    total = await session.scalar(
        select(func.coalesce(func.sum(rows.amount_minor), 0)).where(
            rows.store_id.in_(scope.stores),
            rows.currency == currency,
            rows.business_date >= month.first,
            rows.business_date <= month.last,
        )
    )
    return int(total or 0)


async def store_sales(session: AsyncSession, scope: Scope, month: Month, currency: str) -> int:
    return await _sales(session, DailyStoreSales, scope, month, currency)


async def frontline_sales(session: AsyncSession, scope: Scope, month: Month, currency: str) -> int:
    """What people sold at the scope's stores (the base of their commission)."""
    return await _sales(session, DailyEmployeeSales, scope, month, currency)


async def metric_sum(session: AsyncSession, scope: Scope, month: Month, code: str) -> Decimal | None:
    """The month's pushed values of `code` for the scope's stores, summed (None: no value at all)."""
    rows = (
        await session.scalars(
            select(MetricValue.value_micro).where(
                MetricValue.metric_code == code,
                MetricValue.subject_kind == "store",
                MetricValue.subject_id.in_(scope.stores),
                MetricValue.period_start == month.first,
                MetricValue.period_end == month.last,
            )
        )
    ).all()
    return from_micro(sum(rows)) if rows else None


async def target(session: AsyncSession, scope: Scope, month: Month, code: str) -> Decimal | None:
    """The target of `code` for the month set on the scope unit, else the nearest unit above it."""
    rows = await session.execute(
        select(MetricTarget.subject_id, MetricTarget.value_micro).where(
            MetricTarget.metric_code == code,
            MetricTarget.subject_kind == "unit",
            MetricTarget.subject_id.in_(scope.ancestors),
            MetricTarget.period_start == month.first,
        )
    )
    found = dict(rows.all())
    for unit_id in scope.ancestors:
        if unit_id in found:
            return from_micro(found[unit_id])
    return None


async def month_instants(session: AsyncSession, month: Month) -> tuple[datetime, datetime]:
    """[start, end) of the month in the organisation's time zone, as UTC instants."""
    zone = await organisation_timezone(session)
    low = datetime.combine(month.first, time(), tzinfo=zone).astimezone(UTC)
    high = datetime.combine(month.last + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC)
    return low, high


async def ticket_satisfaction(session: AsyncSession, scope: Scope, month: Month) -> Decimal | None:
    """The average rating of tickets from the scope's stores resolved in the month, as a percent of 5
    (a ticket its requester handled herself rates nobody's service: left out)."""
    low, high = await month_instants(session, month)
    average = await session.scalar(
        select(func.avg(Ticket.rating)).where(
            Ticket.store_id.in_(scope.stores),
            Ticket.rating.is_not(None),
            Ticket.resolved_at >= low,
            Ticket.resolved_at < high,
            counted_for(resolver_column()),
        )
    )
    if average is None:
        return None
    return (Decimal(str(average)) * 20).quantize(Decimal("0.01"))


@dataclass
class BackOfficeWork:
    employee_id: uuid.UUID
    resolved: int = 0
    sla_met: int = 0
    rated: int = 0
    weight: Decimal = Decimal(0)


async def back_office_work(
    session: AsyncSession, scope: Scope, month: Month, now: datetime
) -> dict[uuid.UUID, BackOfficeWork]:
    """Tickets resolved for the scope's stores in the month, per person who resolved them (the
    assignee, else the first responder; never the ticket's requester), weighted by rules.ticket_weight."""
    low, high = await month_instants(session, month)
    tickets = list(
        (
            await session.scalars(
                select(Ticket)
                .where(
                    Ticket.store_id.in_(scope.stores),
                    Ticket.resolved_at >= low,
                    Ticket.resolved_at < high,
                    counted_for(resolver_column()),
                )
                .order_by(Ticket.id)
            )
        ).all()
    )
    if not tickets:
        return {}
    owners = {t.assignee_account_id or t.first_responder_account_id for t in tickets} - {None}
    people = dict((await session.execute(select(Account.id, Account.employee_id).where(Account.id.in_(owners)))).all())
    context = await load_context(session, tickets)
    work: dict[uuid.UUID, BackOfficeWork] = {}
    for ticket in tickets:
        owner = ticket.assignee_account_id or ticket.first_responder_account_id
        employee_id = people.get(owner) if owner is not None else None
        if employee_id is None:
            continue
        _, resolution, _ = read_clocks(ticket, now, context)
        met = bool(resolution.met)
        tally = work.setdefault(employee_id, BackOfficeWork(employee_id))
        tally.resolved += 1
        tally.sla_met += int(met)
        if ticket.rating is not None:
            tally.rated += 1
        tally.weight += rules.ticket_weight(sla_met=met, rating=ticket.rating)
    return work


@dataclass(frozen=True, slots=True)
class FrontlineWork:
    employee: Employee
    days: int
    score: Decimal | None


async def frontline_work(session: AsyncSession, scope: Scope, month: Month) -> list[FrontlineWork]:
    """Everyone with days at the scope's stores in the month (home store staff, seconded and
    transferred people alike, counted by effective-dated assignments), with their month's live score.
    A handful of queries whatever the headcount: candidates, their assignments, the bulk scorer."""
    stores = set(scope.stores)
    if not stores:
        return []
    there = people_at(stores, month.first, month.last)
    candidates = list(
        (
            await session.scalars(
                select(Employee).join(there, there.c.id == Employee.id).order_by(Employee.employee_no)
            )
        ).all()
    )
    stays: dict[uuid.UUID, list[performance_rules.Assignment[uuid.UUID]]] = defaultdict(list)
    for ids in slices(e.id for e in candidates):
        rows = await session.execute(
            select(Assignment.employee_id, Assignment.unit_id, Assignment.valid_from, Assignment.valid_to)
            .where(Assignment.employee_id.in_(ids), Assignment.cancelled_at.is_(None))
            .order_by(Assignment.valid_from, Assignment.created_at)
        )
        for employee_id, unit_id, valid_from, valid_to in rows:
            stays[employee_id].append(performance_rules.Assignment(unit_id, valid_from, valid_to))
    days: dict[uuid.UUID, int] = {}
    for employee in candidates:
        worked = performance_rules.days_per_unit(month.year, month.month, stays[employee.id], employee.home_unit_id)
        days[employee.id] = sum(count for unit, count in worked.items() if unit in stores)
    present = [e for e in candidates if days[e.id] > 0]
    if not present:
        return []
    scores = {
        s.employee_id: s.score
        for s in await month_scores(session, month, employee_ids=[e.id for e in present], breakdowns=False)
    }
    return [
        FrontlineWork(e, days[e.id], Decimal(score) if (score := scores.get(e.id)) is not None else None)
        for e in present
    ]


async def employees(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, Employee]:
    found: dict[uuid.UUID, Employee] = {}
    for batch in slices(ids):
        found.update((e.id, e) for e in await session.scalars(select(Employee).where(Employee.id.in_(batch))))
    return found
