"""Care at the frontline: flexible arrangements requested in each period (by request date, in the
organisation's time zone) and where they stand now (granted, refused, pending, withdrawn), the
share granted of those decided, and the people with each legal protection in force (no night
work, no extended hours, rest within hours, nursing time, check-ups as work) on the period's last
day. Grouped as a whole and by home unit (a department, region or store with what lies under it).

These counts are about pregnancy and nursing, so a count of 1 to `minimum_group - 1` is suppressed,
and so is a count that a shown total less its shown parts would give: a unit beside its
sub-units, and arrangements requested beside their four outcomes (rules.suppressed with both
cuts). A share granted is shown only when both counts it comes from are. Counts of arrangements
(a person may have several) and of people (protections) are suppressed alike; the kinds of
protection overlap (one pregnancy earns three), so they are not a cut of one another and the
differences between kinds are not audited (see rules.py)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics import cuts, rollups, rules
from domain.analytics.cuts import Department
from domain.analytics.inputs import check_grouping, check_range
from domain.analytics.rollups import Stored
from domain.analytics.rules import Cell, Granularity, Period
from domain.analytics.schemas import FigureSeries, SeriesGroup
from domain.analytics.settings import Settings, settings_in_force
from domain.analytics.sight import narrowed, sight_of
from domain.care.models import ArrangementStatus, CarePeriod, FlexibleArrangement
from domain.care.protections import Basis, Kind
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_timezone, organisation_today
from domain.org.rules import ancestry
from domain.people.models import Employee, EmployeeStatus
from domain.shared.actor import Actor
from domain.shared.clock import Clock

FIGURE = "care_arrangements"
GROUPINGS = ("department", "store")
GROUPED_KINDS = {
    "department": (OrgUnitKind.DEPARTMENT,),
    "store": (OrgUnitKind.REGION, OrgUnitKind.STORE, OrgUnitKind.PROJECT),
}
HOME_KINDS = (OrgUnitKind.DEPARTMENT, OrgUnitKind.REGION, OrgUnitKind.STORE, OrgUnitKind.PROJECT)
OUTCOMES = {
    ArrangementStatus.APPROVED.value: "granted",
    ArrangementStatus.REJECTED.value: "refused",
    ArrangementStatus.IN_REVIEW.value: "pending",
    ArrangementStatus.WITHDRAWN.value: "withdrawn",
}
PROTECTIONS = (
    Kind.NO_NIGHT_WORK,
    Kind.NO_EXTENDED_HOURS,
    Kind.REST_WITHIN_HOURS,
    Kind.PROTECTED_TIME,
    Kind.CHECKUPS_ARE_WORK,
)
IN_FORCE = {kind.value: f"in_force.{kind.value}" for kind in PROTECTIONS}
COUNTS = ("requested", *OUTCOMES.values(), *IN_FORCE.values())
MEASURES = (*COUNTS[:5], "granted_share", *COUNTS[5:])


def cell_key(measure: str, group: str) -> str:
    return f"{measure}|{group}"


def add_up(by_path: dict[str, dict[str, int]], units: Sequence[Department]) -> dict[str, dict[str, int]]:
    """Counts per home path summed to each unit over it and to the whole: each path walks its own
    ancestors (`/a/b/` is under `/a/`), so the cost is the rows times the tree's depth."""
    at_path = {u.path: cuts.key(u, None) for u in units}
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for path, numbers in by_path.items():
        groups = [cuts.WHOLE, *(at_path[p] for p in ancestry(path) if p in at_path)]
        for group in groups:
            for measure, n in numbers.items():
                totals[group][measure] += n
    return totals


async def _day_bounds(session: AsyncSession, first: date, last: date) -> tuple[datetime, datetime]:
    zone = await organisation_timezone(session)
    return datetime.combine(first, time.min, tzinfo=zone), datetime.combine(
        last + timedelta(days=1), time.min, tzinfo=zone
    )


async def counted(session: AsyncSession, first: date, last: date) -> dict[str, dict[str, int]]:
    """Per home path: arrangements requested in [first, last] by outcome, and the people with each
    legal protection in force on `last` (two statements)."""
    start, end = await _day_bounds(session, first, last)
    by_path: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows = await session.execute(
        select(OrgUnit.path, FlexibleArrangement.status, func.count())
        .join(Employee, Employee.id == FlexibleArrangement.employee_id)
        .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
        .where(FlexibleArrangement.created_at >= start, FlexibleArrangement.created_at < end)
        .group_by(OrgUnit.path, FlexibleArrangement.status)
    )
    for path, status, n in rows:
        by_path[path]["requested"] += int(n)
        by_path[path][OUTCOMES[status]] += int(n)
    rows = await session.execute(
        select(OrgUnit.path, CarePeriod.kind, func.count(func.distinct(CarePeriod.employee_id)))
        .join(Employee, Employee.id == CarePeriod.employee_id)
        .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
        .where(
            CarePeriod.basis == Basis.LAW.value,
            CarePeriod.kind.in_(list(IN_FORCE)),
            CarePeriod.start_date <= last,
            CarePeriod.end_date >= last,
            Employee.status != EmployeeStatus.LEFT,
        )
        .group_by(OrgUnit.path, CarePeriod.kind)
    )
    for path, kind, n in rows:
        by_path[path][IN_FORCE[kind]] += int(n)
    return by_path


