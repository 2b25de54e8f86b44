"""The live computation of a pool from current data: funding, conditions, shares (with the linked
rule), every member's contribution and projected amount. No authorization here: callers decide who
sees which lines (domain/pools/access.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pydantic import TypeAdapter
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance.scoring import Month
from domain.pools import measures, rules
from domain.pools.metric_references import DEFAULT_SALES_TARGET, DEFAULT_SATISFACTION_TARGET
from domain.pools.models import Pool, PoolAdjustment, PoolMember
from domain.pools.rules import PoolSide
from domain.pools.schemas import (
    CommissionFunding,
    Condition,
    ConditionResult,
    FixedFunding,
    FundingLine,
    FundingRule,
    LinkedResult,
    LinkedRule,
    Measure,
    MemberLine,
    PoolPreview,
    PoolStatus,
    ProfitFunding,
    SalesFunding,
)
from domain.shared.errors import InvalidInput, NotFound
from domain.shared.fixed_point import decimal_text
from domain.shared.i18n import _
from domain.shared.money import MAX_ABS_MINOR, exponent, format_minor, parse_minor
from domain.training.modifier import policy_modifiers

FUNDING: TypeAdapter[FundingRule] = TypeAdapter(FundingRule)


@dataclass
class _Member:
    employee_id: uuid.UUID
    side: PoolSide
    weight: Decimal
    rule: list[str]
    details: dict[str, str]


class _Figures:
    """The scope's figures, each read once per preview."""

    def __init__(self, session: AsyncSession, scope: measures.Scope, month: Month, currency: str) -> None:
        self.session, self.scope, self.month, self.currency = session, scope, month, currency
        self._sales: int | None = None
        self._targets: dict[str, Decimal | None] = {}

    async def sales_minor(self) -> int:
        if self._sales is None:
            self._sales = await measures.store_sales(self.session, self.scope, self.month, self.currency)
        return self._sales

    async def sales(self) -> Decimal:
        return Decimal(await self.sales_minor()).scaleb(-exponent(self.currency))

    async def target(self, code: str) -> Decimal | None:
        if code not in self._targets:
            self._targets[code] = await measures.target(self.session, self.scope, self.month, code)
        return self._targets[code]


def _text(value: Decimal | None) -> str | None:
    return None if value is None else decimal_text(value)


async def _funding(pool: Pool, figures: _Figures) -> tuple[list[FundingLine], int]:
    """The funding lines, and their amounts' sum in minor units."""
    lines: list[FundingLine] = []
    funded = 0
    currency = pool.currency
    for document in pool.funding:
        rule = FUNDING.validate_python(document)
        if isinstance(rule, FixedFunding):
            amount = parse_minor(rule.amount, currency)
            lines.append(
                FundingLine(
                    kind=rule.kind, description="a fixed amount", base=None, amount=format_minor(amount, currency)
                )
            )
        elif isinstance(rule, SalesFunding):
            base = await figures.sales_minor()
            amount = rules.percent_of_minor(base, Decimal(rule.percent))
            lines.append(
                FundingLine(
                    kind=rule.kind,
                    description=f"{rule.percent}% of the scope's sales",
                    base=format_minor(base, currency),
                    amount=format_minor(amount, currency),
                )
            )
        elif isinstance(rule, ProfitFunding):
            profit = await measures.metric_sum(figures.session, figures.scope, figures.month, rule.metric_code)
            base = rules.decimal_to_minor(profit, exponent(currency)) if profit is not None else 0
            amount = rules.percent_of_minor(base, Decimal(rule.percent))
            lines.append(
                FundingLine(
                    kind=rule.kind,
                    description=f"{rule.percent}% of the scope's profit "
                    f"(pushed metric {rule.metric_code}; a loss funds nothing)",
                    base=format_minor(base, currency),
                    amount=format_minor(amount, currency),
                )
            )
        elif isinstance(rule, CommissionFunding):
            base = await measures.frontline_sales(figures.session, figures.scope, figures.month, currency)
            amount = rules.percent_of_minor(base, Decimal(rule.commission_percent), Decimal(rule.share_percent))
            lines.append(
                FundingLine(
                    kind=rule.kind,
                    description=f"{rule.share_percent}% of the frontline's "
                    f"commission ({rule.commission_percent}% of their sales)",
                    base=format_minor(base, currency),
                    amount=format_minor(amount, currency),
                )
            )
        funded += amount
    return lines, funded


