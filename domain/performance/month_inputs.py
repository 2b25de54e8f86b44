"""Reads a month's scoring inputs for everyone asked about in a handful of queries (not several per
person) and indexes them, so that scoring is pure work in memory (`month_scorer`)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, func, or_, select, true, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from domain.care.availability import target_adjustments
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_timezone
from domain.people.models import Account, Assignment, Employee, EmployeeStatus
from domain.performance import rules
from domain.performance import sources as sources_of
from domain.performance.models import MetricDefinition, MetricTarget, MetricValue, ScorecardTemplate
from domain.performance.months import Month
from domain.performance.schemas import Population, Side, Source
from domain.performance.sources import Totals
from domain.performance.volume_targets import ProRating, pro_rating
from domain.shared.bulk import fetch_rows
from domain.shared.money import exponent
from domain.tickets.models import Ticket
from domain.tickets.responders import counted_for

_CHUNK = 5_000  # ids per IN (...) list when scoring a chosen set of people
# Fewer people than this, chosen by id (one person's own page, a pool's members), are "a few": only
# the units they were at are read (not every store's values, sales and targets of the month), with
# SQLAlchemy's cached statements rather than the bulk fetch, and the garbage collector keeps running
# (a few people allocate too little for it to matter; see `month_scores.collector_paused`).
_FEW = 1_000
FRONTLINE_KINDS = frozenset({OrgUnitKind.STORE, OrgUnitKind.PROJECT})


def population_for(home_kind: OrgUnitKind, part_kind: OrgUnitKind) -> Population:
    """The scorecard population of a part of the month: at a store or project, `store` for store
    staff and `seconded` for everyone else; anywhere else `support`."""
    if part_kind in FRONTLINE_KINDS:
        return Population.STORE if home_kind == OrgUnitKind.STORE else Population.SECONDED
    return Population.SUPPORT


async def templates_in_use(session: AsyncSession) -> dict[Population, ScorecardTemplate]:
    """The scorecard each population is scored with: its active template with the first code."""
    chosen: dict[Population, ScorecardTemplate] = {}
    for template in await session.scalars(
        select(ScorecardTemplate).where(ScorecardTemplate.active.is_(True)).order_by(ScorecardTemplate.code)
    ):
        chosen.setdefault(Population(template.population), template)
    return chosen


@dataclass(frozen=True, slots=True)
class ScoredUnit:
    id: uuid.UUID
    id_text: str
    code: str
    name: str
    kind: OrgUnitKind
    ancestors: tuple[uuid.UUID, ...]  # itself first, then up to the root


@dataclass(frozen=True, slots=True)
class TemplateLine:
    """A template line with its metric, ready to score: what the value and target lookups need."""

    index: int
    metric: MetricDefinition
    code: str
    weight_text: str
    weight: Decimal
    source: Source
    store_side: bool
    volume_based: bool
    # (value, target) -> (raw points or None, the line's JSON): scored once per distinct pair
    scored: dict[tuple[Any, Any], tuple[Decimal | None, str]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class ScoredTemplate:
    code: str
    lines: tuple[TemplateLine, ...]


class MonthInputs:
    """The month's inputs for the people scored, indexed for lookups by person, unit and metric."""

    def __init__(self) -> None:
        self.units: dict[uuid.UUID, ScoredUnit] = {}
        self.templates: dict[Population, ScoredTemplate] = {}
        self.stays: dict[uuid.UUID, list[rules.Assignment[uuid.UUID]]] = defaultdict(list)
        self.own_values: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
        self.store_values: dict[tuple[str, uuid.UUID], int] = {}
        self.own_targets: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
        self.unit_targets: dict[tuple[str, uuid.UUID], int] = {}
        self.store_sales: dict[uuid.UUID, Decimal | None] = {}
        self.employee_sales: dict[uuid.UUID, Decimal | None] = {}
        self.ratings: dict[uuid.UUID, Decimal] = {}
        self.credits: dict[uuid.UUID, Decimal] = {}
        self.frontline_days: dict[uuid.UUID, Decimal] = {}
        # people whose volume targets are pro-rated for fewer available hours (most have none)
        self.pro_ratings: dict[uuid.UUID, ProRating] = {}
        self._nearest: dict[tuple[str, uuid.UUID], int | None] = {}

    def nearest_unit_target(self, code: str, unit: ScoredUnit) -> int | None:
        key = (code, unit.id)
        if key not in self._nearest:
            found = None
            for ancestor in unit.ancestors:
                found = self.unit_targets.get((code, ancestor))
                if found is not None:
                    break
            self._nearest[key] = found
        return self._nearest[key]


