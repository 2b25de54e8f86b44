"""The groups a people figure is cut into (the whole organisation, each department with its
sub-departments, and each of those by sex), built from counts per home unit so the database
counts people and Python only adds up a few hundred rows. Every group of the lattice is built and
suppressed together (domain/analytics/rules.py), then only the asked-for and visible ones are
returned, so what one reader is shown never depends on what another asked."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.analytics.rules import Cell
from domain.analytics.schemas import SeriesGroup, SexGroup
from domain.analytics.sight import Sight
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.rules import ancestry

SEXES: tuple[SexGroup, ...] = ("women", "others")
WHOLE = "all"  # the key of the whole organisation's group
GROUPINGS = ("department", "sex")


@dataclass(frozen=True)
class Department:
    """A unit a figure is grouped by: a department, or a region, store or project."""

    id: uuid.UUID
    code: str
    name: str
    path: str
    kind: OrgUnitKind = OrgUnitKind.DEPARTMENT


@dataclass(frozen=True)
class Tally:
    """People whose home unit has `path`, women or not: `numerator` of `denominator` count."""

    path: str
    woman: bool
    numerator: int
    denominator: int


async def departments(session: AsyncSession) -> list[Department]:
    """Head office's departments, the groups of the people figures."""
    return await units_of(session, OrgUnitKind.DEPARTMENT)


async def frontline_units(session: AsyncSession) -> list[Department]:
    """Regions, stores and projects: the groups of the figures about the frontline (a region
    holds its stores, as a department its sub-departments)."""
    return await units_of(session, OrgUnitKind.REGION, OrgUnitKind.STORE, OrgUnitKind.PROJECT)


async def units_of(session: AsyncSession, *kinds: OrgUnitKind) -> list[Department]:
    rows = await session.execute(
        select(OrgUnit.id, OrgUnit.code, OrgUnit.name, OrgUnit.path, OrgUnit.kind)
        .where(OrgUnit.kind.in_(kinds))
        .order_by(OrgUnit.code)
    )
    return [Department(unit_id, code, name, path, OrgUnitKind(kind)) for unit_id, code, name, path, kind in rows]


def key(department: Department | None, sex: SexGroup | None) -> str:
    unit = f"unit:{department.id}" if department else WHOLE
    return f"{unit}|sex:{sex}" if sex else unit


def lattice(
    period: str, tallies: Sequence[Tally], units: Sequence[Department]
) -> tuple[list[Cell], dict[str, list[list[str]]]]:
    """Every group's cell for one period, and how each group is cut into disjoint parts. Each
    tally is added to the units on its path (the tree's depth, not the number of units: a figure
    over 2,000 stores adds up a few thousand tallies, not millions of comparisons)."""
    cells: list[Cell] = []
    at_path = {d.path: d for d in units}
    sums: dict[tuple[str, bool | None], list[int]] = {}

    def count(group: str, woman: bool | None, tally: Tally) -> None:
        total = sums.setdefault((group, woman), [0, 0])
        total[0] += tally.numerator
        total[1] += tally.denominator

    groups_of: dict[str, list[str]] = {}
    for tally in tallies:
        groups = groups_of.get(tally.path)
        if groups is None:
            groups = groups_of[tally.path] = [
                WHOLE,
                *(key(at_path[p], None) for p in ancestry(tally.path) if p in at_path),
            ]
        for group in groups:
            count(group, None, tally)
            count(group, tally.woman, tally)
    below = children(units)

    def add(group: str, woman: bool | None, label: str) -> None:
        numerator, denominator = sums.get((group, woman), (0, 0))
        cells.append(Cell(period, label, numerator, denominator))

    partitions: dict[str, list[list[str]]] = {}
    for department in [None, *units]:
        whole = key(department, None)
        parts = below[whole]
        add(whole, None, whole)
        partitions[whole] = [[key(c, None) for c in parts], [key(department, s) for s in SEXES]]
        for sex in SEXES:
            add(whole, sex == "women", key(department, sex))
            partitions[key(department, sex)] = [[key(c, sex) for c in parts]]
    return cells, partitions


def children(units: Sequence[Department]) -> dict[str, list[Department]]:
    """Each group's nearest units below it, by key (WHOLE for the whole organisation): a unit's
    parent among `units` is the nearest of its ancestors that is one of them."""
    at_path = {u.path: u for u in units}
    found: dict[str, list[Department]] = {key(u, None): [] for u in units}
    found[WHOLE] = []
    for unit in units:
        above = [at_path[p] for p in ancestry(unit.path)[:-1] if p in at_path]
        found[key(above[-1] if above else None, None)].append(unit)
    return found


def wanted_keys(group_by: Sequence[str], units: Sequence[Department], sight: Sight) -> list[tuple[str, SeriesGroup]]:
    """The groups asked for, in chart order, that the reader may see. A reader without the whole
    organisation in sight is shown departments only (the whole is not theirs)."""
    by_unit = "department" in group_by or sight.paths is not None
    sexes: tuple[SexGroup | None, ...] = SEXES if "sex" in group_by else (None,)
    shown = [d for d in units if sight.covers(d.path)] if by_unit else [None]
    return [
        (
            key(d, s),
            SeriesGroup(
                unit_id=d.id if d else None, unit_code=d.code if d else None, unit_name=d.name if d else None, sex=s
            ),
        )
        for d in shown
        for s in sexes
    ]
