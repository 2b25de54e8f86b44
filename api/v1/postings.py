"""The skill catalogue, my skills, frontline postings (draft, open, close, list with place and date
filters) and the postings that suit me."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from api.deps import ClockDep, CurrentActor, SealerDep, SessionDep
from api.problem_types import PostingVersionConflictProblem
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.postings import applications, commands, matches, queries
from domain.postings.models import PostingStatus
from domain.postings.ranking import Point
from domain.postings.schemas import (
    ApplicationCreate,
    ApplicationRead,
    PostingCreate,
    PostingMatches,
    PostingRead,
    PostingVersion,
)
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.shared.pagination import Page
from domain.shared.schemas import IsoDate, QueryBool
from domain.skills import commands as skill_commands
from domain.skills import queries as skill_queries
from domain.skills.schemas import EmployeeSkillRead, MySkills, SkillRead, SkillUpdate

router = APIRouter(tags=["postings"])
me = APIRouter(prefix="/me", tags=["postings"])

SkillCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]
RadiusQuery = Query(gt=0, le=50, description="Kilometres, at most 50")
NearQuery = Query(max_length=64, description="latitude,longitude", examples=["31.23,121.47"])


@router.get("/skills", operation_id="skills-list", response_model=list[SkillRead], responses=problems(401))
async def list_skills(actor: CurrentActor, session: SessionDep) -> list[SkillRead]:
    return await skill_queries.list_skills(session)


@router.put(
    "/skills/{code}",
    operation_id="skills-save",
    response_model=SkillRead,
    responses=problems(401, 403, 409, 422),
    summary="Add or rename a skill of the catalogue (HR)",
)
async def save_skill(
    code: SkillCode, body: SkillUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> SkillRead:
    return await skill_commands.put_skill(session, actor=actor, clock=clock, code=code, data=body)


@me.get("/skills", operation_id="skills-mine", response_model=list[EmployeeSkillRead], responses=problems(401))
async def my_skills(actor: CurrentActor, session: SessionDep) -> list[EmployeeSkillRead]:
    return [] if actor.employee_id is None else await skill_queries.skills_of(session, actor.employee_id)


@me.put(
    "/skills",
    operation_id="skills-declare",
    response_model=list[EmployeeSkillRead],
    responses=problems(401, 403, 422),
    summary="Declare my skills (HR's records of my skills stay)",
)
async def declare_skills(
    body: MySkills, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> list[EmployeeSkillRead]:
    return await skill_commands.set_my_skills(session, actor=actor, clock=clock, data=body)


@router.put(
    "/employees/{employee_id}/skills",
    operation_id="skills-record",
    response_model=list[EmployeeSkillRead],
    responses=problems(401, 403, 404, 422),
    summary="Record a person's skills (HR; what the person declared stays)",
)
async def record_skills(
    employee_id: uuid.UUID, body: MySkills, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> list[EmployeeSkillRead]:
    return await skill_commands.set_skills_of(session, actor=actor, clock=clock, employee_id=employee_id, data=body)


@router.post(
    "/postings",
    operation_id="postings-create",
    status_code=status.HTTP_201_CREATED,
    response_model=PostingRead,
    responses=problems(401, 403, 422),
    summary="Draft a posting for a store or project (HR, or the store's manager; HR opens it)",
)
async def create_posting(body: PostingCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PostingRead:
    return await commands.create_posting(session, actor=actor, clock=clock, data=body)


def _point(near: str | None) -> Point | None:
    if near is None:
        return None
    try:
        lat_text, lon_text = near.split(",")
        return Point(float(lat_text), float(lon_text))
    except ValueError:
        raise InvalidInput(
            _("`near` is latitude,longitude in degrees, e.g. 31.23,121.47."), field="query.near", slug="posting.near"
        ) from None


@router.get(
    "/postings",
    operation_id="postings-list",
    response_model=Page[PostingRead],
    responses=problems(401, 403, 404, 422),
    summary="Open postings (HR: any status), newest first, filtered by place, store, dates, tag and shifts",
)
async def list_postings(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    near: Annotated[
        str | None, Query(max_length=64, description="latitude,longitude", examples=["31.23,121.47"])
    ] = None,
    radius_km: Annotated[float, RadiusQuery] = 3.0,
    unit_id: uuid.UUID | None = None,
    start: Annotated[IsoDate | None, Query(alias="from")] = None,
    end: Annotated[IsoDate | None, Query(alias="to")] = None,
    tag: Annotated[str | None, Query(max_length=32, pattern=r"^[a-z][a-z0-9_]*$")] = None,
    day_shifts_only: QueryBool | None = None,
    posting_status: Annotated[PostingStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Page[PostingRead]:
    found = await queries.list_postings(
        session,
        actor=actor,
        clock=clock,
        near=_point(near),
        radius_km=radius_km,
        unit_id=unit_id,
        start=start,
        end=end,
        tag=tag,
        day_shifts_only=day_shifts_only,
        status=posting_status,
        limit=limit,
        cursor=cursor,
    )
    return Page(items=found.items, next_cursor=found.next_cursor)


@router.get(
    "/postings/{posting_id}", operation_id="postings-get", response_model=PostingRead, responses=problems(401, 404, 422)
)
async def get_posting(posting_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> PostingRead:
    return await queries.get_posting(session, actor=actor, posting_id=posting_id)


@router.post(
    "/postings/{posting_id}/open",
    operation_id="postings-open",
    response_model=PostingRead,
    responses=problems(401, 403, 404, 409, 422, typed=(PostingVersionConflictProblem,)),
    summary="Open a draft (HR; for a store manager's draft, this is the approval)",
)
async def open_posting(
    posting_id: uuid.UUID, body: PostingVersion, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> PostingRead:
    return await commands.open_posting(session, actor=actor, clock=clock, posting_id=posting_id, data=body)


@router.post(
    "/postings/{posting_id}/close",
    operation_id="postings-close",
    response_model=PostingRead,
    responses=problems(401, 403, 404, 409, 422, typed=(PostingVersionConflictProblem,)),
    summary="Close a posting (HR or the store's manager)",
)
async def close_posting(
    posting_id: uuid.UUID, body: PostingVersion, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> PostingRead:
    return await commands.close_posting(session, actor=actor, clock=clock, posting_id=posting_id, data=body)


@router.post(
    "/postings/{posting_id}/applications",
    operation_id="postings-apply",
    status_code=status.HTTP_201_CREATED,
    response_model=ApplicationRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Apply: a secondment request for the posting's store and dates goes through the usual chain",
    description="Approval of the request takes one of the posting's places; when none is left the approval "
    "is a 409 `posting.full` and the request stays where it was.",
)
async def apply(
    posting_id: uuid.UUID, body: ApplicationCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ApplicationRead:
    return await applications.apply(session, actor=actor, clock=clock, posting_id=posting_id, data=body)


@router.get(
    "/postings/{posting_id}/applications",
    operation_id="postings-applications",
    response_model=list[ApplicationRead],
    responses=problems(401, 404, 422),
    summary="The posting's applicants (HR, the store's managers): name, department, skills, status",
)
async def list_applications(posting_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> list[ApplicationRead]:
    return await applications.applications_of(session, actor=actor, posting_id=posting_id)


@router.post(
    "/postings/{posting_id}/applications/{application_id}/shortlist",
    operation_id="postings-shortlist",
    response_model=ApplicationRead,
    responses=problems(401, 404, 409, 422),
    summary="Shortlist a pending applicant (HR, the store's managers)",
)
async def shortlist(
    posting_id: uuid.UUID, application_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ApplicationRead:
    return await applications.shortlist(
        session, actor=actor, clock=clock, posting_id=posting_id, application_id=application_id
    )


@me.get(
    "/posting-matches",
    operation_id="postings-matches",
    response_model=PostingMatches,
    responses=problems(401, 403, 422),
    summary="Open postings that suit me, best first, with the reasons (near home or school, care rules, skills)",
    description="Distances and reasons are computed for my session only; a posting's owner never sees them.",
)
async def my_matches(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    sealer: SealerDep,
    response: Response,
    radius_km: Annotated[float, RadiusQuery] = 3.0,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
) -> PostingMatches:
    response.headers["Cache-Control"] = "no-store"
    return await matches.my_matches(session, actor=actor, clock=clock, sealer=sealer, radius_km=radius_km, limit=limit)
