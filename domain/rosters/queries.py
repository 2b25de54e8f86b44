"""My shifts: the published ones, at any store, in each store's zone, with the protected time
(nursing) each carries. Drafts stay with the planners until published."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.people.models import Employee
from domain.rosters.models import Roster, RosterShift, RosterStatus, ShiftTemplate
from domain.rosters.schemas import MyShiftRead
from domain.rosters.weeks import people_for_rules, shift_of
from domain.shared.actor import Actor
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.shared.local_time import zone

MAX_DAYS = 93


async def my_shifts(session: AsyncSession, *, actor: Actor, start: date, end: date) -> list[MyShiftRead]:
    if end < start:
        raise InvalidInput(_("`to` must not be before `from`."), field="query.to", slug="validation.invalid_range")
    if (end - start).days + 1 > MAX_DAYS:
        raise InvalidInput(_("Ask for at most 93 days at a time."), field="query.to", slug="validation.range_too_long")
    if actor.employee_id is None:
        return []
    rows = (
        await session.execute(
            select(RosterShift, ShiftTemplate, OrgUnit)
            .join(Roster, Roster.id == RosterShift.roster_id)
            .join(ShiftTemplate, ShiftTemplate.id == RosterShift.template_id)
            .join(OrgUnit, OrgUnit.id == Roster.store_id)
            .where(
                RosterShift.employee_id == actor.employee_id,
                Roster.status == RosterStatus.PUBLISHED.value,
                RosterShift.day >= start,
                RosterShift.day <= end,
            )
        )
    ).all()
    if not rows:
        return []
    employee = await session.get(Employee, actor.employee_id)
    assert employee is not None
    _people, protected = await people_for_rules(session, [actor.employee_id], start, end + timedelta(days=1))
    found = []
    for shift, template, store in rows:
        starts, ends = shift_of(template).span(shift.day)
        tz = zone(store.timezone)
        found.append(
            MyShiftRead(
                id=shift.id,
                employee_id=shift.employee_id,
                employee_no=employee.employee_no,
                full_name=employee.full_name,
                day=shift.day,
                template_id=template.id,
                code=template.code,
                name=template.name,
                starts_at=starts.replace(tzinfo=tz),
                ends_at=ends.replace(tzinfo=tz),
                starts_local=starts.replace(tzinfo=tz),
                ends_local=ends.replace(tzinfo=tz),
                time_zone=store.timezone,
                paid_minutes=shift_of(template).paid_minutes,
                protected_minutes=protected.get((shift.employee_id, shift.day), 0),
                store_id=store.id,
                store_name=store.name,
            )
        )
    return sorted(found, key=lambda s: (s.starts_at, s.code))
