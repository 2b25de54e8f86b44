"""A head-office mentor for every secondment. The secondee's department head or HR chooses one
(suggestions: the secondee's own department first, then the lightest load, then seniority), never
the secondee, never someone at a store or project, and no more than the organisation's limit of
secondees at once (`org.settings.max_mentees`; racing choices of one mentor are serialised on the
mentor's row). The mentor logs a check-in each week (a practice score in it earns practice
credits like any other); the mentee adds their notes and rates the support. The worker tells the
mentor when a check-in is 8 days late and the department head at 15 (`remind_check_ins`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.growth.events import CheckInOverdue, MentorAssigned
from domain.growth.models import MentorCheckIn, Mentorship
from domain.growth.schemas import (
    CheckInCreate,
    CheckInMenteePart,
    CheckInRead,
    MentorAssign,
    MentorCandidate,
    MentorshipRead,
)
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_today, subtree_paths
from domain.org.settings import max_mentees
from domain.people.models import Assignment, Employee, EmployeeStatus
from domain.shared import audit, events
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.training.catalog import get_course
from domain.training.completions import Item, active_on, judge, record
from domain.training.policy import rules_in_force
from domain.training.rules import Delivery, Evidence
from domain.transfers.models import Transfer, TransferKind, TransferStatus

FRONTLINE = (OrgUnitKind.STORE, OrgUnitKind.PROJECT)
OPEN = (TransferStatus.IN_REVIEW, TransferStatus.RETURNED, TransferStatus.APPROVED)
EVERY = timedelta(days=7)
MENTOR_LATE = 8  # days since the last check-in (or the start) before the mentor is told
HEAD_LATE = 15  # ... and the department head
SUGGESTED = 10


@dataclass(frozen=True, slots=True)
class _Window:
    starts_on: date
    ends_on: date | None  # exclusive

    @property
    def last_day(self) -> date | None:
        return None if self.ends_on is None else self.ends_on - timedelta(days=1)


async def _unit_path(session: AsyncSession, employee_id: uuid.UUID) -> tuple[str, OrgUnitKind, uuid.UUID]:
    path, kind, unit_id = (
        await session.execute(
            select(OrgUnit.path, OrgUnit.kind, OrgUnit.id)
            .join(Employee, Employee.home_unit_id == OrgUnit.id)
            .where(Employee.id == employee_id)
        )
    ).one()
    return path, OrgUnitKind(kind), unit_id


async def holds_over(session: AsyncSession, actor: Actor, role: Role, unit_id: uuid.UUID) -> bool:
    """Whether the actor holds `role` on the unit or a unit above it."""
    if actor.is_client:
        return False
    path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == unit_id))
    grants = await subtree_paths(session, actor.units_for(role))
    return path is not None and any(path.startswith(grant) for grant in grants)


async def heads_over(session: AsyncSession, actor: Actor, employee_id: uuid.UUID) -> bool:
    """Whether the actor is HR (or an administrator) or a department head over the person's home unit."""
    if actor.is_client:
        return False
    if actor.has_role(Role.HR, Role.ADMIN):
        return True
    _path, _kind, home = await _unit_path(session, employee_id)
    return await holds_over(session, actor, Role.DEPT_HEAD, home)


async def _secondment(session: AsyncSession, actor: Actor, transfer_id: uuid.UUID, *, lock: bool = False) -> Transfer:
    query = select(Transfer).where(Transfer.id == transfer_id, Transfer.kind == TransferKind.SECONDMENT)
    transfer = await session.scalar(query.with_for_update() if lock else query)
    if transfer is None or not await heads_over(session, actor, transfer.employee_id):
        raise NotFound(_("No secondment {transfer_id}.", transfer_id=transfer_id), slug="transfer.not_found")
    return transfer


async def _loads(session: AsyncSession, mentor_ids: list[uuid.UUID], today: date) -> dict[uuid.UUID, int]:
    """Secondees each mentor has now or to come: mentorships of open secondments not yet ended."""
    rows = await session.execute(
        select(Mentorship.mentor_id, func.count())
        .join(Transfer, Transfer.id == Mentorship.transfer_id)
        .where(
            Mentorship.mentor_id.in_(mentor_ids),
            Transfer.status.in_(OPEN),
            or_(Transfer.end_date.is_(None), Transfer.end_date > today),
        )
        .group_by(Mentorship.mentor_id)
    )
    return {mentor_id: int(count) for mentor_id, count in rows}


