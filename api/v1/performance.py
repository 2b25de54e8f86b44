"""Weighted performance: metric definitions, scorecard templates, targets and the template rules
(HR manages them; everyone signed in reads them)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Body, Path, Query, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
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

router = Router(prefix="/performance", tags=["performance"])


@router.get(
    "/metrics",
    operation_id="performance-listMetrics",
    response_model=Page[MetricDefinitionRead],
    responses=problems(401, 403, 422),
)
async def list_metrics(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[MetricDefinitionRead]:
    """Lists the metric definitions by code, a page at a time: name, unit, side, source, direction and scoring
    rule. Every signed-in person may read them; integration clients are refused."""
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
    """Adds a metric definition; its scoring rule must fit its direction (422) and its code must be new (409).
    HR and administrators only (403 otherwise); audited."""
    return await catalog.create_definition(session, actor=actor, clock=clock, data=body)


@router.get(
    "/metrics/{metric_id}",
    operation_id="performance-getMetric",
    response_model=MetricDefinitionRead,
    responses=problems(401, 403, 404, 422),
)
async def get_metric(metric_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> MetricDefinitionRead:
    """Returns one metric definition; an unknown id answers 404. Every signed-in person may read it;
    integration clients are refused."""
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
    """Changes the fields sent of a metric definition (its code and side stay); a changed scoring rule or
    direction is checked again (422). An inactive metric can no longer be put on a template or entered by
    hand. HR and administrators only (403 otherwise); audited with the fields before and after."""
    return await catalog.update_definition(session, actor=actor, clock=clock, metric_id=metric_id, data=body)


@router.get(
    "/templates",
    operation_id="performance-listTemplates",
    response_model=Page[TemplateRead],
    responses=problems(401, 403, 422),
)
async def list_templates(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[TemplateRead]:
    """Lists the scorecard templates by code, a page at a time, each with its population, weighted lines and
    total weight on store-side metrics. A population is scored with its active template whose code comes
    first. Every signed-in person may read them; integration clients are refused."""
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
    """Creates a scorecard template for a population. Its metrics must exist and be active, its weights be
    positive and sum to 100, and it must keep the organisation's template rules (a seconded template's minimum
    weight on store-side metrics, a support template's band of weight on frontline satisfaction); otherwise it
    is refused (422) with every violation listed. A code already taken answers 409. HR and administrators only
    (403 otherwise); audited."""
    return await catalog.create_template(session, actor=actor, clock=clock, data=body)


@router.get(
    "/templates/{template_id}",
    operation_id="performance-getTemplate",
    response_model=TemplateRead,
    responses=problems(401, 403, 404, 422),
)
async def get_template(template_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> TemplateRead:
    """Returns one scorecard template with its lines; an unknown id answers 404. Every signed-in person may
    read it; integration clients are refused."""
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
    """Changes the fields sent of a template (name, lines, active); new lines are checked like a new
    template's (422 with every violation). Live scores follow the change at once; closed months keep their
    frozen scores. HR and administrators only (403 otherwise); audited with the fields before and after."""
    return await catalog.update_template(session, actor=actor, clock=clock, template_id=template_id, data=body)


@router.get(
    "/template-rules",
    operation_id="performance-getTemplateRules",
    response_model=TemplateRulesSettings,
    responses=problems(401, 403),
)
async def get_template_rules(actor: CurrentActor, session: SessionDep) -> TemplateRulesSettings:
    """Returns the rules every scorecard template must keep: the minimum weight a seconded template carries on
    store-side metrics, the band of weight a support template gives frontline satisfaction, and which metrics
    count as frontline satisfaction. Every signed-in person may read them; integration clients are refused."""
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
    """Replaces the rules templates must keep; the minimum frontline-satisfaction weight may not exceed the
    maximum (422). Existing templates are not checked now, only when they are next changed. HR and
    administrators only (403 otherwise); audited."""
    return await catalog.set_template_rules(session, actor=actor, clock=clock, data=body)


@router.put(
    "/targets",
    operation_id="performance-setTarget",
    response_model=TargetRead,
    responses=problems(401, 403, 409, 422, typed=(PeriodClosedProblem,)),
    summary="Set (or replace) the target of a metric for a unit or an employee and a month",
)
async def set_target(body: TargetSet, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> TargetRead:
    """Sets the target of a metric for a month, for a unit (it holds for the unit's subtree) or for one
    employee; setting it again replaces the value. A closed month answers 409 until HR reopens it; an unknown
    metric, unit or employee answers 422. HR and administrators only (403 otherwise); audited with the value
    before and after."""
    return await catalog.set_target(session, actor=actor, clock=clock, data=body)


@router.get(
    "/targets",
    operation_id="performance-listTargets",
    response_model=list[TargetRead],
    responses=problems(401, 403, 422),
)
async def list_targets(
    actor: CurrentActor,
    session: SessionDep,
    period: Annotated[str, Query(pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$", description="A month, e.g. 2026-11")],
    metric_code: Annotated[str | None, Query(max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")] = None,
) -> list[TargetRead]:
    """Lists a month's targets, optionally of one metric. HR, leaders and administrators see every target;
    everyone else sees unit targets and their own personal ones. Integration clients are refused."""
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
    """Enters, or replaces, a person's value of a manual metric for a month, with an optional comment the
    person reads. A store manager enters values for people assigned to their stores that month, never their
    own (others answer 404); HR and administrators for anyone; integration clients push through
    `/ingest/metric-values` (403). The metric must be active and manual, the value on its scale and the metric
    on the scorecard of the days the writer answers for (422 with the reason); a closed month answers 409.
    Audited with the value and comment before and after."""
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
    """Computes a person's live score for a month, part by part (each unit they worked at, with its
    scorecard): every metric's value, target, points, weight and source; closing the month freezes the same
    computation. HR, leaders and administrators see everyone; store managers and department heads the people
    who worked in their units that month; everyone themselves; anyone else gets 404. Comments written with
    manual values are shown only to the person, HR and administrators."""
    return await scoring.employee_score(session, actor=actor, clock=clock, employee_id=employee_id, period=period)


me = Router(prefix="/me", tags=["me"])


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
    """Returns my live score for a month, computed as for HR and my managers, with the comments written with
    my manual values. An account that is not an employee's answers 404."""
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
    """Lists, newest first, the band of my frozen score in each of the latest `months` closed months, ranked
    against everyone scored that month: top 10 %, top 30 %, top 50 % or other. Months I was not scored in are
    left out; no score, mine or anyone else's, is shown. An account that is not an employee's answers 404."""
    return await bands.bands_for_me(session, actor=actor, months=months)


