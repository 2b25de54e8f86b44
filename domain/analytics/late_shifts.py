"""Women's share of late shifts: late shifts worked by women over all late shifts, in published
rosters, by shift date; per store, per region (its stores) and for all stores. It is the roster
cap's figure (domain/rosters/rules.py `women_late_share`, 10 % of a store's late shifts) read over
a period: the same late shift (`is_late`: it ends after the roster rules' late hour, 22:00 by
default, or crosses midnight) and the same women (`WomenShareMember`: sex recorded as female, or a
pregnancy or nursing on file, shared by consent), as they stand today.

The figure is about shifts, but it shows shifts of people: a store whose late shifts were worked
by two people would tell each of them whether the other is counted a woman. So a group with 1 to
`minimum_group - 1` distinct people rostered on late shifts in the period is suppressed, and so is
a store or region shown beside an overlapping group (its region, the whole) whose difference would
be such a group (rules.suppressed over the people counts). Flagged per store above HR's
`late_shift_share_above` (10 %) over the 28 days (a roster month) up to the evaluated day."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics import cuts, rollups, rules
from domain.analytics.cuts import Department
from domain.analytics.inputs import check_grouping, check_range
from domain.analytics.readings import Reading
from domain.analytics.rollups import Stored
from domain.analytics.rules import Cell, Granularity, Period
from domain.analytics.schemas import FigureSeries, SeriesGroup
from domain.analytics.settings import Settings, settings_in_force
from domain.analytics.sight import Sight, narrowed, sight_of
from domain.care.models import WomenShareMember
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today
from domain.org.rules import ancestry
from domain.rosters.models import Roster, RosterShift, RosterStatus, ShiftTemplate
from domain.rosters.policy import rules_in_force
from domain.shared.actor import Actor
from domain.shared.clock import Clock

FIGURE = "late_shifts"
GROUPINGS = ("region", "store")
FLAG_WINDOW_DAYS = 28  # a roster month
KINDS = {"region": OrgUnitKind.REGION, "store": OrgUnitKind.STORE}


@dataclass(frozen=True)
class Count:
    """One group's late shifts in a period: by women, in all, and the distinct people on them."""

    by_women: int
    late: int
    people: int


def late_template(late_after: time) -> ColumnElement[bool]:
    """`domain.rosters.rules.is_late` in SQL: the template crosses midnight or ends after `late_after`."""
    return or_(ShiftTemplate.ends <= ShiftTemplate.starts, ShiftTemplate.ends > late_after)


async def counts(session: AsyncSession, first: date, last: date, units: Sequence[Department]) -> dict[str, Count]:
    """Per group key ("all", "unit:<store or region id>"): the database counts each person's late
    shifts per store, and each group adds up those of the stores on its path (its distinct people
    as a set: they do not add up across stores). Linear in the rows and the tree's depth."""
    roster_rules, _version = await rules_in_force(session)
    woman = WomenShareMember.employee_id.is_not(None)
    rows = await session.execute(
        select(OrgUnit.path, RosterShift.employee_id, func.count().filter(woman), func.count())
        .select_from(RosterShift)
        .join(Roster, Roster.id == RosterShift.roster_id)
        .join(ShiftTemplate, ShiftTemplate.id == RosterShift.template_id)
        .join(OrgUnit, OrgUnit.id == Roster.store_id)
        .outerjoin(WomenShareMember, WomenShareMember.employee_id == RosterShift.employee_id)
        .where(
            Roster.status == RosterStatus.PUBLISHED.value,
            RosterShift.day >= first,
            RosterShift.day <= last,
            late_template(roster_rules.late_after),
        )
        .group_by(OrgUnit.path, RosterShift.employee_id)
    )
    at_path = {u.path: u for u in units}
    shifts: dict[str, list[int]] = {}
    people: dict[str, set[uuid.UUID]] = {}
    for path, employee_id, by_women, late in rows:
        for group in [cuts.WHOLE, *(cuts.key(at_path[p], None) for p in ancestry(path) if p in at_path)]:
            total = shifts.setdefault(group, [0, 0])
            total[0] += by_women
            total[1] += late
            people.setdefault(group, set()).add(employee_id)
    return {group: Count(by_women, late, len(people[group])) for group, (by_women, late) in shifts.items()}


