"""Transfers and secondments: requests, step decisions, the approver's inbox, chains and figures."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
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

router = Router(prefix="/transfers", tags=["transfers"])
approvals = Router(prefix="/approvals", tags=["approvals"])
chain_router = Router(prefix="/transfer-chains", tags=["transferChains"])


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
    """Requests a secondment, a permanent transfer, or an early return from or extension of a secondment.

    Employees request for themselves; HR and administrators may name another employee in `employee_id` (403
    for anyone else). What each kind needs is described on the body; a person's secondments may not overlap
    (409 `transfer.overlap`), and a request with a step nobody but the requester or the employee could decide
    is refused (422 `transfer.no_decider`). The request enters the approval chain configured for its kind at
    its first step.

    The employee, the requester and the first step's deciders are notified; a `transfer.submitted` event is
    written (webhooks) and audited. Send an `Idempotency-Key` header to retry safely: a retry with the same
    key and body replays the first answer (status and body, refusals included) instead of acting twice.
    """

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
    """Lists the transfer requests the caller may see, most recently submitted first.

    A request is seen by its requester, its employee, the store managers and department heads over the
    employee's home unit or where she is assigned today, and those over its destination; HR, leaders and
    administrators see every request. Filter by `employee_id` for a person's history, which travels with them.
    """
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
    """Reports transfer figures for a period: requests, decisions, time to decide and HQ participation.

    HR, leaders and administrators only (403). `from` and `to` are inclusive days in the organisation's time
    zone (`to` before `from` answers 422). Requests are those submitted in the period; approvals (including
    those since cancelled) and rejections are those decided in it, with the median days from submission to
    decision. Participation gives, per head-office department, the share of its active people seconded at some
    time in the period.
    """
    return await stats.transfer_stats(session, actor=actor, clock=clock, period_from=period_from, period_to=period_to)


@router.get(
    "/{transfer_id}", operation_id="transfers-get", response_model=TransferRead, responses=problems(401, 404, 422)
)
async def get_transfer(
    transfer_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TransferRead:
    """Reads one transfer request with its steps, its trail and, while in review, who may decide it now.

    Seen by its requester, its employee, the store managers and department heads over the employee's home unit
    or where she is assigned today and over its destination, and HR, leaders and administrators; any other
    request answers 404. When nobody holds the waiting step's role for the request any more, HR decides it
    (`escalated_to_hr`).
    """
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
    """Edits a request returned for changes; only the fields sent change.

    Only the requester or the employee may (403); a request that is not returned answers 409. The terms are
    checked again as on submission (422 for a field the kind does not take or a bad period, 409 for an
    overlapping secondment). Nothing moves on until the request is resubmitted. Audited when something
    changed.
    """
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
    """Resubmits a request returned for changes; the chain restarts at the step that returned it.

    Only the requester or the employee may (403). A request that is not returned answers 409, as does one
    changed meanwhile by someone else; one with a remaining step nobody else could decide answers 422. The
    employee, the requester and the waiting step's deciders are notified; a `transfer.submitted` event
    (`resubmitted: true`) is written (webhooks) and audited. Send an `Idempotency-Key` header to retry safely:
    a retry with the same key and body replays the first answer (status and body, refusals included) instead
    of acting twice.
    """

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
    """Withdraws a request that is in review or returned for changes; a withdrawn request is final.

    Only the requester or the employee may (403); a request already decided, or changed meanwhile, answers
    409. The deciders of its current step are notified; a `transfer.withdrawn` event is written (webhooks) and
    audited. A request made by applying to a posting withdraws that application too. Send an `Idempotency-Key`
    header to retry safely: a retry with the same key and body replays the first answer (status and body,
    refusals included) instead of acting twice.
    """

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
    """HR cancels an approved secondment or permanent transfer before it starts; its assignment is cancelled.

    HR only: anyone else gets 403, administrators without the HR role included. Only an approved request that
    has not started can be cancelled (409: request an early return instead), and not an approved early return
    or extension (409). The employee and the requester are notified; a `transfer.cancelled` event is written
    (webhooks) and audited. A posting place taken through the request is freed.
    """
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
    """Decides the step a request waits at: approve it, reject the request, or return it to the requester.

    Only someone whose role reaches the step may decide (as the chain says: a head over the employee's home
    department, HR, a leader or store manager over the destination); HR also decides a step nobody else can.
    Nobody decides their own request (403). Rejecting or returning needs a `comment` (422). `step` names the
    step as the decider saw it: one already decided or not yet open answers 409, and of two deciders racing
    one wins while the other gets 409.

    Approving the last step puts the request into effect: the new assignment is written, or the amended
    secondment's end moves (409 if it would overlap another secondment). For a request made by applying to a
    posting, that approval takes one of the posting's places (409 `posting.full` when none is left) and,
    unless the training policy only warns, needs the applicant to have passed the posting's required courses
    (409). The people concerned are notified (the employee and the requester, the next step's deciders, on
    final approval the destination's store managers); a `transfer.decided` event, and on a final decision
    `transfer.approved` or `transfer.rejected`, is written (webhooks) and audited. Send an `Idempotency-Key`
    header to retry safely: a retry with the same key and body replays the first answer (status and body,
    refusals included) instead of acting twice.
    """

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
    """Lists what waits on the caller's decision, oldest first: transfer steps and flexible arrangement steps.

    A step is listed when the caller's role reaches it, as in the decision; HR also gets the steps nobody else
    can decide. The caller's own requests are never listed, and a caller without an approver role gets empty
    lists. `limit` applies to each list separately.
    """
    return Inbox(
        items=await queries.inbox(session, actor=actor, clock=clock, limit=limit),
        arrangements=await arrangements.inbox(session, actor=actor, limit=limit),
    )


@chain_router.get(
    "/{kind}", operation_id="transferChains-get", response_model=ChainRead, responses=problems(401, 403, 422)
)
async def get_chain(kind: TransferKind, actor: CurrentActor, session: SessionDep) -> ChainRead:
    """Reads the approval chain for a kind of request: its steps in order, and whether it is the default.

    Any signed-in person may read it, so requesters see who will decide before they ask; integration clients
    get 403. The default chain is department review, HR approval, then leader sign-off.
    """
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
    """Sets the approval chain for a kind of request: 1 to 10 named steps, each with its kind of approver.

    Administrators only (403). Requests already submitted keep the steps they were submitted with; new
    requests follow this chain. Audited with the steps before and after.
    """
    return await chains.set_chain(session, actor=actor, clock=clock, kind=kind, data=body)
