"""HR sync feeds: employees, assignments and transfers in the order they changed, read by cursor
(clients with read:people, HR and administrators)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from api.deps import CurrentActor, SessionDep
from api.gated_router import Router
from api.problem_types import InsufficientScopeProblem
from api.v1.responses import CursorQuery, problems
from domain.shared.schemas import IsoDateTime
from domain.sync import feeds as sync
from domain.sync.schemas import SyncedAssignment, SyncedEmployee, SyncedTransfer, SyncPage

router = Router(prefix="/sync", tags=["sync"])

SyncLimitQuery = Query(ge=1, le=sync.SYNC_MAX_LIMIT, description="Page size")
UpdatedSinceQuery = Query(
    description="Only rows with updated_at at or after this moment (ISO 8601 with offset), on every page"
)
FEED_PROBLEMS = problems(401, 403, 422, 429, typed=(InsufficientScopeProblem,))


@router.get(
    "/employees",
    operation_id="sync-employees",
    response_model=SyncPage[SyncedEmployee],
    responses=FEED_PROBLEMS,
    summary="Employees changed after the cursor",
)
async def employees(
    actor: CurrentActor,
    session: SessionDep,
    updated_since: Annotated[IsoDateTime | None, UpdatedSinceQuery] = None,
    cursor: Annotated[str | None, CursorQuery] = None,
    limit: Annotated[int, SyncLimitQuery] = sync.SYNC_DEFAULT_LIMIT,
) -> SyncPage[SyncedEmployee]:
    """The change feed of employee records, in the order they changed, with their home unit's code.
    For machine clients with `read:people`, and for HR and administrators (others get 403). A client limited
    to org units sees employees whose home unit, or any assignment not cancelled, lies inside them. Start
    without a cursor, then always pass the `next_cursor` of the last page: it is present even on an empty
    page, and polling from it never misses nor repeats a change. A record changed again later shows up again,
    further on. `has_more` says whether to fetch the next page now. `updated_since` filters every page.
    """
    return await sync.employees_feed(session, actor=actor, cursor=cursor, limit=limit, updated_since=updated_since)


@router.get(
    "/assignments",
    operation_id="sync-assignments",
    response_model=SyncPage[SyncedAssignment],
    responses=FEED_PROBLEMS,
    summary="Assignments changed after the cursor",
)
async def assignments(
    actor: CurrentActor,
    session: SessionDep,
    updated_since: Annotated[IsoDateTime | None, UpdatedSinceQuery] = None,
    cursor: Annotated[str | None, CursorQuery] = None,
    limit: Annotated[int, SyncLimitQuery] = sync.SYNC_DEFAULT_LIMIT,
) -> SyncPage[SyncedAssignment]:
    """The change feed of assignments (secondments and permanent moves), in the order they changed.
    Cancelled assignments stay in the feed, marked by `cancelled_at`. For machine clients with `read:people`,
    and for HR and administrators (others get 403). A client limited to org units sees assignments whose unit,
    or whose employee's home unit, lies inside them. Paging as in GET /sync/employees: keep `next_cursor`,
    poll from it, never miss a change.
    """
    return await sync.assignments_feed(session, actor=actor, cursor=cursor, limit=limit, updated_since=updated_since)


@router.get(
    "/transfers",
    operation_id="sync-transfers",
    response_model=SyncPage[SyncedTransfer],
    responses=FEED_PROBLEMS,
    summary="Transfer requests changed after the cursor",
)
async def transfers(
    actor: CurrentActor,
    session: SessionDep,
    updated_since: Annotated[IsoDateTime | None, UpdatedSinceQuery] = None,
    cursor: Annotated[str | None, CursorQuery] = None,
    limit: Annotated[int, SyncLimitQuery] = sync.SYNC_DEFAULT_LIMIT,
) -> SyncPage[SyncedTransfer]:
    """The change feed of transfer requests (submitted, decided, withdrawn...), in the order they changed.
    For machine clients with `read:people`, and for HR and administrators (others get 403). A client limited
    to org units sees transfers whose destination, or whose employee's home unit, lies inside them. Paging as
    in GET /sync/employees: keep `next_cursor`, poll from it, never miss a change.
    """
    return await sync.transfers_feed(session, actor=actor, cursor=cursor, limit=limit, updated_since=updated_since)
