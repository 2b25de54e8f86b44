"""Where and when one person could have a line in a pool, read in a few small queries, so that
`GET /me/pools` computes only the pools the person may be in instead of every draft pool of the
organisation (each a live computation over a whole region). A pool passes when the person is named
or adjusted in it, was paid from it, lived or was posted at one of its scope's units in its month,
or resolved a ticket for one of its scope's stores in its month: the superset of what
preview._members counts, which still decides who is in."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.people.models import Assignment, Employee
from domain.performance.scoring import Month
from domain.pools.measures import month_instants
from domain.pools.models import Pool, PoolAdjustment, PoolLedgerEntry, PoolMember
from domain.tickets.models import Ticket
from domain.tickets.responders import counted_for, resolver_column


@dataclass(frozen=True, slots=True)
class Footprint:
    home_path: str | None
    # (unit path, valid_from, valid_to exclusive or None) of the person's live assignments
    stays: tuple[tuple[str, date, date | None], ...]
    # (store path, resolved_at) of the tickets the person resolved in the months asked about
    resolved: tuple[tuple[str, datetime], ...]
    # pools that name, adjust or paid the person
    listed: frozenset[uuid.UUID]

    def may_be_in(self, pool: Pool, scope_path: str, month: Month, instants: tuple[datetime, datetime]) -> bool:
        if pool.id in self.listed:
            return True
        if self.home_path is not None and self.home_path.startswith(scope_path):
            return True
        for path, valid_from, valid_to in self.stays:
            if (
                path.startswith(scope_path)
                and valid_from <= month.last
                and (valid_to is None or valid_to > month.first)
            ):
                return True
        low, high = instants
        return any(path.startswith(scope_path) and low <= at < high for path, at in self.resolved)


async def pools_maybe_mine(
    session: AsyncSession, *, employee_id: uuid.UUID, account_id: uuid.UUID | None, pools: Sequence[Pool]
) -> list[Pool]:
    """`pools` (in their order) less those the person cannot be in."""
    if not pools:
        return []
    months = {pool.period: Month.parse(pool.period) for pool in pools}
    instants = {period: await month_instants(session, month) for period, month in months.items()}
    scopes = select(OrgUnit.id, OrgUnit.path).where(OrgUnit.id.in_({p.scope_unit_id for p in pools}))
    scope_paths: dict[uuid.UUID, str] = {unit_id: path for unit_id, path in await session.execute(scopes)}
    footprint = await _footprint(
        session,
        employee_id=employee_id,
        account_id=account_id,
        pool_ids=[p.id for p in pools],
        since=min(low for low, _ in instants.values()),
        until=max(high for _, high in instants.values()),
    )
    return [
        pool
        for pool in pools
        if pool.scope_unit_id in scope_paths
        and footprint.may_be_in(pool, scope_paths[pool.scope_unit_id], months[pool.period], instants[pool.period])
    ]


async def _footprint(
    session: AsyncSession,
    *,
    employee_id: uuid.UUID,
    account_id: uuid.UUID | None,
    pool_ids: list[uuid.UUID],
    since: datetime,
    until: datetime,
) -> Footprint:
    home_path = await session.scalar(
        select(OrgUnit.path).join(Employee, Employee.home_unit_id == OrgUnit.id).where(Employee.id == employee_id)
    )
    stays = tuple(
        (path, valid_from, valid_to)
        for path, valid_from, valid_to in await session.execute(
            select(OrgUnit.path, Assignment.valid_from, Assignment.valid_to)
            .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
            .where(Assignment.employee_id == employee_id, Assignment.cancelled_at.is_(None))
        )
    )
    resolved: list[tuple[str, datetime | None]] = []
    if account_id is not None:
        resolver = resolver_column()
        resolved = [
            (path, at)
            for path, at in await session.execute(
                select(OrgUnit.path, Ticket.resolved_at)
                .join(OrgUnit, OrgUnit.id == Ticket.store_id)
                .where(
                    Ticket.resolved_at >= since,
                    Ticket.resolved_at < until,
                    or_(Ticket.assignee_account_id == account_id, Ticket.first_responder_account_id == account_id),
                    resolver == account_id,
                    counted_for(resolver),
                )
            )
        ]
    listed: set[uuid.UUID] = set()
    for table in (PoolMember, PoolAdjustment, PoolLedgerEntry):
        listed.update(
            await session.scalars(
                select(table.pool_id).where(table.employee_id == employee_id, table.pool_id.in_(pool_ids))
            )
        )
    return Footprint(home_path, stays, tuple((p, at) for p, at in resolved if at is not None), frozenset(listed))
