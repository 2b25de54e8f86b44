"""Administrators' ticket settings: routing rules, SLA policies, and departments' business hours."""

from __future__ import annotations

import uuid

from sqlalchemy import String, cast, delete, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.auth.scopes import require_person
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.rules import kind_name
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import (
    DEFAULT_LIMIT,
    Slice,
    after_keys,
    cursor_datetime,
    cursor_text,
    cursor_uuid,
    decode_cursor,
    slice_of,
)
from domain.tickets import rules
from domain.tickets.access import is_department_head
from domain.tickets.clocks import follow_new_hours
from domain.tickets.models import DepartmentCalendar, RoutingRule, SlaPolicy, Ticket
from domain.tickets.schemas import (
    BusinessHoursIn,
    BusinessHoursRead,
    RoutingRuleCreate,
    RoutingRuleRead,
    SlaPoliciesUpdate,
    SlaPolicyRead,
)
from domain.tickets.sla import BusinessCalendar


def _require_admin(actor: Actor) -> None:
    require_role(actor, Role.ADMIN, refusal=_("Only administrators configure ticket routing and SLAs."))


async def _unit_of_kind(session: AsyncSession, unit_id: uuid.UUID, kind: OrgUnitKind, field: str) -> OrgUnit:
    unit = await session.get(OrgUnit, unit_id)
    if unit is None or unit.kind != kind:
        raise InvalidInput(
            _("{unit_id} is not a {kind}.", unit_id=unit_id, kind=kind_name(kind)),
            field=field,
            slug="ticket.invalid_unit",
        )
    return unit


_region = aliased(OrgUnit)
_department = aliased(OrgUnit)
_ROUTES = (
    select(RoutingRule, _region.name, _department.name)
    .outerjoin(_region, _region.id == RoutingRule.region_id)
    .outerjoin(_department, _department.id == RoutingRule.department_id)
)


def _route_read(rule: RoutingRule, region_name: str | None, department_name: str | None) -> RoutingRuleRead:
    return RoutingRuleRead.model_validate(rule).model_copy(
        update={"region_name": region_name, "department_name": department_name}
    )


async def list_routes(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[RoutingRuleRead]:
    """By category, then oldest first; each rule with its region's and department's names."""
    require_person(actor)
    query = _ROUTES.order_by(RoutingRule.category, RoutingRule.created_at, RoutingRule.id).limit(limit + 1)
    if cursor is not None:
        category, created, last_id = decode_cursor(cursor, arity=3)
        query = query.where(
            after_keys(
                [RoutingRule.category, RoutingRule.created_at, RoutingRule.id],
                [cursor_text(category), cursor_datetime(created), cursor_uuid(last_id)],
            )
        )
    rows = (await session.execute(query)).all()
    page = slice_of(rows, limit, lambda row: [row[0].category, row[0].created_at.isoformat(), str(row[0].id)])
    return Slice(items=[_route_read(*row) for row in page.items], next_cursor=page.next_cursor)


async def add_route(session: AsyncSession, *, actor: Actor, clock: Clock, data: RoutingRuleCreate) -> RoutingRuleRead:
    _require_admin(actor)
    await _unit_of_kind(session, data.department_id, OrgUnitKind.DEPARTMENT, "body.department_id")
    if data.region_id is not None:
        await _unit_of_kind(session, data.region_id, OrgUnitKind.REGION, "body.region_id")
        if data.category == rules.DEFAULT_QUEUE:
            raise InvalidInput(_("The default queue applies everywhere; it takes no region."), field="body.region_id")
    region_match = (
        RoutingRule.region_id.is_(None) if data.region_id is None else RoutingRule.region_id == data.region_id
    )
    if await session.scalar(select(exists().where(RoutingRule.category == data.category, region_match))):
        raise Conflict(_("A rule for this category and region exists; delete it first."), slug="ticket_route.duplicate")
    rule = RoutingRule(
        category=data.category, region_id=data.region_id, department_id=data.department_id, created_at=clock.now()
    )
    session.add(rule)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="ticket_route.created",
        entity_type="ticket_route",
        entity_id=rule.id,
        changes=audit.changed_fields({}, data.model_dump()),
    )
    names = (await session.execute(_ROUTES.where(RoutingRule.id == rule.id))).one()
    return _route_read(*names)


async def delete_route(session: AsyncSession, *, actor: Actor, clock: Clock, rule_id: uuid.UUID) -> None:
    _require_admin(actor)
    rule = await session.get(RoutingRule, rule_id)
    if rule is None:
        raise NotFound(_("No routing rule {rule_id}.", rule_id=rule_id), slug="ticket_route.not_found")
    before = {"category": rule.category, "region_id": rule.region_id, "department_id": rule.department_id}
    await session.execute(delete(RoutingRule).where(RoutingRule.id == rule_id))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="ticket_route.deleted",
        entity_type="ticket_route",
        entity_id=rule_id,
        changes=audit.changed_fields(before, {}),
    )


