"""Collaboration reward pools: HR configures and settles them; members watch their own line."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Response, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.problem_types import (
    PoolNotEditableProblem,
    PoolNotLockedProblem,
    PoolPeriodNotEndedProblem,
    PoolWrongStatusProblem,
)
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.performance.schemas import EarlyClose
from domain.pools import pools, settlement
from domain.pools.schemas import (
    AdjustmentCreate,
    CorrectionCreate,
    CorrectionRead,
    MemberSet,
    MyPool,
    PoolCreate,
    PoolPreview,
    PoolRead,
    PoolUpdate,
    Statement,
)
from domain.shared.pagination import Page, Slice

router = APIRouter(prefix="/pools", tags=["pools"])
PeriodQuery = Query(pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$", description="A month, e.g. 2026-11")


@router.post(
    "",
    operation_id="pools-create",
    status_code=status.HTTP_201_CREATED,
    response_model=PoolRead,
    responses=problems(401, 403, 422),
    summary="Create a pool: scope, month, currency, funding rules, conditions, shares, linked rule",
)
async def create_pool(body: PoolCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PoolRead:
    return await pools.create_pool(session, actor=actor, clock=clock, data=body)


@router.get(
    "",
    operation_id="pools-list",
    response_model=Page[PoolRead],
    responses=problems(401, 403, 422),
    summary="Every pool, newest first (HR, leaders, administrators)",
)
async def list_pools(
    actor: CurrentActor,
    session: SessionDep,
    period: Annotated[str | None, PeriodQuery] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[PoolRead]:
    return await pools.list_pools(session, actor=actor, period=period, limit=limit, cursor=cursor)


@router.get("/{pool_id}", operation_id="pools-get", response_model=PoolRead, responses=problems(401, 404, 422))
async def get_pool(pool_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PoolRead:
    return await pools.get_pool(session, actor=actor, clock=clock, pool_id=pool_id)


@router.patch(
    "/{pool_id}",
    operation_id="pools-update",
    response_model=PoolRead,
    responses=problems(401, 403, 404, 409, 422, typed=(PoolNotEditableProblem,)),
    summary="Change a draft or calculated pool (it goes back to draft)",
)
async def update_pool(
    pool_id: uuid.UUID, body: PoolUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> PoolRead:
    return await pools.update_pool(session, actor=actor, clock=clock, pool_id=pool_id, data=body)


@router.put(
    "/{pool_id}/members/{employee_id}",
    operation_id="pools-setMember",
    response_model=PoolRead,
    responses=problems(401, 403, 404, 409, 422, typed=(PoolNotEditableProblem,)),
    summary="Name a project member (back-office side) with a weight",
)
async def set_member(
    pool_id: uuid.UUID,
    employee_id: uuid.UUID,
    body: MemberSet,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
) -> PoolRead:
    return await pools.set_member(
        session, actor=actor, clock=clock, pool_id=pool_id, employee_id=employee_id, data=body
    )


@router.delete(
    "/{pool_id}/members/{employee_id}",
    operation_id="pools-removeMember",
    response_model=PoolRead,
    responses=problems(401, 403, 404, 409, 422, typed=(PoolNotEditableProblem,)),
)
async def remove_member(
    pool_id: uuid.UUID, employee_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> PoolRead:
    return await pools.remove_member(session, actor=actor, clock=clock, pool_id=pool_id, employee_id=employee_id)


@router.post(
    "/{pool_id}/adjustments",
    operation_id="pools-addAdjustment",
    status_code=status.HTTP_201_CREATED,
    response_model=PoolRead,
    responses=problems(401, 403, 404, 409, 422, typed=(PoolNotEditableProblem,)),
    summary="Change a member's weight on one side, with a reason (audited)",
)
async def add_adjustment(
    pool_id: uuid.UUID, body: AdjustmentCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> PoolRead:
    return await pools.add_adjustment(session, actor=actor, clock=clock, pool_id=pool_id, data=body)


@router.get(
    "/{pool_id}/preview",
    operation_id="pools-preview",
    response_model=PoolPreview,
    responses=problems(401, 404, 422),
    summary="The projected pool, its conditions and every member's contribution and amount, from current data",
)
async def preview(pool_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PoolPreview:
    return await settlement.get_preview(session, actor=actor, clock=clock, pool_id=pool_id)


@router.post(
    "/{pool_id}/calculate",
    operation_id="pools-calculate",
    response_model=PoolPreview,
    responses=problems(401, 403, 404, 409, 422, typed=(PoolWrongStatusProblem,)),
    summary="Freeze the live computation as the pool's calculation (draft or calculated -> calculated)",
)
async def calculate(pool_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PoolPreview:
    return await settlement.calculate(session, actor=actor, clock=clock, pool_id=pool_id)


@router.post(
    "/{pool_id}/approve",
    operation_id="pools-approve",
    response_model=PoolPreview,
    responses=problems(401, 403, 404, 409, 422, typed=(PoolWrongStatusProblem,)),
    summary="Approve the calculation (calculated -> approved); not by whoever calculated it or closed its month "
    "(separation of duties, 403); a racing approval gets 409",
)
async def approve(pool_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PoolPreview:
    return await settlement.approve(session, actor=actor, clock=clock, pool_id=pool_id)


@router.post(
    "/{pool_id}/lock",
    operation_id="pools-lock",
    response_model=PoolPreview,
    responses=problems(401, 403, 404, 409, 422, typed=(PoolWrongStatusProblem, PoolPeriodNotEndedProblem)),
    summary="Lock once the pool's month has ended (or early, with a reason): allocations go to the append-only "
    "ledger and pool.settled is sent; a racing lock gets 409",
)
async def lock(
    pool_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    body: Annotated[EarlyClose | None, Body()] = None,
) -> PoolPreview:
    return await settlement.lock(session, actor=actor, clock=clock, pool_id=pool_id, override=body)


@router.post(
    "/{pool_id}/corrections",
    operation_id="pools-correct",
    status_code=status.HTTP_201_CREATED,
    response_model=CorrectionRead,
    responses=problems(401, 403, 404, 409, 422, typed=(PoolWrongStatusProblem,)),
    summary="Correct members' amounts after locking: a reversal and a new allocation per changed line",
)
async def correct(
    pool_id: uuid.UUID, body: CorrectionCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> CorrectionRead:
    return await settlement.correct(session, actor=actor, clock=clock, pool_id=pool_id, data=body)


@router.get(
    "/{pool_id}/statements/{employee_id}",
    operation_id="pools-statement",
    response_model=Statement,
    responses=problems(401, 404, 422),
    summary="A member's statement: contribution and ledger entries (members: their own only)",
)
async def statement(
    pool_id: uuid.UUID, employee_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> Statement:
    return await settlement.statement(session, actor=actor, clock=clock, pool_id=pool_id, employee_id=employee_id)


@router.get(
    "/{pool_id}/payroll",
    operation_id="pools-payroll",
    responses={
        **problems(401, 403, 404, 409, 422, typed=(PoolNotLockedProblem,)),
        200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "One row per person, net"},
    },
    summary="The payroll export of a locked pool, as CSV",
)
async def payroll(pool_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> Any:
    filename, text = await settlement.payroll_csv(session, actor=actor, clock=clock, pool_id=pool_id)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


me = APIRouter(prefix="/me", tags=["me"])


@me.get(
    "/pools",
    operation_id="me-pools",
    response_model=Page[MyPool],
    responses=problems(401, 404, 422),
    summary="The pools I am in, newest month first: my contribution, the rule behind it and my projected "
    "(or settled) amount",
)
async def my_pools(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period: Annotated[str | None, PeriodQuery] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[MyPool]:
    return await settlement.my_pools(session, actor=actor, clock=clock, period=period, limit=limit, cursor=cursor)
