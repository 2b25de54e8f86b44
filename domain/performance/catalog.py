"""HR manages what is measured and how it counts: metric definitions, scorecard templates (refused
with the reason when they break the organisation's rules), targets, and those rules themselves.
Everyone signed in may read definitions and templates: the rules of the game are public."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.people.models import Employee
from domain.performance import rules
from domain.performance.models import MetricDefinition, MetricTarget, ScorecardTemplate, ScoringSettings
from domain.performance.periods import refuse_if_closed
from domain.performance.pushed_values import period_bounds
from domain.performance.schemas import (
    BandsScoring,
    MetricDefinitionCreate,
    MetricDefinitionRead,
    MetricDefinitionUpdate,
    Population,
    RatingScoring,
    Side,
    TargetRead,
    TargetScoring,
    TargetSet,
    TemplateCreate,
    TemplateLine,
    TemplateLineRead,
    TemplateRead,
    TemplateRulesSettings,
    TemplateUpdate,
)
from domain.performance.scoring import Month
from domain.shared import audit
from domain.shared.access import require_person, require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput, NotFound
from domain.shared.fixed_point import micro_text, to_micro
from domain.shared.i18n import Sentences, _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, decode_cursor, encode_cursor

SETTINGS_ROW = 1


def _require_hr(actor: Actor) -> None:
    require_role(
        actor,
        Role.HR,
        Role.ADMIN,
        refusal=_("Only HR and administrators manage metrics, scorecards and targets."),
        slug="performance.hr_only",
    )


def _check_scoring(scoring: TargetScoring | BandsScoring | RatingScoring, direction: str, field: str) -> None:
    try:
        rules.rule_from_document(scoring.model_dump(), rules.Direction(direction))
    except rules.InvalidRule as exc:
        raise InvalidInput(exc.detail, field=field, slug="metric.scoring_invalid") from exc


def _definition_read(row: MetricDefinition) -> MetricDefinitionRead:
    return MetricDefinitionRead.model_validate(
        {
            "id": row.id,
            "code": row.code,
            "name": row.name,
            "unit": row.unit,
            "side": row.side,
            "source": row.source,
            "direction": row.direction,
            "scoring": row.scoring,
            "volume_based": row.volume_based,
            "active": row.active,
            "created_at": row.created_at,
            "updated_at": row.updated_at,
        }
    )


async def create_definition(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: MetricDefinitionCreate
) -> MetricDefinitionRead:
    _require_hr(actor)
    _check_scoring(data.scoring, data.direction.value, "body.scoring")
    if await session.scalar(select(MetricDefinition.id).where(MetricDefinition.code == data.code)):
        raise Conflict(_("A metric '{code}' exists already.", code=data.code), slug="metric.code_taken")
    now = clock.now()
    row = MetricDefinition(
        id=uuid.uuid4(),
        code=data.code,
        name=data.name,
        unit=data.unit,
        side=data.side.value,
        source=data.source.value,
        direction=data.direction.value,
        scoring=data.scoring.model_dump(),
        volume_based=data.volume_based,
        active=True,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="metric.created",
        entity_type="metric_definition",
        entity_id=row.id,
        changes=data.model_dump(mode="json"),
    )
    return _definition_read(row)


async def _definition(session: AsyncSession, metric_id: uuid.UUID, *, lock: bool = False) -> MetricDefinition:
    query = select(MetricDefinition).where(MetricDefinition.id == metric_id)
    row = await session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NotFound(_("No such metric."), slug="metric.not_found")
    return row


async def get_definition(session: AsyncSession, *, actor: Actor, metric_id: uuid.UUID) -> MetricDefinitionRead:
    require_person(actor)
    return _definition_read(await _definition(session, metric_id))


async def list_definitions(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[MetricDefinitionRead]:
    require_person(actor)
    query = select(MetricDefinition).order_by(MetricDefinition.code).limit(limit + 1)
    if cursor is not None:
        query = query.where(MetricDefinition.code > _code_cursor(cursor))
    rows = list((await session.scalars(query)).all())
    page = rows[:limit]
    return Slice(
        items=[_definition_read(r) for r in page],
        next_cursor=_encode_code(page[-1].code) if len(rows) > limit else None,
    )


def _encode_code(code: str) -> str:
    return encode_cursor([code])


def _code_cursor(cursor: str) -> str:
    (code,) = decode_cursor(cursor, arity=1)
    return str(code)


async def update_definition(
    session: AsyncSession, *, actor: Actor, clock: Clock, metric_id: uuid.UUID, data: MetricDefinitionUpdate
) -> MetricDefinitionRead:
    _require_hr(actor)
    row = await _definition(session, metric_id, lock=True)
    changes = data.model_dump(exclude_unset=True)
    fields = ("name", "unit", "source", "direction", "scoring", "volume_based", "active")
    for field in fields:
        if field in changes and changes[field] is None:
            raise InvalidInput(_("{field} cannot be empty.", field=field), field=f"body.{field}")
    before = {f: getattr(row, f) for f in fields}
    direction = data.direction.value if data.direction is not None else row.direction
    if data.scoring is not None or data.direction is not None:
        scoring = data.scoring or _definition_read(row).scoring
        _check_scoring(scoring, direction, "body.scoring")
        row.scoring = scoring.model_dump()
    for field in ("name", "unit", "volume_based", "active"):
        if field in changes:
            setattr(row, field, changes[field])
    if data.source is not None:
        row.source = data.source.value
    if data.direction is not None:
        row.direction = data.direction.value
    row.updated_at = clock.now()
    after = {f: getattr(row, f) for f in before}
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="metric.updated",
        entity_type="metric_definition",
        entity_id=row.id,
        changes=audit.changed_fields(before, after),
    )
    return _definition_read(row)


# --- the organisation's template rules ---


async def template_rules(session: AsyncSession) -> TemplateRulesSettings:
    stored = await session.scalar(select(ScoringSettings.rules).where(ScoringSettings.id == SETTINGS_ROW))
    return TemplateRulesSettings.model_validate(stored) if stored else TemplateRulesSettings()


async def get_template_rules(session: AsyncSession, *, actor: Actor) -> TemplateRulesSettings:
    require_person(actor)
    return await template_rules(session)


async def set_template_rules(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: TemplateRulesSettings
) -> TemplateRulesSettings:
    """Changing the rules does not touch existing templates; each is checked again when changed."""
    _require_hr(actor)
    if Decimal(data.support_frontline_satisfaction_min_weight) > Decimal(
        data.support_frontline_satisfaction_max_weight
    ):
        raise InvalidInput(
            _("The minimum frontline-satisfaction weight is above the maximum."),
            field="body.support_frontline_satisfaction_min_weight",
        )
    row = await session.scalar(select(ScoringSettings).where(ScoringSettings.id == SETTINGS_ROW).with_for_update())
    before = row.rules if row else TemplateRulesSettings().model_dump()
    if row is None:
        row = ScoringSettings(id=SETTINGS_ROW, rules={}, updated_at=clock.now())
        session.add(row)
    row.rules = data.model_dump()
    row.updated_at = clock.now()
    row.updated_by = actor.account_id
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="scoring_rules.updated",
        entity_type="scoring_settings",
        entity_id=str(SETTINGS_ROW),
        changes=audit.changed_fields(before, row.rules),
    )
    return data


# --- scorecard templates ---


async def _check_template(
    session: AsyncSession, population: Population, lines: list[TemplateLine]
) -> dict[str, MetricDefinition]:
    """The template's metrics exist and are active, and the template keeps the organisation's rules;
    else a 422 naming every violation."""
    codes = [line.metric_code for line in lines]
    metrics = {
        m.code: m for m in await session.scalars(select(MetricDefinition).where(MetricDefinition.code.in_(codes)))
    }
    for index, code in enumerate(codes):
        metric = metrics.get(code)
        if metric is None or not metric.active:
            raise InvalidInput(
                _("No active metric '{code}'.", code=code),
                field=f"body.lines.{index}.metric_code",
                slug="metric.not_found",
            )
    settings = await template_rules(session)
    violations = rules.check_template(
        population=population.value,
        lines=[
            rules.TemplateLineRule(code, rules.Side(metrics[code].side), Decimal(line.weight))
            for code, line in zip(codes, lines, strict=True)
        ],
        settings=rules.TemplateRules.from_document(settings.model_dump()),
    )
    if violations:
        raise InvalidInput(
            _("The template breaks its rules: {problems}", problems=Sentences(tuple(v.message for v in violations))),
            slug="scorecard.rule_violation",
            violations=[{"code": v.code, "message": v.message} for v in violations],
        )
    return metrics


def _template_read(row: ScorecardTemplate, metrics: dict[str, MetricDefinition]) -> TemplateRead:
    lines = [
        TemplateLineRead(
            metric_code=line["metric_code"],
            metric_name=metrics[line["metric_code"]].name if line["metric_code"] in metrics else line["metric_code"],
            side=Side(metrics[line["metric_code"]].side) if line["metric_code"] in metrics else Side.HQ,
            weight=line["weight"],
        )
        for line in row.lines
    ]
    frontline = sum((Decimal(line.weight) for line in lines if line.side is Side.STORE), Decimal(0))
    return TemplateRead(
        id=row.id,
        code=row.code,
        name=row.name,
        population=Population(row.population),
        lines=lines,
        frontline_weight=format(frontline.normalize(), "f"),
        active=row.active,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


async def _metrics_of(session: AsyncSession, rows: list[ScorecardTemplate]) -> dict[str, MetricDefinition]:
    codes = {line["metric_code"] for row in rows for line in row.lines}
    if not codes:
        return {}
    return {m.code: m for m in await session.scalars(select(MetricDefinition).where(MetricDefinition.code.in_(codes)))}


async def create_template(session: AsyncSession, *, actor: Actor, clock: Clock, data: TemplateCreate) -> TemplateRead:
    _require_hr(actor)
    metrics = await _check_template(session, data.population, data.lines)
    if await session.scalar(select(ScorecardTemplate.id).where(ScorecardTemplate.code == data.code)):
        raise Conflict(_("A scorecard template '{code}' exists already.", code=data.code), slug="scorecard.code_taken")
    now = clock.now()
    row = ScorecardTemplate(
        id=uuid.uuid4(),
        code=data.code,
        name=data.name,
        population=data.population.value,
        lines=[line.model_dump() for line in data.lines],
        active=True,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="scorecard.created",
        entity_type="scorecard_template",
        entity_id=row.id,
        changes=data.model_dump(mode="json"),
    )
    return _template_read(row, metrics)


async def _template(session: AsyncSession, template_id: uuid.UUID, *, lock: bool = False) -> ScorecardTemplate:
    query = select(ScorecardTemplate).where(ScorecardTemplate.id == template_id)
    row = await session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NotFound(_("No such scorecard template."), slug="scorecard.not_found")
    return row


async def get_template(session: AsyncSession, *, actor: Actor, template_id: uuid.UUID) -> TemplateRead:
    require_person(actor)
    row = await _template(session, template_id)
    return _template_read(row, await _metrics_of(session, [row]))


async def list_templates(
    session: AsyncSession, *, actor: Actor, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[TemplateRead]:
    require_person(actor)
    query = select(ScorecardTemplate).order_by(ScorecardTemplate.code).limit(limit + 1)
    if cursor is not None:
        query = query.where(ScorecardTemplate.code > _code_cursor(cursor))
    rows = list((await session.scalars(query)).all())
    page = rows[:limit]
    metrics = await _metrics_of(session, page)
    return Slice(
        items=[_template_read(r, metrics) for r in page],
        next_cursor=_encode_code(page[-1].code) if len(rows) > limit else None,
    )


async def update_template(
    session: AsyncSession, *, actor: Actor, clock: Clock, template_id: uuid.UUID, data: TemplateUpdate
) -> TemplateRead:
    _require_hr(actor)
    row = await _template(session, template_id, lock=True)
    changes = data.model_dump(exclude_unset=True)
    for field in ("name", "lines", "active"):
        if field in changes and changes[field] is None:
            raise InvalidInput(_("{field} cannot be empty.", field=field), field=f"body.{field}")
    before: dict[str, Any] = {"name": row.name, "lines": row.lines, "active": row.active}
    if data.lines is not None:
        await _check_template(session, Population(row.population), data.lines)
        row.lines = [line.model_dump() for line in data.lines]
    if data.name is not None:
        row.name = data.name
    if data.active is not None:
        row.active = data.active
    row.updated_at = clock.now()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="scorecard.updated",
        entity_type="scorecard_template",
        entity_id=row.id,
        changes=audit.changed_fields(before, {"name": row.name, "lines": row.lines, "active": row.active}),
    )
    return _template_read(row, await _metrics_of(session, [row]))


# --- targets ---


def _target_read(row: MetricTarget) -> TargetRead:
    return TargetRead(
        id=row.id,
        metric_code=row.metric_code,
        unit_id=row.subject_id if row.subject_kind == "unit" else None,
        employee_id=row.subject_id if row.subject_kind == "employee" else None,
        period=row.period_start.strftime("%Y-%m"),
        value=micro_text(row.value_micro),
        updated_at=row.updated_at,
    )


async def set_target(session: AsyncSession, *, actor: Actor, clock: Clock, data: TargetSet) -> TargetRead:
    """One target per metric, subject and month; setting it again replaces it (audited)."""
    _require_hr(actor)
    if not await session.scalar(select(MetricDefinition.id).where(MetricDefinition.code == data.metric_code)):
        raise InvalidInput(
            _("No metric '{metric_code}'.", metric_code=data.metric_code),
            field="body.metric_code",
            slug="metric.not_found",
        )
    if data.unit_id is not None:
        subject_kind, subject_id = "unit", data.unit_id
        exists = await session.scalar(select(OrgUnit.id).where(OrgUnit.id == subject_id))
    else:
        assert data.employee_id is not None
        subject_kind, subject_id = "employee", data.employee_id
        exists = await session.scalar(select(Employee.id).where(Employee.id == subject_id))
    if exists is None:
        raise InvalidInput(_("No such {subject_kind}.", subject_kind=subject_kind), field=f"body.{subject_kind}_id")
    await refuse_if_closed(session, Month.parse(data.period), field="body.period")
    start: date = period_bounds(data.period)[0]
    row = await session.scalar(
        select(MetricTarget)
        .where(
            MetricTarget.metric_code == data.metric_code,
            MetricTarget.subject_kind == subject_kind,
            MetricTarget.subject_id == subject_id,
            MetricTarget.period_start == start,
        )
        .with_for_update()
    )
    now: datetime = clock.now()
    before = micro_text(row.value_micro) if row else None
    if row is None:
        row = MetricTarget(
            id=uuid.uuid4(),
            metric_code=data.metric_code,
            subject_kind=subject_kind,
            subject_id=subject_id,
            period_start=start,
            value_micro=0,
            updated_at=now,
        )
        session.add(row)
    row.value_micro = to_micro(data.value)
    row.set_by = actor.account_id
    row.updated_at = now
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="metric_target.set",
        entity_type="metric_target",
        entity_id=row.id,
        changes={"value": {"from": before, "to": data.value}, "period": data.period, "metric_code": data.metric_code},
    )
    return _target_read(row)


async def list_targets(
    session: AsyncSession, *, actor: Actor, period: str, metric_code: str | None
) -> list[TargetRead]:
    """HR, leaders and administrators see every target; others see unit targets and their own."""
    require_person(actor)
    query = select(MetricTarget).where(MetricTarget.period_start == period_bounds(period)[0])
    if not actor.sees_everyone:
        query = query.where(
            (MetricTarget.subject_kind == "unit")
            | ((MetricTarget.subject_kind == "employee") & (MetricTarget.subject_id == actor.employee_id))
        )
    if metric_code is not None:
        query = query.where(MetricTarget.metric_code == metric_code)
    rows = await session.scalars(query.order_by(MetricTarget.metric_code, MetricTarget.subject_kind, MetricTarget.id))
    return [_target_read(r) for r in rows]