# Policies by category then priority, those matching any (no category, no priority) first on both
# databases (they order NULLs apart); the id breaks ties.
_POLICY_KEY = (
    func.coalesce(SlaPolicy.category, ""),
    func.coalesce(cast(SlaPolicy.priority, String), ""),
    SlaPolicy.id,
)


async def list_policies(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[SlaPolicyRead]:
    require_person(actor)
    query = select(SlaPolicy).order_by(*_POLICY_KEY).limit(limit + 1)
    if cursor is not None:
        category, priority, last_id = decode_cursor(cursor, arity=3)
        query = query.where(
            after_keys(_POLICY_KEY, [cursor_text(category), cursor_text(priority), cursor_uuid(last_id)])
        )
    rows = list((await session.scalars(query)).all())
    page = slice_of(rows, limit, lambda row: [row.category or "", row.priority or "", str(row.id)])
    return Slice(items=[SlaPolicyRead.model_validate(r) for r in page.items], next_cursor=page.next_cursor)


async def _all_policies(session: AsyncSession) -> list[SlaPolicyRead]:
    rows = await session.scalars(select(SlaPolicy).order_by(*_POLICY_KEY))
    return [SlaPolicyRead.model_validate(r) for r in rows]


async def replace_policies(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: SlaPoliciesUpdate
) -> list[SlaPolicyRead]:
    """The whole list is replaced; tickets keep the targets they were created with."""
    _require_admin(actor)
    keys = [(p.category, p.priority) for p in data.policies]
    if len(keys) != len(set(keys)):
        raise InvalidInput(_("Each category and priority pair may appear once."), field="body.policies")
    before = [p.model_dump(mode="json") for p in await _all_policies(session)]
    await session.execute(delete(SlaPolicy))
    now = clock.now()
    session.add_all(SlaPolicy(**p.model_dump(), updated_at=now) for p in data.policies)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="sla_policies.replaced",
        entity_type="sla_policies",
        entity_id="all",
        changes={"policies": {"before": before, "after": [p.model_dump(mode="json") for p in data.policies]}},
    )
    return await _all_policies(session)


async def get_business_hours(session: AsyncSession, *, actor: Actor, department_id: uuid.UUID) -> BusinessHoursRead:
    require_person(actor)
    department = await _unit_of_kind(session, department_id, OrgUnitKind.DEPARTMENT, "path.department_id")
    row = await session.get(DepartmentCalendar, department.id)
    return BusinessHoursRead(
        department_id=department.id,
        timezone=department.timezone,
        weekly=row.weekly if row else {},
        holidays=row.holidays if row else [],
    )


async def set_business_hours(
    session: AsyncSession, *, actor: Actor, clock: Clock, department_id: uuid.UUID, data: BusinessHoursIn
) -> BusinessHoursRead:
    """Administrators, HR and the department's head set its hours and holidays."""
    department = await _unit_of_kind(session, department_id, OrgUnitKind.DEPARTMENT, "path.department_id")
    if not (actor.has_role(Role.ADMIN, Role.HR) or await is_department_head(session, actor, department.id)):
        raise Forbidden(_("Only administrators, HR and the department's head set its business hours."))
    weekly: dict[str, list[list[str]]] = {
        str(day): [list(interval) for interval in intervals] for day, intervals in data.weekly.items()
    }
    try:
        calendar = BusinessCalendar.from_json(department.timezone, weekly, data.holidays)
    except ValueError as exc:
        raise InvalidInput(str(exc), field="body.weekly", slug="ticket.invalid_business_hours") from exc
    if not calendar.has_opening_hours:
        raise InvalidInput(
            _("Business hours need at least one opening interval in the week."),
            field="body.weekly",
            slug="ticket.invalid_business_hours",
        )
    row = await session.get(DepartmentCalendar, department.id)
    before = {"weekly": row.weekly, "holidays": row.holidays} if row else {}
    if row is None:
        row = DepartmentCalendar(
            department_id=department.id, weekly=weekly, holidays=data.holidays, updated_at=clock.now()
        )
        session.add(row)
    else:
        row.weekly, row.holidays, row.updated_at = weekly, data.holidays, clock.now()
    await session.flush()
    # New hours move the running tickets' due times and can bring escalations forward: the job
    # looks at the department's tickets again.
    running = select(Ticket).where(
        Ticket.calendar_department_id == department.id,
        Ticket.business_hours.is_(True),
        Ticket.status.in_(rules.ACTIVE),
    )
    await follow_new_hours(session, list(await session.scalars(running)))
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="business_hours.updated",
        entity_type="org_unit",
        entity_id=department.id,
        changes=audit.changed_fields(before, {"weekly": weekly, "holidays": data.holidays}),
    )
    return await get_business_hours(session, actor=actor, department_id=department.id)
