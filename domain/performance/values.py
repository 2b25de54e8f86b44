"""Manual metric values: a store manager rates the people working in their stores, only for a month
in which the person was assigned there; HR may enter any value. A later entry replaces the earlier
one (audited with both values and comments).

A value must count: the metric is manual (machines push the others), the value lies on the metric's
scale, and the metric is on the person's scorecard for the part of the month the writer answers for
(a store manager: the days at their stores; HR: any part). A value nothing would score is refused
with the reason rather than stored to change nothing. A value may carry a comment to the person.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import subtree_paths
from domain.people.models import Employee
from domain.performance import rules
from domain.performance.models import MetricDefinition, MetricValue
from domain.performance.month_inputs import templates_in_use
from domain.performance.periods import refuse_if_closed
from domain.performance.schemas import Source, ValueEntry, ValueRead
from domain.performance.scoring import Month, population_for, units_worked
from domain.shared import audit
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Forbidden, InvalidInput, NotFound
from domain.shared.fixed_point import micro_text, to_micro
from domain.shared.i18n import Message, _
from domain.shared.upsert import upsert_into


async def enter_value(session: AsyncSession, *, actor: Actor, clock: Clock, data: ValueEntry) -> ValueRead:
    if actor.is_client:
        raise Forbidden(_("Machines push values through /ingest/metric-values."), slug="auth.client_only")
    month = Month.parse(data.period)
    employee = await session.get(Employee, data.employee_id)
    if employee is None:
        raise NotFound(_("No employee {employee_id}.", employee_id=data.employee_id), slug="employee.not_found")
    worked = await units_worked(session, employee, month)
    units = {
        unit.id: unit
        for unit in await session.scalars(select(OrgUnit).where(OrgUnit.id.in_({*worked, employee.home_unit_id})))
    }
    parts = list(worked)  # HR answers for the whole month
    if not actor.has_role(Role.HR, Role.ADMIN):
        managed = await subtree_paths(session, actor.units_for(Role.STORE_MANAGER))
        parts = [unit_id for unit_id in worked if any(units[unit_id].path.startswith(m) for m in managed)]
        if actor.employee_id == employee.id or not parts:
            # outside the manager's stores that month: as if the person did not exist
            raise NotFound(_("No employee {employee_id}.", employee_id=data.employee_id), slug="employee.not_found")
    await refuse_if_closed(session, month, field="body.period")
    metric = await session.scalar(select(MetricDefinition).where(MetricDefinition.code == data.metric_code))
    if metric is None or not metric.active:
        raise InvalidInput(
            _("No active metric '{metric_code}'.", metric_code=data.metric_code),
            field="body.metric_code",
            slug="metric.not_found",
        )
    if metric.source != Source.MANUAL:
        raise InvalidInput(
            _(
                "'{metric_code}' comes from {source}, not from manual entry.",
                metric_code=metric.code,
                source=metric.source,
            ),
            field="body.metric_code",
            slug="metric.not_manual",
        )
    rules.check_value(
        Decimal(data.value), rules.rule_from_document(metric.scoring, metric.direction), field="body.value"
    )
    await _refuse_off_scorecard(session, employee, month, metric, units, {u: worked[u] for u in parts})
    now = clock.now()
    key = {
        "metric_code": metric.code,
        "subject_kind": "employee",
        "subject_id": employee.id,
        "period_start": month.first,
        "period_end": month.last,
    }
    before = (
        await session.execute(
            select(MetricValue.value_micro, MetricValue.comment).where(
                *(getattr(MetricValue, k) == v for k, v in key.items())
            )
        )
    ).first()
    connection = await session.connection()
    insert = upsert_into(MetricValue, connection.dialect.name)
    values = {
        "value_micro": to_micro(data.value),
        "source": "manual",
        "entered_by": actor.account_id,
        "comment": data.comment,
        "updated_at": now,
    }
    await connection.execute(
        insert.values(id=uuid.uuid4(), client_id=None, **key, **values).on_conflict_do_update(
            index_elements=list(key), set_={**values, "client_id": None}
        )
    )
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="metric_value.entered",
        entity_type="employee",
        entity_id=employee.id,
        changes={
            "metric_code": metric.code,
            "period": str(month),
            "value": {"from": micro_text(before[0]) if before is not None else None, "to": data.value},
            "comment": {"from": before[1] if before is not None else None, "to": data.comment},
        },
    )
    return ValueRead(
        metric_code=metric.code,
        employee_id=employee.id,
        period=str(month),
        value=micro_text(to_micro(data.value)),
        source="manual",
        comment=data.comment,
        entered_by=actor.account_id,
        updated_at=now,
    )


async def _refuse_off_scorecard(
    session: AsyncSession,
    employee: Employee,
    month: Month,
    metric: MetricDefinition,
    units: dict[uuid.UUID, OrgUnit],
    parts: dict[uuid.UUID, int],
) -> None:
    """422 `metric.not_on_scorecard` unless the scorecard of one of `parts` (unit -> days) carries
    the metric: scoring reads a person's value only through their parts' scorecards."""
    templates = await templates_in_use(session)
    home_kind = OrgUnitKind(units[employee.home_unit_id].kind)
    cards: list[Message] = []
    for unit_id, days in parts.items():
        population = population_for(home_kind, OrgUnitKind(units[unit_id].kind))
        template = templates.get(population)
        if template is not None and any(line["metric_code"] == metric.code for line in template.lines):
            return
        card = template.code if template is not None else _("no {population} scorecard", population=population.value)
        cards.append(_("{unit_code} ({days} days): {card}", unit_code=units[unit_id].code, days=days, card=card))
    raise InvalidInput(
        _(
            "'{metric_code}' is not on {full_name}'s scorecard for the days of {month} you answer for "
            "({cards}), so it would count for nothing.",
            metric_code=metric.code,
            full_name=employee.full_name,
            month=month,
            cards=tuple(cards),
        ),
        field="body.metric_code",
        slug="metric.not_on_scorecard",
    )
