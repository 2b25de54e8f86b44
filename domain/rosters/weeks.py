"""A store's roster week as the rules and the screens need it: who may be rostered on which day
(the store's own staff and people assigned to it that day, secondments' dates respected), each
person's constraints without reasons, the same people's shifts at other stores, HR's overrides, and
the checks and views built from them. Every roster command and query starts from `load_week`."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.care import protections
from domain.care.availability import approved_terms, periods_of, policy_in_force, women_among
from domain.care.protections import Kind
from domain.org.models import OrgUnit
from domain.people.assignments import unit_on
from domain.people.models import Assignment, Employee, EmployeeStatus
from domain.people.scope import people_at
from domain.rosters import rules
from domain.rosters.models import Roster, RosterOverride, RosterShift, RosterStatus, ShiftTemplate
from domain.rosters.policy import RosterRules, policy_now
from domain.rosters.schemas import (
    AssignmentInput,
    CoverageRead,
    EligibleRead,
    OverrideRead,
    RosterRead,
    RosterShiftRead,
    ViolationRead,
)
from domain.rosters.texts import violation_text
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _, render

DAY = timedelta(days=1)
# rest and consecutive days reach across the week's edges: neighbouring shifts this far are read
REACH = timedelta(days=13)
# how far past a week a care rule's end is looked for
HORIZON = timedelta(days=400)


@dataclass(frozen=True, slots=True)
class Key:
    """One assignment: who, which day, which template."""

    employee_id: uuid.UUID
    day: date
    template_id: uuid.UUID


@dataclass(slots=True)
class Week:
    store: OrgUnit
    start: date
    settings: RosterRules
    policy: rules.RosterPolicy
    roster: Roster | None
    templates: dict[uuid.UUID, ShiftTemplate]
    keys: list[Key]
    shift_ids: dict[Key, uuid.UUID]
    eligible: dict[uuid.UUID, set[date]]
    employees: dict[uuid.UUID, Employee] = field(default_factory=dict)
    people: dict[uuid.UUID, rules.Person] = field(default_factory=dict)
    protected: dict[tuple[uuid.UUID, date], int] = field(default_factory=dict)
    # the same people's shifts elsewhere (other stores' published rosters, and this store's other weeks)
    elsewhere: list[rules.Placement] = field(default_factory=list)
    overrides: list[RosterOverride] = field(default_factory=list)

    @property
    def end(self) -> date:
        return self.start + 6 * DAY

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.store.timezone)

    @property
    def days(self) -> list[date]:
        return [self.start + i * DAY for i in range(7)]

    def shift(self, template_id: uuid.UUID) -> rules.Shift:
        template = self.templates[template_id]
        return shift_of(template)

    def placement(self, key: Key) -> rules.Placement:
        return rules.Placement(key.employee_id, key.day, self.shift(key.template_id))


def shift_of(template: ShiftTemplate) -> rules.Shift:
    return rules.Shift(str(template.id), template.starts, template.ends, template.break_minutes)


def check_week_start(week_start: date, settings: RosterRules) -> None:
    if week_start.weekday() != settings.week_starts_on:
        raise InvalidInput(
            _("A roster week starts on weekday {weekday} (Monday = 0).", weekday=settings.week_starts_on),
            field="path.week",
            slug="roster.week_start",
        )


async def eligible_days(session: AsyncSession, store_id: uuid.UUID, days: Sequence[date]) -> dict[uuid.UUID, set[date]]:
    """Who may be rostered at the store on each day: where their effective-dated assignment (or,
    without one, their home unit) puts them, active and hired by then."""
    first, last = days[0], days[-1]
    here = people_at([store_id], first, last)
    candidates = list(
        (
            await session.scalars(
                select(Employee).join(here, here.c.id == Employee.id).where(Employee.status != EmployeeStatus.LEFT)
            )
        ).all()
    )
    if not candidates:
        return {}
    rows = await session.scalars(select(Assignment).where(Assignment.employee_id.in_([e.id for e in candidates])))
    by_person: dict[uuid.UUID, list[Assignment]] = defaultdict(list)
    for row in rows:
        by_person[row.employee_id].append(row)
    found: dict[uuid.UUID, set[date]] = {}
    for employee in candidates:
        mine = {
            day
            for day in days
            if employee.hire_date <= day and unit_on(employee.home_unit_id, by_person[employee.id], day) == store_id
        }
        if mine:
            found[employee.id] = mine
    return found


async def people_for_rules(
    session: AsyncSession, employee_ids: Iterable[uuid.UUID], start: date, end: date
) -> tuple[dict[uuid.UUID, rules.Person], dict[tuple[uuid.UUID, date], int]]:
    """What the rules read of each person (constraints without reasons, counted in the women's
    share or not), and the protected minutes (nursing) each day carries. Four reads in all."""
    ids = set(employee_ids)
    periods = await periods_of(session, ids, start, end)
    terms = await approved_terms(session, ids, start, end)
    law, _version = await policy_in_force(session)
    women = await women_among(session, ids)
    people: dict[uuid.UUID, rules.Person] = {}
    protected: dict[tuple[uuid.UUID, date], int] = {}
    for employee_id in ids:
        if employee_id not in periods and employee_id not in terms:
            people[employee_id] = rules.Person(female=employee_id in women)
            continue
        # read on past the range, so a violation can say the day a rule really ends
        found = protections.constraints(
            periods.get(employee_id, []), terms.get(employee_id, []), law, start, end + HORIZON
        )
        people[employee_id] = rules.Person(female=employee_id in women, constraints=tuple(found))
        for constraint in found:
            if constraint.rule.kind is Kind.PROTECTED_TIME and constraint.rule.minutes:
                day = max(constraint.start, start)
                while day <= min(constraint.end, end):
                    protected[(employee_id, day)] = constraint.rule.minutes
                    day += DAY
    return people, protected


async def load_week(
    session: AsyncSession, store: OrgUnit, week_start: date, *, lock: bool = False, extra: Iterable[uuid.UUID] = ()
) -> Week:
    """Everything about one store's week; `lock` row-locks the roster (a change about to be made),
    `extra` names people to read beyond the eligible and rostered (a proposal's)."""
    policy, settings = await policy_now(session)
    check_week_start(week_start, settings)
    query = select(Roster).where(Roster.store_id == store.id, Roster.week_start == week_start)
    roster = await session.scalar(query.with_for_update() if lock else query)
    templates = {
        t.id: t for t in await session.scalars(select(ShiftTemplate).where(ShiftTemplate.store_id == store.id))
    }
    shift_ids: dict[Key, uuid.UUID] = {}
    overrides: list[RosterOverride] = []
    if roster is not None:
        for row in await session.scalars(select(RosterShift).where(RosterShift.roster_id == roster.id)):
            shift_ids[Key(row.employee_id, row.day, row.template_id)] = row.id
        overrides = list(
            (await session.scalars(select(RosterOverride).where(RosterOverride.roster_id == roster.id))).all()
        )
    week = Week(
        store=store,
        start=week_start,
        settings=settings,
        policy=policy,
        roster=roster,
        templates=templates,
        keys=sorted(shift_ids, key=_order),
        shift_ids=shift_ids,
        eligible={},
        overrides=overrides,
    )
    week.eligible = await eligible_days(session, store.id, week.days)
    await _read_people(session, week, {*week.eligible, *(k.employee_id for k in week.keys), *extra})
    return week


async def _read_people(session: AsyncSession, week: Week, ids: set[uuid.UUID]) -> None:
    missing = ids - set(week.employees)
    if not missing:
        return
    for employee in await session.scalars(select(Employee).where(Employee.id.in_(missing))):
        week.employees[employee.id] = employee
    people, protected = await people_for_rules(session, missing, week.start - REACH, week.end + REACH)
    week.people.update(people)
    week.protected.update(protected)
    week.elsewhere.extend(await _shifts_elsewhere(session, week, missing))


async def _shifts_elsewhere(session: AsyncSession, week: Week, ids: set[uuid.UUID]) -> list[rules.Placement]:
    """These people's shifts near the week that this roster does not hold: other stores' published
    weeks, and this store's neighbouring weeks (published or not)."""
    rows = await session.execute(
        select(RosterShift.employee_id, RosterShift.day, ShiftTemplate, Roster.store_id, Roster.status, Roster.id)
        .join(Roster, Roster.id == RosterShift.roster_id)
        .join(ShiftTemplate, ShiftTemplate.id == RosterShift.template_id)
        .where(
            RosterShift.employee_id.in_(ids),
            RosterShift.day >= week.start - REACH,
            RosterShift.day <= week.end + REACH,
        )
    )
    own = week.roster.id if week.roster else None
    return [
        rules.Placement(employee_id, day, shift_of(template))
        for employee_id, day, template, store_id, status, roster_id in rows
        if roster_id != own and (store_id == week.store.id or status == RosterStatus.PUBLISHED.value)
    ]


def _order(key: Key) -> tuple[date, str, str]:
    return (key.day, str(key.template_id), str(key.employee_id))


async def proposed(session: AsyncSession, week: Week, assignments: Sequence[AssignmentInput]) -> list[Key]:
    """A proposal's assignments as keys, each checked: the store's template, a day of the week, a
    person who may be rostered here that day, no duplicate. The first problem is refused with the
    field it is in; nothing is written."""
    seen: set[Key] = set()
    keys: list[Key] = []
    await _read_people(session, week, {a.employee_id for a in assignments})
    used = set(week.shift_ids)
    for index, item in enumerate(assignments):
        where = f"body.assignments[{index}]"
        template = week.templates.get(item.template_id)
        key = Key(item.employee_id, item.day, item.template_id)
        if template is None or (not template.active and key not in used):
            raise InvalidInput(
                _("No active shift template {template_id} at this store.", template_id=item.template_id),
                field=f"{where}.template_id",
                slug="roster.unknown_template",
            )
        if not week.start <= item.day <= week.end:
            raise InvalidInput(
                _("{day} is not in the roster week {start} to {end}.", day=item.day, start=week.start, end=week.end),
                field=f"{where}.day",
                slug="roster.day_outside_week",
            )
        if item.day not in week.eligible.get(item.employee_id, set()):
            raise InvalidInput(
                _(
                    "Employee {employee_id} is not assigned to this store on {day}.",
                    employee_id=item.employee_id,
                    day=item.day,
                ),
                field=f"{where}.employee_id",
                slug="roster.not_assigned",
            )
        if key in seen:
            raise InvalidInput(
                _("The same person is on the same shift twice."), field=where, slug="roster.duplicate_assignment"
            )
        seen.add(key)
        keys.append(key)
    return sorted(keys, key=_order)


def violations(week: Week, keys: Sequence[Key]) -> list[rules.Violation]:
    """Every rule the week breaks with these assignments: each person's rules over their shifts here
    and elsewhere (reported when one of this roster's shifts is involved), the women's late-shift
    share over this store's week alone, less what HR has overridden."""
    own = [week.placement(k) for k in keys]
    own_set = set(own)
    people: dict[Hashable, rules.Person] = {key: value for key, value in week.people.items()}
    for placement in [*own, *week.elsewhere]:
        people.setdefault(placement.person, rules.Person())
    in_week = [p for p in week.elsewhere if week.start <= p.day <= week.end]
    found = [
        v
        for v in rules.check([*own, *in_week], people, week.policy)
        if v.rule is not rules.Rule.WOMEN_LATE_SHARE
        and v.rule not in rules.OVERRIDABLE
        and any(p in own_set for p in v.placements)
    ]
    # rest and consecutive days look across the week's edges
    found.extend(
        v
        for v in rules.check([*own, *week.elsewhere], people, week.policy)
        if v.rule in rules.OVERRIDABLE and any(p in own_set for p in v.placements)
    )
    share = rules.women_late_share(own, people, week.policy)
    if share is not None:
        found.append(share)
    waived = {(o.employee_id, o.rule) for o in week.overrides}
    return [
        v
        for v in found
        if not (v.overridable and all((p.person, v.rule.value) in waived for p in v.placements if p in own_set))
    ]


def per_person(found: Iterable[rules.Violation]) -> list[rules.Violation]:
    """The violations a single assignment can be refused for (the share is a whole week's matter)."""
    return [v for v in found if v.rule is not rules.Rule.WOMEN_LATE_SHARE]


def coverage(week: Week, keys: Sequence[Key]) -> list[CoverageRead]:
    counts: dict[tuple[date, uuid.UUID], int] = defaultdict(int)
    for key in keys:
        counts[(key.day, key.template_id)] += 1
    found = []
    for day in week.days:
        for template in sorted(week.templates.values(), key=lambda t: (t.starts, t.code)):
            rostered = counts.get((day, template.id), 0)
            required = template.headcount[day.weekday()] if template.active else 0
            if not template.active and not rostered:
                continue
            found.append(
                CoverageRead(
                    day=day,
                    template_id=template.id,
                    code=template.code,
                    required=required,
                    rostered=rostered,
                    gap=max(required - rostered, 0),
                )
            )
    return found


def violation_read(violation: rules.Violation, language: str) -> ViolationRead:
    return ViolationRead(
        rule=violation.rule.value,
        overridable=violation.overridable,
        text=render(violation_text(violation), language),
        until=violation.until,
        employee_ids=sorted({p.person for p in violation.placements}, key=str),
        days=sorted({p.day for p in violation.placements}),
        numbers=dict(violation.numbers),
    )


def span(week: Week, day: date, template: ShiftTemplate) -> tuple[datetime, datetime]:
    """The shift's start and end as instants in the store's zone (a gap or fold in the local clock
    resolves as zoneinfo does, fold=0)."""
    start, end = shift_of(template).span(day)
    return start.replace(tzinfo=week.zone), end.replace(tzinfo=week.zone)


def shift_read(week: Week, key: Key) -> RosterShiftRead:
    template = week.templates[key.template_id]
    employee = week.employees[key.employee_id]
    starts, ends = span(week, key.day, template)
    return RosterShiftRead(
        id=week.shift_ids.get(key),
        employee_id=key.employee_id,
        employee_no=employee.employee_no,
        full_name=employee.full_name,
        day=key.day,
        template_id=template.id,
        code=template.code,
        name=template.name,
        starts_at=starts,
        ends_at=ends,
        starts_local=starts,
        ends_local=ends,
        time_zone=week.store.timezone,
        paid_minutes=shift_of(template).paid_minutes,
        protected_minutes=week.protected.get((key.employee_id, key.day), 0),
    )


def roster_read(week: Week, language: str) -> RosterRead:
    found = coverage(week, week.keys)
    roster = week.roster
    return RosterRead(
        id=roster.id if roster else None,
        store_id=week.store.id,
        store_name=week.store.name,
        time_zone=week.store.timezone,
        week_start=week.start,
        week_end=week.end,
        status=RosterStatus(roster.status) if roster else RosterStatus.DRAFT,
        version=roster.version if roster else 0,
        published_at=roster.published_at if roster else None,
        shifts=[shift_read(week, key) for key in week.keys],
        coverage=found,
        gaps=[c for c in found if c.gap],
        violations=[violation_read(v, language) for v in violations(week, week.keys)],
        overrides=[
            OverrideRead(id=o.id, employee_id=o.employee_id, rule=o.rule, reason=o.reason, created_at=o.created_at)
            for o in sorted(week.overrides, key=lambda o: o.created_at)
        ],
        eligible=[
            EligibleRead(
                employee_id=employee_id,
                employee_no=week.employees[employee_id].employee_no,
                full_name=week.employees[employee_id].full_name,
                days=sorted(days),
            )
            for employee_id, days in sorted(week.eligible.items(), key=lambda kv: week.employees[kv[0]].employee_no)
        ],
    )
