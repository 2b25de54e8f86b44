"""Metric values pushed by machines (e.g. customer satisfaction from a survey system) for a store
or an employee and a period (a month or a day). A later push for the same metric, subject and period
replaces the value: sources re-send corrected figures.

A value's source decides who may write it: a push is taken only for a metric HR has defined, that
is active and whose source is `pushed`, and only with a value the metric's scoring rule can hold (a
rating on its scale). Everything else is refused line by line with its reason (`metric.not_found`,
`metric.not_pushed`, `value.out_of_range`), so a misspelt code is never stored and a push never
replaces what a person entered by hand (a manager's rating), not even one kept from before the
metric's source was changed.
"""

from __future__ import annotations

import calendar
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.scopes import Scope, require_client, unit_paths_within_reach, within_reach
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Assignment, Employee
from domain.performance import rules
from domain.performance.ingest_schemas import MetricIngestResult, MetricValueIn
from domain.performance.models import MetricDefinition, MetricValue
from domain.performance.periods import closed_months
from domain.performance.schemas import Source
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.fixed_point import to_micro
from domain.shared.ingest_schemas import LineRejection
from domain.shared.upsert import upsert_into

_VALUE = TypeAdapter(MetricValueIn)


def period_bounds(period: str) -> tuple[date, date]:
    """'2026-11' -> (2026-11-01, 2026-11-30); '2026-11-23' -> that day twice. Raises ValueError."""
    parts = [int(p) for p in period.split("-")]
    if len(parts) == 3:
        day = date(parts[0], parts[1], parts[2])
        return day, day
    year, month = parts
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


async def _stores(session: AsyncSession, codes: set[str]) -> dict[str, tuple[uuid.UUID, str]]:
    if not codes:
        return {}
    rows = await session.execute(
        select(OrgUnit.code, OrgUnit.id, OrgUnit.path).where(OrgUnit.code.in_(codes), OrgUnit.kind == OrgUnitKind.STORE)
    )
    return {code: (unit_id, path) for code, unit_id, path in rows}


async def _employees(
    session: AsyncSession, numbers: set[str], reach: list[str] | None
) -> dict[str, tuple[uuid.UUID, bool]]:
    """Employees by number, and whether the client may push for them: home unit, or any assignment,
    inside its reach."""
    if not numbers:
        return {}
    home = OrgUnit.__table__.alias("home")
    rows = (
        await session.execute(
            select(Employee.employee_no, Employee.id, home.c.path)
            .join(home, home.c.id == Employee.home_unit_id)
            .where(Employee.employee_no.in_(numbers))
        )
    ).all()
    found = {number: (employee_id, within_reach(path, reach)) for number, employee_id, path in rows}
    outside = [employee_id for employee_id, ok in found.values() if not ok]
    if outside and reach:
        assigned = set(
            (
                await session.scalars(
                    select(Assignment.employee_id)
                    .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
                    .where(
                        Assignment.employee_id.in_(outside),
                        Assignment.cancelled_at.is_(None),
                        or_(*(OrgUnit.path.startswith(prefix) for prefix in reach)),
                    )
                )
            ).all()
        )
        found = {n: (e, ok or e in assigned) for n, (e, ok) in found.items()}
    return found


def _rejection(index: int, reason: str, detail: str, field: str) -> LineRejection:
    return LineRejection(index=index, external_id=None, reason=reason, detail=detail, field=f"values.{index}.{field}")


async def _pushed_metrics(session: AsyncSession, codes: set[str]) -> dict[str, MetricDefinition]:
    """The metrics named, by code (unknown codes are absent)."""
    if not codes:
        return {}
    found = await session.scalars(select(MetricDefinition).where(MetricDefinition.code.in_(codes)))
    return {metric.code: metric for metric in found}


def _refusal(index: int, item: MetricValueIn, metric: MetricDefinition | None) -> LineRejection | None:
    """Why a line cannot be taken for its metric (None: it can): the metric must exist, be active,
    come from machines, and hold the value."""
    if metric is None or not metric.active:
        detail = f"No active metric {item.metric_code!r}; HR defines metrics before they are pushed."
        return _rejection(index, "metric.not_found", detail, "metric_code")
    if metric.source != Source.PUSHED:
        detail = f"{metric.code!r} comes from {metric.source}, not from pushes."
        return _rejection(index, "metric.not_pushed", detail, "metric_code")
    try:
        rule = rules.rule_from_document(metric.scoring, metric.direction)
        rules.check_value(Decimal(item.value), rule, field="value")
    except rules.ValueOutOfRange as exc:
        return _rejection(index, exc.slug, str(exc.detail), "value")
    except rules.InvalidRule as exc:
        return _rejection(index, "metric.not_found", f"{metric.code!r} cannot be scored: {exc.detail}", "metric_code")
    return None