def _describe(condition: Condition) -> str:
    what = {
        Measure.SALES: "the scope's sales",
        Measure.METRIC: f"the scope's {condition.metric_code}",
        Measure.TICKET_SATISFACTION: "the back office's frontline satisfaction (% of 5 stars)",
    }[condition.measure]
    relation = "at least" if condition.operator == rules.Operator.AT_LEAST else "at most"
    tail = f"{condition.threshold}% of target" if condition.of_target else condition.threshold
    return f"{what} {relation} {tail}"


async def _conditions(pool: Pool, figures: _Figures) -> list[ConditionResult]:
    results: list[ConditionResult] = []
    for document in pool.conditions:
        condition = Condition.model_validate(document)
        value: Decimal | None
        target_code: str
        if condition.measure is Measure.SALES:
            value = await figures.sales()
            target_code = condition.metric_code or DEFAULT_SALES_TARGET
        elif condition.measure is Measure.METRIC:
            target_code = condition.metric_code or ""
            value = await measures.metric_sum(figures.session, figures.scope, figures.month, target_code)
        else:
            value = await measures.ticket_satisfaction(figures.session, figures.scope, figures.month)
            target_code = condition.metric_code or DEFAULT_SATISFACTION_TARGET
        target = await figures.target(target_code) if condition.of_target else None
        outcome = rules.check_condition(
            operator=condition.operator,
            threshold=Decimal(condition.threshold),
            value=value,
            target=target,
            of_target=condition.of_target,
        )
        results.append(
            ConditionResult(
                description=_describe(condition),
                measure=condition.measure,
                value=_text(value),
                target=_text(target),
                compared=_text(outcome.compared),
                operator=condition.operator,
                threshold=condition.threshold,
                passed=outcome.passed,
                shortfall=_text(outcome.shortfall),
                note=outcome.note,
            )
        )
    return results


async def _shares(pool: Pool, figures: _Figures) -> tuple[rules.Shares, LinkedResult | None]:
    frontline = Decimal(pool.frontline_percent)
    if pool.linked_rule is None:
        return rules.shares(frontline), None
    linked = LinkedRule.model_validate(pool.linked_rule)
    target = await figures.target(linked.target_metric_code)
    achievement = None
    if target is not None and target > 0:
        achievement = (await figures.sales() / target * 100).quantize(Decimal("0.01"))
    shares = rules.shares(
        frontline,
        achievement=achievement,
        points_per_percent=Decimal(linked.points_per_percent),
        cap_points=Decimal(linked.cap_points),
    )
    return shares, LinkedResult(
        achievement=_text(achievement), bonus_points=decimal_text(shares.linked_bonus), capped=shares.capped
    )


async def _members(
    session: AsyncSession, pool: Pool, scope: measures.Scope, month: Month, now: datetime
) -> list[_Member]:
    members: dict[tuple[uuid.UUID, PoolSide], _Member] = {}
    for work in await measures.frontline_work(session, scope, month):
        score = "none yet, counted as 100" if work.score is None else decimal_text(work.score)
        members[(work.employee.id, PoolSide.FRONTLINE)] = _Member(
            work.employee.id,
            PoolSide.FRONTLINE,
            rules.frontline_weight(work.score, work.days),
            [f"score {score} x {work.days} days in the scope"],
            {"days": str(work.days), "score": score},
        )
    for employee_id, tally in (await measures.back_office_work(session, scope, month, now)).items():
        members[(employee_id, PoolSide.BACK_OFFICE)] = _Member(
            employee_id,
            PoolSide.BACK_OFFICE,
            tally.weight,
            [
                f"{tally.resolved} tickets resolved for the scope ({tally.sla_met} within SLA, {tally.rated} rated), "
                "each (1 + 0.5 if SLA met) x (rating/5, or 0.6 unrated)"
            ],
            {"tickets_resolved": str(tally.resolved), "sla_met": str(tally.sla_met), "rated": str(tally.rated)},
        )
    named = await session.scalars(select(PoolMember).where(PoolMember.pool_id == pool.id))
    for row in named:
        key = (row.employee_id, PoolSide.BACK_OFFICE)
        member = members.setdefault(key, _Member(row.employee_id, PoolSide.BACK_OFFICE, Decimal(0), [], {}))
        member.weight += Decimal(row.weight)
        member.rule.append(f"named project member, weight {row.weight}")
        member.details["named_weight"] = row.weight
    adjustments = await session.scalars(
        select(PoolAdjustment).where(PoolAdjustment.pool_id == pool.id).order_by(PoolAdjustment.created_at)
    )
    for adjustment in adjustments:
        side = PoolSide(adjustment.side)
        member = members.setdefault(
            (adjustment.employee_id, side), _Member(adjustment.employee_id, side, Decimal(0), [], {})
        )
        delta = Decimal(adjustment.weight_delta)
        member.weight += delta
        member.rule.append(f"HR adjustment {'+' if delta >= 0 else ''}{adjustment.weight_delta}: {adjustment.reason}")
        member.details["adjustment"] = decimal_text(Decimal(member.details.get("adjustment", "0")) + delta)
    for member in members.values():
        if member.weight < 0:
            member.weight = Decimal(0)
            member.rule.append("a weight below zero counts as zero")
    if pool.credit_modifier:
        raised = await policy_modifiers(session, month, {member.employee_id for member in members.values()})
        for member in members.values():
            percent = raised[member.employee_id]
            member.weight = member.weight * (100 + percent) / 100
            member.rule.append(f"training credits of the year +{percent}%")
            member.details["credit_modifier_percent"] = str(percent)
    return list(members.values())


