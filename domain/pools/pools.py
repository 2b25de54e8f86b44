"""HR manages pools: create, change (back to draft), list, read; named project members and manual
adjustments with a reason (audited). Members read the pools they are in (domain/pools/access.py);
anyone else is told the pool does not exist."""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Employee
from domain.performance.models import MetricDefinition
from domain.pools import access, metric_references
from domain.pools.models import Pool, PoolAdjustment, PoolMember
from domain.pools.schemas import (
    AdjustmentCreate,
    AdjustmentRead,
    Condition,
    FixedFunding,
    FundingRule,
    LinkedRule,
    MemberRead,
    MemberSet,
    PoolCreate,
    PoolRead,
    PoolStatus,
    PoolUpdate,
)
from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput, NotFound
from domain.shared.fixed_point import decimal_text
from domain.shared.i18n import _
from domain.shared.money import MAX_ABS_MINOR, AmountError, parse_minor
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, timestamp_cursor

DEFAULT_FRONTLINE = Decimal(70)
PROJECT_FRONTLINE = Decimal(60)
EDITABLE = (PoolStatus.DRAFT, PoolStatus.CALCULATED)


async def pool_read(session: AsyncSession, pool: Pool) -> PoolRead:
    return (await pool_reads(session, [pool]))[0]


async def pool_reads(session: AsyncSession, pools: list[Pool]) -> list[PoolRead]:
    """The pools as read, with their scope units' codes and names, named members and adjustments: three queries
    whatever the number of pools."""
    if not pools:
        return []
    ids = [pool.id for pool in pools]
    scopes = {
        unit_id: (code, name, local_name)
        for unit_id, code, name, local_name in await session.execute(
            select(OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.local_name).where(
                OrgUnit.id.in_({pool.scope_unit_id for pool in pools})
            )
        )
    }
    members: dict[uuid.UUID, list[MemberRead]] = defaultdict(list)
    for m, no, name in await session.execute(
        select(PoolMember, Employee.employee_no, Employee.full_name)
        .join(Employee, Employee.id == PoolMember.employee_id)
        .where(PoolMember.pool_id.in_(ids))
        .order_by(Employee.employee_no)
    ):
        members[m.pool_id].append(
            MemberRead(employee_id=m.employee_id, employee_no=no, full_name=name, weight=m.weight, added_at=m.added_at)
        )
    adjustments: dict[uuid.UUID, list[AdjustmentRead]] = defaultdict(list)
    for a in await session.scalars(
        select(PoolAdjustment).where(PoolAdjustment.pool_id.in_(ids)).order_by(PoolAdjustment.created_at)
    ):
        adjustments[a.pool_id].append(
            AdjustmentRead(
                id=a.id,
                employee_id=a.employee_id,
                side=a.side,
                weight_delta=a.weight_delta,
                reason=a.reason,
                created_at=a.created_at,
            )
        )
    return [
        PoolRead.model_validate(
            {
                "id": pool.id,
                "name": pool.name,
                "scope_unit_id": pool.scope_unit_id,
                "scope_code": scopes[pool.scope_unit_id][0],
                "scope_unit_name": scopes[pool.scope_unit_id][1],
                "scope_unit_local_name": scopes[pool.scope_unit_id][2],
                "period": pool.period,
                "currency": pool.currency,
                "funding": pool.funding,
                "conditions": pool.conditions,
                "frontline_percent": pool.frontline_percent,
                "back_office_percent": decimal_text(100 - Decimal(pool.frontline_percent)),
                "linked_rule": pool.linked_rule,
                "credit_modifier": pool.credit_modifier,
                "status": pool.status,
                "version": pool.version,
                "members": members[pool.id],
                "adjustments": adjustments[pool.id],
                "calculated_at": pool.calculated_at,
                "calculated_by": pool.calculated_by,
                "approved_at": pool.approved_at,
                "approved_by": pool.approved_by,
                "locked_at": pool.locked_at,
                "locked_by": pool.locked_by,
                "created_at": pool.created_at,
                "updated_at": pool.updated_at,
            }
        )
        for pool in pools
    ]


def _snapshot(pool: Pool) -> dict[str, Any]:
    return {
        "name": pool.name,
        "funding": pool.funding,
        "conditions": pool.conditions,
        "frontline_percent": pool.frontline_percent,
        "linked_rule": pool.linked_rule,
        "credit_modifier": pool.credit_modifier,
        "status": pool.status,
    }


