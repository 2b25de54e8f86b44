"""Reading stories: HR, administrators and leaders see every story; a person featured sees the
story that features them (to answer for consent); anyone else sees published stories whose
audience reaches them. Everything else answers 404."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.queries import organisation_today
from domain.people.models import Employee
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, after_cursor, slice_of
from domain.stories import audiences
from domain.stories.access import reads_all
from domain.stories.models import Story, StoryFeature, StoryPhoto, StoryReaction, StoryStatus
from domain.stories.models import StoryRead as StoryReadRow
from domain.stories.rules import ReactionKind, in_audience
from domain.stories.schemas import FeaturedRead, PhotoRead, ReactionCounts, StoryRead, StorySummary

REACTION_KINDS = frozenset(kind.value for kind in ReactionKind)


def _missing(story_id: uuid.UUID) -> NotFound:
    return NotFound(_("No story {story_id}.", story_id=story_id), slug="story.not_found")


async def visible_story(
    session: AsyncSession, actor: Actor, clock: Clock, story_id: uuid.UUID, *, lock: bool = False
) -> Story:
    require_person(actor)
    query = select(Story).where(Story.id == story_id)
    story = await session.scalar(query.with_for_update() if lock else query)
    if story is None:
        raise _missing(story_id)
    if reads_all(actor):
        return story
    if actor.employee_id is not None and await session.get(StoryFeature, (story.id, actor.employee_id)) is not None:
        return story
    if story.status == StoryStatus.PUBLISHED:
        standing = await audiences.standing_of(session, actor.employee_id, await organisation_today(session, clock))
        if standing is not None and in_audience(await audiences.targets_of(session, story.audiences), standing):
            return story
    raise _missing(story_id)


async def story_read(session: AsyncSession, actor: Actor, story: Story) -> StoryRead:
    featured = (
        await session.execute(
            select(StoryFeature, Employee.full_name)
            .join(Employee, Employee.id == StoryFeature.employee_id)
            .where(StoryFeature.story_id == story.id)
            .order_by(Employee.employee_no)
        )
    ).all()
    photos = await session.scalars(
        select(StoryPhoto).where(StoryPhoto.story_id == story.id).order_by(StoryPhoto.created_at, StoryPhoto.id)
    )
    reads = await session.scalar(select(func.count()).where(StoryReadRow.story_id == story.id)) or 0
    counts = dict(
        (
            await session.execute(
                select(StoryReaction.kind, func.count())
                .where(StoryReaction.story_id == story.id)
                .group_by(StoryReaction.kind)
            )
        ).all()
    )
    mine = await session.scalars(
        select(StoryReaction.kind)
        .where(StoryReaction.story_id == story.id, StoryReaction.account_id == actor.account_id)
        .order_by(StoryReaction.kind)
    )
    read_by_me = await session.get(StoryReadRow, (story.id, actor.account_id)) is not None
    return StoryRead(
        id=story.id,
        title=story.title,
        body=story.body,
        status=story.status,
        audiences=await audiences.described(session, story.audiences),
        featured=[
            FeaturedRead(employee_id=f.employee_id, full_name=name, consent=f.consent, answered_at=f.answered_at)
            for f, name in featured
        ],
        photos=[PhotoRead.model_validate(p, from_attributes=True) for p in photos],
        reads=reads,
        reactions=ReactionCounts(**{kind: int(n) for kind, n in counts.items() if kind in REACTION_KINDS}),
        my_reactions=[ReactionKind(kind) for kind in mine],
        read_by_me=read_by_me,
        published_at=story.published_at,
        archived_at=story.archived_at,
        version=story.version,
        created_at=story.created_at,
        updated_at=story.updated_at,
    )


async def get_story(session: AsyncSession, *, actor: Actor, clock: Clock, story_id: uuid.UUID) -> StoryRead:
    return await story_read(session, actor, await visible_story(session, actor, clock, story_id))


async def list_stories(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    status: StoryStatus | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[StorySummary]:
    """Newest first (by creation). HR, administrators and leaders list every story, any status;
    everyone else lists the published stories their audience reaches (asking for another status
    is a 422: drafts are HR's)."""
    require_person(actor)
    query = select(Story)
    if reads_all(actor):
        if status is not None:
            query = query.where(Story.status == status)
    else:
        if status not in (None, StoryStatus.PUBLISHED):
            raise InvalidInput(
                _("Only published stories are listed for you."), field="query.status", slug="story.status_not_listed"
            )
        standing = await audiences.standing_of(session, actor.employee_id, await organisation_today(session, clock))
        query = query.where(Story.status == StoryStatus.PUBLISHED, audiences.reader_condition(Story.id, standing))
    if cursor is not None:
        query = query.where(after_cursor(cursor, Story.created_at, Story.id))
    rows = list(await session.scalars(query.order_by(Story.created_at.desc(), Story.id.desc()).limit(limit + 1)))
    page = slice_of(rows, limit, lambda s: [s.created_at.isoformat(), str(s.id)])
    counts = dict(
        (
            await session.execute(
                select(StoryPhoto.story_id, func.count())
                .where(StoryPhoto.story_id.in_([s.id for s in page.items]))
                .group_by(StoryPhoto.story_id)
            )
        ).all()
    )
    return Slice(
        items=[
            StorySummary(
                id=s.id,
                title=s.title,
                status=s.status,
                published_at=s.published_at,
                created_at=s.created_at,
                photo_count=int(counts.get(s.id, 0)),
            )
            for s in page.items
        ],
        next_cursor=page.next_cursor,
    )