def is_few(employee_ids: Collection[uuid.UUID] | None) -> bool:
    return employee_ids is not None and len(employee_ids) < _FEW


def _chunks(ids: Collection[uuid.UUID] | None) -> Iterable[list[uuid.UUID] | None]:
    if ids is None:
        yield None
        return
    ordered = list(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


async def load_people(session: AsyncSession, employee_ids: Collection[uuid.UUID] | None) -> list[Any]:
    """(id, employee_no, full_name, home_unit_id) rows, by employee number."""
    columns = (Employee.id, Employee.employee_no, Employee.full_name, Employee.home_unit_id)
    if employee_ids is None:
        query = select(*columns).where(Employee.status == EmployeeStatus.ACTIVE).order_by(Employee.employee_no)
        return list(await fetch_rows(session, query))
    people: list[Any] = []
    for chunk in _chunks(employee_ids):
        query = select(*columns).where(Employee.id.in_(chunk or []))
        people.extend(
            (await session.execute(query)).all() if is_few(employee_ids) else await fetch_rows(session, query)
        )
    people.sort(key=lambda person: person[1])
    return people


def _subject(column: Any, ids: Collection[uuid.UUID] | None) -> ColumnElement[bool]:
    return true() if ids is None else column.in_(ids)


async def _load_frontline_days(
    session: AsyncSession, inputs: MonthInputs, month: Month, chunk: list[uuid.UUID] | None, people: list[Any]
) -> None:
    """Each person's frontline days from January 1st to the month's end: the year's assignments
    with their units' kinds, counted by intervals (`rules.frontline_days`)."""
    january, after = date(month.year, 1, 1), month.last + timedelta(days=1)
    stays: dict[uuid.UUID, list[rules.Stay]] = defaultdict(list)
    rows = await session.execute(
        select(Assignment.employee_id, Assignment.valid_from, Assignment.valid_to, OrgUnit.kind)
        .join(OrgUnit, OrgUnit.id == Assignment.unit_id)
        .where(
            _subject(Assignment.employee_id, chunk),
            Assignment.cancelled_at.is_(None),
            Assignment.valid_from <= month.last,
            or_(Assignment.valid_to.is_(None), Assignment.valid_to > january),
        )
        .order_by(Assignment.employee_id, Assignment.valid_from, Assignment.created_at)
    )
    for employee_id, valid_from, valid_to, kind in rows:
        stays[employee_id].append(rules.Stay(valid_from, valid_to, OrgUnitKind(kind) in FRONTLINE_KINDS))
    wanted = None if chunk is None else set(chunk)
    for person in people:
        employee_id, home_unit_id = person[0], person[3]
        if wanted is not None and employee_id not in wanted:
            continue
        home = inputs.units.get(home_unit_id)
        at_home = home is not None and home.kind in FRONTLINE_KINDS
        days = rules.frontline_days(stays.get(employee_id, []), at_home, january, after)
        inputs.frontline_days[employee_id] = Decimal(days)


async def load_inputs(
    session: AsyncSession, month: Month, employee_ids: Collection[uuid.UUID] | None, people: list[Any]
) -> MonthInputs:
    """The month's inputs for `people` (`load_people`'s rows for `employee_ids`): each person's own
    in chunks of ids, then what everyone at a unit shares."""
    inputs = MonthInputs()
    await _load_stays(session, inputs, month, employee_ids)
    places = await _load_units(session, inputs, employee_ids, people)
    above = None if places is None else {a for unit in inputs.units.values() for a in unit.ancestors}
    codes, sources = await _load_templates(session, inputs)
    if any(line.volume_based for template in inputs.templates.values() for line in template.lines):
        for chunk in _chunks(employee_ids):
            for employee_id, adjustment in (await target_adjustments(session, chunk, month.first, month.last)).items():
                inputs.pro_ratings[employee_id] = pro_rating(adjustment)

    for chunk in _chunks(employee_ids):
        if sources & {Source.MANUAL, Source.PUSHED}:
            await _load_values(session, inputs, month, codes, chunk, places)

        if Source.SALES in sources:
            rows = await sources_of.read(session, Totals.EMPLOYEE_SALES, month, chunk)
            _add_sales(inputs.employee_sales, rows)

        if Source.TRAINING in sources:
            earned = await sources_of.read(session, Totals.TRAINING_CREDITS, month, chunk)
            for employee_id, _none, centi in earned:
                inputs.credits[employee_id] = Decimal(int(centi or 0)) / 100

        if Source.FRONTLINE_DAYS in sources:
            await _load_frontline_days(session, inputs, month, chunk, people)

        if Source.TICKETS in sources:
            await _load_ratings(session, inputs, month, chunk)

        await _load_targets(session, inputs, month, chunk, above)

    await _load_unit_figures(session, inputs, month, codes, sources, places, above)
    return inputs


async def _load_stays(
    session: AsyncSession, inputs: MonthInputs, month: Month, employee_ids: Collection[uuid.UUID] | None
) -> None:
    first, last = month.first, month.last
    for chunk in _chunks(employee_ids):
        stays = await session.execute(
            select(Assignment.employee_id, Assignment.unit_id, Assignment.valid_from, Assignment.valid_to)
            .where(
                _subject(Assignment.employee_id, chunk),
                Assignment.cancelled_at.is_(None),
                Assignment.valid_from <= last,
                or_(Assignment.valid_to.is_(None), Assignment.valid_to > first),
            )
            .order_by(Assignment.employee_id, Assignment.valid_from, Assignment.created_at)
        )
        for employee_id, unit_id, valid_from, valid_to in stays:
            inputs.stays[employee_id].append(rules.Assignment(unit_id, valid_from, valid_to))


async def _load_units(
    session: AsyncSession, inputs: MonthInputs, employee_ids: Collection[uuid.UUID] | None, people: list[Any]
) -> set[uuid.UUID] | None:
    """Reads the units: for a few people only those they were at in the month (home units and
    assignments), which it returns (their parents' targets are read too); else every unit, and None."""
    places: set[uuid.UUID] | None = None
    if is_few(employee_ids):
        places = {person[3] for person in people}
        places.update(stay.unit_id for stays in inputs.stays.values() for stay in stays)
    unit_query = select(OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.kind, OrgUnit.path)
    for unit_id, code, name, kind, path in await session.execute(
        unit_query if places is None else unit_query.where(OrgUnit.id.in_(places))
    ):
        ancestors = tuple(uuid.UUID(segment) for segment in reversed(path.strip("/").split("/")))
        inputs.units[unit_id] = ScoredUnit(unit_id, str(unit_id), code, name, OrgUnitKind(kind), ancestors)
    return places


async def _load_templates(session: AsyncSession, inputs: MonthInputs) -> tuple[list[str], set[Source]]:
    """Reads the scorecards in use with their metrics; returns the metrics' codes and sources."""
    chosen = await templates_in_use(session)
    codes = sorted({line["metric_code"] for t in chosen.values() for line in t.lines})
    metrics = {
        m.code: m for m in await session.scalars(select(MetricDefinition).where(MetricDefinition.code.in_(codes)))
    }
    for population, template in chosen.items():
        lines = tuple(
            TemplateLine(
                index=index,
                metric=metrics[line["metric_code"]],
                code=line["metric_code"],
                weight_text=line["weight"],
                weight=Decimal(line["weight"]),
                source=Source(metrics[line["metric_code"]].source),
                store_side=metrics[line["metric_code"]].side == Side.STORE,
                volume_based=metrics[line["metric_code"]].volume_based,
            )
            for index, line in enumerate(template.lines)
            if line["metric_code"] in metrics
        )
        inputs.templates[population] = ScoredTemplate(template.code, lines)
    sources = {Source(m.source) for m in metrics.values()}
    return codes, sources


async def _load_ratings(
    session: AsyncSession, inputs: MonthInputs, month: Month, chunk: list[uuid.UUID] | None
) -> None:
    first, last = month.first, month.last
    zone = await organisation_timezone(session)
    low = datetime.combine(first, time(), tzinfo=zone).astimezone(UTC)
    high = datetime.combine(last, time.max, tzinfo=zone).astimezone(UTC)
    averages = await session.execute(
        select(Account.employee_id, func.avg(Ticket.rating))
        .join(Account, Account.id == Ticket.assignee_account_id)
        .where(
            Account.employee_id.is_not(None),
            _subject(Account.employee_id, chunk),
            Ticket.rating.is_not(None),
            Ticket.resolved_at >= low,
            Ticket.resolved_at <= high,
            counted_for(Ticket.assignee_account_id),  # never a rating of one's own request
        )
        .group_by(Account.employee_id)
    )
    for employee_id, average in averages:
        if average is not None:
            inputs.ratings[employee_id] = Decimal(str(average)).quantize(Decimal("0.01"))


async def _load_targets(
    session: AsyncSession,
    inputs: MonthInputs,
    month: Month,
    chunk: list[uuid.UUID] | None,
    above: set[uuid.UUID] | None,
) -> None:
    """The people's own targets; for a few people, in the same statement, their units' and parents'
    (UNION ALL, not OR: SQLite would scan the month's rows instead of using the unique index)."""
    first = month.first
    columns = (
        MetricTarget.subject_kind,
        MetricTarget.metric_code,
        MetricTarget.subject_id,
        MetricTarget.value_micro,
    )
    targets_query: Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]] = select(*columns).where(
        MetricTarget.period_start == first,
        MetricTarget.subject_kind == "employee",
        _subject(MetricTarget.subject_id, chunk),
    )
    if above is not None:
        targets_query = union_all(
            targets_query,
            select(*columns).where(
                MetricTarget.period_start == first,
                MetricTarget.subject_kind == "unit",
                MetricTarget.subject_id.in_(above),
            ),
        )
    targets = await session.execute(targets_query)
    for subject_kind, code, subject, micro in targets:
        if subject_kind == "employee":
            inputs.own_targets[subject][code] = micro
        else:
            inputs.unit_targets[(code, subject)] = micro