async def create_pool(session: AsyncSession, *, actor: Actor, clock: Clock, data: PoolCreate) -> PoolRead:
    access.require_hr(actor)
    _check_amounts(data.funding, data.currency)
    await _check_metrics(session, funding=data.funding, conditions=data.conditions, linked_rule=data.linked_rule)
    scope = await session.get(OrgUnit, data.scope_unit_id)
    if scope is None:
        raise InvalidInput(_("No such org unit."), field="body.scope_unit_id", slug="pool.scope_not_found")
    default = PROJECT_FRONTLINE if scope.kind == OrgUnitKind.PROJECT else DEFAULT_FRONTLINE
    now = clock.now()
    pool = Pool(
        id=uuid.uuid4(),
        name=data.name,
        scope_unit_id=scope.id,
        period=data.period,
        currency=data.currency,
        funding=[rule.model_dump() for rule in data.funding],
        conditions=[condition.model_dump(mode="json") for condition in data.conditions],
        frontline_percent=data.frontline_percent or decimal_text(default),
        linked_rule=data.linked_rule.model_dump() if data.linked_rule else None,
        credit_modifier=data.credit_modifier,
        status=PoolStatus.DRAFT.value,
        version=1,
        created_by=actor.account_id,
        created_at=now,
        updated_at=now,
    )
    session.add(pool)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="pool.created",
        entity_type="pool",
        entity_id=pool.id,
        changes={**data.model_dump(mode="json"), "frontline_percent": pool.frontline_percent},
    )
    return await pool_read(session, pool)


async def load(session: AsyncSession, pool_id: uuid.UUID, *, lock: bool = False) -> Pool:
    query = select(Pool).where(Pool.id == pool_id)
    pool = await session.scalar(query.with_for_update() if lock else query)
    if pool is None:
        raise access.not_found()
    return pool


async def get_pool(session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID) -> PoolRead:
    """HR, leaders and administrators read every pool; a member reads the pools they are in, with
    only their own named membership and adjustments."""
    pool = await load(session, pool_id)
    await access.require_sight(session, actor, clock, pool)
    read = await pool_read(session, pool)
    if access.sees_all(actor):
        return read
    return read.model_copy(
        update={
            "members": [m for m in read.members if m.employee_id == actor.employee_id],
            "adjustments": [a for a in read.adjustments if a.employee_id == actor.employee_id],
        }
    )


def _check_amounts(funding: list[FundingRule], currency: str) -> None:
    """Each fixed amount fits the currency, and together they stay payable (below MAX_ABS_MINOR, the
    size every amount read back from a calculation, a statement or the ledger is parsed at)."""
    fixed = 0
    for index, rule in enumerate(funding):
        if isinstance(rule, FixedFunding):
            try:
                fixed += parse_minor(rule.amount, currency)
            except AmountError as exc:
                raise InvalidInput(exc.message, field=f"body.funding.{index}.amount", slug="amount.invalid") from None
    if fixed >= MAX_ABS_MINOR:
        raise InvalidInput(_("The fixed amounts together are too large."), field="body.funding", slug="amount.invalid")


async def _check_metrics(
    session: AsyncSession,
    *,
    funding: list[FundingRule] | None,
    conditions: list[Condition] | None,
    linked_rule: LinkedRule | None,
) -> None:
    """The metrics the rules name exist, are active and fit their use (domain/pools/metric_references.py);
    else a 422 naming each offending field."""
    wanted = metric_references.references(funding=funding, conditions=conditions, linked_rule=linked_rule)
    if not wanted:
        return
    rows = await session.execute(
        select(MetricDefinition.code, MetricDefinition.source, MetricDefinition.active).where(
            MetricDefinition.code.in_({reference.code for reference in wanted})
        )
    )
    facts = {code: metric_references.MetricFacts(source, active) for code, source, active in rows}
    problems = metric_references.check_references(wanted, facts)
    if problems:
        raise InvalidInput(
            problems[0].message,
            slug=problems[0].slug,
            errors=[{"field": f"body.{p.field}", "message": p.message, "type": p.slug} for p in problems],
        )


