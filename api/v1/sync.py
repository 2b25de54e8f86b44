"""HR sync feeds: employees, assignments and transfers in the order they changed, read by cursor
(clients with read:people, HR and administrators)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import CurrentActor, SessionDep
from api.problem_types import InsufficientScopeProblem
from api.v1.responses import CursorQuery, problems
from domain.shared.schemas import IsoDateTime
from domain.sync import feeds as sync
from domain.sync.schemas import SyncedAssignment, SyncedEmployee, SyncedTransfer, SyncPage

router = APIRouter(prefix="/sync", tags=["sync"])

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
    return await sync.transfers_feed(session, actor=actor, cursor=cursor, limit=limit, updated_since=updated_since)
