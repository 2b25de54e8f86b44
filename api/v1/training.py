"""Training credits: the course catalogue, credit plans and the training policy (HR), classroom
sign-ins and practice scores, people's credits and their ledger (HR revokes and corrects)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Path, Query, Response, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.problem_types import (
    AllowanceMonthNotEndedProblem,
    AllowanceNotApprovedProblem,
    AllowanceVersionConflictProblem,
    BonusRuleVersionConflictProblem,
    CourseVersionConflictProblem,
    PlanVersionConflictProblem,
)
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.performance.months import Month
from domain.performance.schemas import Population
from domain.shared.errors import NotFound
from domain.shared.i18n import _
from domain.shared.pagination import Page
from domain.shared.schemas import IsoDate
from domain.training import allowances, bonus, catalog, completions, effect, ledger, policy, reports
from domain.training.policy import TrainingRules, TrainingRulesRead
from domain.training.schemas import (
    AllowanceApproval,
    AllowanceMonthRead,
    BonusRuleRead,
    BonusRuleUpdate,
    ClassroomSignIn,
    CompletionIngestResult,
    CompletionRead,
    Correction,
    CourseRead,
    CourseUpdate,
    CreditEntryRead,
    CreditSummary,
    MyAllowance,
    PersonProgress,
    PlanRead,
    PlanUpdate,
    PracticeScore,
    Revocation,
    TrainingDashboard,
    TrainingEffect,
)

router = Router(tags=["training"])
me = Router(prefix="/me", tags=["training"])

CourseCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]
Year = Annotated[int, Path(ge=2000, le=2100)]
YearQuery = Annotated[int | None, Query(ge=2000, le=2100, description="Default: this year")]
MonthPath = Annotated[str, Path(pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$", description="A month, e.g. 2026-11")]


@router.get(
    "/courses",
    operation_id="courses-list",
    response_model=list[CourseRead],
    responses=problems(401, 403, 422),
    summary="The course catalogue, optionally only the courses offered on a day",
)
async def list_courses(
    actor: CurrentActor, session: SessionDep, active_on: Annotated[IsoDate | None, Query()] = None
) -> list[CourseRead]:
    """Lists the course catalogue by code, each course with the credits it earns when passed under the credit
    rules in force; `active_on` keeps only the courses offered on that day. Every signed-in person may read
    it; integration clients are refused (403)."""
    return await catalog.list_courses(session, actor=actor, active_on=active_on)


@router.get("/courses/{code}", operation_id="courses-get", response_model=CourseRead, responses=problems(401, 403, 404))
async def get_course(code: CourseCode, actor: CurrentActor, session: SessionDep) -> CourseRead:
    """Returns one course by code, with the credits it earns when passed under the credit rules in force. Every
    signed-in person may read it, integration clients are refused (403); an unknown code answers 404."""
    return await catalog.read_course(session, actor=actor, code=code)


@router.put(
    "/courses/{code}",
    operation_id="courses-save",
    response_model=CourseRead,
    responses=problems(401, 403, 409, 422, typed=(CourseVersionConflictProblem,)),
    summary="Add a course, or change one with the version read (HR)",
)
async def save_course(
    code: CourseCode, body: CourseUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> CourseRead:
    """Adds a course under a new code (send no `version`), or replaces a course's terms: send the `version`
    you read, and a course changed meanwhile answers 409 with its current version. Its skills and effect
    metrics must exist (422). HR and administrators only (403 otherwise); audited. Credits already awarded
    keep the amount they were awarded with."""
    return await catalog.put_course(session, actor=actor, clock=clock, code=code, data=body)


@router.get(
    "/courses/{code}/effect",
    operation_id="courses-effect",
    response_model=TrainingEffect,
    responses=problems(401, 403, 404, 422),
    summary="Training effect (效果评估): the course's linked metrics before and after, against non-participants",
)
async def course_effect(
    code: CourseCode,
    actor: CurrentActor,
    session: SessionDep,
    months: Annotated[int, Query(ge=1, le=12, description="Months compared on each side")] = 3,
) -> TrainingEffect:
    """Compares, for each metric the course is linked to and each population scored on it, the points of the
    people who passed the course over the `months` before and after they passed it against everyone else of
    that population over the same months. Only closed months' frozen scores count, so the report does not move
    while a month is still open. HR, leaders and administrators only (403 otherwise); an unknown course
    answers 404."""
    return await effect.course_effect(session, actor=actor, code=code, months=months)


@router.get(
    "/credit-plans",
    operation_id="creditPlans-list",
    response_model=list[PlanRead],
    responses=problems(401, 403, 422),
    summary="Credit plans, newest year first",
)
async def list_plans(actor: CurrentActor, session: SessionDep, year: YearQuery = None) -> list[PlanRead]:
    """Lists the credit plans (a population's total credits for a year, and each category's share and
    minimum), newest year first; `year` keeps one year. Every signed-in person may read them; integration
    clients are refused (403)."""
    return await catalog.list_plans(session, actor=actor, year=year)


@router.put(
    "/credit-plans/{population}/{year}",
    operation_id="creditPlans-save",
    response_model=PlanRead,
    responses=problems(401, 403, 409, 422, typed=(PlanVersionConflictProblem,)),
    summary="Set a population's credit plan for a year (HR)",
)
async def save_plan(
    population: Population, year: Year, body: PlanUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> PlanRead:
    """Sets a population's credit plan for a year: the total and, per category, its share and minimum (the
    minimums may not add up to more than the total, 422). Send no `version` for a new plan, or the `version`
    you read to change one; a plan changed meanwhile answers 409. HR and administrators only (403 otherwise);
    audited."""
    return await catalog.put_plan(session, actor=actor, clock=clock, population=population, year=year, data=body)


@router.get(
    "/training/policy",
    operation_id="trainingPolicy-get",
    response_model=TrainingRulesRead,
    responses=problems(401, 403),
    summary="The credit rules, level thresholds and allowances in force",
)
async def get_policy(actor: CurrentActor, session: SessionDep) -> TrainingRulesRead:
    """Returns the training policy in force: the credit rules (online completion and exam marks, the practice
    score and its credits), the level thresholds, each level's monthly allowance, the pools' credit modifier
    and the readiness mode. `version` 0 means the defaults, never changed. Every signed-in person may read it;
    integration clients are refused (403)."""
    return await policy.get_rules(session, actor=actor)


@router.put(
    "/training/policy",
    operation_id="trainingPolicy-set",
    response_model=TrainingRulesRead,
    responses=problems(401, 403, 409, 422),
    summary="Change the training policy (HR); a new version, audited",
)
async def set_policy(
    body: TrainingRules, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TrainingRulesRead:
    """Replaces the whole training policy with a new version; the level thresholds must rise from junior to
    senior. There is no version check: the latest change wins, and of two changes at the same moment one
    answers 409. HR and administrators only (403 otherwise); audited with the policy before and after. Credits
    already awarded keep their amount."""
    return await policy.set_rules(session, actor=actor, clock=clock, data=body)


@router.post(
    "/courses/{code}/sign-ins",
    operation_id="courses-signIns",
    response_model=CompletionIngestResult,
    responses=problems(401, 403, 404, 422),
    summary="Record a classroom session's sign-in list (HR, or the attendees' manager)",
)
async def record_sign_ins(
    code: CourseCode, body: ClassroomSignIn, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> CompletionIngestResult:
    """Records a classroom session's sign-in list: each attendee's attendance and exam score is judged by the
    credit rules in force, and only what beats the person's best so far on the course is added to their
    credits. Sending the same session again changes nothing (its lines come back as duplicates); a line sent
    again with other content is reported as a conflict and not applied. HR, administrators, store managers and
    department heads may record it for people they can see on the session's day (others answer 404), never for
    themselves (403); audited."""
    return await completions.record_sign_ins(session, actor=actor, clock=clock, code=code, data=body)


@router.post(
    "/courses/{code}/practice-scores",
    operation_id="courses-practiceScore",
    status_code=status.HTTP_201_CREATED,
    response_model=CompletionRead,
    responses=problems(401, 403, 404, 422),
    summary="Score a person's on-the-job practice of a course, 0-10 (HR, or the person's manager)",
)
async def score_practice(
    code: CourseCode, body: PracticeScore, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> CompletionRead:
    """Records a 0-10 score of a person's on-the-job practice of a practice course: the credit rules in force
    decide whether it earns credits, and only what beats the person's best so far on the course is added. The
    same recorder scoring the same person, course and day again gets the first answer if the score is the
    same, 422 if it differs. HR, administrators, store managers and department heads may score people they can
    see on that day (others answer 404), never themselves (403); audited."""
    return await completions.record_practice(session, actor=actor, clock=clock, code=code, data=body)


@me.get(
    "/credits",
    operation_id="credits-mine",
    response_model=CreditSummary,
    responses=problems(401, 404, 422),
    summary="My credits: balance, level and allowance, the year against my plan, by skill, the ledger",
)
async def my_credits(
    actor: CurrentActor, session: SessionDep, clock: ClockDep, year: YearQuery = None
) -> CreditSummary:
    """Returns my credits: balance, level and monthly allowance, what the next level still needs, the year's
    credits by category against my population's plan, credits by skill, and the latest 100 ledger entries.
    `year` defaults to this year in the organisation's time zone. An account that is not an employee's answers
    404."""
    if actor.employee_id is None:
        raise NotFound(_("This account is not an employee's."), slug="employee.not_found")
    return await ledger.summary(session, actor=actor, clock=clock, employee_id=actor.employee_id, year=year)


@router.get(
    "/employees/{employee_id}/credits",
    operation_id="credits-get",
    response_model=CreditSummary,
    responses=problems(401, 404, 422),
    summary="A person's credits (the person, their managers, HR and leaders)",
)
async def employee_credits(
    employee_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep, year: YearQuery = None
) -> CreditSummary:
    """Returns a person's credits, as `/me/credits` shows them to the person. The person, the store managers
    and department heads over a unit the person belongs or is assigned to today, HR, leaders and
    administrators may read them; anyone else gets 404."""
    return await ledger.summary(session, actor=actor, clock=clock, employee_id=employee_id, year=year)


@router.post(
    "/employees/{employee_id}/credits/revocations",
    operation_id="credits-revoke",
    status_code=status.HTTP_201_CREATED,
    response_model=CreditEntryRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Take back an award, with a reason (HR)",
)
async def revoke_award(
    employee_id: uuid.UUID, body: Revocation, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> CreditEntryRead:
    """Takes back an award (a completion found invalid) by appending a revocation entry with the reason; the
    course then counts for less, so a later valid completion can earn it again. An entry that is not an award
    of this person answers 404; an award already revoked answers 409. HR and administrators only (403
    otherwise); audited."""
    return await ledger.revoke(session, actor=actor, clock=clock, employee_id=employee_id, data=body)


@router.post(
    "/employees/{employee_id}/credits/corrections",
    operation_id="credits-correct",
    status_code=status.HTTP_201_CREATED,
    response_model=CreditEntryRead,
    responses=problems(401, 403, 404, 422),
    summary="Add or remove credits in a category, with a reason (HR)",
)
async def correct_credits(
    employee_id: uuid.UUID, body: Correction, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> CreditEntryRead:
    """Adds (positive) or removes (negative) credits in a category with a reason, as a correction entry in the
    ledger, e.g. for credits earned before the system. A correction that would take the balance below zero is
    refused (422); an unknown person answers 404. HR and administrators only (403 otherwise); audited."""
    return await ledger.correct(session, actor=actor, clock=clock, employee_id=employee_id, data=body)


@router.post(
    "/allowances/{month}/calculate",
    operation_id="allowances-calculate",
    response_model=AllowanceMonthRead,
    responses=problems(401, 403, 409, 422, typed=(AllowanceMonthNotEndedProblem,)),
    summary="Calculate a month's training allowances from each person's level at its end (HR)",
)
async def calculate_allowances(
    month: MonthPath, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> AllowanceMonthRead:
    """Calculates a month's training allowances once the month has ended in the organisation's time zone (409
    before): every active person's level, from all credits counted in that month or before, pays that level's
    allowance under the policy in force, and the month's frontline contribution bonus lines are worked out
    with it. Calculating again replaces the earlier calculation until the month is approved (then 409). HR and
    administrators only (403 otherwise); audited."""
    return await allowances.calculate(session, actor=actor, clock=clock, month=Month.parse(month))


@router.post(
    "/allowances/{month}/approve",
    operation_id="allowances-approve",
    response_model=AllowanceMonthRead,
    responses=problems(401, 403, 404, 409, 422, typed=(AllowanceVersionConflictProblem,)),
    summary="Approve and lock a month's allowances (HR, not whoever calculated them)",
)
async def approve_allowances(
    month: MonthPath, body: AllowanceApproval, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> AllowanceMonthRead:
    """Approves and locks a month's calculated allowances; its lines never change after and feed the payroll
    export. Send the `version` you reviewed: a month recalculated since, or already approved, answers 409.
    Whoever calculated the month does not approve it (403). HR and administrators only; audited."""
    return await allowances.approve(session, actor=actor, clock=clock, month=Month.parse(month), version=body.version)


@router.get(
    "/allowances/{month}",
    operation_id="allowances-get",
    response_model=AllowanceMonthRead,
    responses=problems(401, 403, 404, 422),
    summary="A month's allowances and everyone they pay (HR)",
)
async def get_allowances(month: MonthPath, actor: CurrentActor, session: SessionDep) -> AllowanceMonthRead:
    """Returns a month's allowances: status, totals and the policy version used, with every allowance line
    (level, balance, amount) and bonus line, by employee number. HR and administrators only (403 otherwise); a
    month not calculated yet answers 404."""
    return await allowances.get_month(session, actor=actor, month=Month.parse(month))


@router.get(
    "/allowances/{month}/payroll",
    operation_id="allowances-payroll",
    responses={
        **problems(401, 403, 404, 409, 422, typed=(AllowanceNotApprovedProblem,)),
        200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "One line per person and item"},
    },
    summary="The payroll export of an approved month, as CSV (HR)",
)
async def allowance_payroll(month: MonthPath, actor: CurrentActor, session: SessionDep) -> Any:
    """Downloads an approved month as CSV for payroll: one labelled line per person and item (the training
    allowance with the level, the frontline contribution bonus with the store), by employee number, amounts of
    zero left out, headings in the caller's language. A month not approved yet answers 409, one not calculated
    404. HR and administrators only (403 otherwise)."""
    filename, text = await allowances.payroll_csv(session, actor=actor, month=Month.parse(month))
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@me.get(
    "/allowances",
    operation_id="allowances-mine",
    response_model=list[MyAllowance],
    responses=problems(401, 404, 422),
    summary="My monthly training allowance statements of a year",
)
async def my_allowances(
    actor: CurrentActor, session: SessionDep, clock: ClockDep, year: YearQuery = None
) -> list[MyAllowance]:
    """Lists my monthly statements of a year (this year by default): for each calculated month in which I have
    an allowance or bonus line, my level, balance, allowance and bonus, and whether the month is approved or
    still awaits approval. An account that is not an employee's answers 404."""
    return await allowances.my_allowances(session, actor=actor, clock=clock, year=year)


