"""Shift templates, roster weeks (read, replace, check, publish, suggest, HR's overrides), my
shifts, shift swaps, and the roster rules."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
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

stores = Router(prefix="/stores/{store_id}", tags=["rosters"])
me = Router(prefix="/me", tags=["rosters"])
router = Router(tags=["rosters"])


@stores.get(
    "/shift-templates",
    operation_id="shiftTemplates-list",
    response_model=list[ShiftTemplateRead],
    responses=problems(401, 403, 404, 422),
    summary="The store's shift templates (its managers, HR, leaders)",
)
async def list_templates(store_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> list[ShiftTemplateRead]:
    """Lists a store's shift templates by start time, with their paid minutes and whether each counts as late.

    The store's managers, HR, leaders and administrators read them; a store the caller does not oversee
    answers 404, like one that does not exist, and integration clients get 403.
    """
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
    """Adds a shift template to a store, to roster its weeks with.

    The store's managers, HR and administrators may (a leader gets 403; a store the caller does not oversee
    answers 404). The break must be shorter than the shift (422) and the code unique in the store (409).
    Audited.
    """
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
    """Replaces a shift template's name, times, break, headcount per weekday and whether it is active.

    The store's managers, HR and administrators may (a leader gets 403; a store or template out of reach
    answers 404). Once any roster uses the template its times and break stay (409): create a new template and
    retire this one with `active: false`. Audited.
    """
    return await templates.update_template(
        session, actor=actor, clock=clock, store_id=store_id, template_id=template_id, data=body
    )


@stores.get(
    "/rosters/{week}",
    operation_id="rosters-get",
    response_model=RosterRead,
    responses=problems(401, 403, 404, 422),
    summary="A store's roster week: shifts, coverage and gaps, the rules it breaks, who may be rostered",
)
async def get_roster(store_id: uuid.UUID, week: IsoDate, actor: CurrentActor, session: SessionDep) -> RosterRead:
    """Reads a store's roster week: shifts, coverage and gaps, the rules it breaks, HR's overrides and who may
    be rostered on which days.

    `week` is the week's first day (the store's local date, on the roster rules' first weekday; 422
    otherwise). A week without a roster reads as an empty draft at version 0. The store's managers, HR,
    leaders and administrators read it; a store out of reach answers 404, integration clients get 403.
    """
    return await commands.get_roster(session, actor=actor, store_id=store_id, week_start=week)


@stores.put(
    "/rosters/{week}",
    operation_id="rosters-replace",
    response_model=RosterRead,
    responses=problems(401, 403, 404, 409, 422, typed=(RosterRuleBrokenProblem, RosterVersionConflictProblem)),
    summary="Replace the week's assignments (version checked); a person's rule broken refuses it",
)
async def put_roster(
    store_id: uuid.UUID, week: IsoDate, body: RosterUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> RosterRead:
    """Replaces the week's assignments, naming the version read (0 creates the roster; a stale version
    answers 409).

    Store managers, HR and administrators (a leader gets 403). A draft is refused (422) only when a person's
    own rule breaks; once published, every rule is checked, the women's late-shift share included, and the
    people whose shifts changed are notified. Removing a shift withdraws its open swaps. Audited.
    """
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
    """Checks assignments against every roster rule, as publishing would, and saves nothing.

    Send `assignments` to check a proposal, or leave them out to check the roster as it stands. The answer
    says whether the week is publishable and lists each violation, and the coverage per day and shift with its
    gaps. Whoever reads the store's roster may check (its managers, HR, leaders and administrators).
    """
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
    """Publishes a draft roster week, naming the version read; its people then see their shifts.

    The store's managers, HR and administrators may (a leader gets 403). Every rule is checked, the women's
    late-shift share included: a broken rule refuses the publish with the violations and their numbers (422).
    A week without a roster answers 404, an already published one 409, and a version other than the current
    one 409 (reload and retry). Each rostered person is notified of their shifts; audited. From then on every
    change to the week is checked against all rules and notifies the people whose shifts it changes.
    """
    return await commands.publish_roster(
        session, actor=actor, clock=clock, store_id=store_id, week_start=week, data=body
    )


@stores.post(
    "/rosters/{week}/suggest",
    operation_id="rosters-suggest",
    response_model=SuggestionRead,
    responses=problems(401, 403, 404, 409, 422, typed=(RosterVersionConflictProblem,)),
    summary="Fill the draft's open slots with a solver (every hard rule kept, hours and late shifts balanced)",
)
async def suggest_roster(
    store_id: uuid.UUID, week: IsoDate, body: SuggestInput, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> SuggestionRead:
    """Fills the draft's open slots with the solver and saves the best roster found within the time limit.

    Slots it could not fill are listed with the rules that kept the remaining people off them. Store
    managers, HR and administrators; a published week, or a version other than the draft's (0 without a
    roster), answers 409. Audited.
    """
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
    """HR waives a company rule (minimum rest or consecutive working days) for one person in the store's week.

    HR and administrators only (403). The person must be rostered or free to be rostered at the store that
    week (404); legal protections and a person's care needs cannot be waived (422). The same rule for the same
    person twice answers 409. The roster's version moves on (an empty draft is created if the week has no
    roster); audited with the reason.
    """
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
    """Withdraws an HR override of a roster rule, unless the roster as it stands still needs it.

    HR and administrators only (403); an unknown override answers 404. If the week's assignments would then
    break the rule for that person, the withdrawal is refused with the violations (422): change the roster
    first. The roster's version moves on; audited.
    """
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
    """Lists my shifts in published rosters from `from` to `to` (inclusive, at most 93 days), at any store.

    Each shift has its start and end in the store's time zone and the protected (nursing) time it carries,
    earliest first. Drafts stay with the planners until they are published. An account that is not an employee
    gets an empty list.
    """
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
    """Offers one of my shifts in a published roster to colleagues, with an optional note.

    Only the shift's own employee may offer it (404 for anyone else's shift; 403 for an account that is not an
    employee). The roster must be published and the shift not yet started, and a shift is on offer once at a
    time (409). The store's managers are notified; audited.
    """
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
    """Lists shift swaps newest first: mine, the open offers I may take, and the swaps of the stores I plan.

    Mine are those I offered or took. An open offer is listed to each colleague who may work at its store that
    day. Store managers also see every swap of the stores they manage; HR, leaders and administrators see
    every swap. `store_id` and `status` narrow the list.
    """
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
    """Takes a colleague's offered shift, naming the swap's version; the store's manager then decides.

    Only an employee who may work at the store that day sees the offer (404 otherwise). The shift is checked
    with my rules and with the week's (such as the women's late-shift share), and a broken rule refuses it
    (422). My own offer, a shift I already work, an offer no longer open or a stale version answer 409. The
    store's managers and the colleague who offered it are notified; audited.
    """
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
    """The store's manager approves or rejects a taken shift swap, naming its version.

    The store's managers, HR and administrators decide (a swap at a store out of reach answers 404, a leader
    gets 403), and nobody decides a swap they are part of (403). A swap that is not taken, or a stale version,
    answers 409. Approval checks the taker's rules again (422 if one breaks) and moves the shift to the taker
    as a change of the published roster: the roster's version moves on, and a shift no longer on the roster
    answers 409. Both people are notified of the decision and of the roster change; audited.
    """
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
    """Withdraws my shift offer while it is open (offered, or taken but not yet decided), naming its version.

    Only the colleague who offered it may (404 for anyone else); a swap already decided or withdrawn, or a
    stale version, answers 409. The taker and the store's managers are notified; audited.
    """
    return await swaps.withdraw_swap(session, actor=actor, clock=clock, swap_id=swap_id, data=body)


@router.get(
    "/roster-rules",
    operation_id="rosterRules-get",
    response_model=RosterRulesRead,
    responses=problems(401, 403),
    summary="The company's roster rules in force (late hour, women's late-shift share, rest, week start)",
)
async def get_rules(actor: CurrentActor, session: SessionDep) -> RosterRulesRead:
    """Reads the company's roster rules in force and their version (0: the defaults, never changed).

    Any signed-in person may read them; integration clients get 403. The legal numbers (night window, standard
    day and week) come from the protection policy in force, not from these rules.
    """
    return await policy.get_rules(session, actor=actor)


@router.put(
    "/roster-rules",
    operation_id="rosterRules-set",
    response_model=RosterRulesRead,
    responses=problems(401, 403, 409, 422),
    summary="Set the roster rules as a new version (HR, administrators; audited)",
)
async def set_rules(body: RosterRules, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> RosterRulesRead:
    """Sets the company's roster rules as a new version; earlier versions are kept.

    HR and administrators only (403). Of two changes sent at once one wins and the other answers 409. Every
    roster check from then on uses the new rules. Audited with the rules before and after.
    """
    return await policy.set_rules(session, actor=actor, clock=clock, data=body)
