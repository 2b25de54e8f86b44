"""The frontline contribution bonus rules HR sets per population, and the month's bonus lines the
allowance calculation writes (domain/training/allowances.py): who was at a store or project on which
days (the effective-dated assignments, home stores included), their own or their store's sales of
those days against the month's target of the rule's metric, the year's credits as a modifier.
Everyone's inputs are read in a handful of queries; the arithmetic is `bonus_rules`."""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Assignment, Employee, EmployeeStatus
from domain.performance import rules as performance_rules
from domain.performance.models import MetricTarget
from domain.performance.month_inputs import FRONTLINE_KINDS, population_for
from domain.performance.months import Month
from domain.performance.schemas import Population
from domain.sales.models import DailyEmployeeSales, DailyStoreSales
from domain.shared import audit
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput
from domain.shared.i18n import _
from domain.shared.money import AmountError, exponent, format_minor, parse_minor
from domain.training.bonus_rules import BonusTerms, contribution, credit_modifier_percent
from domain.training.catalog import require_hr
from domain.training.models import BonusRule
from domain.training.modifier import year_credits
from domain.training.schemas import BonusRuleRead, BonusRuleUpdate


def rule_read(rule: BonusRule) -> BonusRuleRead:
    return BonusRuleRead(
        population=Population(rule.population),
        basis=rule.basis,
        metric_code=rule.metric_code,
        rate_percent=str(Decimal(rule.rate_basis_points) / 100),
        cap=format_minor(rule.cap_minor, rule.currency),
        currency=rule.currency,
        modifier_step_percent=rule.modifier_step_percent,
        modifier_cap_percent=rule.modifier_cap_percent,
        active=rule.active,
        version=rule.version,
    )


async def list_rules(session: AsyncSession, *, actor: Actor) -> list[BonusRuleRead]:
    """Every population's rule, for people signed in (integration clients are refused)."""
    require_person(actor)
    return [rule_read(rule) for rule in await session.scalars(select(BonusRule).order_by(BonusRule.population))]


async def put_rule(
    session: AsyncSession, *, actor: Actor, clock: Clock, population: Population, data: BonusRuleUpdate
) -> BonusRuleRead:
    require_hr(actor)
    try:
        cap_minor = parse_minor(data.cap, data.currency)
    except AmountError as exc:
        raise InvalidInput(str(exc), field="body.cap", slug="bonus_rule.invalid_cap") from None
    terms = {
        "basis": data.basis,
        "metric_code": data.metric_code,
        "rate_basis_points": int(Decimal(data.rate_percent) * 100),
        "cap_minor": cap_minor,
        "currency": data.currency,
        "modifier_step_percent": data.modifier_step_percent,
        "modifier_cap_percent": data.modifier_cap_percent,
        "active": data.active,
    }
    rule = await session.get(BonusRule, population.value, with_for_update=True)
    now = clock.now()
    if rule is None:
        rule = BonusRule(population=population.value, version=1, updated_at=now, updated_by=actor.account_id, **terms)
        try:
            async with session.begin_nested():
                session.add(rule)
                await session.flush()
        except IntegrityError:
            raise Conflict(
                _("The bonus rule was set meanwhile; reload it and try again."), slug="bonus_rule.version_conflict"
            ) from None
    else:
        if data.version != rule.version:
            raise Conflict(
                _(
                    "The bonus rule was changed meanwhile (version {version}); reload it and try again.",
                    version=rule.version,
                ),
                slug="bonus_rule.version_conflict",
                current_version=rule.version,
            )
        for key, value in terms.items():
            setattr(rule, key, value)
        rule.version += 1
        rule.updated_at, rule.updated_by = now, actor.account_id
        await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="bonus_rule.saved",
        entity_type="bonus_rule",
        entity_id=population.value,
        changes={key: value for key, value in terms.items()},
    )
    return rule_read(rule)


def _micro_to_minor(value_micro: int, currency: str) -> int:
    exact = Decimal(value_micro) / Decimal(1_000_000) * (Decimal(10) ** exponent(currency))
    return int(exact.to_integral_value(rounding=ROUND_HALF_UP))