@router.get(
    "/training/progress",
    operation_id="training-progress",
    response_model=Page[PersonProgress],
    responses=problems(401, 403, 422),
    summary="My people's credits and levels (store managers, department heads, HR, leaders), by employee number",
)
async def team_progress(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    unit_id: uuid.UUID | None = None,
    year: YearQuery = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Page[PersonProgress]:
    """Lists the active people in my sight by employee number, with their balance, level, the year's credits
    by category and what the next level still needs. Store managers and department heads see the people of
    their units (home there, or assigned there today); HR, leaders and administrators see everyone; others get
    403. `unit_id` narrows the list to people whose home unit lies in that unit's subtree."""
    found = await reports.progress(
        session, actor=actor, clock=clock, unit_id=unit_id, year=year, limit=limit, cursor=cursor
    )
    return Page(items=found.items, next_cursor=found.next_cursor)


@router.get(
    "/training/dashboard",
    operation_id="training-dashboard",
    response_model=TrainingDashboard,
    responses=problems(401, 403, 422),
    summary="A year's participation by department or region and completion by course (HR, leaders)",
)
async def training_dashboard(
    actor: CurrentActor, session: SessionDep, clock: ClockDep, year: YearQuery = None
) -> TrainingDashboard:
    """Returns a year's training figures: participation (the share of active people with at least one
    completion in the year) overall and by department or region (stores count in their region), and per course
    how many people took it, how many passed and their average exam score. HR, leaders and administrators only
    (403 otherwise)."""
    return await reports.dashboard(session, actor=actor, clock=clock, year=year)


@router.get(
    "/bonus-rules",
    operation_id="bonusRules-list",
    response_model=list[BonusRuleRead],
    responses=problems(401, 403),
    summary="The frontline contribution bonus rules, by population",
)
async def list_bonus_rules(actor: CurrentActor, session: SessionDep) -> list[BonusRuleRead]:
    """Lists each population's frontline contribution bonus rule, active or not. Every signed-in person may read
    them; integration clients are refused (403)."""
    return await bonus.list_rules(session, actor=actor)


@router.put(
    "/bonus-rules/{population}",
    operation_id="bonusRules-save",
    response_model=BonusRuleRead,
    responses=problems(401, 403, 409, 422, typed=(BonusRuleVersionConflictProblem,)),
    summary="Set a population's frontline contribution bonus (HR); paid with the month's allowances",
)
async def save_bonus_rule(
    population: Population, body: BonusRuleUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> BonusRuleRead:
    """Sets a population's frontline contribution bonus: a share of the sales above the month's target of the
    rule's metric (the person's own sales, or the store's pro-rated by their days there), capped per stay and
    raised by the year's credits. Send no `version` for a new rule, or the `version` you read to change one
    (409 if it changed meanwhile). HR and administrators only (403 otherwise); audited. Active rules are paid
    with a month's allowances when that month is calculated."""
    return await bonus.put_rule(session, actor=actor, clock=clock, population=population, data=body)
