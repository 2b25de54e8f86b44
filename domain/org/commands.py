"""Org unit use cases that change the structure: creating, updating (moving a subtree along) and
deleting units. Only HR and administrators change it (access.py)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org import rules
from domain.org.access import require_org_admin
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import get_unit
from domain.org.schemas import OrgUnitCreate, OrgUnitUpdate
from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput
from domain.shared.i18n import _

AUDITED_FIELDS = (
    "code",
    "name",
    "local_name",
    "kind",
    "parent_id",
    "timezone",
    "address",
    "latitude",
    "longitude",
    "geofence_radius_m",
)


def _snapshot(unit: OrgUnit) -> dict[str, Any]:
    return {name: getattr(unit, name) for name in AUDITED_FIELDS}


async def _parent(session: AsyncSession, parent_id: uuid.UUID | None) -> OrgUnit | None:
    if parent_id is None:
        return None
    parent = await session.get(OrgUnit, parent_id)
    if parent is None:
        raise InvalidInput(
            _("No org unit {parent_id} to sit under.", parent_id=parent_id),
            field="body.parent_id",
            slug="org_unit.parent_unknown",
        )
    return parent


def _check_placement(kind: OrgUnitKind, parent: OrgUnit | None) -> None:
    problem = rules.parent_problem(kind, parent.kind if parent else None)
    if problem:
        raise InvalidInput(problem, field="body.parent_id", slug="org_unit.invalid_parent")


def _check_timezone(name: str) -> None:
    if not rules.is_known_timezone(name):
        raise InvalidInput(
            _("'{name}' is not an IANA time zone (for example Asia/Shanghai).", name=name),
            field="body.timezone",
            slug="org_unit.invalid_timezone",
        )


def _check_location(unit: OrgUnit) -> None:
    problem = rules.location_problem(unit.kind, unit.latitude, unit.longitude, unit.geofence_radius_m)
    if problem:
        field, reason = problem
        raise InvalidInput(reason, field=f"body.{field}", slug="org_unit.location_required")


async def _flush_or_conflict(session: AsyncSession, code: str) -> None:
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict(
            _("The code '{code}' is already used by another unit.", code=code), slug="org_unit.code_taken"
        ) from exc


async def create_unit(session: AsyncSession, *, actor: Actor, clock: Clock, data: OrgUnitCreate) -> OrgUnit:
    require_org_admin(actor)
    parent = await _parent(session, data.parent_id)
    _check_placement(data.kind, parent)
    _check_timezone(data.timezone)
    if await session.scalar(select(exists().where(OrgUnit.code == data.code))):
        raise Conflict(
            _("The code '{code}' is already used by another unit.", code=data.code),
            slug="org_unit.code_taken",
        )
    now = clock.now()
    unit_id = uuid.uuid4()
    unit = OrgUnit(
        id=unit_id,
        path=rules.child_path(parent.path if parent else None, unit_id),
        created_at=now,
        updated_at=now,
        **data.model_dump(),
    )
    _check_location(unit)
    session.add(unit)
    await _flush_or_conflict(session, data.code)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="org_unit.created",
        entity_type="org_unit",
        entity_id=unit.id,
        changes=audit.changed_fields({}, _snapshot(unit)),
    )
    return unit


async def update_unit(
    session: AsyncSession, *, actor: Actor, clock: Clock, unit_id: uuid.UUID, data: OrgUnitUpdate
) -> OrgUnit:
    require_org_admin(actor)
    unit = await get_unit(session, actor=actor, unit_id=unit_id)
    before = _snapshot(unit)
    changes = data.model_dump(exclude_unset=True)
    for required in ("name", "timezone"):
        if required in changes and changes[required] is None:
            raise InvalidInput(
                _("{required} cannot be cleared.", required=required),
                field=f"body.{required}",
                slug="validation.required",
            )
    if "timezone" in changes:
        _check_timezone(changes["timezone"])
    if "parent_id" in changes and changes["parent_id"] != unit.parent_id:
        await _move(session, unit, changes.pop("parent_id"))
    else:
        changes.pop("parent_id", None)
    for name, value in changes.items():
        setattr(unit, name, value)
    _check_location(unit)
    after = _snapshot(unit)
    diff = audit.changed_fields(before, after)
    if diff:
        unit.updated_at = clock.now()
        await session.flush()
        await audit.record(
            session,
            actor=actor,
            clock=clock,
            action="org_unit.updated",
            entity_type="org_unit",
            entity_id=unit.id,
            changes=diff,
        )
    return unit


async def _move(session: AsyncSession, unit: OrgUnit, new_parent_id: uuid.UUID | None) -> None:
    parent = await _parent(session, new_parent_id)
    _check_placement(unit.kind, parent)
    problem = rules.move_problem(unit.path, parent.path if parent else None)
    if problem:
        raise InvalidInput(problem, field="body.parent_id", slug="org_unit.move_into_own_subtree")
    old_prefix = unit.path
    new_prefix = rules.child_path(parent.path if parent else None, unit.id)
    # Re-root the whole subtree in one statement: descendants keep their relative paths.
    await session.execute(
        update(OrgUnit)
        .where(OrgUnit.path.startswith(old_prefix, autoescape=True))
        .values(path=new_prefix + func.substr(OrgUnit.path, len(old_prefix) + 1))
        .execution_options(synchronize_session=False)
    )
    unit.path = new_prefix
    unit.parent_id = parent.id if parent else None


async def delete_unit(session: AsyncSession, *, actor: Actor, clock: Clock, unit_id: uuid.UUID) -> None:
    """Only an unused unit can be deleted: one with children, people, grants or history is refused."""
    require_org_admin(actor)
    unit = await get_unit(session, actor=actor, unit_id=unit_id)
    if await session.scalar(select(exists().where(OrgUnit.parent_id == unit.id))):
        raise Conflict(_("The unit still has child units; move or delete them first."), slug="org_unit.in_use")
    before = _snapshot(unit)
    await session.delete(unit)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict(
            _("The unit still has people, role grants or history attached; it cannot be deleted."),
            slug="org_unit.in_use",
        ) from exc
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="org_unit.deleted",
        entity_type="org_unit",
        entity_id=unit_id,
        changes=audit.changed_fields(before, {}),
    )
