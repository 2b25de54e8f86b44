"""A person's live score for a month: the month is cut into parts by assigned days (home unit,
stores, projects), each part is scored with its population's scorecard, and the parts are weighted
by days, so a seconded employee's frontline weeks count for exactly what they were.

Which scorecard: a part at a store or project is `store` for store staff and `seconded` for
head-office staff; a part anywhere else is `support`. The active template of that population with
the first code is used. Where values come from, per metric source:
- manual / pushed: the person's own value for the month, else (store-side metrics) the value of the
  part's store for the month;
- sales: store-side metrics take the part's store sales for the month, others the person's own;
- tickets: the average frontline rating of tickets the person resolved in the month;
- training: no data yet (shown as missing).
Targets: the person's own for the month, else the nearest unit up from the part's unit.
"""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.integrations.models import DailyEmployeeSales, DailyStoreSales
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.service import organisation_timezone, subtree_paths
from domain.people.models import Account, Assignment, Employee
from domain.performance import rules
from domain.performance.models import MetricDefinition, MetricTarget, MetricValue, ScorecardTemplate
from domain.performance.schemas import EmployeeScore, MetricScore, Population, ScorePart, Side, Source
from domain.shared.actor import SUBTREE_READERS, Actor
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput, NotFound
from domain.shared.fixed_point import decimal_text, from_micro
from domain.shared.money import exponent
from domain.tickets.models import Ticket

FRONTLINE_KINDS = frozenset({OrgUnitKind.STORE, OrgUnitKind.PROJECT})


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        try:
            year, month = (int(part) for part in text.split("-"))
            if not 1 <= month <= 12 or not 1900 <= year <= 2999:
                raise ValueError
        except ValueError:
            raise InvalidInput("A period is a month, e.g. 2026-11.", field="query.period") from None
        return cls(year, month)

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def population_for(home_kind: OrgUnitKind, part_kind: OrgUnitKind) -> Population:
    if part_kind in FRONTLINE_KINDS:
        return Population.STORE if home_kind == OrgUnitKind.STORE else Population.SECONDED
    return Population.SUPPORT


def _ancestors(path: str) -> list[uuid.UUID]:
    """The unit itself first, then its parents up to the root."""
    return [uuid.UUID(segment) for segment in reversed(path.strip("/").split("/"))]


async def _templates(session: AsyncSession) -> dict[Population, ScorecardTemplate]:
    chosen: dict[Population, ScorecardTemplate] = {}
    rows = await session.scalars(
        select(ScorecardTemplate).where(ScorecardTemplate.active.is_(True)).order_by(ScorecardTemplate.code)
    )
    for row in rows:
        chosen.setdefault(Population(row.population), row)
    return chosen


async def employee_score(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID, period: str
) -> EmployeeScore:
    """The live score of a person the actor may see: HR, leaders and admins everyone; a store manager
    or department head the people who worked in their units during that month; everyone themselves."""
    month = Month.parse(period)
    employee = await session.get(Employee, employee_id)
    if employee is None or not await _may_see(session, actor, employee, month):
        raise NotFound(f"No employee {employee_id}.", slug="employee.not_found")
    return await score_of(session, employee, month)


async def _may_see(session: AsyncSession, actor: Actor, employee: Employee, month: Month) -> bool:
    if actor.is_client:
        return False
    if actor.sees_everyone or actor.employee_id == employee.id:
        return True
    managed = await subtree_paths(session, actor.units_for(*SUBTREE_READERS))
    if not managed:
        return False
    worked = await units_worked(session, employee, month)
    paths = (await session.scalars(select(OrgUnit.path).where(OrgUnit.id.in_(worked)))).all()
    return any(path.startswith(prefix) for path in paths for prefix in managed)


async def units_worked(session: AsyncSession, employee: Employee, month: Month) -> dict[uuid.UUID, int]:
    """Days at each unit in the month (home unit for days no assignment covers); units with days only."""
    stays = await session.scalars(
        select(Assignment)
        .where(Assignment.employee_id == employee.id, Assignment.cancelled_at.is_(None))
        .order_by(Assignment.valid_from, Assignment.created_at)
    )
    days = rules.days_per_unit(
        month.year,
        month.month,
        [rules.Assignment(a.unit_id, a.valid_from, a.valid_to) for a in stays],
        employee.home_unit_id,
    )
    return {unit: count for unit, count in days.items() if count > 0}


