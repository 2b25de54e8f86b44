"""Audiences of stories and broadcasts, resolved against the org tree.

One definition serves both: a list of audiences is a union. For many people it is resolved in SQL,
set-based (an audience may hold 100,000 people: `members` is a SELECT to join or INSERT ... SELECT
from); for one person it is decided from their standing (home unit path, assignment paths) by the
pure rule in `rules.in_audience`, or as the same rule in SQL (`reader_condition`) for lists."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, false, literal, or_, select, true, union
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Account, Assignment, Employee, EmployeeStatus
from domain.people.scope import assignments_on
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.stories.models import StoryAudience
from domain.stories.rules import AudienceKind, Standing, Target
from domain.stories.schemas import Audience, AudienceRead

FRONTLINE = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)
UNIT_KIND = {AudienceKind.DEPARTMENT: OrgUnitKind.DEPARTMENT, AudienceKind.REGION: OrgUnitKind.REGION}


async def checked(
    session: AsyncSession, audiences: Sequence[Audience], *, field: str = "body.audiences"
) -> list[Target]:
    """The audiences as targets; a unit that does not exist or is of the wrong kind is a 422 naming it."""
    ids = [a.unit_id for a in audiences if a.unit_id is not None]
    units = {
        unit_id: (path, OrgUnitKind(kind))
        for unit_id, path, kind in await session.execute(
            select(OrgUnit.id, OrgUnit.path, OrgUnit.kind).where(OrgUnit.id.in_(ids))
        )
    }
    targets: list[Target] = []
    for position, audience in enumerate(audiences):
        if audience.unit_id is None:
            targets.append(Target(audience.kind))
            continue
        found = units.get(audience.unit_id)
        wanted = UNIT_KIND[audience.kind]
        if found is None or found[1] != wanted:
            raise InvalidInput(
                _("Unit {unit_id} is not a {kind}.", unit_id=audience.unit_id, kind=wanted.value),
                field=f"{field}[{position}].unit_id",
                slug="audience.unit_invalid",
            )
        targets.append(Target(audience.kind, found[0]))
    return targets


async def targets_of(session: AsyncSession, audiences: list[dict[str, Any]]) -> list[Target]:
    """The kept audiences with their units' paths as they are now (a unit moved in the tree moves
    its audience with it)."""
    ids = [uuid.UUID(a["unit_id"]) for a in audiences if a.get("unit_id")]
    paths = dict((await session.execute(select(OrgUnit.id, OrgUnit.path).where(OrgUnit.id.in_(ids)))).all())
    return [
        Target(AudienceKind(a["kind"]), paths.get(uuid.UUID(a["unit_id"])) if a.get("unit_id") else None)
        for a in audiences
    ]


def kept(audiences: Sequence[Audience]) -> list[dict[str, Any]]:
    return [{"kind": a.kind.value, "unit_id": str(a.unit_id) if a.unit_id else None} for a in audiences]


async def described(session: AsyncSession, audiences: list[dict[str, Any]]) -> list[AudienceRead]:
    ids = [uuid.UUID(a["unit_id"]) for a in audiences if a.get("unit_id")]
    names = dict((await session.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(ids)))).all())
    reads = []
    for a in audiences:
        unit_id = uuid.UUID(a["unit_id"]) if a.get("unit_id") else None
        reads.append(AudienceRead(kind=a["kind"], unit_id=unit_id, unit_name=names.get(unit_id) if unit_id else None))
    return reads


async def standing_of(session: AsyncSession, employee_id: uuid.UUID | None, today: date) -> Standing | None:
    """Where the person stands today (None for an account without an employee: no audience holds it)."""
    if employee_id is None:
        return None
    home = (
        await session.execute(
            select(OrgUnit.path, OrgUnit.kind)
            .join(Employee, Employee.home_unit_id == OrgUnit.id)
            .where(Employee.id == employee_id)
        )
    ).first()
    if home is None:
        return None
    assigned = await session.scalars(
        select(OrgUnit.path)
        .join(Assignment, Assignment.unit_id == OrgUnit.id)
        .where(Assignment.employee_id == employee_id, assignments_on(today))
    )
    return Standing(home[0], OrgUnitKind(home[1]) in FRONTLINE, tuple(assigned))


def members(targets: Sequence[Target], today: date) -> Select[uuid.UUID]:
    """The ids (column `id`) of the active employees the audiences reach, as one SELECT."""
    parts: list[Select[Any]] = []
    for target in targets:
        if target.kind is AudienceKind.EVERYONE:
            parts.append(select(Employee.id.label("id")))
        elif target.kind is AudienceKind.HEAD_OFFICE:
            parts.append(
                select(Employee.id.label("id"))
                .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
                .where(OrgUnit.kind.not_in(FRONTLINE))
            )
        else:
            assert target.path is not None
            parts.append(
                select(Employee.id.label("id"))
                .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
                .where(OrgUnit.path.startswith(target.path))
            )
            if target.kind is AudienceKind.REGION:
                parts.append(
                    select(Assignment.employee_id.label("id"))
                    .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
                    .where(OrgUnit.path.startswith(target.path), assignments_on(today))
                )
    reached = (union(*parts) if len(parts) > 1 else parts[0]).subquery("reached")
    return select(Employee.id).where(Employee.id.in_(select(reached.c.id)), Employee.status == EmployeeStatus.ACTIVE)


def member_accounts(targets: Sequence[Target], today: date) -> Select[uuid.UUID]:
    """The active accounts of the people the audiences reach."""
    reached = members(targets, today).subquery("reached_people")
    return select(Account.id).where(Account.employee_id.in_(select(reached.c.id)), Account.is_active.is_(True))


def reader_condition(
    story_id: ColumnElement[uuid.UUID] | InstrumentedAttribute[uuid.UUID], standing: Standing | None
) -> ColumnElement[bool]:
    """`rules.in_audience` as SQL over a story's audience rows: true when one of them reaches the person."""
    if standing is None:
        return false()
    paths = [standing.home_path, *standing.assignment_paths]
    reaches = or_(
        StoryAudience.kind == AudienceKind.EVERYONE.value,
        (StoryAudience.kind == AudienceKind.HEAD_OFFICE.value) & (false() if standing.home_frontline else true()),
        (StoryAudience.kind == AudienceKind.DEPARTMENT.value) & literal(standing.home_path).startswith(OrgUnit.path),
        (StoryAudience.kind == AudienceKind.REGION.value) & or_(*(literal(p).startswith(OrgUnit.path) for p in paths)),
    )
    return (
        select(StoryAudience.story_id)
        .outerjoin(OrgUnit, OrgUnit.id == StoryAudience.unit_id)
        .where(StoryAudience.story_id == story_id, reaches)
        .exists()
    )