async def compute(session: AsyncSession, pool: Pool, now: datetime) -> PoolPreview:
    """The pool as it stands on current data, every member's line included."""
    scope = await measures.load_scope(session, pool.scope_unit_id)
    if scope is None:
        raise NotFound(_("The pool's scope no longer exists."), slug="pool.not_found")
    month = Month.parse(pool.period)
    currency = pool.currency
    figures = _Figures(session, scope, month, currency)
    funding, funded = await _funding(pool, figures)
    if funded >= MAX_ABS_MINOR:  # no amount of this size could be paid, nor read back from the calculation
        raise InvalidInput(_("The pool's funding is too large to pay out."), slug="pool.too_large")
    conditions = await _conditions(pool, figures)
    qualified = all(c.passed for c in conditions)
    total = funded if qualified else 0
    shares, linked = await _shares(pool, figures)
    members = await _members(session, pool, scope, month, now)
    frontline: dict[tuple[uuid.UUID, PoolSide], Decimal] = {
        (m.employee_id, m.side): m.weight for m in members if m.side is PoolSide.FRONTLINE
    }
    back_office: dict[tuple[uuid.UUID, PoolSide], Decimal] = {
        (m.employee_id, m.side): m.weight for m in members if m.side is PoolSide.BACK_OFFICE
    }
    front_amount, back_amount = rules.split_sides(total, shares.frontline, shares.back_office)
    front_amount, back_amount = rules.sides_with_members(
        front_amount,
        back_amount,
        has_frontline=sum(frontline.values()) > 0,
        has_back_office=sum(back_office.values()) > 0,
    )
    people = await measures.employees(session, {m.employee_id for m in members})
    order = {(m.employee_id, m.side): people[m.employee_id].employee_no for m in members}
    amounts: dict[tuple[uuid.UUID, PoolSide], int] = {}
    for side_total, weights in ((front_amount, frontline), (back_amount, back_office)):
        if weights and (side_total == 0 or sum(weights.values()) > 0):
            amounts.update(rules.split_largest_remainder(side_total, weights, order=order))
    lines = [
        MemberLine(
            employee_id=m.employee_id,
            employee_no=people[m.employee_id].employee_no,
            full_name=people[m.employee_id].full_name,
            side=m.side,
            contribution=decimal_text(m.weight),
            rule="; ".join(m.rule),
            details=m.details,
            projected_amount=format_minor(amounts.get((m.employee_id, m.side), 0), currency),
        )
        for m in members
    ]
    lines.sort(key=lambda line: (line.side != PoolSide.FRONTLINE, line.employee_no))
    return PoolPreview(
        pool_id=pool.id,
        name=pool.name,
        period=pool.period,
        currency=currency,
        status=PoolStatus(pool.status),
        source="live",
        funding=funding,
        funded_amount=format_minor(funded, currency),
        conditions=conditions,
        qualified=qualified,
        pool_amount=format_minor(total, currency),
        frontline_percent=decimal_text(shares.frontline),
        back_office_percent=decimal_text(shares.back_office),
        linked=linked,
        frontline_amount=format_minor(front_amount, currency),
        back_office_amount=format_minor(back_amount, currency),
        members=lines,
        as_of=now,
    )


def is_frozen(pool: Pool) -> bool:
    """Whether the pool is shown as calculated (not recomputed from current data)."""
    return pool.calculation is not None and pool.status != PoolStatus.DRAFT


async def current(session: AsyncSession, pool: Pool, now: datetime) -> PoolPreview:
    """The pool as calculated once it has been (what is approved and locked), else live."""
    if is_frozen(pool):
        preview = PoolPreview.model_validate(pool.calculation)
        return preview.model_copy(update={"status": PoolStatus(pool.status), "source": "calculated"})
    return await compute(session, pool, now)