async def month_lines(session: AsyncSession, month: Month) -> list[dict[str, Any]]:
    """Every bonus line of the month (see the module's docstring), ready to insert."""
    active = {r.population: r for r in await session.scalars(select(BonusRule).where(BonusRule.active.is_(True)))}
    if not active:
        return []
    key, first, last = str(month), month.first, month.last
    days_in_month = (last - first).days + 1
    units = {
        unit_id: (OrgUnitKind(kind), path)
        for unit_id, kind, path in await session.execute(select(OrgUnit.id, OrgUnit.kind, OrgUnit.path))
    }
    frontline = [unit_id for unit_id, (kind, _path) in units.items() if kind in FRONTLINE_KINDS]
    stays: dict[uuid.UUID, list[performance_rules.Assignment[uuid.UUID]]] = defaultdict(list)
    for employee_id, unit_id, valid_from, valid_to in await session.execute(
        select(Assignment.employee_id, Assignment.unit_id, Assignment.valid_from, Assignment.valid_to)
        .where(
            Assignment.cancelled_at.is_(None),
            Assignment.valid_from <= last,
            or_(Assignment.valid_to.is_(None), Assignment.valid_to > first),
        )
        .order_by(Assignment.employee_id, Assignment.valid_from, Assignment.created_at)
    ):
        stays[employee_id].append(performance_rules.Assignment(unit_id, valid_from, valid_to))
    somewhere_frontline = [Employee.home_unit_id.in_(frontline)]
    if stays:
        somewhere_frontline.append(Employee.id.in_(list(stays)))
    people = await session.execute(
        select(Employee.id, Employee.home_unit_id).where(
            Employee.status == EmployeeStatus.ACTIVE, or_(*somewhere_frontline)
        )
    )
    # each person's frontline parts: unit -> days there, under a population with an active rule
    parts: dict[tuple[uuid.UUID, uuid.UUID], tuple[str, set[Any]]] = {}
    for employee_id, home in people:
        where = performance_rules.unit_by_day(month.year, month.month, stays.get(employee_id, []), home)
        for day, unit_id in where.items():
            kind = units[unit_id][0]
            if kind not in FRONTLINE_KINDS:
                continue
            population = population_for(units[home][0], kind).value
            if population in active:
                parts.setdefault((employee_id, unit_id), (population, set()))[1].add(day)
    if not parts:
        return []
    codes = {rule.metric_code for rule in active.values()}
    targets: dict[tuple[str, str, uuid.UUID], int] = {
        (code, kind, subject): value
        for code, kind, subject, value in await session.execute(
            select(
                MetricTarget.metric_code, MetricTarget.subject_kind, MetricTarget.subject_id, MetricTarget.value_micro
            ).where(MetricTarget.metric_code.in_(codes), MetricTarget.period_start == first)
        )
    }
    own_sales: dict[tuple[uuid.UUID, uuid.UUID, str], list[tuple[Any, int]]] = defaultdict(list)
    if any(rule.basis == "personal" for rule in active.values()):
        for employee_id, store_id, day, currency, amount in await session.execute(
            select(
                DailyEmployeeSales.employee_id,
                DailyEmployeeSales.store_id,
                DailyEmployeeSales.business_date,
                DailyEmployeeSales.currency,
                DailyEmployeeSales.amount_minor,
            ).where(DailyEmployeeSales.business_date >= first, DailyEmployeeSales.business_date <= last)
        ):
            own_sales[(employee_id, store_id, currency)].append((day, int(amount)))
    store_sales: dict[tuple[uuid.UUID, str], int] = {
        (store_id, currency): int(total)
        for store_id, currency, total in await session.execute(
            select(DailyStoreSales.store_id, DailyStoreSales.currency, func.sum(DailyStoreSales.amount_minor))
            .where(DailyStoreSales.business_date >= first, DailyStoreSales.business_date <= last)
            .group_by(DailyStoreSales.store_id, DailyStoreSales.currency)
        )
    }
    credits = await year_credits(session, month)
    by_path = {path: unit_id for unit_id, (_kind, path) in units.items()}

    def unit_target(code: str, unit_id: uuid.UUID) -> int | None:
        segments = units[unit_id][1].strip("/").split("/")
        for depth in range(len(segments), 0, -1):
            ancestor = by_path.get("/" + "/".join(segments[:depth]) + "/")
            if ancestor is not None and (found := targets.get((code, "unit", ancestor))) is not None:
                return found
        return None

    lines: list[dict[str, Any]] = []
    for (employee_id, unit_id), (population, days) in sorted(parts.items(), key=lambda item: str(item[0])):
        rule = active[population]
        terms = BonusTerms(
            rule.basis, rule.rate_basis_points, rule.cap_minor, rule.modifier_step_percent, rule.modifier_cap_percent
        )
        if rule.basis == "personal":
            target_micro = targets.get((rule.metric_code, "employee", employee_id))
            sales = sum(
                amount for day, amount in own_sales.get((employee_id, unit_id, rule.currency), []) if day in days
            )
        else:
            target_micro = unit_target(rule.metric_code, unit_id)
            sales = store_sales.get((unit_id, rule.currency), 0)
        if target_micro is None:
            continue  # no target, no excess to share
        modifier = credit_modifier_percent(
            credits.get(employee_id, 0), rule.modifier_step_percent, rule.modifier_cap_percent
        )
        paid = contribution(
            sales_minor=sales,
            target_minor=_micro_to_minor(target_micro, rule.currency),
            days=len(days),
            days_in_month=days_in_month,
            terms=terms,
            modifier_percent=modifier,
        )
        if paid.amount_minor <= 0:
            continue
        lines.append(
            {
                "month": key,
                "employee_id": employee_id,
                "unit_id": unit_id,
                "population": population,
                "basis": rule.basis,
                "days": len(days),
                "sales_minor": sales,
                "target_minor": paid.target_minor,
                "excess_minor": paid.excess_minor,
                "modifier_percent": paid.modifier_percent,
                "amount_minor": paid.amount_minor,
                "capped": paid.capped,
                "currency": rule.currency,
            }
        )
    return lines