async def suggestions(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID
) -> list[MentorCandidate]:
    transfer = await _secondment(session, actor, transfer_id)
    _path, _kind, home_unit = await _unit_path(session, transfer.employee_id)
    today = await organisation_today(session, clock)
    limit = await max_mentees(session)
    same = Employee.home_unit_id == home_unit
    rows = (
        await session.execute(
            select(Employee.id, Employee.employee_no, Employee.full_name, OrgUnit.name, Employee.hire_date, same)
            .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
            .where(
                Employee.status == EmployeeStatus.ACTIVE,
                Employee.id != transfer.employee_id,
                OrgUnit.kind.not_in(FRONTLINE),
            )
            .order_by(same.desc(), Employee.hire_date, Employee.employee_no)
            .limit(SUGGESTED * 5)
        )
    ).all()
    loads = await _loads(session, [row[0] for row in rows], today)
    candidates = [
        MentorCandidate(
            employee_id=employee_id,
            employee_no=number,
            full_name=name,
            unit_name=unit_name,
            same_department=bool(in_department),
            hire_date=hired,
            mentees=loads.get(employee_id, 0),
        )
        for employee_id, number, name, unit_name, hired, in_department in rows
        if loads.get(employee_id, 0) < limit
    ]
    candidates.sort(key=lambda c: (not c.same_department, c.mentees, c.hire_date, c.employee_no))
    return candidates[:SUGGESTED]


async def assign_mentor(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, data: MentorAssign
) -> MentorshipRead:
    transfer = await _secondment(session, actor, transfer_id, lock=True)
    if transfer.status not in OPEN:
        raise Conflict(
            _("The secondment is {status}: it takes no mentor.", status=transfer.status.value),
            slug="mentorship.transfer_closed",
        )
    if data.mentor_id == transfer.employee_id:
        raise InvalidInput(_("The secondee cannot mentor themself."), field="body.mentor_id", slug="mentor.is_mentee")
    # the mentor's row, locked: two choices of one mentor racing for their last place queue up
    mentor = await session.scalar(select(Employee).where(Employee.id == data.mentor_id).with_for_update())
    if mentor is None or mentor.status != EmployeeStatus.ACTIVE:
        raise InvalidInput(_("No active employee {employee_id}.", employee_id=data.mentor_id), field="body.mentor_id")
    _path, kind, _unit = await _unit_path(session, mentor.id)
    if kind in FRONTLINE:
        raise InvalidInput(
            _("A mentor comes from head office, not a store or project."),
            field="body.mentor_id",
            slug="mentor.not_head_office",
        )
    today = await organisation_today(session, clock)
    existing = await session.scalar(select(Mentorship).where(Mentorship.transfer_id == transfer.id))
    limit = await max_mentees(session)
    load = (await _loads(session, [mentor.id], today)).get(mentor.id, 0)
    if existing is not None and existing.mentor_id == mentor.id:
        load -= 1  # choosing the same mentor again takes no new place
    if load >= limit:
        raise Conflict(
            _("{name} already mentors {count} secondees, the most allowed.", name=mentor.full_name, count=load),
            slug="mentor.at_capacity",
        )
    now = clock.now()
    before = None if existing is None else str(existing.mentor_id)
    if existing is None:
        existing = Mentorship(
            id=uuid.uuid4(),
            transfer_id=transfer.id,
            mentee_id=transfer.employee_id,
            mentor_id=mentor.id,
            assigned_by=actor.account_id,
            assigned_at=now,
        )
        session.add(existing)
    else:
        existing.mentor_id = mentor.id
        existing.assigned_by = actor.account_id
        existing.assigned_at = now
        existing.mentor_reminded_for = existing.head_reminded_for = None
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="mentorship.assigned",
        entity_type="transfer",
        entity_id=transfer.id,
        changes={"mentor_id": {"before": before, "after": str(mentor.id)}},
    )
    events.announce(
        session,
        MentorAssigned(
            mentorship_id=existing.id,
            mentor_id=mentor.id,
            mentee_id=transfer.employee_id,
            destination_unit_id=transfer.destination_unit_id,
            start_date=transfer.start_date,
        ),
        clock=clock,
    )
    return await _read(session, existing)


# --- reading and check-ins -----------------------------------------------------------------------


async def _window(session: AsyncSession, mentorship: Mentorship) -> _Window:
    """The secondment's days: its assignment's (moved by early returns and extensions), else the
    transfer's while it is not approved yet."""
    stay = (
        await session.execute(
            select(Assignment.valid_from, Assignment.valid_to).where(
                Assignment.transfer_id == mentorship.transfer_id, Assignment.cancelled_at.is_(None)
            )
        )
    ).first()
    if stay is not None:
        return _Window(stay[0], stay[1])
    start, last = (
        await session.execute(
            select(Transfer.start_date, Transfer.end_date).where(Transfer.id == mentorship.transfer_id)
        )
    ).one()
    return _Window(start, None if last is None else last + timedelta(days=1))


async def _name(session: AsyncSession, employee_id: uuid.UUID) -> str:
    return (await session.scalar(select(Employee.full_name).where(Employee.id == employee_id))) or ""


