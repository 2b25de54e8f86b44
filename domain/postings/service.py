"""Postings: HR or a store's manager drafts a posting for the store, HR opens it (a manager's draft
is approved that way), HR or the store's managers close it. Open postings are listed for everyone,
filtered by place and dates; drafts only for who drafted them, the store's managers and HR."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.places import PLACES, managed_store
from domain.postings.models import Posting, PostingStatus
from domain.postings.ranking import MAX_RADIUS_KM, Point, bounding_box
from domain.postings.schemas import PostingCreate, PostingRead, PostingVersion, RequiredCourse
from domain.rosters.models import ShiftTemplate
from domain.shared import audit
from domain.shared.access import holds_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.geo import haversine_m
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, timestamp_cursor
from domain.skills.service import require_known_skills
from domain.training.models import Course


def _hr(actor: Actor) -> bool:
    return holds_role(actor, Role.HR, Role.ADMIN)


# --- postings --------------------------------------------------------------------------------------


def _not_found(posting_id: uuid.UUID) -> NotFound:
    return NotFound(_("No posting {posting_id}.", posting_id=posting_id), slug="posting.not_found")


async def posting_reads(
    session: AsyncSession, postings: list[Posting], *, template_codes: dict[uuid.UUID, str] | None = None
) -> list[PostingRead]:
    if not postings:
        return []
    units = {
        u.id: u for u in await session.scalars(select(OrgUnit).where(OrgUnit.id.in_({p.unit_id for p in postings})))
    }
    template_ids = {uuid.UUID(t) for p in postings for t in p.template_ids}
    codes: dict[uuid.UUID, str] = dict(template_codes or {})
    if template_ids - set(codes):
        named = select(ShiftTemplate.id, ShiftTemplate.code).where(ShiftTemplate.id.in_(template_ids - set(codes)))
        codes.update({template_id: code for template_id, code in await session.execute(named)})
    return [
        PostingRead(
            id=p.id,
            unit_id=p.unit_id,
            unit_name=units[p.unit_id].name,
            time_zone=units[p.unit_id].timezone,
            title=p.title,
            description=p.description,
            start_date=p.start_date,
            end_date=p.end_date,
            template_ids=[uuid.UUID(t) for t in p.template_ids],
            shift_codes=[codes[uuid.UUID(t)] for t in p.template_ids if uuid.UUID(t) in codes],
            day_shifts_only=p.day_shifts_only,
            hours_per_week=p.hours_per_week,
            headcount=p.headcount,
            taken=p.taken,
            skills=list(p.skills),
            tags=list(p.tags),
            eligible_unit_ids=[uuid.UUID(u) for u in p.eligible_unit_ids],
            required_courses=[RequiredCourse.model_validate(r) for r in p.required_courses],
            status=PostingStatus(p.status),
            version=p.version,
            opened_at=p.opened_at,
            created_at=p.created_at,
        )
        for p in postings
    ]


async def _plans(session: AsyncSession, actor: Actor, unit_id: uuid.UUID) -> bool:
    """HR, or a store manager over the unit."""
    if _hr(actor):
        return True
    if not holds_role(actor, Role.STORE_MANAGER):
        return False
    try:
        await managed_store(session, actor, unit_id)
    except NotFound:
        return False
    return True


async def create_posting(session: AsyncSession, *, actor: Actor, clock: Clock, data: PostingCreate) -> PostingRead:
    unit = await session.get(OrgUnit, data.unit_id)
    if unit is None or unit.kind not in PLACES:
        raise InvalidInput(
            _("Postings are for stores and projects."), field="body.unit_id", slug="posting.unit_invalid"
        )
    if not await _plans(session, actor, unit.id):
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


async def _visible(session: AsyncSession, actor: Actor, posting_id: uuid.UUID, *, lock: bool = False) -> Posting:
    query = select(Posting).where(Posting.id == posting_id)
    posting = await session.scalar(query.with_for_update() if lock else query)
    if posting is None:
        raise _not_found(posting_id)
    if posting.status == PostingStatus.DRAFT.value and not (
        posting.created_by == actor.account_id or await _plans(session, actor, posting.unit_id)
    ):
        raise _not_found(posting_id)
    return posting


async def get_posting(session: AsyncSession, *, actor: Actor, posting_id: uuid.UUID) -> PostingRead:
    return (await posting_reads(session, [await _visible(session, actor, posting_id)]))[0]


async def _move(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    posting_id: uuid.UUID,
    data: PostingVersion,
    to: PostingStatus,
    allowed_from: tuple[PostingStatus, ...],
) -> PostingRead:
    posting = await _visible(session, actor, posting_id, lock=True)
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
    return (await posting_reads(session, [posting]))[0]


async def open_posting(
    session: AsyncSession, *, actor: Actor, clock: Clock, posting_id: uuid.UUID, data: PostingVersion
) -> PostingRead:
    """HR opens a posting: its own draft, or a store manager's (the approval)."""
    await _visible(session, actor, posting_id)
    if not _hr(actor):
        raise Forbidden(_("HR opens postings (a store manager's draft waits for HR)."), slug="posting.open_forbidden")
    return await _move(
        session,
        actor=actor,
        clock=clock,
        posting_id=posting_id,
        data=data,
        to=PostingStatus.OPEN,
        allowed_from=(PostingStatus.DRAFT,),
    )


