"""Org units: the tree of headquarters, departments, regions, stores and projects."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, SearchQuery, problems
from domain.org import commands, queries
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.schemas import OrgUnitCreate, OrgUnitRead, OrgUnitUpdate
from domain.people import assignments
from domain.people.assignment_schemas import UnitMember
from domain.shared.pagination import Page, Slice
from domain.shared.schemas import IsoDate

router = Router(prefix="/org-units", tags=["orgUnits"])


@router.get("", operation_id="orgUnits-list", response_model=Page[OrgUnitRead], responses=problems(401, 403, 404, 422))
async def list_org_units(
    actor: CurrentActor,
    session: SessionDep,
    kind: OrgUnitKind | None = None,
    parent_id: uuid.UUID | None = None,
    within: Annotated[uuid.UUID | None, Query(description="Only this unit and its subtree")] = None,
    q: Annotated[str | None, SearchQuery] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[OrgUnit]:
    """Lists org units ordered by code; every signed-in person reads the whole tree (integration clients: 403).
    `within` keeps that unit and its subtree (an unknown unit answers 404), `parent_id` its direct children;
    `q` searches name and code.
    """
    return await queries.list_units(
        session, actor=actor, kind=kind, parent_id=parent_id, within=within, q=q, limit=limit, cursor=cursor
    )


@router.post(
    "",
    operation_id="orgUnits-create",
    status_code=status.HTTP_201_CREATED,
    response_model=OrgUnitRead,
    responses=problems(401, 403, 409, 422),
)
async def create_org_unit(body: OrgUnitCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> OrgUnit:
    """Creates an org unit: headquarters, a department, a region, a store or a project.
    HR and administrators only (403). Placement rules (422 otherwise): headquarters sits at the root; a
    department under headquarters or a department; a region under headquarters or a region; a store under
    headquarters or a region; a project under headquarters, a department or a region. Stores and projects need
    latitude, longitude and a geofence radius, since people punch in there. `timezone` is an IANA name; the
    code must be unused (409). Audited.
    """
    return await commands.create_unit(session, actor=actor, clock=clock, data=body)


@router.get(
    "/{unit_id}", operation_id="orgUnits-get", response_model=OrgUnitRead, responses=problems(401, 403, 404, 422)
)
async def get_org_unit(unit_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> OrgUnit:
    """Reads one org unit; every signed-in person may (integration clients: 403).
    An unknown id answers 404.
    """
    return await queries.read_unit(session, actor=actor, unit_id=unit_id)


@router.patch(
    "/{unit_id}",
    operation_id="orgUnits-update",
    response_model=OrgUnitRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def update_org_unit(
    unit_id: uuid.UUID, body: OrgUnitUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> OrgUnit:
    """Changes an org unit; only the fields sent change, and code and kind never do.
    HR and administrators only (403). A new `parent_id` moves the unit with its whole subtree, under the same
    placement rules as creation; a unit cannot move under itself or one of its descendants (422). Name and
    time zone cannot be cleared, and stores and projects keep their location and geofence (422). Audited.
    """
    return await commands.update_unit(session, actor=actor, clock=clock, unit_id=unit_id, data=body)


@router.delete(
    "/{unit_id}",
    operation_id="orgUnits-delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401, 403, 404, 409, 422),
)
async def delete_org_unit(unit_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> None:
    """Deletes an unused org unit.
    HR and administrators only (403). A unit with child units, people, role grants or any history answers 409
    and stays. Audited.
    """
    await commands.delete_unit(session, actor=actor, clock=clock, unit_id=unit_id)


@router.get(
    "/{unit_id}/members",
    operation_id="orgUnits-members",
    response_model=Page[UnitMember],
    responses=problems(401, 404, 422),
    summary="Who works at this unit on a day (home staff not away, plus people assigned there), by employee number",
)
async def unit_members(
    unit_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    on: Annotated[IsoDate | None, Query(description="The day asked about; default today")] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[UnitMember]:
    """Who works at this unit on a day: home staff not assigned elsewhere, plus people assigned there.
    `on` defaults to today in the organisation's time zone. Only people the caller may see that day are listed
    (see GET /employees), by employee number, each with where their presence comes from (home, or the
    assignment). An unknown unit answers 404.
    """
    return await assignments.unit_members(
        session, actor=actor, clock=clock, unit_id=unit_id, on=on, limit=limit, cursor=cursor
    )
