"""Weighted performance: metric definitions, scorecard templates, targets and the template rules
(HR manages them; everyone signed in reads them)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.problem_types import PeriodClosedProblem, PeriodNotEndedProblem, ScorecardRuleViolationProblem
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.performance import bands, catalog, periods, scoring, values
from domain.performance.schemas import (
    EarlyClose,
    EmployeeScore,
    MetricDefinitionCreate,
    MetricDefinitionRead,
    MetricDefinitionUpdate,
    MyBand,
    PeriodRead,
    Ranking,
    TargetRead,
    TargetSet,
    TemplateCreate,
    TemplateRead,
    TemplateRulesSettings,
    TemplateUpdate,
    ValueEntry,
    ValueRead,
)
from domain.shared.pagination import Page, Slice

router = APIRouter(prefix="/performance", tags=["performance"])


@router.get(
    "/metrics",
    operation_id="performance-listMetrics",
    response_model=Page[MetricDefinitionRead],
    responses=problems(401, 422),
)
async def list_metrics(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[MetricDefinitionRead]:
    return await catalog.list_definitions(session, actor=actor, limit=limit, cursor=cursor)


@router.post(
    "/metrics",
    operation_id="performance-createMetric",
    status_code=status.HTTP_201_CREATED,
    response_model=MetricDefinitionRead,
    responses=problems(401, 403, 409, 422),
)
async def create_metric(
    body: MetricDefinitionCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> MetricDefinitionRead:
    return await catalog.create_definition(session, actor=actor, clock=clock, data=body)


@router.get(
    "/metrics/{metric_id}",
    operation_id="performance-getMetric",
    response_model=MetricDefinitionRead,
    responses=problems(401, 404, 422),
)
async def get_metric(metric_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> MetricDefinitionRead:
    return await catalog.get_definition(session, actor=actor, metric_id=metric_id)


@router.patch(
    "/metrics/{metric_id}",
    operation_id="performance-updateMetric",
    response_model=MetricDefinitionRead,
    responses=problems(401, 403, 404, 422),
)
async def update_metric(
    metric_id: uuid.UUID, body: MetricDefinitionUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> MetricDefinitionRead:
    return await catalog.update_definition(session, actor=actor, clock=clock, metric_id=metric_id, data=body)


@router.get(
    "/templates",
    operation_id="performance-listTemplates",
    response_model=Page[TemplateRead],
    responses=problems(401, 422),
)
async def list_templates(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[TemplateRead]:
    return await catalog.list_templates(session, actor=actor, limit=limit, cursor=cursor)


@router.post(
    "/templates",
    operation_id="performance-createTemplate",
    status_code=status.HTTP_201_CREATED,
    response_model=TemplateRead,
    responses=problems(401, 403, 409, 422, typed=(ScorecardRuleViolationProblem,)),
    summary="Create a scorecard template; one that breaks the organisation's rules is refused with the reasons",
)
async def create_template(
    body: TemplateCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TemplateRead:
    return await catalog.create_template(session, actor=actor, clock=clock, data=body)


@router.get(
    "/templates/{template_id}",
    operation_id="performance-getTemplate",
    response_model=TemplateRead,
    responses=problems(401, 404, 422),
)
async def get_template(template_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> TemplateRead:
    return await catalog.get_template(session, actor=actor, template_id=template_id)


@router.patch(
    "/templates/{template_id}",
    operation_id="performance-updateTemplate",
    response_model=TemplateRead,
    responses=problems(401, 403, 404, 422, typed=(ScorecardRuleViolationProblem,)),
)
async def update_template(
    template_id: uuid.UUID, body: TemplateUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TemplateRead:
    return await catalog.update_template(session, actor=actor, clock=clock, template_id=template_id, data=body)


@router.get(
    "/template-rules",
    operation_id="performance-getTemplateRules",
    response_model=TemplateRulesSettings,
    responses=problems(401),
)
async def get_template_rules(actor: CurrentActor, session: SessionDep) -> TemplateRulesSettings:
    return await catalog.get_template_rules(session, actor=actor)


@router.put(
    "/template-rules",
    operation_id="performance-setTemplateRules",
    response_model=TemplateRulesSettings,
    responses=problems(401, 403, 422),
    summary="Change the rules templates must keep (existing templates are checked again when changed)",
)
async def set_template_rules(
    body: TemplateRulesSettings, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TemplateRulesSettings:
    return await catalog.set_template_rules(session, actor=actor, clock=clock, data=body)


@router.put(
    "/targets",
    operation_id="performance-setTarget",
    response_model=TargetRead,
    responses=problems(401, 403, 409, 422, typed=(PeriodClosedProblem,)),
    summary="Set (or replace) the target of a metric for a unit or an employee and a month",
)
async def set_target(body: TargetSet, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> TargetRead:
    return await catalog.set_target(session, actor=actor, clock=clock, data=body)


@router.get(
    "/targets",
    operation_id="performance-listTargets",
    response_model=list[TargetRead],
    responses=problems(401, 422),
)
async def list_targets(
    actor: CurrentActor,
    session: SessionDep,
    period: Annotated[str, Query(pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$", description="A month, e.g. 2026-11")],
    metric_code: Annotated[str | None, Query(max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")] = None,
) -> list[TargetRead]:
    return await catalog.list_targets(session, actor=actor, period=period, metric_code=metric_code)


@router.put(
    "/values",
    operation_id="performance-enterValue",
    response_model=ValueRead,
    responses=problems(401, 403, 404, 409, 422, typed=(PeriodClosedProblem,)),
    summary="Enter a manual value, with an optional comment to the person (a store manager for people assigned to "
    "their stores that month; HR for anyone); the metric must be on the person's scorecard, the value on its scale",
)
async def enter_value(body: ValueEntry, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> ValueRead:
    return await values.enter_value(session, actor=actor, clock=clock, data=body)


PeriodPath = Path(pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$", description="A month, e.g. 2026-11")
PeriodQuery = Query(pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$", description="A month, e.g. 2026-11")


@router.get(
    "/employees/{employee_id}",
    operation_id="performance-employeeScore",
    response_model=EmployeeScore,
    responses=problems(401, 404, 422),
    summary="A person's live score for a month, part by part (HR: everyone; managers: their people)",
)
async def employee_score(
    employee_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    period: Annotated[str, PeriodQuery],
) -> EmployeeScore:
    return await scoring.employee_score(session, actor=actor, clock=clock, employee_id=employee_id, period=period)


me = APIRouter(prefix="/me", tags=["me"])


@me.get(
    "/performance",
    operation_id="me-performance",
    response_model=EmployeeScore,
    responses=problems(401, 404, 422),
    summary="My live score for a month: every metric's value, target, points, weight and source",
)
async def my_performance(
    actor: CurrentActor, session: SessionDep, clock: ClockDep, period: Annotated[str, PeriodQuery]
) -> EmployeeScore:
    return await scoring.my_score(session, actor=actor, clock=clock, period=period)


@me.get(
    "/performance/bands",
    operation_id="me-performanceBands",
    response_model=list[MyBand],
    responses=problems(401, 404, 422),
    summary="Where my score stood in each of the latest closed months: top 10 %, 30 %, 50 % or other",
)
async def my_bands(
    actor: CurrentActor,
    session: SessionDep,
    months: Annotated[int, Query(ge=1, le=36, description="How many closed months, newest first")] = 12,
) -> list[MyBand]:
    return await bands.bands_for_me(session, actor=actor, months=months)


@router.get(
    "/periods/{period}",
    operation_id="performance-getPeriod",
    response_model=PeriodRead,
    responses=problems(401, 403, 422),
)
async def get_period(period: Annotated[str, PeriodPath], actor: CurrentActor, session: SessionDep) -> PeriodRead:
    return await periods.get_period(session, actor=actor, period=period)


@router.post(
    "/periods/{period}/close",
    operation_id="performance-closePeriod",
    response_model=PeriodRead,
    responses=problems(401, 403, 409, 422, typed=(PeriodNotEndedProblem,)),
    summary="Close a month once it has ended in the organisation's time zone (or early, with a reason): "
    "every active employee's score is frozen; later values are refused",
)
async def close_period(
    period: Annotated[str, PeriodPath],
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    body: Annotated[EarlyClose | None, Body()] = None,
) -> PeriodRead:
    return await periods.close_period(session, actor=actor, clock=clock, period=period, override=body)


@router.post(
    "/periods/{period}/reopen",
    operation_id="performance-reopenPeriod",
    response_model=PeriodRead,
    responses=problems(401, 403, 409, 422),
    summary="Reopen a closed month (audited); its frozen scores stay as they were",
)
async def reopen_period(
    period: Annotated[str, PeriodPath], actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> PeriodRead:
    return await periods.reopen_period(session, actor=actor, clock=clock, period=period)


@router.get(
    "/rankings",
    operation_id="performance-rankings",
    response_model=Ranking,
    responses=problems(401, 403, 404, 422),
    summary="Rank a cohort (everyone scored with a template in a month): score, rank, percentile",
)
async def rankings(
    actor: CurrentActor,
    session: SessionDep,
    period: Annotated[str, PeriodQuery],
    template: Annotated[str, Query(max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")],
) -> Ranking:
    return await periods.ranking(session, actor=actor, period=period, template=template)
