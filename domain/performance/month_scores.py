"""Live scores of a month, for everyone at once (month-end closing, rankings, pool measures) or for
a chosen few (one person's own page, through `scoring.score_of`): the one implementation of the
scoring rule.

A person's month is cut into parts by assigned days (home unit, stores, projects), each part is
scored with its population's scorecard, and the parts are weighted by days, so a seconded employee's
frontline weeks count for exactly what they were.

Which scorecard: a part at a store or project is `store` for store staff and `seconded` for
head-office staff; a part anywhere else is `support`. The active template of that population with
the first code is used. Where values come from, per metric source:
- manual / pushed: the person's own value for the month, else (store-side metrics) the value of the
  part's store for the month;
- sales: store-side metrics take the part's store sales for the month, others the person's own
  (none where the month's sales are in several currencies, which cannot be added up);
- tickets: the average frontline rating of tickets the person resolved in the month;
- training: the credits the person earned in the month (awards less revocations and corrections
  counted in it, domain/training); none is 0, since the ledger is the whole record.
- frontline_days: the days the person spent at a store or project from January 1st to the month's
  end (by the placement rule, home days at a store included); the leaders' rule of 30 a year.
Targets: the person's own for the month, else the nearest unit up from the part's unit. A
volume-based metric's target is multiplied by the person's available over standard hours where an
approved flexible arrangement or a legal protection shortened their days
(`domain.performance.volume_targets`); their line says so.

The month's inputs are read for all the people asked about in a handful of queries (assignments
overlapping the month, units, templates, metrics, values, targets, sales sums per store and per
employee, ticket rating averages per employee), not six per person, and each person is scored in
memory with the pure rules (`domain.performance.rules`).

Values stay in micro-units (integers) until a metric line is scored, and a metric line is scored once
per distinct (line, value, target): a store's value and a region's target are shared by everyone in
that store, ratings and percentages repeat, so most lines are a dictionary hit. The few people
with pro-rated volume targets (read once per computation, for the people scored) have those lines
scored for them alone.
"""

from __future__ import annotations

import gc
import json
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, func, or_, select, true, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from domain.care.availability import target_adjustments
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.service import organisation_timezone
from domain.people.models import Account, Assignment, Employee, EmployeeStatus
from domain.performance import rules
from domain.performance import sources as sources_of
from domain.performance.models import MetricDefinition, MetricTarget, MetricValue, ScorecardTemplate
from domain.performance.months import Month
from domain.performance.schemas import EmployeeScore, Population, Side, Source
from domain.performance.sources import Totals
from domain.performance.volume_targets import ProRating, adjusted_target, line_fields, pro_rating
from domain.shared.fixed_point import decimal_text, from_micro
from domain.shared.money import exponent
from domain.tickets.models import Ticket
from domain.tickets.responders import counted_for

_CHUNK = 5_000  # ids per IN (...) list when scoring a chosen set of people
# Fewer people than this, chosen by id (one person's own page, a pool's members), are "a few": only
# the units they were at are read (not every store's values, sales and targets of the month), with
# SQLAlchemy's cached statements rather than the bulk fetch, and the garbage collector keeps running
# (a few people allocate too little for it to matter; see `collector_paused`).
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
class MonthScore:
    """One person's month: the overall score (text, as the API shows it), whether every metric of
    every part has points, the scorecard templates its parts used (in part order, no repeats), and,
    when asked for, the breakdown as JSON text: the document `EmployeeScore.model_dump(mode="json")`
    gives, serialised (month-end stores it as it is; `breakdown` and `employee_score` parse it)."""

    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    score: str | None
    complete: bool
    template_codes: tuple[str, ...]
    breakdown_json: str | None

    @property
    def breakdown(self) -> dict[str, Any]:
        if self.breakdown_json is None:
            raise ValueError("scored without breakdowns")
        document: dict[str, Any] = json.loads(self.breakdown_json)
        return document

    def employee_score(self) -> EmployeeScore:
        if self.breakdown_json is None:
            raise ValueError("scored without breakdowns")
        return EmployeeScore.model_validate_json(self.breakdown_json)


@dataclass(frozen=True, slots=True)
class _Unit:
    id: uuid.UUID
    id_text: str
    code: str
    name: str
    kind: OrgUnitKind
    ancestors: tuple[uuid.UUID, ...]  # itself first, then up to the root