async def my_score(session: AsyncSession, *, actor: Actor, clock: Clock, period: str) -> EmployeeScore:
    if actor.employee_id is None:
        raise NotFound("This account is not an employee.", slug="employee.not_found")
    return await employee_score(session, actor=actor, clock=clock, employee_id=actor.employee_id, period=period)


async def score_of(session: AsyncSession, employee: Employee, month: Month) -> EmployeeScore:
    """The live score, no authorization: for services that checked it (and month-end)."""
    days = await units_worked(session, employee, month)
    units = {
        u.id: u for u in await session.scalars(select(OrgUnit).where(OrgUnit.id.in_([*days, employee.home_unit_id])))
    }
    home_kind = units[employee.home_unit_id].kind
    templates = await _templates(session)
    codes = {line["metric_code"] for t in templates.values() for line in t.lines}
    metrics = {
        m.code: m for m in await session.scalars(select(MetricDefinition).where(MetricDefinition.code.in_(codes)))
    }
    sources = _Sources(session, employee, month, [units[unit_id] for unit_id in days], metrics)
    parts: list[ScorePart] = []
    for unit_id, count in sorted(days.items(), key=lambda item: (-item[1], units[item[0]].code)):
        unit = units[unit_id]
        population = population_for(home_kind, unit.kind)
        template = templates.get(population)
        lines: list[MetricScore] = []
        weighted: list[tuple[Decimal, Decimal | None]] = []
        for line in template.lines if template else []:
            metric = metrics.get(line["metric_code"])
            if metric is None:
                continue
            value = await sources.value(metric, unit)
            target = await sources.target(metric.code, unit)
            raw, note = None, None
            if value is None:
                note = "no value yet"
            else:
                try:
                    rule = rules.rule_from_document(metric.scoring, metric.direction)
                    raw = rules.raw_points(value, rule, target)
                except rules.MissingTarget:
                    note = "no target set"
                except rules.InvalidTarget as exc:
                    note = exc.detail
            weight = Decimal(line["weight"])
            weighted.append((weight, raw))
            lines.append(
                MetricScore(
                    metric_code=metric.code,
                    metric_name=metric.name,
                    side=Side(metric.side),
                    source=Source(metric.source),
                    weight=line["weight"],
                    value=_text(value),
                    target=_text(target),
                    points=_text(rules.quantize_score(raw)) if raw is not None else None,
                    note=note,
                )
            )
        score = rules.live_score(weighted) if weighted else None
        parts.append(
            ScorePart(
                unit_id=unit.id,
                unit_code=unit.code,
                unit_name=unit.name,
                days=count,
                population=population,
                template_code=template.code if template else None,
                score=_text(score),
                metrics=lines,
                missing=[m.metric_code for m in lines if m.points is None],
            )
        )
    scored = [(part.days, Decimal(part.score)) for part in parts if part.score is not None]
    overall = rules.prorate(scored) if scored else None
    complete = all(part.template_code is not None and not part.missing for part in parts)
    return EmployeeScore(
        employee_id=employee.id,
        employee_no=employee.employee_no,
        full_name=employee.full_name,
        period=str(month),
        score=_text(overall),
        complete=complete,
        parts=parts,
    )


def _text(value: Decimal | None) -> str | None:
    return None if value is None else decimal_text(value)