def check_in_read(row: MentorCheckIn) -> CheckInRead:
    return CheckInRead(
        id=row.id,
        held_on=row.held_on,
        notes=row.notes,
        mentee_state=row.mentee_state,
        practice_course_code=row.practice_course_code,
        practice_score=row.practice_score,
        mentee_notes=row.mentee_notes,
        support_rating=row.support_rating,
        created_at=row.created_at,
    )


async def _read(session: AsyncSession, mentorship: Mentorship, today: date | None = None) -> MentorshipRead:
    window = await _window(session, mentorship)
    check_ins = list(
        await session.scalars(
            select(MentorCheckIn)
            .where(MentorCheckIn.mentorship_id == mentorship.id)
            .order_by(MentorCheckIn.held_on.desc(), MentorCheckIn.created_at.desc())
        )
    )
    last = check_ins[0].held_on if check_ins else None
    due = max(last + EVERY if last else window.starts_on, window.starts_on)
    ended = window.ends_on is not None and today is not None and today >= window.ends_on
    return MentorshipRead(
        id=mentorship.id,
        transfer_id=mentorship.transfer_id,
        mentee_id=mentorship.mentee_id,
        mentee_name=await _name(session, mentorship.mentee_id),
        mentor_id=mentorship.mentor_id,
        mentor_name=await _name(session, mentorship.mentor_id),
        starts_on=window.starts_on,
        ends_on=window.last_day,
        next_check_in_due=None if ended else due,
        check_ins=[check_in_read(row) for row in check_ins],
    )


async def _visible(session: AsyncSession, actor: Actor, mentorship_id: uuid.UUID) -> Mentorship:
    """The mentor, the mentee, their department heads, HR and leaders see a mentorship; to anyone
    else it does not exist."""
    mentorship = await session.get(Mentorship, mentorship_id)
    if mentorship is not None and not actor.is_client:
        if actor.employee_id in (mentorship.mentor_id, mentorship.mentee_id) or actor.has_role(Role.LEADER):
            return mentorship
        if await heads_over(session, actor, mentorship.mentee_id):
            return mentorship
    raise NotFound(_("No mentorship {mentorship_id}.", mentorship_id=mentorship_id), slug="mentorship.not_found")


async def get_mentorship(
    session: AsyncSession, *, actor: Actor, clock: Clock, mentorship_id: uuid.UUID
) -> MentorshipRead:
    mentorship = await _visible(session, actor, mentorship_id)
    return await _read(session, mentorship, await organisation_today(session, clock))


async def my_mentorships(session: AsyncSession, *, actor: Actor, clock: Clock) -> list[MentorshipRead]:
    """The secondees I mentor and the mentors I have, newest first."""
    if actor.employee_id is None:
        return []
    today = await organisation_today(session, clock)
    rows = await session.scalars(
        select(Mentorship)
        .where(or_(Mentorship.mentor_id == actor.employee_id, Mentorship.mentee_id == actor.employee_id))
        .order_by(Mentorship.assigned_at.desc())
    )
    return await mentorship_reads(session, list(rows), today)


async def mentorship_reads(session: AsyncSession, mentorships: list[Mentorship], today: date) -> list[MentorshipRead]:
    return [await _read(session, mentorship, today) for mentorship in mentorships]


async def add_check_in(
    session: AsyncSession, *, actor: Actor, clock: Clock, mentorship_id: uuid.UUID, data: CheckInCreate
) -> MentorshipRead:
    mentorship = await _visible(session, actor, mentorship_id)
    if actor.employee_id != mentorship.mentor_id:
        raise Forbidden(_("Only the mentor logs check-ins."), slug="mentorship.mentor_only")
    today = await organisation_today(session, clock)
    if data.held_on > today:
        raise InvalidInput(_("The check-in is dated in the future."), field="body.held_on", slug="check_in.future")
    window = await _window(session, mentorship)
    if data.held_on < window.starts_on or (window.ends_on is not None and data.held_on >= window.ends_on):
        raise InvalidInput(
            _(
                "The check-in falls outside the secondment ({start} to {end}).",
                start=window.starts_on,
                end=window.ends_on,
            ),
            field="body.held_on",
            slug="check_in.outside_posting",
        )
    now = clock.now()
    if data.practice is not None:
        await _practice(session, actor, mentorship, data, now)
    row = MentorCheckIn(
        id=uuid.uuid4(),
        mentorship_id=mentorship.id,
        held_on=data.held_on,
        notes=data.notes,
        mentee_state=data.mentee_state,
        practice_course_code=data.practice.course_code if data.practice else None,
        practice_score=data.practice.score if data.practice else None,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="mentorship.check_in",
        entity_type="mentorship",
        entity_id=mentorship.id,
        changes={"held_on": data.held_on.isoformat(), "mentee_state": data.mentee_state},
    )
    return await _read(session, mentorship, today)