async def list_pools(
    session: AsyncSession,
    *,
    actor: Actor,
    period: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[PoolRead]:
    """Newest first. Members find their pools at /me/pools."""
    access.require_reader(actor)
    query = select(Pool).order_by(Pool.created_at.desc(), Pool.id.desc()).limit(limit + 1)
    if period is not None:
        query = query.where(Pool.period == period)
    if cursor is not None:
        query = query.where(after_cursor(cursor, Pool.created_at, Pool.id))
    rows = list((await session.scalars(query)).all())
    next_cursor = timestamp_cursor(rows[limit - 1].created_at, rows[limit - 1].id) if len(rows) > limit else None
    return Slice(items=await pool_reads(session, rows[:limit]), next_cursor=next_cursor)


async def _editable(session: AsyncSession, actor: Actor, clock: Clock, pool_id: uuid.UUID) -> Pool:
    """The pool, locked for the change (a racing approval then finds a new version and gets 409)."""
    pool = await load(session, pool_id, lock=True)
    await access.require_admin_of(session, actor, clock, pool)
    if pool.status not in EDITABLE:
        raise Conflict(
            _("The pool is {status}; it can no longer change.", status=pool.status),
            slug="pool.not_editable",
            status_now=pool.status,
        )
    return pool


async def _back_to_draft(session: AsyncSession, pool: Pool, clock: Clock) -> None:
    """Any change voids a calculation: the pool must be calculated (and approved) again."""
    await session.execute(
        update(Pool)
        .where(Pool.id == pool.id)
        .values(
            status=PoolStatus.DRAFT.value,
            calculation=None,
            calculated_at=None,
            calculated_by=None,
            version=Pool.version + 1,
            updated_at=clock.now(),
        )
        .execution_options(synchronize_session=False)
    )
    await session.refresh(pool)


async def update_pool(
    session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID, data: PoolUpdate
) -> PoolRead:
    pool = await _editable(session, actor, clock, pool_id)
    before = _snapshot(pool)
    changes = data.model_dump(exclude_unset=True, mode="json")
    await _check_metrics(session, funding=data.funding, conditions=data.conditions, linked_rule=data.linked_rule)
    for name in ("name", "frontline_percent", "credit_modifier"):
        if changes.get(name) is not None:
            setattr(pool, name, changes[name])
    if data.funding is not None:
        _check_amounts(data.funding, pool.currency)
        pool.funding = [rule.model_dump() for rule in data.funding]
    if data.conditions is not None:
        pool.conditions = changes["conditions"]
    if "linked_rule" in changes:
        pool.linked_rule = changes["linked_rule"]
    await session.flush()
    await _back_to_draft(session, pool, clock)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="pool.updated",
        entity_type="pool",
        entity_id=pool.id,
        changes=audit.changed_fields(before, _snapshot(pool)),
    )
    return await pool_read(session, pool)


async def _employee(session: AsyncSession, employee_id: uuid.UUID, field: str) -> Employee:
    employee = await session.get(Employee, employee_id)
    if employee is None:
        raise InvalidInput(_("No such employee."), field=field, slug="employee.not_found")
    return employee


async def set_member(
    session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID, employee_id: uuid.UUID, data: MemberSet
) -> PoolRead:
    """Name a project member (back-office side) with a weight, or change their weight."""
    pool = await _editable(session, actor, clock, pool_id)
    await _employee(session, employee_id, "path.employee_id")
    row = await session.scalar(
        select(PoolMember).where(PoolMember.pool_id == pool.id, PoolMember.employee_id == employee_id)
    )
    before = row.weight if row else None
    if row is None:
        session.add(
            PoolMember(
                id=uuid.uuid4(),
                pool_id=pool.id,
                employee_id=employee_id,
                weight=data.weight,
                added_by=actor.account_id,
                added_at=clock.now(),
            )
        )
    else:
        row.weight = data.weight
    await session.flush()
    await _back_to_draft(session, pool, clock)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="pool.member_set",
        entity_type="pool",
        entity_id=pool.id,
        changes={"employee_id": str(employee_id), "weight": {"before": before, "after": data.weight}},
    )
    return await pool_read(session, pool)


async def remove_member(
    session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID, employee_id: uuid.UUID
) -> PoolRead:
    pool = await _editable(session, actor, clock, pool_id)
    row = await session.scalar(
        select(PoolMember).where(PoolMember.pool_id == pool.id, PoolMember.employee_id == employee_id)
    )
    if row is None:
        raise NotFound(_("That person is not a named member of this pool."), slug="pool.member_not_found")
    await session.delete(row)
    await session.flush()
    await _back_to_draft(session, pool, clock)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="pool.member_removed",
        entity_type="pool",
        entity_id=pool.id,
        changes={"employee_id": str(employee_id), "weight": row.weight},
    )
    return await pool_read(session, pool)


async def add_adjustment(
    session: AsyncSession, *, actor: Actor, clock: Clock, pool_id: uuid.UUID, data: AdjustmentCreate
) -> PoolRead:
    """HR changes a member's weight on one side, with a reason; kept beside the computed weight,
    never replacing it, and audited."""
    pool = await _editable(session, actor, clock, pool_id)
    await _employee(session, data.employee_id, "body.employee_id")
    session.add(
        PoolAdjustment(
            id=uuid.uuid4(),
            pool_id=pool.id,
            employee_id=data.employee_id,
            side=data.side.value,
            weight_delta=data.weight_delta,
            reason=data.reason,
            created_by=actor.account_id,
            created_at=clock.now(),
        )
    )
    await session.flush()
    await _back_to_draft(session, pool, clock)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="pool.adjusted",
        entity_type="pool",
        entity_id=pool.id,
        changes=data.model_dump(mode="json"),
    )
    return await pool_read(session, pool)
