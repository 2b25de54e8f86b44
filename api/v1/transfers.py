"""Transfers and secondments: requests, step decisions, the approver's inbox, chains and figures."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.deps import ClockDep, CurrentActor, SessionDep
from api.idempotency import ReplayableDep
from api.problem_types import (
    ApplicantNotReadyProblem,
    NoDeciderProblem,
    StepAlreadyDecidedProblem,
    StepNotOpenProblem,
    TransferOverlapProblem,
)
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.care import arrangements
from domain.care.schemas import ArrangementRead
from domain.shared.pagination import Page, Slice
from domain.shared.schemas import IsoDate
from domain.transfers import chains, commands, queries, stats
from domain.transfers.models import TransferKind, TransferStatus
from domain.transfers.schemas import (
    CancelRequest,
    ChainRead,
    ChainUpdate,
    StepDecision,
    TransferCreate,
    TransferNote,
    TransferRead,
    TransferStats,
    TransferSummary,
    TransferUpdate,
)

router = APIRouter(prefix="/transfers", tags=["transfers"])
approvals = APIRouter(prefix="/approvals", tags=["approvals"])
chain_router = APIRouter(prefix="/transfer-chains", tags=["transferChains"])


class Inbox(BaseModel):
    """Everything waiting on my decision."""

    items: list[TransferSummary] = Field(description="Transfer steps waiting on me, oldest first")
    arrangements: list[ArrangementRead] = Field(
        default_factory=list, description="Flexible arrangement steps waiting on me, oldest first"
    )


@router.post(
    "",
    operation_id="transfers-create",
    status_code=status.HTTP_201_CREATED,
    response_model=TransferRead,
    responses=problems(401, 403, 404, 409, 422, typed=(TransferOverlapProblem, NoDeciderProblem)),
    summary="Request a secondment, permanent transfer, early return or extension",
)
async def create_transfer(
    request: Request,
    body: TransferCreate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> TransferRead | JSONResponse:
    async def action() -> TransferRead:
        return await commands.request_transfer(session, actor=actor, clock=clock, data=body)

    return await once.answer(body, action, status=201)


@router.get("", operation_id="transfers-list", response_model=Page[TransferSummary], responses=problems(401, 422))
async def list_transfers(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    employee_id: uuid.UUID | None = None,
    status: TransferStatus | None = None,
    kind: TransferKind | None = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[TransferSummary]:
    return await queries.list_transfers(
        session, actor=actor, clock=clock, employee_id=employee_id, status=status, kind=kind, limit=limit, cursor=cursor
    )


@router.get(
    "/stats",
    operation_id="transfers-stats",
    response_model=TransferStats,
    responses=problems(401, 403, 422),
    summary="Requests, decisions, time to decide and HQ participation over a period",
)
async def transfer_stats(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period_from: Annotated[IsoDate, Query(alias="from")],
    period_to: Annotated[IsoDate, Query(alias="to")],
) -> TransferStats:
    return await stats.transfer_stats(session, actor=actor, clock=clock, period_from=period_from, period_to=period_to)


@router.get(
    "/{transfer_id}", operation_id="transfers-get", response_model=TransferRead, responses=problems(401, 404, 422)
)
async def get_transfer(
    transfer_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TransferRead:
    return await queries.view_transfer(session, actor=actor, clock=clock, transfer_id=transfer_id)


@router.patch(
    "/{transfer_id}",
    operation_id="transfers-edit",
    response_model=TransferRead,
    responses=problems(401, 403, 404, 409, 422, typed=(TransferOverlapProblem,)),
    summary="Edit a request returned for changes",
)
async def edit_transfer(
    transfer_id: uuid.UUID, body: TransferUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TransferRead:
    return await commands.edit_returned(session, actor=actor, clock=clock, transfer_id=transfer_id, data=body)


@router.post(
    "/{transfer_id}/resubmit",
    operation_id="transfers-resubmit",
    response_model=TransferRead,
    responses=problems(401, 403, 404, 409, 422, typed=(TransferOverlapProblem, NoDeciderProblem)),
    summary="Resubmit a returned request; the chain restarts at the step that returned it",
)
async def resubmit_transfer(
    request: Request,
    transfer_id: uuid.UUID,
    body: TransferNote,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> TransferRead | JSONResponse:
    async def action() -> TransferRead:
        return await commands.resubmit(session, actor=actor, clock=clock, transfer_id=transfer_id, note=body)

    return await once.answer(body, action, status=200)


@router.post(
    "/{transfer_id}/withdraw",
    operation_id="transfers-withdraw",
    response_model=TransferRead,
    responses=problems(401, 403, 404, 409, 422),
)
async def withdraw_transfer(
    transfer_id: uuid.UUID,
    body: TransferNote,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> TransferRead | JSONResponse:
    async def action() -> TransferRead:
        return await commands.withdraw(session, actor=actor, clock=clock, transfer_id=transfer_id, note=body)

    return await once.answer(body, action, status=200)


@router.post(
    "/{transfer_id}/cancel",
    operation_id="transfers-cancel",
    response_model=TransferRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="HR cancels an approved transfer that has not started",
)
async def cancel_transfer(
    transfer_id: uuid.UUID, body: CancelRequest, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TransferRead:
    return await commands.cancel(session, actor=actor, clock=clock, transfer_id=transfer_id, data=body)


@router.post(
    "/{transfer_id}/steps/current/decision",
    operation_id="transfers-decide",
    response_model=TransferRead,
    responses=problems(
        401,
        403,
        404,
        409,
        422,
        typed=(StepAlreadyDecidedProblem, StepNotOpenProblem, TransferOverlapProblem, ApplicantNotReadyProblem),
    ),
    summary="Approve, reject or return the step waiting on you",
)
async def decide(
    transfer_id: uuid.UUID,
    body: StepDecision,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> TransferRead | JSONResponse:
    async def action() -> TransferRead:
        return await commands.decide_current_step(
            session, actor=actor, clock=clock, transfer_id=transfer_id, decision=body
        )

    return await once.answer(body, action, status=200)


@approvals.get(
    "/inbox",
    operation_id="approvals-inbox",
    response_model=Inbox,
    responses=problems(401, 422),
    summary="Steps waiting on me, oldest first: transfers, and flexible arrangements",
)
async def approval_inbox(
    actor: CurrentActor, session: SessionDep, clock: ClockDep, limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE
) -> Inbox:
    return Inbox(
        items=await queries.inbox(session, actor=actor, clock=clock, limit=limit),
        arrangements=await arrangements.inbox(session, actor=actor, limit=limit),
    )


@chain_router.get(
    "/{kind}", operation_id="transferChains-get", response_model=ChainRead, responses=problems(401, 403, 422)
)
async def get_chain(kind: TransferKind, actor: CurrentActor, session: SessionDep) -> ChainRead:
    return await chains.get_chain(session, actor=actor, kind=kind)


@chain_router.put(
    "/{kind}",
    operation_id="transferChains-set",
    response_model=ChainRead,
    responses=problems(401, 403, 422),
    summary="Configure the approval chain for a kind of request (administrators)",
)
async def set_chain(
    kind: TransferKind, body: ChainUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ChainRead:
    return await chains.set_chain(session, actor=actor, clock=clock, kind=kind, data=body)
