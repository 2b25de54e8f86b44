"""Shift templates, roster weeks (read, replace, check, publish, suggest, HR's overrides), my
shifts, shift swaps, and the roster rules."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.problem_types import (
    RosterRuleBrokenProblem,
    RosterVersionConflictProblem,
    ShiftSwapAlreadyOfferedProblem,
    ShiftSwapVersionConflictProblem,
)
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.rosters import commands, policy, queries, swaps, templates
from domain.rosters.models import SwapStatus
from domain.rosters.policy import RosterRules, RosterRulesRead
from domain.rosters.schemas import (
    MyShiftRead,
    OverrideCreate,
    RosterCheck,
    RosterCheckInput,
    RosterRead,
    RosterUpdate,
    RosterVersion,
    ShiftSwapCreate,
    ShiftSwapRead,
    ShiftTemplateCreate,
    ShiftTemplateRead,
    ShiftTemplateUpdate,
    SuggestInput,
    SuggestionRead,
    SwapDecision,
    SwapVersion,
)
from domain.shared.pagination import Page
from domain.shared.schemas import IsoDate

stores = APIRouter(prefix="/stores/{store_id}", tags=["rosters"])
me = APIRouter(prefix="/me", tags=["rosters"])
router = APIRouter(tags=["rosters"])

WEEK_DOC = "The week's first day (the store's local date, on the roster rules' first weekday), e.g. 2026-12-07"


@stores.get(
    "/shift-templates",
    operation_id="shiftTemplates-list",
    response_model=list[ShiftTemplateRead],
    responses=problems(401, 403, 404, 422),
    summary="The store's shift templates (its managers, HR, leaders)",
)
async def list_templates(store_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> list[ShiftTemplateRead]:
    return await templates.list_templates(session, actor=actor, store_id=store_id)


@stores.post(
    "/shift-templates",
    operation_id="shiftTemplates-create",
    status_code=status.HTTP_201_CREATED,
    response_model=ShiftTemplateRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Add a shift template: local start and end (may cross midnight), break, headcount per weekday",
)
async def create_template(
    store_id: uuid.UUID, body: ShiftTemplateCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ShiftTemplateRead:
    return await templates.create_template(session, actor=actor, clock=clock, store_id=store_id, data=body)


@stores.put(
    "/shift-templates/{template_id}",
    operation_id="shiftTemplates-update",
    response_model=ShiftTemplateRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Change a template's name, headcount or activity (its times only while no roster uses it)",
)
async def update_template(
    store_id: uuid.UUID,
    template_id: uuid.UUID,
    body: ShiftTemplateUpdate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
) -> ShiftTemplateRead:
    return await templates.update_template(
        session, actor=actor, clock=clock, store_id=store_id, template_id=template_id, data=body
    )


@stores.get(
    "/rosters/{week}",
    operation_id="rosters-get",
    response_model=RosterRead,
    responses=problems(401, 403, 404, 422),
    summary="A store's roster week: shifts, coverage and gaps, the rules it breaks, who may be rostered",
    description=WEEK_DOC,
)
async def get_roster(store_id: uuid.UUID, week: IsoDate, actor: CurrentActor, session: SessionDep) -> RosterRead:
    return await commands.get_roster(session, actor=actor, store_id=store_id, week_start=week)


@stores.put(
    "/rosters/{week}",
    operation_id="rosters-replace",
    response_model=RosterRead,
    responses=problems(401, 403, 404, 409, 422, typed=(RosterRuleBrokenProblem, RosterVersionConflictProblem)),
    summary="Replace the week's assignments (version checked); a person's rule broken refuses it",
    description="Version 0 creates the roster. Once published, every change is checked against all rules, "
    "audited, and the people whose shifts changed are notified.",
)
async def put_roster(
    store_id: uuid.UUID, week: IsoDate, body: RosterUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> RosterRead:
    return await commands.put_roster(session, actor=actor, clock=clock, store_id=store_id, week_start=week, data=body)


@stores.post(
    "/rosters/{week}/check",
    operation_id="rosters-check",
    response_model=RosterCheck,
    responses=problems(401, 403, 404, 422),
    summary="Check assignments (or the roster as it stands) against every rule, saving nothing",
)
async def check_roster(
    store_id: uuid.UUID, week: IsoDate, body: RosterCheckInput, actor: CurrentActor, session: SessionDep
) -> RosterCheck:
    return await commands.check_roster(session, actor=actor, store_id=store_id, week_start=week, data=body)


@stores.post(
    "/rosters/{week}/publish",
    operation_id="rosters-publish",
    response_model=RosterRead,
    responses=problems(401, 403, 404, 409, 422, typed=(RosterRuleBrokenProblem, RosterVersionConflictProblem)),
    summary="Publish the week (refused with the numbers when a rule, such as the women's late-shift share, breaks)",
)
async def publish_roster(
    store_id: uuid.UUID, week: IsoDate, body: RosterVersion, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> RosterRead:
    return await commands.publish_roster(
        session, actor=actor, clock=clock, store_id=store_id, week_start=week, data=body
    )


@stores.post(
    "/rosters/{week}/suggest",
    operation_id="rosters-suggest",
    response_model=SuggestionRead,
    responses=problems(401, 403, 404, 409, 422, typed=(RosterVersionConflictProblem,)),
    summary="Fill the draft's open slots with a solver (every hard rule kept, hours and late shifts balanced)",
    description="The best roster found within the time limit is saved to the draft; slots it could not fill "
    "are listed with the rules that kept the remaining people off them.",
)
async def suggest_roster(
    store_id: uuid.UUID, week: IsoDate, body: SuggestInput, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> SuggestionRead:
    return await commands.suggest_roster(
        session, actor=actor, clock=clock, store_id=store_id, week_start=week, data=body
    )


@stores.post(
    "/rosters/{week}/overrides",
    operation_id="rosters-override",
    status_code=status.HTTP_201_CREATED,
    response_model=RosterRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="HR waives a company rule (rest, consecutive days) for one person this week, with a reason",
)
async def add_override(
    store_id: uuid.UUID, week: IsoDate, body: OverrideCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> RosterRead:
    return await commands.add_override(session, actor=actor, clock=clock, store_id=store_id, week_start=week, data=body)


@stores.delete(
    "/rosters/{week}/overrides/{override_id}",
    operation_id="rosters-removeOverride",
    response_model=RosterRead,
    responses=problems(401, 403, 404, 409, 422, typed=(RosterRuleBrokenProblem,)),
    summary="Withdraw an override (refused while the roster still needs it)",
)
async def remove_override(
    store_id: uuid.UUID,
    week: IsoDate,
    override_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
) -> RosterRead:
    return await commands.remove_override(
        session, actor=actor, clock=clock, store_id=store_id, week_start=week, override_id=override_id
    )


@me.get(
    "/shifts",
    operation_id="shifts-mine",
    response_model=list[MyShiftRead],
    responses=problems(401, 422),
    summary="My published shifts between two dates (at most 93 days), in each store's zone",
)
async def my_shifts(
    actor: CurrentActor,
    session: SessionDep,
    start: Annotated[IsoDate, Query(alias="from")],
    end: Annotated[IsoDate, Query(alias="to")],
) -> list[MyShiftRead]:
    return await queries.my_shifts(session, actor=actor, start=start, end=end)


@router.post(
    "/shift-swaps",
    operation_id="shiftSwaps-offer",
    status_code=status.HTTP_201_CREATED,
    response_model=ShiftSwapRead,
    responses=problems(401, 403, 404, 409, 422, typed=(ShiftSwapAlreadyOfferedProblem,)),
    summary="Offer one of my published shifts to colleagues",
)
async def offer_shift(
    body: ShiftSwapCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ShiftSwapRead:
    return await swaps.offer_shift(session, actor=actor, clock=clock, data=body)


@router.get(
    "/shift-swaps",
    operation_id="shiftSwaps-list",
    response_model=Page[ShiftSwapRead],
    responses=problems(401, 422),
    summary="Mine, the open offers I may take, and (store managers, HR) the swaps of the stores I plan",
)
async def list_swaps(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    store_id: uuid.UUID | None = None,
    swap_status: Annotated[SwapStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Page[ShiftSwapRead]:
    found = await swaps.list_swaps(
        session, actor=actor, clock=clock, store_id=store_id, status=swap_status, limit=limit, cursor=cursor
    )
    return Page(items=found.items, next_cursor=found.next_cursor)


@router.post(
    "/shift-swaps/{swap_id}/take",
    operation_id="shiftSwaps-take",
    response_model=ShiftSwapRead,
    responses=problems(401, 403, 404, 409, 422, typed=(RosterRuleBrokenProblem, ShiftSwapVersionConflictProblem)),
    summary="Take an offered shift (my rules are checked with it)",
)
async def take_swap(
    swap_id: uuid.UUID, body: SwapVersion, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ShiftSwapRead:
    return await swaps.take_swap(session, actor=actor, clock=clock, swap_id=swap_id, data=body)


@router.post(
    "/shift-swaps/{swap_id}/decision",
    operation_id="shiftSwaps-decide",
    response_model=ShiftSwapRead,
    responses=problems(
        401,
        403,
        404,
        409,
        422,
        typed=(RosterRuleBrokenProblem, ShiftSwapVersionConflictProblem, RosterVersionConflictProblem),
    ),
    summary="The store manager approves (the shift moves to the taker) or rejects a taken swap",
)
async def decide_swap(
    swap_id: uuid.UUID, body: SwapDecision, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ShiftSwapRead:
    return await swaps.decide_swap(session, actor=actor, clock=clock, swap_id=swap_id, data=body)


@router.post(
    "/shift-swaps/{swap_id}/withdraw",
    operation_id="shiftSwaps-withdraw",
    response_model=ShiftSwapRead,
    responses=problems(401, 404, 409, 422, typed=(ShiftSwapVersionConflictProblem,)),
    summary="Withdraw my offer while it is open",
)
async def withdraw_swap(
    swap_id: uuid.UUID, body: SwapVersion, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ShiftSwapRead:
    return await swaps.withdraw_swap(session, actor=actor, clock=clock, swap_id=swap_id, data=body)


@router.get(
    "/roster-rules",
    operation_id="rosterRules-get",
    response_model=RosterRulesRead,
    responses=problems(401, 403),
    summary="The company's roster rules in force (late hour, women's late-shift share, rest, week start)",
)
async def get_rules(actor: CurrentActor, session: SessionDep) -> RosterRulesRead:
    return await policy.get_rules(session, actor=actor)


@router.put(
    "/roster-rules",
    operation_id="rosterRules-set",
    response_model=RosterRulesRead,
    responses=problems(401, 403, 409, 422),
    summary="Set the roster rules as a new version (HR, administrators; audited)",
)
async def set_rules(body: RosterRules, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> RosterRulesRead:
    return await policy.set_rules(session, actor=actor, clock=clock, data=body)
