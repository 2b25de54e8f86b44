"""Recognition (认可): cards between colleagues with points from monthly budgets, the append-only
points ledger with expiry, HR programmes, the redemption catalogue and redemptions."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Path, Query, Response, status
from fastapi.responses import JSONResponse

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.idempotency import ReplayableDep
from api.problem_types import (
    InsufficientPointsProblem,
    OutOfStockProblem,
    OverBudgetProblem,
    PairCapProblem,
    PoolBelowAwardedProblem,
    ProgrammeExhaustedProblem,
    RecognitionVersionConflictProblem,
    RedemptionDecidedProblem,
)
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.recognition import catalogue, commands, programmes, queries, redemptions, settings
from domain.recognition.queries import Box
from domain.recognition.schemas import (
    CardCreate,
    CardRead,
    ItemKind,
    ItemRead,
    ItemWrite,
    MyRecognition,
    PointsEntryRead,
    ProgrammeRead,
    ProgrammeWrite,
    RedemptionCreate,
    RedemptionDecision,
    RedemptionRead,
    RedemptionStatus,
    SettingsRead,
    SettingsUpdate,
)
from domain.shared.pagination import Page, Slice
from domain.shared.schemas import IsoDate, QueryBool

router = Router(tags=["recognition"])

Code = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]
RECOGNITION = "/recognition"


# --- settings -------------------------------------------------------------------------------------


@router.get(
    f"{RECOGNITION}/settings",
    operation_id="recognition-settings",
    response_model=SettingsRead,
    responses=problems(401, 403),
    summary="The recognition rules: monthly budgets by role, the pair cap, how long points last",
)
async def read_settings(actor: CurrentActor, session: SessionDep) -> SettingsRead:
    """Returns the monthly points budget of each role (a sender gets the largest of their roles'), the cap on
    budget points between the same two people a month (both directions summed) and after how many months
    awarded points expire. Every signed-in person may read them; integration clients get 403."""
    return await settings.read_settings(session, actor=actor)


@router.put(
    f"{RECOGNITION}/settings",
    operation_id="recognition-saveSettings",
    response_model=SettingsRead,
    responses=problems(401, 403, 409, 422),
    summary="Change the recognition rules (HR), with the version read",
)
async def save_settings(
    body: SettingsUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> SettingsRead:
    """Saves the budgets (roles left out keep theirs), the pair cap and the expiry. Send the `version` you read
    (0 while the defaults hold): a save made meanwhile answers 409 `recognition.settings_changed`. Budgets apply
    from now on (points spent this month count against the new budget); awarded points keep the expiry they
    were given. HR and administrators only (403); audited."""
    return await settings.save_settings(session, actor=actor, clock=clock, data=body)


# --- programmes -----------------------------------------------------------------------------------


@router.get(
    f"{RECOGNITION}/programmes",
    operation_id="recognition-listProgrammes",
    response_model=Page[ProgrammeRead],
    responses=problems(401, 403, 422),
    summary="HR programmes managers award from beyond their budgets",
)
async def list_programmes(
    actor: CurrentActor,
    session: SessionDep,
    active: Annotated[QueryBool, Query(description="Only active programmes")] = False,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[ProgrammeRead]:
    """Lists the programmes by code with the points left in each. Store managers, department heads, HR and
    administrators (those who may award from them); anyone else gets 403."""
    return await programmes.list_programmes(session, actor=actor, active_only=active, limit=limit, cursor=cursor)


@router.get(
    f"{RECOGNITION}/programmes/{{code}}",
    operation_id="recognition-getProgramme",
    response_model=ProgrammeRead,
    responses=problems(401, 403, 404),
)
async def get_programme(code: Code, actor: CurrentActor, session: SessionDep) -> ProgrammeRead:
    """Returns one programme with its pool and the points left. Store managers, department heads, HR and
    administrators (403 otherwise); an unknown code answers 404."""
    return await programmes.get_programme(session, actor=actor, code=code)


@router.put(
    f"{RECOGNITION}/programmes/{{code}}",
    operation_id="recognition-saveProgramme",
    response_model=ProgrammeRead,
    responses=problems(
        401,
        403,
        404,
        409,
        422,
        typed=(
            RecognitionVersionConflictProblem,
            PoolBelowAwardedProblem,
        ),
    ),
    summary="Add or change an HR programme and its pool of points (HR)",
)
async def save_programme(
    code: Code, body: ProgrammeWrite, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ProgrammeRead:
    """Adds a programme (send no `version`) or changes one (send the version read; a change made meanwhile
    answers 409). The pool may not fall below the points already awarded from it (409). Cards draw on it until
    its last day (`ends_on`) while it is active. HR and administrators only (403); audited."""
    return await programmes.put_programme(session, actor=actor, clock=clock, code=code, data=body)


# --- catalogue ------------------------------------------------------------------------------------


@router.get(
    f"{RECOGNITION}/catalogue",
    operation_id="recognition-listItems",
    response_model=Page[ItemRead],
    responses=problems(401, 403, 422),
    summary="What points buy: the redemption catalogue",
)
async def list_items(
    actor: CurrentActor,
    session: SessionDep,
    kind: Annotated[ItemKind | None, Query()] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[ItemRead]:
    """Lists the catalogue by code with each item's price in points and the stock left: active items for
    everyone signed in, every item for HR and administrators. Integration clients get 403."""
    return await catalogue.list_items(session, actor=actor, kind=kind, limit=limit, cursor=cursor)


@router.get(
    f"{RECOGNITION}/catalogue/{{code}}",
    operation_id="recognition-getItem",
    response_model=ItemRead,
    responses=problems(401, 403, 404),
)
async def get_item(code: Code, actor: CurrentActor, session: SessionDep) -> ItemRead:
    """Returns one catalogue item; an unknown item (or an inactive one, except for HR) answers 404."""
    return await catalogue.get_item(session, actor=actor, code=code)


@router.put(
    f"{RECOGNITION}/catalogue/{{code}}",
    operation_id="recognition-saveItem",
    response_model=ItemRead,
    responses=problems(401, 403, 404, 409, 422, typed=(RecognitionVersionConflictProblem,)),
    summary="Add or change a catalogue item: price in points and stock (HR)",
)
async def save_item(code: Code, body: ItemWrite, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> ItemRead:
    """Adds an item (send no `version`) or changes one (send the version read; a change made meanwhile answers
    409). The stock sent replaces the stock left; requests already made keep their price. HR and administrators
    only (403); audited."""
    return await catalogue.put_item(session, actor=actor, clock=clock, code=code, data=body)


# --- cards ----------------------------------------------------------------------------------------


@router.post(
    f"{RECOGNITION}/cards",
    operation_id="recognition-sendCard",
    status_code=status.HTTP_201_CREATED,
    response_model=CardRead,
    responses=problems(
        401,
        403,
        409,
        422,
        typed=(
            OverBudgetProblem,
            PairCapProblem,
            ProgrammeExhaustedProblem,
        ),
    ),
    summary="Send a colleague a card, optionally with points from my budget or an HR programme",
)
async def send_card(
    body: CardCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep, once: ReplayableDep
) -> CardRead | JSONResponse:
    """Sends a card to an active colleague (not oneself: 422 `recognition.self`; unknown or inactive: 422
    `recognition.unknown_receiver`, field `body.receiver_id`) with a category and plain text (stored and
    returned as written; never rendered as HTML). Points (none, 0 or a positive number) come from my budget this
    month, the largest of my roles' budgets: beyond what is left answers 409 `recognition.over_budget` with
    `remaining`; budget points between the same two people a month are capped, both directions summed (409
    `recognition.pair_cap`). Store managers, department heads and HR may instead award from an HR programme
    (`programme_code`): a manager only to people they manage; exempt from the pair cap. A refused card writes
    nothing. The receiver is notified; public cards show in the feed. Send an `Idempotency-Key` header to retry
    safely: a retry with the same key and body replays the first answer instead of sending twice."""

    async def action() -> CardRead:
        return await commands.send_card(session, actor=actor, clock=clock, data=body)

    return await once.answer(body, action, status=201)


@router.get(
    f"{RECOGNITION}/cards/{{card_id}}",
    operation_id="recognition-getCard",
    response_model=CardRead,
    responses=problems(401, 404),
)
async def get_card(card_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> CardRead:
    """Returns a card. A public card is read by everyone signed in; a private one by its sender, its receiver,
    the receiver's managers, HR, leaders and administrators; for anyone else it answers 404."""
    return await queries.get_card(session, actor=actor, clock=clock, card_id=card_id)


@router.get(
    f"{RECOGNITION}/feed",
    operation_id="recognition-feed",
    response_model=Page[CardRead],
    responses=problems(401, 403, 404, 422),
    summary="Public cards, newest first, of a unit and the units below it (or the whole organisation)",
)
async def feed(
    actor: CurrentActor,
    session: SessionDep,
    unit_id: Annotated[uuid.UUID | None, Query(description="A unit: cards whose receiver was at it or below")] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[CardRead]:
    """Lists public cards newest first: of a unit's people (those at the unit or a unit below it when the card
    was sent) or, without `unit_id`, the whole organisation's. Private cards never show here. Every signed-in
    person may read it; an unknown unit answers 404."""
    return await queries.feed(session, actor=actor, unit_id=unit_id, limit=limit, cursor=cursor)


@router.get(
    "/me/recognition",
    operation_id="recognition-mine",
    response_model=MyRecognition,
    responses=problems(401, 403),
    summary="My points balance, what expires soon, my budget left this month and my card counts",
)
async def my_recognition(actor: CurrentActor, session: SessionDep, clock: ClockDep) -> MyRecognition:
    """Returns my balance (the sum of my ledger), the points expiring within 30 days unless spent, my budget
    this month (the largest of my roles'), what I spent of it and what is left, the pair cap, and how many cards
    I received and sent. Accounts that are not an employee's get 403."""
    return await queries.my_recognition(session, actor=actor, clock=clock)


@router.get(
    "/me/recognition/cards",
    operation_id="recognition-myCards",
    response_model=Page[CardRead],
    responses=problems(401, 403, 422),
    summary="Cards I received (or sent), newest first",
)
async def my_cards(
    actor: CurrentActor,
    session: SessionDep,
    box: Annotated[Box, Query(description="received (default) or sent")] = "received",
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[CardRead]:
    """Lists the cards I received, or with `box=sent` those I sent, newest first, private ones included."""
    return await queries.my_cards(session, actor=actor, box=box, limit=limit, cursor=cursor)


@router.get(
    "/me/points",
    operation_id="recognition-myPoints",
    response_model=Page[PointsEntryRead],
    responses=problems(401, 403, 422),
    summary="My points ledger, newest first: awards, redemptions, refunds and expiries",
)
async def my_points(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[PointsEntryRead]:
    """Lists my ledger newest first. Awards and refunds carry the moment they expire; debits take the oldest
    points first. My balance is the sum of every entry."""
    return await queries.my_points(session, actor=actor, limit=limit, cursor=cursor)


# --- redemptions ----------------------------------------------------------------------------------


@router.post(
    f"{RECOGNITION}/redemptions",
    operation_id="recognition-redeem",
    status_code=status.HTTP_201_CREATED,
    response_model=RedemptionRead,
    responses=problems(
        401,
        403,
        409,
        422,
        typed=(
            OutOfStockProblem,
            InsufficientPointsProblem,
        ),
    ),
    summary="Redeem points for a catalogue item: the points are held and the item reserved until HR decides",
)
async def redeem(
    body: RedemptionCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep, once: ReplayableDep
) -> RedemptionRead | JSONResponse:
    """Asks for an active catalogue item (unknown: 422 `recognition.unknown_item`). In one step the item's
    price is debited from my points (too few: 409 `recognition.insufficient_points`, with `balance`) and one is
    reserved from stock (none left: 409 `recognition.out_of_stock`); a refusal writes nothing, and racing
    requests never take more than there is. HR is notified and decides. Send an `Idempotency-Key` header to
    retry safely: a retry with the same key and body replays the first answer instead of redeeming twice."""

    async def action() -> RedemptionRead:
        return await redemptions.request_redemption(session, actor=actor, clock=clock, data=body)

    return await once.answer(body, action, status=201)


@router.get(
    f"{RECOGNITION}/redemptions",
    operation_id="recognition-listRedemptions",
    response_model=Page[RedemptionRead],
    responses=problems(401, 403, 422),
    summary="Redemptions, newest first: HR sees everyone's, others their own",
)
async def list_redemptions(
    actor: CurrentActor,
    session: SessionDep,
    status: Annotated[RedemptionStatus | None, Query()] = None,
    employee_id: Annotated[uuid.UUID | None, Query(description="HR: one person's")] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[RedemptionRead]:
    """Lists redemptions newest first, optionally by status: HR and administrators see everyone's (optionally
    one person's), everyone else their own (`employee_id` is ignored for them)."""
    return await redemptions.list_redemptions(
        session, actor=actor, status=status, employee_id=employee_id, limit=limit, cursor=cursor
    )


@router.get(
    f"{RECOGNITION}/redemptions/export",
    operation_id="recognition-exportRedemptions",
    responses={
        **problems(401, 403, 422),
        200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "One row per approval"},
    },
    summary="Approved redemptions of a period as CSV, for payroll and the leave system (HR)",
)
async def export_redemptions(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    first: Annotated[IsoDate, Query(alias="from", description="The first day (the organisation's), inclusive")],
    last: Annotated[IsoDate, Query(alias="to", description="The last day, inclusive")],
) -> Any:
    """Downloads the redemptions approved on the organisation's days `from` to `to` (at most 366 days), by
    approval time: employee number and name, the item, its kind and the points, headings in the caller's
    language (UTF-8 with a byte order mark). HR and administrators only (403). Each approval is also sent to
    integrations as the `recognition.redemption_approved` webhook event."""
    filename, text = await redemptions.export_approved(session, actor=actor, clock=clock, first=first, last=last)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(
    f"{RECOGNITION}/redemptions/{{redemption_id}}",
    operation_id="recognition-getRedemption",
    response_model=RedemptionRead,
    responses=problems(401, 403, 404),
)
async def get_redemption(redemption_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> RedemptionRead:
    """Returns a redemption to its requester, HR and administrators; anyone else gets 404."""
    return await redemptions.get_redemption(session, actor=actor, redemption_id=redemption_id)


@router.post(
    f"{RECOGNITION}/redemptions/{{redemption_id}}/decision",
    operation_id="recognition-decideRedemption",
    response_model=RedemptionRead,
    responses=problems(401, 403, 404, 409, 422, typed=(RedemptionDecidedProblem,)),
    summary="Approve a redemption, or reject it with a reason (HR): rejected points are refunded",
)
async def decide_redemption(
    redemption_id: uuid.UUID, body: RedemptionDecision, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> RedemptionRead:
    """Approves a pending redemption (the `recognition.redemption_approved` webhook event goes to payroll or the
    leave system) or rejects it with a reason (the points come back, expiring when they would have, and the item
    returns to stock). The requester is notified. HR and administrators only: the requester gets 403, anyone
    else 404; nobody decides their own (403); a decided redemption answers 409."""
    return await redemptions.decide(session, actor=actor, clock=clock, redemption_id=redemption_id, data=body)