async def _load_unit_figures(
    session: AsyncSession,
    inputs: MonthInputs,
    month: Month,
    codes: list[str],
    sources: set[Source],
    places: set[uuid.UUID] | None,
    above: set[uuid.UUID] | None,
) -> None:
    """What everyone at a unit shares: the stores' sales, and in bulk every store's values and every
    unit's targets (for a few people those came with their own values and targets)."""
    first, last = month.first, month.last
    if places is None and sources & {Source.MANUAL, Source.PUSHED}:
        stores = await session.execute(
            select(MetricValue.metric_code, MetricValue.subject_id, MetricValue.value_micro).where(
                MetricValue.period_start == first,
                MetricValue.period_end == last,
                MetricValue.subject_kind == "store",
                MetricValue.metric_code.in_(codes),
            )
        )
        inputs.store_values.update(((code, subject), micro) for code, subject, micro in stores)
    if Source.SALES in sources:
        rows = await sources_of.read(session, Totals.STORE_SALES, month, places)
        _add_sales(inputs.store_sales, rows)
    if above is None:
        unit_targets = await session.execute(
            select(MetricTarget.metric_code, MetricTarget.subject_id, MetricTarget.value_micro).where(
                MetricTarget.period_start == first, MetricTarget.subject_kind == "unit"
            )
        )
        inputs.unit_targets.update(((code, subject), micro) for code, subject, micro in unit_targets)