def lattice(
    period: str, totals: dict[str, dict[str, int]], units: Sequence[Department]
) -> tuple[list[Cell], dict[str, list[list[str]]]]:
    """Each count measure's cell per group, and the cuts: a group by its sub-units, and
    arrangements requested by their outcomes."""
    below = {group: [cuts.key(c, None) for c in parts] for group, parts in cuts.children(units).items()}
    cells: list[Cell] = []
    partitions: dict[str, list[list[str]]] = {}
    for group in below:
        numbers = totals.get(group, {})
        for measure in COUNTS:
            n = numbers.get(measure, 0)
            cells.append(Cell(period, cell_key(measure, group), n, n))
            partitions[cell_key(measure, group)] = [[cell_key(measure, child) for child in below[group]]]
        partitions[cell_key("requested", group)].append([cell_key(m, group) for m in OUTCOMES.values()])
    return cells, partitions


async def care_arrangements(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    period_from: date,
    period_to: date,
    group_by: Sequence[str] = (),
    granularity: Granularity = Granularity.MONTH,
    unit_id: uuid.UUID | None = None,
) -> FigureSeries:
    sight = await narrowed(session, await sight_of(session, actor), unit_id)
    check_range(period_from, period_to)
    check_grouping(group_by, GROUPINGS)
    settings = await settings_in_force(session)
    units = await cuts.units_of(session, *HOME_KINDS)
    # the units asked for (departments, or regions, stores and projects); a reader without the
    # whole organisation sees the units in their sight of every kind
    kinds = {kind for grouping in group_by for kind in GROUPED_KINDS[grouping]}
    if not kinds and sight.paths is not None:
        kinds = set(HOME_KINDS)
    if kinds:
        wanted = [
            (cuts.key(u, None), SeriesGroup(unit_id=u.id, unit_code=u.code, unit_name=u.name))
            for u in units
            if u.kind in kinds and sight.covers(u.path)
        ]
    else:
        wanted = [(cuts.WHOLE, SeriesGroup())]
    found, as_of = await rollups.read(
        session,
        figure=FIGURE,
        variant=rollups.NO_VARIANT,
        settings=settings,
        periods=rules.periods(period_from, period_to, granularity),
        today=await organisation_today(session, clock),
        compute=computed,
        groups=[key for key, _group in wanted],
    )
    return FigureSeries(
        figure=FIGURE,
        period_from=period_from,
        period_to=period_to,
        granularity=granularity,
        group_by=list(dict.fromkeys(group_by)),
        threshold=None,
        direction=None,
        minimum_group=settings.minimum_group,
        points=rollups.series(found, wanted, MEASURES),
        as_of=as_of,
    )


async def computed(session: AsyncSession, period: Period, today: date, settings: Settings) -> list[Stored]:
    """Every group's counts and share of one period (the roll-up's computation)."""
    units = await cuts.units_of(session, *HOME_KINDS)
    totals = add_up(await counted(session, period.first, period.last), units)
    cells, partitions = lattice(period.label, totals, units)
    concealed = {cells[i].group for i in rules.suppressed(cells, partitions, settings.minimum_group)}
    found: list[Stored] = []
    for group_key in [cuts.WHOLE, *(cuts.key(u, None) for u in units)]:
        numbers = totals.get(group_key, {})
        for measure in COUNTS:
            n = numbers.get(measure, 0)
            if cell_key(measure, group_key) in concealed:
                found.append(rollups.hidden(group_key, measure))
            else:
                found.append(Stored(group_key, measure, str(n), n, None, False))
        if cell_key("granted", group_key) in concealed or cell_key("refused", group_key) in concealed:
            found.append(rollups.hidden(group_key, "granted_share"))
            continue
        granted, decided = numbers.get("granted", 0), numbers.get("granted", 0) + numbers.get("refused", 0)
        share = rules.ratio(granted, decided)
        found.append(Stored(group_key, "granted_share", None if share is None else str(share), granted, decided, False))
    return found
