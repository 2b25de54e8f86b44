"""The constraints on a person for a date range, as their managers see them: what holds and until
when, never why. The person and HR also see the few that would hint at the reason before the person
chooses to say it (check-ups count as working time: a pregnancy, months early)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from domain.care import protections
from domain.care.availability import approved_terms, periods_of, policy_in_force
from domain.care.protections import Constraint, Kind
from domain.care.schemas import ConstraintRead, ConstraintsRead
from domain.people.scope import get_visible_employee
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput
from domain.shared.i18n import Message, _, render

# shown to the person and HR only
_PRIVATE = frozenset({Kind.CHECKUPS_ARE_WORK})


def text_of(constraint: Constraint) -> Message:
    rule, start, end = constraint.rule, constraint.start.isoformat(), constraint.end.isoformat()
    starts = rule.starts.strftime("%H:%M") if rule.starts else ""
    ends = rule.ends.strftime("%H:%M") if rule.ends else ""
    match rule.kind:
        case Kind.NO_NIGHT_WORK:
            return _(
                "No night work ({starts}-{ends}), {start} to {end}", starts=starts, ends=ends, start=start, end=end
            )
        case Kind.NO_EXTENDED_HOURS:
            return _("No overtime or extended hours, {start} to {end}", start=start, end=end)
        case Kind.REST_WITHIN_HOURS:
            return _("Rest arranged within working hours, {start} to {end}", start=start, end=end)
        case Kind.PROTECTED_TIME:
            return _(
                "{minutes} minutes off the floor each working day, counted as working time, {start} to {end}",
                minutes=rule.minutes,
                start=start,
                end=end,
            )
        case Kind.CHECKUPS_ARE_WORK:
            return _("Medical check-ups in working hours count as working time, {start} to {end}", start=start, end=end)
        case Kind.SHIFT_ENDS_BY:
            return _("No shift ending after {ends}, {start} to {end}", ends=ends, start=start, end=end)
        case Kind.DAY_WINDOW:
            return _(
                "Working day within {starts}-{ends}, {start} to {end}", starts=starts, ends=ends, start=start, end=end
            )
        case Kind.REDUCED_DAY:
            return _(
                "Working day {minutes} minutes shorter, {start} to {end}", minutes=rule.minutes, start=start, end=end
            )
        case Kind.REMOTE_DAYS:
            return _("{count} remote working days a week, {start} to {end}", count=rule.count, start=start, end=end)
        case Kind.MAX_COMMUTE:
            return _("No posting with a commute over {km} km, {start} to {end}", km=rule.km, start=start, end=end)


def as_read(constraint: Constraint, language: str) -> ConstraintRead:
    rule = constraint.rule
    return ConstraintRead(
        kind=rule.kind,
        basis=rule.basis,
        start=constraint.start,
        end=constraint.end,
        minutes=rule.minutes,
        starts=rule.starts,
        ends=rule.ends,
        count=rule.count,
        km=rule.km,
        text=render(text_of(constraint), language),
    )


def check_range(start: date, end: date) -> None:
    if end < start:
        raise InvalidInput(_("`to` must not be before `from`."), field="query.to", slug="validation.invalid_range")
    if (end - start).days + 1 > protections.MAX_RANGE_DAYS:
        raise InvalidInput(_("Ask for at most 366 days at a time."), field="query.to", slug="validation.range_too_long")


async def constraints_in(session: AsyncSession, employee_id: uuid.UUID, start: date, end: date) -> list[Constraint]:
    periods = await periods_of(session, [employee_id], start, end)
    terms = await approved_terms(session, [employee_id], start, end)
    policy, _version = await policy_in_force(session)
    return protections.constraints(periods.get(employee_id, []), terms.get(employee_id, []), policy, start, end)


async def employee_constraints(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID, start: date, end: date
) -> ConstraintsRead:
    """The person, HR, leaders and administrators, and the managers who may see the person."""
    check_range(start, end)
    await get_visible_employee(session, actor, clock, employee_id)
    found = await constraints_in(session, employee_id, start, end)
    if actor.employee_id != employee_id and not actor.has_role(Role.HR):
        found = [c for c in found if c.rule.kind not in _PRIVATE]
    return ConstraintsRead(
        employee_id=employee_id,
        period_from=start,
        period_to=end,
        constraints=[as_read(c, actor.language) for c in found],
    )
