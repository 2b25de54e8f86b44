"""Manual metric values: a store manager rates the people working in their stores, only for a month
in which the person was assigned there; HR may enter any value. A later entry replaces the earlier
one (audited with both values)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.org.service import subtree_paths
from domain.people.models import Employee
from domain.performance.models import MetricDefinition, MetricValue
from domain.performance.periods import refuse_if_closed
from domain.performance.schemas import Source, ValueEntry, ValueRead
from domain.performance.scoring import Month, units_worked
from domain.shared import audit
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Forbidden, InvalidInput, NotFound
from domain.shared.fixed_point import micro_text, to_micro


async def enter_value(session: AsyncSession, *, actor: Actor, clock: Clock, data: ValueEntry) -> ValueRead:
    if actor.is_client:
        raise Forbidden("Machines push values through /ingest/metric-values.", slug="auth.client_only")
    month = Month.parse(data.period)
    employee = await session.get(Employee, data.employee_id)
    if employee is None:
        raise NotFound(f"No employee {data.employee_id}.", slug="employee.not_found")
    if not actor.has_role(Role.HR, Role.ADMIN):
        managed = await subtree_paths(session, actor.units_for(Role.STORE_MANAGER))
        worked = await units_worked(session, employee, month)
        paths = (await session.scalars(select(OrgUnit.path).where(OrgUnit.id.in_(worked)))).all()
        if actor.employee_id == employee.id or not any(p.startswith(m) for p in paths for m in managed):
            # outside the manager's stores that month: as if the person did not exist
            raise NotFound(f"No employee {data.employee_id}.", slug="employee.not_found")
    await refuse_if_closed(session, month, field="body.period")
    metric = await session.scalar(select(MetricDefinition).where(MetricDefinition.code == data.metric_code))
    if metric is None or not metric.active:
        raise InvalidInput(f"No active metric {data.metric_code!r}.", field="body.metric_code", slug="metric.not_found")
    if metric.source != Source.MANUAL:
        raise InvalidInput(
            f"{metric.code!r} comes from {metric.source}, not from manual entry.",
            field="body.metric_code",
            slug="metric.not_manual",
        )
    now = clock.now()
    key = {
        "metric_code": metric.code,
        "subject_kind": "employee",
        "subject_id": employee.id,
        "period_start": month.first,
        "period_end": month.last,
    }
    before = await session.scalar(
        select(MetricValue.value_micro).where(*(getattr(MetricValue, k) == v for k, v in key.items()))
    )
    connection = await session.connection()
    insert = (postgresql if connection.dialect.name == "postgresql" else sqlite).insert(MetricValue.__table__)
    values = {
        "value_micro": to_micro(data.value),
        "source": "manual",
        "entered_by": actor.account_id,
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
            "value": {"from": micro_text(before) if before is not None else None, "to": data.value},
        },
    )
    return ValueRead(
        metric_code=metric.code,
        employee_id=employee.id,
        period=str(month),
        value=micro_text(to_micro(data.value)),
        source="manual",
        entered_by=actor.account_id,
        updated_at=now,
    )