async def ingest_metric_values(
    session: AsyncSession, *, actor: Actor, clock: Clock, raw_values: list[dict[str, Any]]
) -> MetricIngestResult:
    client_id = require_client(actor, Scope.INGEST_METRICS)
    now = clock.now()
    rejected: list[LineRejection] = []
    valid: list[tuple[int, MetricValueIn]] = []
    for index, raw in enumerate(raw_values):
        try:
            valid.append((index, _VALUE.validate_python(raw)))
        except ValidationError as exc:
            error = exc.errors(include_url=False)[0]
            location = ".".join(str(part) for part in error["loc"])
            rejected.append(_rejection(index, "value.invalid", f"{location}: {error['msg']}", location))
    metrics = await _pushed_metrics(session, {v.metric_code for _, v in valid})
    reach = await unit_paths_within_reach(session, actor)
    stores = await _stores(session, {v.store_code for _, v in valid if v.store_code})
    employees = await _employees(session, {v.employee_no for _, v in valid if v.employee_no}, reach)

    # key -> (index, row); a later item for the same key in one push wins, like a later push would
    latest: dict[tuple[Any, ...], tuple[int, dict[str, Any]]] = {}
    for index, item in valid:
        refusal = _refusal(index, item, metrics.get(item.metric_code))
        if refusal is not None:
            rejected.append(refusal)
            continue
        if (item.store_code is None) == (item.employee_no is None):
            rejected.append(_rejection(index, "subject.invalid", "Give exactly one of store_code and employee_no.", ""))
            continue
        if item.store_code is not None:
            store = stores.get(item.store_code)
            if store is None or not within_reach(store[1], reach):
                detail = f"No store {item.store_code!r} you may push for."
                rejected.append(_rejection(index, "store.not_found", detail, "store_code"))
                continue
            subject_kind, subject_id = "store", store[0]
        else:
            assert item.employee_no is not None
            employee = employees.get(item.employee_no)
            if employee is None or not employee[1]:
                detail = f"No employee {item.employee_no!r} you may push for."
                rejected.append(_rejection(index, "employee.not_found", detail, "employee_no"))
                continue
            subject_kind, subject_id = "employee", employee[0]
        try:
            start, end = period_bounds(item.period)
        except ValueError:
            rejected.append(_rejection(index, "period.invalid", f"{item.period} is not a calendar date.", "period"))
            continue
        if await closed_months(session, start, end):
            detail = f"{item.period} falls in a closed performance period; HR can reopen it."
            rejected.append(_rejection(index, "period.closed", detail, "period"))
            continue
        key = (item.metric_code, subject_kind, subject_id, start, end)
        latest[key] = (
            index,
            {
                "metric_code": item.metric_code,
                "subject_kind": subject_kind,
                "subject_id": subject_id,
                "period_start": start,
                "period_end": end,
                "value_micro": to_micro(item.value),
            },
        )

    created = 0
    if latest:
        subject_ids = list({key[2] for key in latest})
        existing = {
            (code, kind, subject, start, end): source
            for code, kind, subject, start, end, source in (
                await session.execute(
                    select(
                        MetricValue.metric_code,
                        MetricValue.subject_kind,
                        MetricValue.subject_id,
                        MetricValue.period_start,
                        MetricValue.period_end,
                        MetricValue.source,
                    ).where(MetricValue.subject_id.in_(subject_ids))
                )
            ).all()
        }
        for key in [key for key in latest if existing.get(key, Source.PUSHED) != Source.PUSHED]:
            # entered by hand while the metric was manual: a person's value, not a machine's to replace
            index = latest.pop(key)[0]
            detail = (
                f"{key[0]!r} holds a value entered by hand for this subject and period; a push does not replace it."
            )
            rejected.append(_rejection(index, "metric.not_pushed", detail, "metric_code"))
        created = sum(1 for key in latest if key not in existing)
    rows = [latest[key][1] for key in sorted(latest, key=lambda k: tuple(str(part) for part in k))]
    if rows:
        connection = await session.connection()
        table = MetricValue.__table__
        insert = upsert_into(table, connection.dialect.name)
        # Upsert in key order: a racing push for the same key waits, then replaces (no deadlock, no 500).
        statement = insert.on_conflict_do_update(
            index_elements=["metric_code", "subject_kind", "subject_id", "period_start", "period_end"],
            set_={
                "value_micro": insert.excluded.value_micro,
                "source": insert.excluded.source,
                "client_id": insert.excluded.client_id,
                "entered_by": None,
                "updated_at": insert.excluded.updated_at,
            },
            # never over a value entered by hand meanwhile (the check above read before this wrote)
            where=table.c.source == Source.PUSHED.value,
        )
        await connection.execute(
            statement,
            [
                {**row, "id": uuid.uuid4(), "source": "pushed", "client_id": client_id, "updated_at": now}
                for row in rows
            ],
        )
    updated = len(rows) - created
    return MetricIngestResult(
        received=len(raw_values), created=created, updated=updated, rejected=sorted(rejected, key=lambda r: r.index)
    )
