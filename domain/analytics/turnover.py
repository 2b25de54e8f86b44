"""Store staff turnover: per period and store, the people at home in the store who left in the
period (a status change to `left` effective on one of its days, known by today) over the people
at home there on the books at any time in it (hired by its last day, not left before its first).
Groups: all stores, each region (its stores), each store, and each by sex. A store is flagged
when its turnover over the twelve months up to a day is above 30 % (HR's `turnover_above`); its
store managers and HR are told.

The home unit is the one now (as the other figures read it): someone who moved home from a store
counts at their present home. Counted by the database per home store and sex, one statement per
period."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.analytics import cuts, rollups, rules
from domain.analytics.cuts import Tally
from domain.analytics.inputs import check_grouping, check_range
from domain.analytics.participation import WINDOW_DAYS
from domain.analytics.readings import Reading
from domain.analytics.rollups import Stored
from domain.analytics.rules import Granularity, Period
from domain.analytics.schemas import FigureSeries
from domain.analytics.settings import Settings, settings_in_force
from domain.analytics.sight import narrowed, sight_of
from domain.care.models import WomenShareMember
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today
from domain.people.leavers import first_left, gone_by
from domain.people.models import Employee
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import NotFound
from domain.shared.i18n import _

FIGURE = "turnover"
GROUPINGS = ("store", "sex")


async def tallies(session: AsyncSession, first: date, last: date, today: date) -> list[Tally]:
    """Per home store and sex: who left in [first, last] (known by `today`) of those on the books in it."""
    leaving = first_left(first - timedelta(days=1), min(last, today)).subquery()
    home = aliased(OrgUnit)
    woman = WomenShareMember.employee_id.is_not(None)
    rows = await session.execute(
        select(home.path, woman.label("woman"), func.count(leaving.c.employee_id), func.count())
        .select_from(Employee)
        .join(home, home.id == Employee.home_unit_id)
        .outerjoin(leaving, leaving.c.employee_id == Employee.id)
        .outerjoin(WomenShareMember, WomenShareMember.employee_id == Employee.id)
        .where(
            home.kind == OrgUnitKind.STORE,
            Employee.hire_date <= last,
            Employee.id.not_in(gone_by(first - timedelta(days=1))),
        )
        .group_by(home.path, woman)
    )
    return [Tally(path, bool(is_woman), int(left), int(people)) for path, is_woman, left, people in rows]


async def turnover(
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
    units = await cuts.units_of(session, OrgUnitKind.REGION, OrgUnitKind.STORE)
    # the lattice's unit grouping, by stores and regions here
    wanted = cuts.wanted_keys(["department" if g == "store" else g for g in group_by], units, sight)
    if not wanted:  # a department head (or a unit asked for) with no store in sight
        if unit_id is not None:
            raise NotFound(_("No such unit in your sight."), slug="analytics.unit_not_found")
        raise NotFound(_("No analytics here."), slug="analytics.not_found")
    settings = await settings_in_force(session)
    threshold = settings.threshold("turnover_above")
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
        threshold=str(threshold.value.quantize(Decimal("0.0001"))),
        direction=threshold.direction.value,
        minimum_group=settings.minimum_group,
        points=rollups.series(found, wanted, threshold=threshold),
        as_of=as_of,
    )


async def computed(session: AsyncSession, period: Period, today: date, settings: Settings) -> list[Stored]:
    """Every group's point of one period (the roll-up's computation)."""
    units = await cuts.units_of(session, OrgUnitKind.REGION, OrgUnitKind.STORE)
    cells, partitions = cuts.lattice(period.label, await tallies(session, period.first, period.last, today), units)
    return rollups.from_cells(cells, partitions, settings.minimum_group)


async def readings(session: AsyncSession, last_day: date) -> list[Reading]:
    """What the flags compare for `last_day`: each store's turnover over the twelve months up to it
    (leavers known by then); suppressed stores left out."""
    settings = await settings_in_force(session)
    units = await cuts.units_of(session, OrgUnitKind.REGION, OrgUnitKind.STORE)
    first = last_day - timedelta(days=WINDOW_DAYS - 1)
    cells, partitions = cuts.lattice(str(last_day), await tallies(session, first, last_day, last_day), units)
    hidden = rules.suppressed(cells, partitions, settings.minimum_group)
    stores = {cuts.key(unit, None): unit for unit in await cuts.units_of(session, OrgUnitKind.STORE)}
    found: list[Reading] = []
    for i, cell in enumerate(cells):
        store = stores.get(cell.group)
        value = rules.ratio(cell.numerator, cell.denominator)
        if store is None or i in hidden or value is None:
            continue
        found.append(
            Reading(group_key=cell.group, value=value, threshold=settings.threshold("turnover_above"), unit_id=store.id)
        )
    return found