@dataclass(frozen=True, slots=True)
class _Line:
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
class _Template:
    code: str
    lines: tuple[_Line, ...]


class _Inputs:
    """The month's inputs for the people scored, indexed for lookups by person, unit and metric."""

    def __init__(self) -> None:
        self.units: dict[uuid.UUID, _Unit] = {}
        self.templates: dict[Population, _Template] = {}
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

    def nearest_unit_target(self, code: str, unit: _Unit) -> int | None:
        key = (code, unit.id)
        if key not in self._nearest:
            found = None
            for ancestor in unit.ancestors:
                found = self.unit_targets.get((code, ancestor))
                if found is not None:
                    break
            self._nearest[key] = found
        return self._nearest[key]


async def month_scores(
    session: AsyncSession,
    month: Month,
    *,
    employee_ids: Collection[uuid.UUID] | None = None,
    breakdowns: bool = True,
) -> list[MonthScore]:
    """The live scores of `month` for the active employees (or exactly the employees `employee_ids`
    names, whatever their status), ordered by employee number. No authorization: callers check it.

    `breakdowns=False` skips building the per-metric breakdown (rankings need only the score and
    the templates used). Raises `InvalidInput` for a metric with an unreadable scoring rule.
    """
    pause: AbstractContextManager[None] = nullcontext() if _few(employee_ids) else collector_paused()
    with pause:
        return list(await month_score_stream(session, month, employee_ids=employee_ids, breakdowns=breakdowns))


async def month_score_stream(
    session: AsyncSession,
    month: Month,
    *,
    employee_ids: Collection[uuid.UUID] | None = None,
    breakdowns: bool = True,
) -> Iterator[MonthScore]:
    """`month_scores` as an iterator: the inputs are read now, each person is scored as the iterator
    reaches them, so a caller can write scores while later ones are still being computed (month-end
    streams them into COPY: the database stores one batch while Python scores the next)."""
    if employee_ids is not None and not employee_ids:
        return iter(())
    people = await _people(session, employee_ids)
    inputs = await _load(session, month, employee_ids, people)
    scorer = _Scorer(inputs, month, breakdowns)
    return (scorer.score(*person) for person in people)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector around bulk month-end work.

    Scoring 100,000 people allocates millions of small objects that hold no cycles (reference
    counting frees them). The cyclic collector runs on allocation counts and each older-generation
    pass walks the whole heap, so it ran again and again over the same live objects: with it paused
    a 80,000-person ranking took half the time. It is switched back on at the end (if it was on:
    nested or concurrent pauses leave it to the outermost), and anything cyclic is collected then.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _few(employee_ids: Collection[uuid.UUID] | None) -> bool:
    return employee_ids is not None and len(employee_ids) < _FEW


