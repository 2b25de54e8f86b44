"""The skill catalogue, my skills, frontline postings (draft, open, close, list with place and date
filters) and the postings that suit me."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Path, Query, Response, status

from api.deps import ClockDep, CurrentActor, SealerDep, SessionDep
from api.gated_router import Router
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

router = Router(tags=["postings"])
me = Router(prefix="/me", tags=["postings"])

SkillCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]
RadiusQuery = Query(gt=0, le=50, description="Kilometres, at most 50")


@router.get("/skills", operation_id="skills-list", response_model=list[SkillRead], responses=problems(401))
async def list_skills(actor: CurrentActor, session: SessionDep) -> list[SkillRead]:
    """Lists the skill catalogue by code, each skill with its name and local name.

    Any signed-in caller may read it.
    """
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
    """Adds a skill to the catalogue under `code`, or renames the one there (name and local name).

    HR and administrators only (403). Of two creations of the same code at once one wins and the other answers
    409. Audited.
    """
    return await skill_commands.put_skill(session, actor=actor, clock=clock, code=code, data=body)


@me.get("/skills", operation_id="skills-mine", response_model=list[EmployeeSkillRead], responses=problems(401))
async def my_skills(actor: CurrentActor, session: SessionDep) -> list[EmployeeSkillRead]:
    """Lists my skills, each with its source: `hr` (recorded by HR) or `self` (declared by me).

    An account that is not an employee gets an empty list.
    """
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
    """Declares my skills, replacing my earlier declaration; the skills HR recorded for me stay as they are.

    Every code must be in the catalogue (422); an account that is not an employee gets 403. Audited.
    """
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
    """HR records a person's skills, replacing HR's earlier record of them; what the person declared stays.

    A skill both HR and the person hold counts as HR's. HR and administrators only (403); an unknown employee
    answers 404, and a code not in the catalogue 422. Audited.
    """
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
    """Drafts a posting for a store or project; it stays a draft until HR opens it.

    HR and administrators draft for any store, a store manager for the stores she manages (403 otherwise). The
    unit must be a store or project, the shift templates active templates of that store, and the skills,
    eligible departments and required courses must exist (422). The draft is seen by whoever drafted it, HR
    and the store's managers. Audited.
    """
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
    """Lists postings newest first, open ones unless `status` says otherwise, filtered by place and dates.

    Anyone signed in lists open postings. `near` (latitude,longitude) keeps those whose store lies within
    `radius_km`; `from` and `to` keep those whose dates overlap that period; `tag` and `day_shifts_only`
    narrow further. Postings in another status (draft, filled, closed) are for HR and administrators across
    stores (403 for others), or for a store's managers with `unit_id` naming a store they manage (404 for a
    store out of reach).
    """
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
    """Reads one posting with its dates, shifts, hours, places taken, skills, tags and required courses.

    Open, filled and closed postings are readable by anyone signed in; a draft only by whoever drafted it, HR,
    administrators and the store's managers (404 for anyone else).
    """
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
    """HR opens a draft posting, naming its version; for a store manager's draft this is the approval.

    HR and administrators only (403); a draft the caller cannot see answers 404. Only a draft opens (409), and
    a version other than the current one answers 409 (reload and retry). Once open, the posting is listed to
    everyone and takes applications. Audited.
    """
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
    """Closes a draft, open or filled posting, naming its version; it then takes no more applications.

    HR and administrators, or a manager of the posting's store, may (403 otherwise; 404 for a draft out of
    sight). A posting already closed, or a stale version, answers 409. Its pending and shortlisted applications
    close with it: their secondment requests are withdrawn and the applicants notified (approved ones stay).
    Audited.
    """
    return await commands.close_posting(session, actor=actor, clock=clock, posting_id=posting_id, data=body)


@router.post(
    "/postings/{posting_id}/applications",
    operation_id="postings-apply",
    status_code=status.HTTP_201_CREATED,
    response_model=ApplicationRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Apply: a secondment request for the posting's store and dates goes through the usual chain",
)
async def apply(
    posting_id: uuid.UUID, body: ApplicationCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ApplicationRead:
    """Applies to an open posting: a secondment request for its store and dates is filed in the applicant's
    name and goes through the usual approval chain, with that request's own checks (overlap 409, no
    decider 422).

    Employees only (403); the posting must be open with a place left (409), the applicant's home department
    among the eligible ones if any are listed (403), one application each (409). The store's managers are
    notified. Approval of the request takes one of the posting's places; when none is left the approval is
    a 409 `posting.full` and the request stays where it was.
    """
    return await applications.apply(session, actor=actor, clock=clock, posting_id=posting_id, data=body)


@router.get(
    "/postings/{posting_id}/applications",
    operation_id="postings-applications",
    response_model=list[ApplicationRead],
    responses=problems(401, 404, 422),
    summary="The posting's applicants (HR, the store's managers): name, department, skills, status",
)
async def list_applications(posting_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> list[ApplicationRead]:
    """Lists a posting's applications oldest first, with what the planners need to choose among applicants.

    Each application shows the applicant's name and number, home department, skills, latest performance band,
    progress on the posting's required courses, status and secondment request. HR, administrators and the
    managers of the posting's store only (404 for anyone else). Where applicants live, or how far away, is
    never shown.
    """
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
    """Shortlists a pending application to a posting.

    HR, administrators and the managers of the posting's store only (404 for anyone else); an application that
    is not pending answers 409. The applicant's secondment request goes on through its chain unchanged, and
    nobody is notified. Audited.
    """
    return await applications.shortlist(
        session, actor=actor, clock=clock, posting_id=posting_id, application_id=application_id
    )


@me.get(
    "/posting-matches",
    operation_id="postings-matches",
    response_model=PostingMatches,
    responses=problems(401, 403, 422),
    summary="Open postings that suit me, best first, with the reasons (near home or school, care rules, skills)",
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
    """Ranks the open postings with places left that suit me, best first, with the reasons.

    Employees only (403). With a home or school location on file, only postings within `radius_km` of one
    of them; without one, the most recently opened postings, ranked by skills and tags. Distances and reasons
    are computed for my session only and never stored (`Cache-Control: no-store`); a posting's owner never
    sees them.
    """
    response.headers["Cache-Control"] = "no-store"
    return await matches.my_matches(session, actor=actor, clock=clock, sealer=sealer, radius_km=radius_km, limit=limit)
