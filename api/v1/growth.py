"""Growth: promotion eligibility rules (HR keeps them, everyone reads them), where I stand on each,
and HR's lists of who qualifies or is close."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import ClockDep, CurrentActor, SessionDep
from api.problem_types import EligibilityRuleVersionConflictProblem
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.growth import eligibility
from domain.growth.schemas import EligibilityEntry, RuleRead, RuleStanding, RuleUpdate
from domain.shared.pagination import Page

router = APIRouter(tags=["growth"])
me = APIRouter(prefix="/me", tags=["growth"])

RuleCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]


@router.get(
    "/eligibility-rules",
    operation_id="eligibilityRules-list",
    response_model=list[RuleRead],
    responses=problems(401),
    summary="The promotion eligibility rules: the same for everyone, readable by everyone",
)
async def list_rules(actor: CurrentActor, session: SessionDep) -> list[RuleRead]:
    return await eligibility.list_rules(session)


@router.get(
    "/eligibility-rules/{code}",
    operation_id="eligibilityRules-get",
    response_model=RuleRead,
    responses=problems(401, 404),
)
async def get_rule(code: RuleCode, actor: CurrentActor, session: SessionDep) -> RuleRead:
    return eligibility.rule_read(await eligibility.get_rule(session, code))


@router.put(
    "/eligibility-rules/{code}",
    operation_id="eligibilityRules-save",
    response_model=RuleRead,
    responses=problems(401, 403, 409, 422, typed=(EligibilityRuleVersionConflictProblem,)),
    summary="Add a rule, or change one with the version read (HR); a changed rule may notify again",
)
async def save_rule(
    code: RuleCode, body: RuleUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> RuleRead:
    return await eligibility.put_rule(session, actor=actor, clock=clock, code=code, data=body)


@router.get(
    "/eligibility",
    operation_id="eligibility-list",
    response_model=Page[EligibilityEntry],
    responses=problems(401, 403, 404, 422),
    summary="Who meets a rule, or is close (80 % of every condition), by employee number (HR, leaders)",
)
async def list_eligibility(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    rule: Annotated[str, Query(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$", description="The rule's code")],
    status: Annotated[eligibility.Status, Query()] = "eligible",
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Page[EligibilityEntry]:
    found = await eligibility.eligibility_list(
        session, actor=actor, clock=clock, rule_code=rule, status=status, limit=limit, cursor=cursor
    )
    return Page(items=found.items, next_cursor=found.next_cursor)


@me.get(
    "/eligibility",
    operation_id="eligibility-mine",
    response_model=list[RuleStanding],
    responses=problems(401, 404),
    summary="Where I stand on each promotion rule that applies to me: each condition's figure and what is missing",
)
async def my_eligibility(actor: CurrentActor, session: SessionDep, clock: ClockDep) -> list[RuleStanding]:
    return await eligibility.my_eligibility(session, actor=actor, clock=clock)