def _chunks(ids: Collection[uuid.UUID] | None) -> Iterable[list[uuid.UUID] | None]:
    if ids is None:
        yield None
        return
    ordered = list(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


async def _people(session: AsyncSession, employee_ids: Collection[uuid.UUID] | None) -> list[Any]:
    """(id, employee_no, full_name, home_unit_id) rows, by employee number."""
    columns = (Employee.id, Employee.employee_no, Employee.full_name, Employee.home_unit_id)
    if employee_ids is None:
        query = select(*columns).where(Employee.status == EmployeeStatus.ACTIVE).order_by(Employee.employee_no)
        return list(await fetch_rows(session, query))
    people: list[Any] = []
    for chunk in _chunks(employee_ids):
        query = select(*columns).where(Employee.id.in_(chunk or []))
        people.extend((await session.execute(query)).all() if _few(employee_ids) else await fetch_rows(session, query))
    people.sort(key=lambda person: person[1])
    return people


async def fetch_rows(session: AsyncSession, query: Select[*tuple[Any, ...]]) -> Sequence[Any]:
    """The rows of a Core select, read in the session's transaction. On PostgreSQL the compiled
    statement runs through the driver's own `fetch`: a hundred thousand rows come back as asyncpg
    records without SQLAlchemy's per-row result processing, which measured about twice as fast.
    For plain columns and aggregates only (no type needing a result processor).

    The session's pending changes are flushed first, as `session.execute` does (autoflush): the
    driver's `fetch` would not see them, so PostgreSQL would answer from older rows than SQLite."""
    if session.sync_session.autoflush:
        await session.flush()
    connection = await session.connection()
    if connection.dialect.name != "postgresql":
        return (await session.execute(query)).all()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    parameters = compiled.construct_params()
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    rows: Sequence[Any] = await driver.fetch(str(compiled), *(parameters[name] for name in compiled.positiontup or ()))
    return rows


def _subject(column: Any, ids: Collection[uuid.UUID] | None) -> ColumnElement[bool]:
    return true() if ids is None else column.in_(ids)


async def _load_frontline_days(
    session: AsyncSession, inputs: _Inputs, month: Month, chunk: list[uuid.UUID] | None, people: list[Any]
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


async def _load(
    session: AsyncSession, month: Month, employee_ids: Collection[uuid.UUID] | None, people: list[Any]
) -> _Inputs:
    inputs = _Inputs()
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

    # for a few people, the units they were at in the month (home units and assignments) and, for
    # targets, those units' parents; None: every unit
    places: set[uuid.UUID] | None = None
    if _few(employee_ids):
        places = {person[3] for person in people}
        places.update(stay.unit_id for stays in inputs.stays.values() for stay in stays)
    unit_query = select(OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.kind, OrgUnit.path)
    for unit_id, code, name, kind, path in await session.execute(
        unit_query if places is None else unit_query.where(OrgUnit.id.in_(places))
    ):
        ancestors = tuple(uuid.UUID(segment) for segment in reversed(path.strip("/").split("/")))
        inputs.units[unit_id] = _Unit(unit_id, str(unit_id), code, name, OrgUnitKind(kind), ancestors)
    above = None if places is None else {a for unit in inputs.units.values() for a in unit.ancestors}

    chosen = await templates_in_use(session)
    codes = sorted({line["metric_code"] for t in chosen.values() for line in t.lines})
    metrics = {
        m.code: m for m in await session.scalars(select(MetricDefinition).where(MetricDefinition.code.in_(codes)))
    }
    for population, template in chosen.items():
        lines = tuple(
            _Line(
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
        inputs.templates[population] = _Template(template.code, lines)
    sources = {Source(m.source) for m in metrics.values()}
    if any(line.volume_based for template in inputs.templates.values() for line in template.lines):
        for chunk in _chunks(employee_ids):
            for employee_id, adjustment in (await target_adjustments(session, chunk, first, last)).items():
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

        # the people's own targets; for a few people, in the same statement, their units' and parents'
        # (UNION ALL, not OR: SQLite would scan the month's rows instead of using the unique index)
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
    return inputs


async def _load_values(
    session: AsyncSession,
    inputs: _Inputs,
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


_NO_VALUE = "no value yet"
_NO_TARGET = "no target set"
_NO_STAYS: list[rules.Assignment[uuid.UUID]] = []
_NO_NUMBERS: dict[str, int] = {}

# personal sources other than the person's own metric values
_OWN_SALES = 2  # the person's own sales
_RATING = 3  # the person's average ticket rating
_CREDITS = 4  # the credits the person earned in the month
_FRONTLINE = 5  # the person's frontline days this year to the month's end
_NO_CREDITS = Decimal(0)


@dataclass(frozen=True, slots=True)
class _PartPlan:
    """A template at one unit: what everyone scored there shares (the store's values and sales,
    the nearest unit targets), line by line, so that only a person's own values and targets vary."""

    template: _Template
    lines: tuple[_Line, ...]
    weights: tuple[Decimal, ...]
    own_codes: tuple[str | None, ...]  # the code where the line reads the person's own value, else None
    shared: tuple[Any, ...]  # the value when the person has none of their own (or the value for all)
    unit_targets: tuple[int | None, ...]
    personal: tuple[tuple[int, int], ...]  # (line position, kind) of lines with personal sales or ratings
    volume: tuple[int, ...]  # positions of volume-based lines (targets pro-rated for some people)
    json_head: str  # the part's JSON up to its days: unit, population, template


def _part_head(unit: _Unit, population: Population, template_code: str | None) -> str:
    return (
        f'{{"unit_id": "{unit.id_text}", "unit_code": {json.dumps(unit.code)}, '
        f'"unit_name": {json.dumps(unit.name)}, "population": "{population.value}", '
        f'"template_code": {json.dumps(template_code)}'
    )


class _Scorer:
    """Scores people one by one from `_Inputs`, memoising what people share: a metric line is
    scored once per distinct (line, value, target), and its breakdown serialised once."""

    def __init__(self, inputs: _Inputs, month: Month, breakdowns: bool) -> None:
        self.inputs = inputs
        self.month = month
        self.days_in_month = (month.last - month.first).days + 1
        self.breakdowns = breakdowns
        self._period_json = json.dumps(str(month))
        self._rules: dict[str, rules.MetricRule] = {}
        self._part_plans: dict[tuple[Population, uuid.UUID], _PartPlan | None] = {}
        self._texts: dict[Decimal, str] = {}

    def _text(self, value: Decimal) -> str:
        text = self._texts.get(value)
        if text is None:
            text = self._texts[value] = decimal_text(value)
        return text

    def _rule(self, metric: MetricDefinition) -> rules.MetricRule:
        rule = self._rules.get(metric.code)
        if rule is None:
            rule = self._rules[metric.code] = rules.rule_from_document(metric.scoring, metric.direction)
        return rule

    def _days(self, home_unit_id: uuid.UUID, stays: list[rules.Assignment[uuid.UUID]]) -> dict[uuid.UUID, int]:
        if not stays:
            return {home_unit_id: self.days_in_month}
        days = rules.days_per_unit(self.month.year, self.month.month, stays, home_unit_id)
        return {unit: count for unit, count in days.items() if count > 0}

    def _part_plan(self, population: Population, unit: _Unit) -> _PartPlan | None:
        key = (population, unit.id)
        if key in self._part_plans:
            return self._part_plans[key]
        template = self.inputs.templates.get(population)
        plan = None
        if template is not None:
            own_codes: list[str | None] = []
            shared: list[Any] = []
            personal: list[tuple[int, int]] = []
            for position, line in enumerate(template.lines):
                code, value, kind = self._source(line, unit)
                own_codes.append(code)
                shared.append(value)
                if kind is not None:
                    personal.append((position, kind))
            plan = _PartPlan(
                template=template,
                lines=template.lines,
                weights=tuple(line.weight for line in template.lines),
                own_codes=tuple(own_codes),
                shared=tuple(shared),
                unit_targets=tuple(self.inputs.nearest_unit_target(line.code, unit) for line in template.lines),
                personal=tuple(personal),
                volume=tuple(position for position, line in enumerate(template.lines) if line.volume_based),
                json_head=_part_head(unit, population, template.code),
            )
        self._part_plans[key] = plan
        return plan

    def _source(self, line: _Line, unit: _Unit) -> tuple[str | None, Any, int | None]:
        """Where a line's value comes from at `unit` (see the module's docstring): the code of the
        person's own value to read (or None), the value otherwise, and a personal source's kind."""
        inputs = self.inputs
        source = line.source
        if source is Source.MANUAL or source is Source.PUSHED:
            return line.code, inputs.store_values.get((line.code, unit.id)) if line.store_side else None, None
        if source is Source.SALES:
            if line.store_side:
                return None, inputs.store_sales.get(unit.id), None
            return None, None, _OWN_SALES
        if source is Source.TICKETS:
            return None, None, _RATING
        if source is Source.FRONTLINE_DAYS:
            return None, None, _FRONTLINE
        return None, None, _CREDITS

    def _score_line(
        self, line: _Line, value: Any, target: int | None, pro_rated: ProRating | None = None
    ) -> tuple[Decimal | None, str]:
        """Points and the breakdown line; with `pro_rated` (a volume-based line of a person with
        fewer available hours), against the target as set x the factor, the line saying so."""
        metric = line.metric
        exact = from_micro(value) if isinstance(value, int) else value
        exact_target = from_micro(target) if target is not None else None
        as_set = exact_target
        if pro_rated is not None and target is not None:
            exact_target = from_micro(adjusted_target(target, pro_rated.factor))
        raw: Decimal | None = None
        note: str | None = None
        if exact is None:
            note = _NO_VALUE
        else:
            try:
                raw = rules.raw_points(exact, self._rule(metric), exact_target)
            except rules.MissingTarget:
                note = _NO_TARGET
            except rules.InvalidTarget as exc:
                note = str(exc.detail)
        shown = {
            "metric_code": metric.code,
            "metric_name": metric.name,
            "side": Side(metric.side).value,
            "source": Source(metric.source).value,
            "weight": line.weight_text,
            "value": None if exact is None else self._text(exact),
            "target": None if exact_target is None else self._text(exact_target),
            "points": None if raw is None else self._text(rules.quantize_score(raw)),
            "note": note,
        }
        if not self.breakdowns:
            return raw, ""
        if pro_rated is not None and as_set is not None:
            shown.update(line_fields(as_set, self._text(as_set), pro_rated))
        return raw, json.dumps(shown)

    def score(self, employee_id: uuid.UUID, employee_no: str, full_name: str, home_unit_id: uuid.UUID) -> MonthScore:
        inputs = self.inputs
        units = inputs.units
        days = self._days(home_unit_id, inputs.stays.get(employee_id, _NO_STAYS))
        own = inputs.own_values.get(employee_id, _NO_NUMBERS)
        own_targets = inputs.own_targets.get(employee_id, _NO_NUMBERS)
        pro_rated = inputs.pro_ratings.get(employee_id) if inputs.pro_ratings else None
        home_kind = units[home_unit_id].kind
        ordered = (
            sorted(days.items(), key=lambda item: (-item[1], units[item[0]].code)) if len(days) > 1 else days.items()
        )
        breakdowns = self.breakdowns
        parts: list[str] = []
        scored: list[tuple[int, Decimal]] = []
        codes: list[str] = []
        complete = True
        for unit_id, count in ordered:
            unit = units[unit_id]
            population = population_for(home_kind, unit.kind)
            part = self._part_plan(population, unit)
            if part is None:
                complete = False
                if breakdowns:
                    head = _part_head(unit, population, None)
                    parts.append(f'{head}, "days": {count}, "score": null, "metrics": [], "missing": []}}')
                continue
            template_code = part.template.code
            # the person's own value where the line takes one, else the part's shared value
            values = [
                shared if code is None or (mine := own.get(code)) is None else mine
                for code, shared in zip(part.own_codes, part.shared, strict=True)
            ]
            for position, kind in part.personal:
                if kind == _CREDITS:
                    values[position] = inputs.credits.get(employee_id, _NO_CREDITS)
                elif kind == _FRONTLINE:
                    values[position] = inputs.frontline_days.get(employee_id, _NO_CREDITS)
                else:
                    values[position] = (inputs.employee_sales if kind == _OWN_SALES else inputs.ratings).get(
                        employee_id
                    )
            targets: Iterable[int | None] = part.unit_targets
            if own_targets:
                targets = [
                    unit_target if (mine := own_targets.get(line.code)) is None else mine
                    for line, unit_target in zip(part.lines, part.unit_targets, strict=True)
                ]
            keys = list(zip(values, targets, strict=True))
            found = [line.scored.get(key) for line, key in zip(part.lines, keys, strict=True)]
            if pro_rated is not None:
                # the slow path, for the few with fewer hours: their volume lines are their own
                for position in part.volume:
                    if keys[position][1] is not None:
                        found[position] = self._score_line(part.lines[position], *keys[position], pro_rated)
            if None in found:
                for position, line in enumerate(part.lines):
                    if found[position] is None:
                        found[position] = line.scored[keys[position]] = self._score_line(line, *keys[position])
            results: list[tuple[Decimal | None, str]] = found  # type: ignore[assignment]
            raws = [raw for raw, _ in results]
            missing = (
                [line.code for line, raw in zip(part.lines, raws, strict=True) if raw is None] if None in raws else []
            )
            score = rules.live_score(zip(part.weights, raws, strict=True)) if raws else None
            if template_code not in codes:
                codes.append(template_code)
            if missing:
                complete = False
            if score is not None:
                scored.append((count, score))
            if breakdowns:
                score_json = "null" if score is None else f'"{self._text(score)}"'
                parts.append(
                    f'{part.json_head}, "days": {count}, "score": {score_json}, '
                    f'"metrics": [{", ".join([shown for _, shown in results])}], "missing": {json.dumps(missing)}}}'
                )
        if not scored:
            overall = None
        elif len(scored) == 1:
            overall = self._text(scored[0][1])  # one part: pro-rating gives its score back
        else:
            overall = self._text(rules.prorate(scored))
        document = None
        if breakdowns:
            overall_json = "null" if overall is None else f'"{overall}"'
            document = (
                f'{{"employee_id": "{employee_id}", "employee_no": {json.dumps(employee_no)}, '
                f'"full_name": {json.dumps(full_name)}, "period": {self._period_json}, '
                f'"score": {overall_json}, "complete": {"true" if complete else "false"}, '
                f'"parts": [{", ".join(parts)}]}}'
            )
        return MonthScore(employee_id, employee_no, full_name, overall, complete, tuple(codes), document)
