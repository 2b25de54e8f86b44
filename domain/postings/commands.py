"""Postings: HR or a store's manager drafts a posting for the store, HR opens it (a manager's draft
is approved that way), HR or the store's managers close it (its waiting applications close with it)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.places import PLACES
from domain.postings.access import hr, plans, visible
from domain.postings.applications import close_waiting_applications
from domain.postings.models import Posting, PostingStatus
from domain.postings.queries import posting_reads
from domain.postings.schemas import PostingCreate, PostingRead, PostingVersion
from domain.rosters.models import ShiftTemplate
from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.skills.queries import require_known_skills
from domain.training.models import Course


async def create_posting(session: AsyncSession, *, actor: Actor, clock: Clock, data: PostingCreate) -> PostingRead:
    unit = await session.get(OrgUnit, data.unit_id)
    if unit is None or unit.kind not in PLACES:
        raise InvalidInput(
            _("Postings are for stores and projects."), field="body.unit_id", slug="posting.unit_invalid"
        )
    if not await plans(session, actor, unit.id):
        raise Forbidden(_("HR or the store's manager drafts its postings."), slug="posting.forbidden")
    if data.template_ids:
        found = set(
            await session.scalars(
                select(ShiftTemplate.id).where(
                    ShiftTemplate.id.in_(data.template_ids), ShiftTemplate.store_id == unit.id, ShiftTemplate.active
                )
            )
        )
        for index, template_id in enumerate(data.template_ids):
            if template_id not in found:
                raise InvalidInput(
                    _("No active shift template {template_id} at this store.", template_id=template_id),
                    field=f"body.template_ids[{index}]",
                    slug="posting.unknown_template",
                )
    await require_known_skills(list(data.skills), session, "body.skills")
    if data.eligible_unit_ids:
        departments = set(
            await session.scalars(
                select(OrgUnit.id).where(OrgUnit.id.in_(data.eligible_unit_ids), OrgUnit.kind == OrgUnitKind.DEPARTMENT)
            )
        )
        for index, unit_id in enumerate(data.eligible_unit_ids):
            if unit_id not in departments:
                raise InvalidInput(
                    _("No department {unit_id}.", unit_id=unit_id),
                    field=f"body.eligible_unit_ids[{index}]",
                    slug="posting.unknown_department",
                )
    if data.required_courses:
        codes = [required.course_code for required in data.required_courses]
        known = set(await session.scalars(select(Course.code).where(Course.code.in_(codes))))
        for index, code in enumerate(codes):
            if code not in known or codes.index(code) != index:
                raise InvalidInput(
                    _("No course {code}, or it is listed twice.", code=code),
                    field=f"body.required_courses[{index}].course_code",
                    slug="posting.unknown_course",
                )
    now = clock.now()
    posting = Posting(
        unit_id=unit.id,
        title=data.title,
        description=data.description,
        start_date=data.start_date,
        end_date=data.end_date,
        template_ids=[str(t) for t in data.template_ids],
        day_shifts_only=data.day_shifts_only,
        hours_per_week=data.hours_per_week,
        headcount=data.headcount,
        taken=0,
        skills=sorted(set(data.skills)),
        tags=sorted(set(data.tags)),
        eligible_unit_ids=[str(u) for u in data.eligible_unit_ids],
        required_courses=[required.model_dump() for required in data.required_courses],
        latitude=unit.latitude,
        longitude=unit.longitude,
        status=PostingStatus.DRAFT.value,
        created_by=actor.account_id,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(posting)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="posting.drafted",
        entity_type="posting",
        entity_id=posting.id,
        changes=data.model_dump(mode="json"),
    )
    return (await posting_reads(session, [posting]))[0]


async def _move(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    posting_id: uuid.UUID,
    data: PostingVersion,
    to: PostingStatus,
    allowed_from: tuple[PostingStatus, ...],
) -> Posting:
    posting = await visible(session, actor, posting_id, lock=True)
    if posting.version != data.version:
        raise Conflict(
            _("The posting was changed meanwhile; reload it and try again."),
            slug="posting.version_conflict",
            current_version=posting.version,
        )
    if posting.status not in {s.value for s in allowed_from}:
        raise Conflict(
            _("A {status} posting cannot become {target}.", status=posting.status, target=to.value),
            slug="posting.invalid_status",
        )
    before = posting.status
    posting.status = to.value
    posting.version += 1
    posting.updated_at = clock.now()
    if to is PostingStatus.OPEN:
        posting.opened_by, posting.opened_at = actor.account_id, clock.now()
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action=f"posting.{to.value}",
        entity_type="posting",
        entity_id=posting.id,
        changes={"status": {"before": before, "after": to.value}},
    )
    return posting


async def open_posting(
    session: AsyncSession, *, actor: Actor, clock: Clock, posting_id: uuid.UUID, data: PostingVersion
) -> PostingRead:
    """HR opens a posting: its own draft, or a store manager's (the approval)."""
    await visible(session, actor, posting_id)
    if not hr(actor):
        raise Forbidden(_("HR opens postings (a store manager's draft waits for HR)."), slug="posting.open_forbidden")
    posting = await _move(
        session,
        actor=actor,
        clock=clock,
        posting_id=posting_id,
        data=data,
        to=PostingStatus.OPEN,
        allowed_from=(PostingStatus.DRAFT,),
    )
    return (await posting_reads(session, [posting]))[0]


async def close_posting(
    session: AsyncSession, *, actor: Actor, clock: Clock, posting_id: uuid.UUID, data: PostingVersion
) -> PostingRead:
    """A closed posting takes nobody more: its pending and shortlisted applications close with it,
    their requests are withdrawn in the closer's name and the applicants are told. Approved
    applications keep their secondments (cancelling one is a decision of its own)."""
    posting = await visible(session, actor, posting_id)
    if not await plans(session, actor, posting.unit_id):
        raise Forbidden(_("HR or the store's manager closes its postings."), slug="posting.forbidden")
    posting = await _move(
        session,
        actor=actor,
        clock=clock,
        posting_id=posting_id,
        data=data,
        to=PostingStatus.CLOSED,
        allowed_from=(PostingStatus.DRAFT, PostingStatus.OPEN, PostingStatus.FILLED),
    )
    await close_waiting_applications(session, posting, actor, clock)
    await session.flush()
    return (await posting_reads(session, [posting]))[0]
