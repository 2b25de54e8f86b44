"""Reading postings: open postings are listed for everyone, filtered by place and dates; drafts only
for who drafted them, the store's managers and HR."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.postings.access import hr, plans, visible
from domain.postings.models import Posting, PostingStatus
from domain.postings.ranking import MAX_RADIUS_KM, Point, bounding_box
from domain.postings.schemas import PostingRead, RequiredCourse
from domain.rosters.models import ShiftTemplate
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Forbidden, InvalidInput, NotFound
from domain.shared.geo import haversine_m
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, timestamp_cursor


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


async def get_posting(session: AsyncSession, *, actor: Actor, posting_id: uuid.UUID) -> PostingRead:
    return (await posting_reads(session, [await visible(session, actor, posting_id)]))[0]


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
        if unit_id is None and not hr(actor):
            raise Forbidden(_("Only HR lists postings that are not open across stores."), slug="posting.forbidden")
        if unit_id is not None and not await plans(session, actor, unit_id):
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
