"""Applying to a posting with one call: a secondment request for the posting's store and dates goes
through the usual chain, linked to the posting. Its final approval takes one of the posting's
slots under a row lock (two approvals racing for the last slot: one wins, the other is a 409 and
its request stays where it was); taking the last slot fills the posting and closes the other open
applications (their requests are withdrawn, their people told), and closing the posting does the same
for all of them (approved ones keep their secondment). A request rejected, withdrawn or
cancelled closes its application; a cancelled one frees its slot. The posting's planners see the
applicants (name, department, skills, performance band, readiness on the required courses), never
where they live or how far they are. While an applicant has not passed every required course, the
approval that would start the secondment is refused (the training policy's "block" mode, the
default) or let through (its "warn" mode)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.people.models import Employee
from domain.performance.bands import latest_bands
from domain.postings import events
from domain.postings.access import plans, visible
from domain.postings.models import ApplicationStatus, Posting, PostingApplication, PostingStatus
from domain.postings.schemas import ApplicationCreate, ApplicationRead, CourseReadinessRead, ReadinessRead
from domain.shared import audit, transfer_hooks
from domain.shared import events as recorder
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, NotFound
from domain.shared.i18n import _
from domain.skills.models import EmployeeSkill
from domain.training.policy import rules_in_force as training_rules
from domain.training.readiness import best_scores, course_titles, required_of
from domain.training.rules import readiness
from domain.transfers.commands import request_transfer, withdraw_unfilled
from domain.transfers.models import TransferKind
from domain.transfers.schemas import TransferCreate

OPEN = (ApplicationStatus.PENDING.value, ApplicationStatus.SHORTLISTED.value)


def readiness_read(
    documents: list[dict[str, object]], best: dict[str, int], titles: dict[str, str]
) -> ReadinessRead | None:
    """A person's progress on a posting's required courses; None when it requires none."""
    items = readiness(required_of(documents), best)
    if not items:
        return None
    return ReadinessRead(
        complete=all(item.done for item in items),
        courses=[
            CourseReadinessRead(
                course_code=item.course_code,
                course_title=titles.get(item.course_code, item.course_code),
                pass_mark=item.pass_mark,
                best_score=item.best_score,
                done=item.done,
            )
            for item in items
        ],
    )


async def readiness_reads(
    session: AsyncSession, wanted: list[tuple[uuid.UUID, Posting]]
) -> dict[tuple[uuid.UUID, uuid.UUID], ReadinessRead | None]:
    """(employee, posting) -> readiness, for many pairs in two reads."""
    codes = {str(r["course_code"]) for _, posting in wanted for r in posting.required_courses}
    best = await best_scores(session, {employee_id for employee_id, _ in wanted}, codes)
    titles = await course_titles(session, codes)
    return {
        (employee_id, posting.id): readiness_read(posting.required_courses, best.get(employee_id, {}), titles)
        for employee_id, posting in wanted
    }


async def _read(session: AsyncSession, applications: list[PostingApplication]) -> list[ApplicationRead]:
    if not applications:
        return []
    postings = {
        p.id: p
        for p in await session.scalars(select(Posting).where(Posting.id.in_({a.posting_id for a in applications})))
    }
    ready = await readiness_reads(session, [(a.employee_id, postings[a.posting_id]) for a in applications])
    people = {
        e.id: e
        for e in await session.scalars(select(Employee).where(Employee.id.in_({a.employee_id for a in applications})))
    }
    units = dict(
        (
            await session.execute(
                select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_({p.home_unit_id for p in people.values()}))
            )
        ).all()
    )
    skills: dict[uuid.UUID, list[str]] = {}
    for employee_id, code in await session.execute(
        select(EmployeeSkill.employee_id, EmployeeSkill.skill_code)
        .where(EmployeeSkill.employee_id.in_(list(people)))
        .order_by(EmployeeSkill.skill_code)
    ):
        skills.setdefault(employee_id, []).append(code)
    bands = await latest_bands(session, list(people))
    return [
        ApplicationRead(
            id=a.id,
            posting_id=a.posting_id,
            employee_id=a.employee_id,
            employee_no=people[a.employee_id].employee_no,
            full_name=people[a.employee_id].full_name,
            department=units.get(people[a.employee_id].home_unit_id, ""),
            skills=skills.get(a.employee_id, []),
            performance_band=bands.get(a.employee_id),
            readiness=ready[(a.employee_id, a.posting_id)],
            transfer_id=a.transfer_id,
            status=ApplicationStatus(a.status),
            created_at=a.created_at,
        )
        for a in applications
    ]


async def apply(
    session: AsyncSession, *, actor: Actor, clock: Clock, posting_id: uuid.UUID, data: ApplicationCreate
) -> ApplicationRead:
    if actor.employee_id is None:
        raise Forbidden(_("Only an employee applies to a posting."), slug="posting.no_employee")
    posting = await visible(session, actor, posting_id, lock=True)
    if posting.status != PostingStatus.OPEN.value:
        raise Conflict(_("The posting is not open."), slug="posting.not_open")
    if posting.taken >= posting.headcount:
        raise Conflict(_("Every place of this posting is taken."), slug="posting.full")
    employee = await session.get(Employee, actor.employee_id)
    assert employee is not None
    if posting.eligible_unit_ids and str(employee.home_unit_id) not in posting.eligible_unit_ids:
        raise Forbidden(_("This posting is open to other departments."), slug="posting.not_eligible")
    already = await session.scalar(
        select(PostingApplication.id).where(
            PostingApplication.posting_id == posting.id, PostingApplication.employee_id == actor.employee_id
        )
    )
    if already is not None:
        raise Conflict(_("You have applied to this posting already."), slug="posting.already_applied")
    transfer = await request_transfer(
        session,
        actor=actor,
        clock=clock,
        data=TransferCreate(
            kind=TransferKind.SECONDMENT,
            destination_unit_id=posting.unit_id,
            start_date=posting.start_date,
            end_date=posting.end_date,
            reason=f"Posting: {posting.title}"[:500],
            notes=data.note,
        ),
    )
    now = clock.now()
    application = PostingApplication(
        posting_id=posting.id,
        employee_id=actor.employee_id,
        transfer_id=transfer.id,
        status=ApplicationStatus.PENDING.value,
        created_at=now,
        updated_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(application)
            await session.flush()
    except IntegrityError:
        raise Conflict(_("You have applied to this posting already."), slug="posting.already_applied") from None
    await recorder.record(
        session,
        events.ApplicationReceived(
            application_id=application.id,
            posting_id=posting.id,
            unit_id=posting.unit_id,
            employee_id=actor.employee_id,
            title=posting.title,
            actor_account_id=actor.account_id,
        ),
        actor=actor,
        clock=clock,
        changes={"posting_id": str(posting.id), "transfer_id": str(transfer.id)},
    )
    return (await _read(session, [application]))[0]


async def applications_of(session: AsyncSession, *, actor: Actor, posting_id: uuid.UUID) -> list[ApplicationRead]:
    """The posting's planners (HR, the store's managers) see its applicants."""
    posting = await visible(session, actor, posting_id)
    if not await plans(session, actor, posting.unit_id):
        raise NotFound(_("No posting {posting_id}.", posting_id=posting_id), slug="posting.not_found")
    rows = await session.scalars(
        select(PostingApplication)
        .where(PostingApplication.posting_id == posting.id)
        .order_by(PostingApplication.created_at, PostingApplication.id)
    )
    return await _read(session, list(rows))


async def shortlist(
    session: AsyncSession, *, actor: Actor, clock: Clock, posting_id: uuid.UUID, application_id: uuid.UUID
) -> ApplicationRead:
    posting = await visible(session, actor, posting_id)
    if not await plans(session, actor, posting.unit_id):
        raise NotFound(_("No posting {posting_id}.", posting_id=posting_id), slug="posting.not_found")
    application = await session.scalar(
        select(PostingApplication)
        .where(PostingApplication.id == application_id, PostingApplication.posting_id == posting.id)
        .with_for_update()
    )
    if application is None:
        raise NotFound(
            _("No application {application_id}.", application_id=application_id), slug="application.not_found"
        )
    if application.status != ApplicationStatus.PENDING.value:
        raise Conflict(_("Only a pending application is shortlisted."), slug="application.not_pending")
    application.status = ApplicationStatus.SHORTLISTED.value
    application.updated_at = clock.now()
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="application.shortlisted",
        entity_type="posting_application",
        entity_id=application.id,
        changes={"status": {"before": "pending", "after": "shortlisted"}},
    )
    return (await _read(session, [application]))[0]


async def _on_transfer(
    session: AsyncSession, transfer_id: uuid.UUID, actor: Actor, clock: Clock, moment: transfer_hooks.Moment
) -> None:
    posting_id = await session.scalar(
        select(PostingApplication.posting_id).where(PostingApplication.transfer_id == transfer_id)
    )
    if posting_id is None:
        return
    # the posting's row first, then the application's: the order every writer of both keeps (two
    # approvals racing for the last place would otherwise each hold what the other waits for)
    posting = await session.scalar(select(Posting).where(Posting.id == posting_id).with_for_update())
    application = await session.scalar(
        select(PostingApplication).where(PostingApplication.transfer_id == transfer_id).with_for_update()
    )
    assert posting is not None and application is not None
    now = clock.now()
    if moment is transfer_hooks.Moment.APPROVING:
        if posting.status == PostingStatus.CLOSED.value:
            # closing withdraws its requests; one still in review (closed before that) is refused as such
            raise Conflict(
                _("The posting this request applied to is closed; the request can no longer be approved."),
                slug="posting.closed",
            )
        if (
            application.status not in OPEN
            or posting.status != PostingStatus.OPEN.value
            or posting.taken >= posting.headcount
        ):
            raise Conflict(
                _("Every place of this posting is taken; the request stays where it is."),
                slug="posting.full",
            )
        if posting.required_courses and (await training_rules(session))[0].readiness_mode == "block":
            ready = (await readiness_reads(session, [(application.employee_id, posting)]))[
                (application.employee_id, posting.id)
            ]
            if ready is not None and not ready.complete:
                missing = [course.course_code for course in ready.courses if not course.done]
                raise Conflict(
                    _(
                        "The applicant has not yet passed the courses this posting requires: {courses}.",
                        courses=", ".join(missing),
                    ),
                    slug="posting.applicant_not_ready",
                    missing_courses=missing,
                )
        posting.taken += 1
        posting.version += 1
        posting.updated_at = now
        application.status = ApplicationStatus.APPROVED.value
        application.updated_at = now
        if posting.taken >= posting.headcount:
            posting.status = PostingStatus.FILLED.value
            await close_waiting_applications(session, posting, actor, clock, keep=application.id)
        return
    ended = {
        transfer_hooks.Moment.REJECTED: ApplicationStatus.REJECTED,
        transfer_hooks.Moment.WITHDRAWN: ApplicationStatus.WITHDRAWN,
        transfer_hooks.Moment.CANCELLED: ApplicationStatus.CANCELLED,
    }[moment]
    if application.status == ApplicationStatus.APPROVED.value and moment is transfer_hooks.Moment.CANCELLED:
        posting.taken = max(posting.taken - 1, 0)  # the place is free again
        if posting.status == PostingStatus.FILLED.value:
            posting.status = PostingStatus.OPEN.value
        posting.version += 1
        posting.updated_at = now
    if application.status != ApplicationStatus.CLOSED.value:
        application.status = ended.value
        application.updated_at = now


async def close_waiting_applications(
    session: AsyncSession, posting: Posting, actor: Actor, clock: Clock, *, keep: uuid.UUID | None = None
) -> None:
    """The posting is full, or closed: its open applications (pending, shortlisted) but `keep` close,
    their requests are withdrawn in `actor`'s name (they leave the approvers' inboxes, with a trail
    entry, audit and the withdrawal event) and their people are told why. The caller holds the
    posting's row lock; the applications are locked after it, the order every writer of both keeps."""
    because = "filled" if posting.status == PostingStatus.FILLED.value else "closed"
    query = select(PostingApplication).where(
        PostingApplication.posting_id == posting.id, PostingApplication.status.in_(OPEN)
    )
    if keep is not None:
        query = query.where(PostingApplication.id != keep)
    rest = list((await session.scalars(query.order_by(PostingApplication.id).with_for_update())).all())
    now = clock.now()
    for application in rest:
        application.status = ApplicationStatus.CLOSED.value
        application.updated_at = now
        await withdraw_unfilled(
            session,
            actor=actor,
            clock=clock,
            transfer_id=application.transfer_id,
            comment=f"Posting {because}: {posting.title}",
        )
        recorder.announce(
            session,
            events.ApplicationClosed(
                application_id=application.id,
                posting_id=posting.id,
                unit_id=posting.unit_id,
                employee_id=application.employee_id,
                title=posting.title,
                actor_account_id=None,
                reason=because,
            ),
            clock=clock,
        )


transfer_hooks.register(_on_transfer)
