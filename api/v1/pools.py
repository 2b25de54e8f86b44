"""Collaboration reward pools: HR configures and settles them; members watch their own line."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Body, Query, Response, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
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

router = Router(prefix="/pools", tags=["pools"])
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
    """Creates a pool in draft: its scope unit and month, currency, funding rules, qualifying conditions, the
    frontline side's share (by default 70 %, 60 % for a project) and an optional linked rule; the metrics it
    names must exist, be active and fit their use (422). HR and administrators only (403 otherwise);
    audited."""
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
    """Lists every pool, newest first, optionally of one month. HR, leaders and administrators only (403
    otherwise); members find their pools at `/me/pools`."""
    return await pools.list_pools(session, actor=actor, period=period, limit=limit, cursor=cursor)


@router.get("/{pool_id}", operation_id="pools-get", response_model=PoolRead, responses=problems(401, 404, 422))
async def get_pool(pool_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PoolRead:
    """Returns a pool's terms, status, named members, adjustments and who moved it through settlement. HR,
    leaders and administrators see all of it; a member sees the pools they are in, with only their own
    membership and adjustments; anyone else gets 404."""
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
    """Changes the fields sent of a draft or calculated pool; any change voids the calculation and takes the
    pool back to draft, to be calculated and approved again. An approved or locked pool answers 409. HR and
    administrators only (a leader or member who can see the pool gets 403, anyone else 404); audited."""
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
    """Names a project member on the back-office side with a weight, or changes their weight; the pool goes
    back to draft. Only a draft or calculated pool changes (409 otherwise); an unknown employee answers 422.
    HR and administrators only (a leader or member who can see the pool gets 403, anyone else 404);
    audited."""
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
    """Removes a named project member; the pool goes back to draft. Someone who is not a named member answers
    404; an approved or locked pool answers 409. HR and administrators only (a leader or member who can see
    the pool gets 403, anyone else 404); audited."""
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
    """Adds a signed change to a member's weight on one side, with a reason; it is kept beside the computed
    weight, never replacing it, and the pool goes back to draft. Only a draft or calculated pool changes (409
    otherwise). HR and administrators only (a leader or member who can see the pool gets 403, anyone else
    404); audited."""
    return await pools.add_adjustment(session, actor=actor, clock=clock, pool_id=pool_id, data=body)


@router.get(
    "/{pool_id}/preview",
    operation_id="pools-preview",
    response_model=PoolPreview,
    responses=problems(401, 404, 422),
    summary="The projected pool, its conditions and every member's contribution and amount, from current data",
)
async def preview(pool_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PoolPreview:
    """Computes the pool from current data, storing nothing: its funding, whether its conditions are met, each
    side's share and every member's contribution, weight and projected amount, split to the last cent. HR,
    leaders and administrators see every line; a member only their own; anyone else gets 404."""
    return await settlement.get_preview(session, actor=actor, clock=clock, pool_id=pool_id)


@router.post(
    "/{pool_id}/calculate",
    operation_id="pools-calculate",
    response_model=PoolPreview,
    responses=problems(401, 403, 404, 409, 422, typed=(PoolWrongStatusProblem,)),
    summary="Freeze the live computation as the pool's calculation (draft or calculated -> calculated)",
)
async def calculate(pool_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PoolPreview:
    """Freezes the live computation as the pool's calculation (from draft, or again when calculated); approval
    and locking use it, whatever the data does later. A pool approved or locked, or changed by a racing
    request, answers 409. HR and administrators only (a leader or member who can see the pool gets 403, anyone
    else 404); audited. Writes the `pool.calculated` event (webhook) and tells each member with a share their
    projected amount."""
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
    """Approves the calculation (calculated to approved). While the organisation keeps separation of duties
    (the default), whoever calculated the pool or last closed its month does not approve it (403). A pool not
    calculated, or recalculated or approved by a racing request, answers 409. HR and administrators only (a
    leader or member who can see the pool gets 403, anyone else 404); audited."""
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
    """Locks an approved pool, settling it: each member's amount per side goes to the append-only ledger, the
    parts summing exactly to the pool. Before the pool's month has ended in the organisation's time zone it
    answers 409, unless the body asks `early` with a reason (kept in the audit); a racing lock answers 409. HR
    and administrators only (a leader or member who can see the pool gets 403, anyone else 404); audited.
    Writes the `pool.settled` event (webhook) and tells each member their share."""
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
    """Corrects members' amounts in a locked pool, with a reason: for each line whose amount changes, the
    ledger gets a reversal of the member's standing allocation on that side and a new allocation, never an
    edit. A pool not locked answers 409; lines that change nothing, or an unknown employee, answer 422. HR and
    administrators only (a leader or member who can see the pool gets 403, anyone else 404); audited."""
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
    """Returns one member's statement of a pool: their contribution lines (as calculated once the pool is
    calculated, live before) and their ledger entries, with the total (the ledger's once locked, else
    projected). HR, leaders and administrators read anyone's; a member only their own; anything else answers
    404."""
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
    """Downloads a locked pool as CSV for payroll: one row per person with their net amount from the ledger
    (corrections included), by employee number, amounts of zero left out, headings in the caller's language. A
    pool not locked answers 409. HR and administrators only (a leader or member who can see the pool gets 403,
    anyone else 404)."""
    filename, text = await settlement.payroll_csv(session, actor=actor, clock=clock, pool_id=pool_id)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


me = Router(prefix="/me", tags=["me"])


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
    """Lists the pools I am in, newest month first (then by name), optionally of one month: my contribution
    lines with the rule behind them, my projected amount (as calculated once the pool is calculated) and, once
    locked, what the ledger paid me. An account that is not an employee's answers 404."""
    return await settlement.my_pools(session, actor=actor, clock=clock, period=period, limit=limit, cursor=cursor)