class _Sources:
    """Reads the month's values and targets for one person, once per kind of source."""

    def __init__(
        self,
        session: AsyncSession,
        employee: Employee,
        month: Month,
        parts: list[OrgUnit],
        metrics: dict[str, MetricDefinition],
    ) -> None:
        self.session = session
        self.employee = employee
        self.month = month
        self.parts = parts
        self.unit_ids = [unit.id for unit in parts]
        self.metrics = metrics
        self._values: dict[tuple[str, str, uuid.UUID], Decimal] | None = None
        self._targets: dict[tuple[str, str, uuid.UUID], Decimal] | None = None
        self._ratings: Decimal | bool | None = False

    async def _load_values(self) -> dict[tuple[str, str, uuid.UUID], Decimal]:
        if self._values is None:
            rows = await self.session.execute(
                select(
                    MetricValue.metric_code, MetricValue.subject_kind, MetricValue.subject_id, MetricValue.value_micro
                ).where(
                    MetricValue.metric_code.in_(list(self.metrics)),
                    MetricValue.period_start == self.month.first,
                    MetricValue.period_end == self.month.last,
                    or_(
                        and_(MetricValue.subject_kind == "employee", MetricValue.subject_id == self.employee.id),
                        and_(MetricValue.subject_kind == "store", MetricValue.subject_id.in_(self.unit_ids)),
                    ),
                )
            )
            self._values = {(c, k, s): from_micro(v) for c, k, s, v in rows}
        return self._values

    async def value(self, metric: MetricDefinition, unit: OrgUnit) -> Decimal | None:
        source = Source(metric.source)
        if source in (Source.MANUAL, Source.PUSHED):
            values = await self._load_values()
            own = values.get((metric.code, "employee", self.employee.id))
            if own is not None or metric.side != Side.STORE:
                return own
            return values.get((metric.code, "store", unit.id))
        if source is Source.SALES:
            return await self._sales(unit if metric.side == Side.STORE else None)
        if source is Source.TICKETS:
            return await self._average_rating()
        return None  # training: no data yet

    async def _sales(self, store: OrgUnit | None) -> Decimal | None:
        if store is not None:
            table, subject = DailyStoreSales, DailyStoreSales.store_id == store.id
        else:
            table, subject = DailyEmployeeSales, DailyEmployeeSales.employee_id == self.employee.id  # type: ignore[assignment]
        rows = (
            await self.session.execute(
                select(table.currency, func.sum(table.amount_minor))
                .where(subject, table.business_date >= self.month.first, table.business_date <= self.month.last)
                .group_by(table.currency)
            )
        ).all()
        if len(rows) != 1:
            return None  # no sales, or several currencies that cannot be added up
        currency, minor = rows[0]
        return Decimal(int(minor)).scaleb(-exponent(currency))

    async def _average_rating(self) -> Decimal | None:
        if self._ratings is False:
            zone = await organisation_timezone(self.session)
            low = datetime.combine(self.month.first, time(), tzinfo=zone).astimezone(UTC)
            high = datetime.combine(self.month.last, time.max, tzinfo=zone).astimezone(UTC)
            average = await self.session.scalar(
                select(func.avg(Ticket.rating))
                .join(Account, Account.id == Ticket.assignee_account_id)
                .where(
                    Account.employee_id == self.employee.id,
                    Ticket.rating.is_not(None),
                    Ticket.resolved_at >= low,
                    Ticket.resolved_at <= high,
                )
            )
            self._ratings = Decimal(str(average)).quantize(Decimal("0.01")) if average is not None else None
        return self._ratings if isinstance(self._ratings, Decimal) else None

    async def target(self, code: str, unit: OrgUnit) -> Decimal | None:
        if self._targets is None:
            ancestors = {a for unit in self.parts for a in _ancestors(unit.path)}
            rows = await self.session.execute(
                select(
                    MetricTarget.metric_code,
                    MetricTarget.subject_kind,
                    MetricTarget.subject_id,
                    MetricTarget.value_micro,
                ).where(
                    MetricTarget.period_start == self.month.first,
                    or_(
                        and_(MetricTarget.subject_kind == "employee", MetricTarget.subject_id == self.employee.id),
                        and_(MetricTarget.subject_kind == "unit", MetricTarget.subject_id.in_(ancestors)),
                    ),
                )
            )
            self._targets = {(c, k, s): from_micro(v) for c, k, s, v in rows}
        own = self._targets.get((code, "employee", self.employee.id))
        if own is not None:
            return own
        for ancestor in _ancestors(unit.path):
            found = self._targets.get((code, "unit", ancestor))
            if found is not None:
                return found
        return None