def cells_of(period: str, found: dict[str, Count], units: Sequence[Department]) -> list[Cell]:
    """The suppression's cells: per group its women's late shifts over its people (the people are
    what a small group reveals; nobody rostered late: a cell of nobody)."""
    keys = [cuts.WHOLE, *(cuts.key(u, None) for u in units)]
    empty = Count(0, 0, 0)
    return [Cell(period, k, found.get(k, empty).by_women, found.get(k, empty).people) for k in keys]


def _wanted(
    group_by: Sequence[str], units: Sequence[Department], kinds: dict[uuid.UUID, OrgUnitKind], sight: Sight
) -> list[tuple[str, SeriesGroup]]:
    """The groups asked for that the reader may see; a reader without every store is not shown the whole."""
    chosen = {KINDS[g] for g in group_by}
    if not chosen and sight.paths is not None:
        chosen = set(KINDS.values())  # a reader without every store sees their regions and stores
    if not chosen:
        return [(cuts.WHOLE, SeriesGroup())]
    return [
        (cuts.key(u, None), SeriesGroup(unit_id=u.id, unit_code=u.code, unit_name=u.name))
        for u in units
        if kinds[u.id] in chosen and sight.covers(u.path)
    ]


async def _units(session: AsyncSession) -> tuple[list[Department], dict[uuid.UUID, OrgUnitKind]]:
    units = await cuts.units_of(session, *KINDS.values())
    return units, {u.id: u.kind for u in units}


async def late_shifts(
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
    threshold = settings.threshold("late_shift_share_above")
    units, kinds = await _units(session)
    wanted = _wanted(group_by, units, kinds, sight)
    found, as_of = await rollups.read(
        session,
        figure=FIGURE,
        variant=await variant(session, settings),
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
        threshold=str(threshold.value.quantize(Decimal("0.0001"))),
        direction=threshold.direction.value,
        minimum_group=settings.minimum_group,
        points=rollups.series(found, wanted, threshold=threshold),
        as_of=as_of,
    )


async def variant(session: AsyncSession, _settings: Settings) -> str:
    """The roster rules' version: their late hour says which shifts are late."""
    _rules, version = await rules_in_force(session)
    return f"roster-rules@{version}"


async def computed(session: AsyncSession, period: Period, today: date, settings: Settings) -> list[Stored]:
    """Every group's point of one period (the roll-up's computation): women's late shifts over
    late shifts, suppressed by the people on them."""
    units, _kinds = await _units(session)
    partitions = {k: [[cuts.key(c, None) for c in parts]] for k, parts in cuts.children(units).items()}
    by_group = await counts(session, period.first, period.last, units)
    cells = cells_of(period.label, by_group, units)
    concealed = {cells[i].group for i in rules.suppressed(cells, partitions, settings.minimum_group)}
    found = []
    for cell in cells:
        count = by_group.get(cell.group, Count(0, 0, 0))
        if cell.group in concealed:
            found.append(rollups.hidden(cell.group))
            continue
        value = rules.ratio(count.by_women, count.late)
        found.append(Stored(cell.group, "", None if value is None else str(value), count.by_women, count.late, False))
    return found


async def readings(session: AsyncSession, last_day: date) -> list[Reading]:
    """Each store's share over the 28 days up to `last_day`; suppressed stores and stores without
    late shifts are left out (neither raised nor cleared)."""
    settings = await settings_in_force(session)
    threshold = settings.threshold("late_shift_share_above")
    units, kinds = await _units(session)
    partitions = {k: [[cuts.key(c, None) for c in parts]] for k, parts in cuts.children(units).items()}
    by_group = await counts(session, last_day - timedelta(days=FLAG_WINDOW_DAYS - 1), last_day, units)
    cells = cells_of(str(last_day), by_group, units)
    hidden = {cells[i].group for i in rules.suppressed(cells, partitions, settings.minimum_group)}
    found: list[Reading] = []
    for unit in units:
        key = cuts.key(unit, None)
        count = by_group.get(key)
        value = None if count is None else rules.ratio(count.by_women, count.late)
        if kinds[unit.id] is not OrgUnitKind.STORE or key in hidden or value is None:
            continue
        found.append(Reading(group_key=key, value=value, threshold=threshold, unit_id=unit.id))
    return found