async def _practice(
    session: AsyncSession, actor: Actor, mentorship: Mentorship, data: CheckInCreate, now: datetime
) -> None:
    """The check-in's practice score, recorded as the practice completion of the day (the rule in
    force decides the credits, as for a manager's score)."""
    assert data.practice is not None
    course = await get_course(session, data.practice.course_code)
    if course.delivery != Delivery.PRACTICE or not active_on(course, data.held_on):
        raise InvalidInput(
            _("Course {code} is not a practice course offered that day.", code=course.code),
            field="body.practice.course_code",
            slug="course.wrong_delivery",
        )
    rules = (await rules_in_force(session))[0].credit_rules
    evidence = Evidence(mentor_score=data.practice.score)
    external_id = f"practice:{course.code}:{mentorship.mentee_id}:{data.held_on.isoformat()}"
    item = Item(0, external_id, mentorship.mentee_id, course, data.held_on, evidence, judge(course, evidence, rules))
    outcome = await record(session, recorder_id=actor.account_id, source="practice", now=now, items=[item])
    if outcome.conflicts:
        raise InvalidInput(
            _("This person's practice of the course was already scored that day, differently."),
            field="body.practice.score",
            slug="practice.already_scored",
        )


async def mentee_part(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    mentorship_id: uuid.UUID,
    check_in_id: uuid.UUID,
    data: CheckInMenteePart,
) -> MentorshipRead:
    mentorship = await _visible(session, actor, mentorship_id)
    if actor.employee_id != mentorship.mentee_id:
        raise Forbidden(_("Only the mentee adds their notes and rating."), slug="mentorship.mentee_only")
    row = await session.scalar(
        select(MentorCheckIn)
        .where(MentorCheckIn.id == check_in_id, MentorCheckIn.mentorship_id == mentorship.id)
        .with_for_update()
    )
    if row is None:
        raise NotFound(_("No check-in {check_in_id}.", check_in_id=check_in_id), slug="check_in.not_found")
    changes = data.model_dump(exclude_unset=True)
    for key, value in changes.items():
        setattr(row, key, value)
    row.updated_at = clock.now()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="mentorship.mentee_part",
        entity_type="mentorship",
        entity_id=mentorship.id,
        changes={"check_in_id": str(check_in_id), **{key: value for key, value in changes.items()}},
    )
    return await _read(session, mentorship, await organisation_today(session, clock))


# --- the worker's reminders ----------------------------------------------------------------------


async def remind_check_ins(database: Database, clock: Clock) -> int:
    """Tells the mentor of each running secondment whose last check-in (or start) is 8 days back,
    and the department head at 15; once per gap (the day it is counted from is kept). Rows are
    claimed with SKIP LOCKED, so replicas share the work and never repeat it."""
    told = 0
    async with database.session_scope() as session:
        today = await organisation_today(session, clock)
        last = (
            select(MentorCheckIn.mentorship_id, func.max(MentorCheckIn.held_on).label("held_on"))
            .group_by(MentorCheckIn.mentorship_id)
            .subquery()
        )
        rows = (
            await session.execute(
                select(Mentorship, Assignment.valid_from, last.c.held_on)
                .join(Assignment, Assignment.transfer_id == Mentorship.transfer_id)
                .outerjoin(last, last.c.mentorship_id == Mentorship.id)
                .where(
                    Assignment.cancelled_at.is_(None),
                    Assignment.valid_from <= today - timedelta(days=MENTOR_LATE),
                    or_(Assignment.valid_to.is_(None), Assignment.valid_to > today),
                )
                .order_by(Mentorship.id)
                .limit(500)
                .with_for_update(of=Mentorship, skip_locked=True)
            )
        ).all()
        for mentorship, valid_from, held_on in rows:
            since = max(held_on or valid_from, valid_from)
            late = (today - since).days
            if late >= MENTOR_LATE and mentorship.mentor_reminded_for != since:
                mentorship.mentor_reminded_for = since
                events.announce(session, _overdue(mentorship, since, late, "mentor"), clock=clock)
                told += 1
            if late >= HEAD_LATE and mentorship.head_reminded_for != since:
                mentorship.head_reminded_for = since
                events.announce(session, _overdue(mentorship, since, late, "department_head"), clock=clock)
                told += 1
    return told


def _overdue(mentorship: Mentorship, since: date, late: int, audience: str) -> CheckInOverdue:
    return CheckInOverdue(
        mentorship_id=mentorship.id,
        mentor_id=mentorship.mentor_id,
        mentee_id=mentorship.mentee_id,
        since=since,
        days=late,
        audience=audience,
    )