async def _load_values(
    session: AsyncSession,
    inputs: MonthInputs,
    month: Month,
    codes: list[str],
    chunk: list[uuid.UUID] | None,
    places: set[uuid.UUID] | None,
) -> None:
    """The people's own values of the month: about ten per person, so a million rows for 100,000
    people. In bulk PostgreSQL folds them into one row per person (two arrays), which halves the
    time of fetching and indexing them; SQLite reads them row by row. For a few people (`places`,
    the units they were at) the same query reads those stores' values too."""
    where = (
        MetricValue.period_start == month.first,
        MetricValue.period_end == month.last,
        MetricValue.metric_code.in_(codes),
    )
    own = (MetricValue.subject_kind == "employee", _subject(MetricValue.subject_id, chunk))
    own_values = inputs.own_values
    if places is not None:
        # UNION ALL, not OR: SQLite would scan the month's rows instead of using the unique index
        columns = (MetricValue.subject_kind, MetricValue.subject_id, MetricValue.metric_code, MetricValue.value_micro)
        both = await session.execute(
            union_all(
                select(*columns).where(*where, *own),
                select(*columns).where(*where, MetricValue.subject_kind == "store", MetricValue.subject_id.in_(places)),
            )
        )
        for subject_kind, subject_id, code, micro in both:
            if subject_kind == "employee":
                own_values[subject_id][code] = micro
            else:
                inputs.store_values[(code, subject_id)] = micro
        return
    if (await session.connection()).dialect.name == "postgresql":
        grouped = await fetch_rows(
            session,
            select(
                MetricValue.subject_id, func.array_agg(MetricValue.metric_code), func.array_agg(MetricValue.value_micro)
            )
            .where(*where, *own)
            .group_by(MetricValue.subject_id),
        )
        for subject_id, metric_codes, micros in grouped:
            own_values[subject_id] = dict(zip(metric_codes, micros, strict=True))
        return
    rows = await session.execute(
        select(MetricValue.subject_id, MetricValue.metric_code, MetricValue.value_micro).where(*where, *own)
    )
    for subject_id, code, micro in rows:
        own_values[subject_id][code] = micro


def _add_sales(into: dict[uuid.UUID, Decimal | None], rows: Iterable[tuple[uuid.UUID, str | None, int]]) -> None:
    """The month's sales of a store or person; None where several currencies cannot be added up."""
    for subject, currency, minor in rows:
        assert currency is not None
        if subject in into:
            into[subject] = None
        else:
            into[subject] = Decimal(int(minor)).scaleb(-exponent(currency))