async def close_posting(
    session: AsyncSession, *, actor: Actor, clock: Clock, posting_id: uuid.UUID, data: PostingVersion
) -> PostingRead:
    posting = await _visible(session, actor, posting_id)
    if not await _plans(session, actor, posting.unit_id):
        raise Forbidden(_("HR or the store's manager closes its postings."), slug="posting.forbidden")
    return await _move(
        session,
        actor=actor,
        clock=clock,
        posting_id=posting_id,
        data=data,
        to=PostingStatus.CLOSED,
        allowed_from=(PostingStatus.DRAFT, PostingStatus.OPEN, PostingStatus.FILLED),
    )


def _keeps(posting: Posting, tag: str | None, near: Point | None, radius_km: float) -> bool:
    if tag is not None and tag not in posting.tags:
        return False
    if near is None:
        return True
    if posting.latitude is None or posting.longitude is None:
        return False
    return haversine_m(near.lat, near.lon, posting.latitude, posting.longitude) <= radius_km * 1000


def near_filter(point: Point, radius_km: float) -> ColumnElement[bool]:
    """The indexed prefilter: postings whose store lies in the bounding box of the circle."""
    min_lat, max_lat, min_lon, max_lon = bounding_box(point, radius_km)
    return and_(
        Posting.latitude.is_not(None),
        Posting.latitude.between(min_lat, max_lat),
        Posting.longitude.between(min_lon, max_lon),
    )


async def list_postings(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    near: Point | None,
    radius_km: float,
    unit_id: uuid.UUID | None,
    start: date | None,
    end: date | None,
    tag: str | None,
    day_shifts_only: bool | None,
    status: PostingStatus | None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[PostingRead]:
    """Open postings for everyone; drafts, filled and closed ones for HR (a store manager sees their
    stores' through `unit_id`). Newest opened first; `near` keeps those within `radius_km`."""
    if not 0 < radius_km <= MAX_RADIUS_KM:
        raise InvalidInput(
            _("The radius is above 0 and at most 50 km."), field="query.radius_km", slug="posting.radius"
        )
    wanted = status or PostingStatus.OPEN
    query = select(Posting).where(Posting.status == wanted.value)
    if wanted is not PostingStatus.OPEN:
        if unit_id is None and not _hr(actor):
            raise Forbidden(_("Only HR lists postings that are not open across stores."), slug="posting.forbidden")
        if unit_id is not None and not await _plans(session, actor, unit_id):
            raise NotFound(_("No store {store_id}.", store_id=unit_id), slug="store.not_found")
    if unit_id is not None:
        query = query.where(Posting.unit_id == unit_id)
    if start is not None:
        query = query.where(Posting.end_date >= start)
    if end is not None:
        query = query.where(Posting.start_date <= end)
    if day_shifts_only is not None:
        query = query.where(Posting.day_shifts_only.is_(day_shifts_only))
    if near is not None:
        query = query.where(near_filter(near, radius_km))
    ordered = query.order_by(Posting.created_at.desc(), Posting.id.desc())
    kept: list[Posting] = []
    after = cursor
    batch = 2 * (limit + 1)
    # filters the database cannot index (a tag in a JSON list, the exact circle) are applied to
    # batches read in order, until the page and one more are found or the rows run out
    while len(kept) <= limit:
        page_query = ordered if after is None else ordered.where(after_cursor(after, Posting.created_at, Posting.id))
        rows = list((await session.scalars(page_query.limit(batch))).all())
        kept.extend(p for p in rows if _keeps(p, tag, near, radius_km))
        if len(rows) < batch:
            break
        after = timestamp_cursor(rows[-1].created_at, rows[-1].id)
    page = kept[:limit]
    next_cursor = timestamp_cursor(page[-1].created_at, page[-1].id) if len(kept) > limit else None
    return Slice(items=await posting_reads(session, page), next_cursor=next_cursor)