@router.get(
    "/periods/{period}",
    operation_id="performance-getPeriod",
    response_model=PeriodRead,
    responses=problems(401, 403, 422),
)
async def get_period(period: Annotated[str, PeriodPath], actor: CurrentActor, session: SessionDep) -> PeriodRead:
    """Returns a month's status (open or closed), how many times it has been closed, when it last changed and,
    once closed, how many scores its latest closing froze; a month never closed reads as open. Every signed-in
    person may read it; integration clients are refused (403)."""
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
    """Closes a month: every active employee's score is computed and frozen in an append-only record, and
    values and targets for the month are refused until it is reopened. Before the month has ended in the
    organisation's time zone it answers 409, unless the body asks `early` with a reason (kept in the audit); a
    closed month answers 409. HR and administrators only (403 otherwise). Writes the `period.closed` event
    (webhook) and tells each person scored their final score."""
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
    """Reopens a closed month so its values and targets can change again; its frozen scores stay as they were,
    and closing it again freezes a new closing beside them. A month that is not closed answers 409. HR and
    administrators only (403 otherwise); audited."""
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
    clock: ClockDep,
    period: Annotated[str, PeriodQuery],
    template: Annotated[str, Query(max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")],
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Ranking:
    """Ranks everyone scored with a template in a month, with score, rank and percentile, a page at a time
    in rank order (ties by employee number); `cohort` counts them all. A closed month ranks the frozen scores
    of its latest closing, ranked once when it closed; an open one live scores computed now (`source` says
    which). HR, leaders and administrators only (403 otherwise); an unknown template answers 404; a cursor
    from before the month was closed or reopened answers 422."""
    return await periods.ranking(
        session, actor=actor, clock=clock, period=period, template=template, limit=limit, cursor=cursor
    )
