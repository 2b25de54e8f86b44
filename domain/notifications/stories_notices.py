"""Who hears what of the stories context's events (registered with the handlers on import).

A story's audience and a broadcast's recipients may be 100,000 people: their accounts are read in
one query and the notices written in one bulk insert (`notify`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.notifications.audiences import accounts_of, person_named
from domain.notifications.delivery import notify
from domain.notifications.handlers import handles
from domain.org.queries import organisation_today
from domain.people.models import Account
from domain.shared.clock import Clock
from domain.stories import audiences
from domain.stories.events import BroadcastPublished, PostCommented, PostHidden, StoryConsentRequested, StoryPublished
from domain.stories.models import BroadcastRecipient, Story, StoryStatus


@handles(StoryPublished)
async def story_published(session: AsyncSession, event: StoryPublished, clock: Clock) -> None:
    """Once per story: its first publication; the audience as it stands when the notice is written."""
    story = await session.get(Story, event.story_id)
    if not event.first_publication or story is None or story.status != StoryStatus.PUBLISHED:
        return
    targets = await audiences.targets_of(session, story.audiences)
    readers = await session.scalars(audiences.member_accounts(targets, await organisation_today(session, clock)))
    await notify(
        session,
        clock=clock,
        kind="stories.story_published",
        readers=list(readers),
        subject_type="story",
        subject_id=story.id,
        params={"title": story.title},
        skip=event.author_account_id,
    )


@handles(StoryConsentRequested)
async def consent_requested(session: AsyncSession, event: StoryConsentRequested, clock: Clock) -> None:
    accounts = await accounts_of(session, [event.employee_id])
    await notify(
        session,
        clock=clock,
        kind="stories.consent_requested",
        readers=list(accounts.values()),
        subject_type="story",
        subject_id=event.story_id,
        params={"title": event.title},
    )


@handles(PostHidden)
async def post_hidden(session: AsyncSession, event: PostHidden, clock: Clock) -> None:
    await notify(
        session,
        clock=clock,
        kind="stories.post_hidden",
        readers=[event.author_account_id],
        subject_type="experience_post",
        subject_id=event.post_id,
        params={"title": event.title, "reason": event.reason},
    )


@handles(PostCommented)
async def post_commented(session: AsyncSession, event: PostCommented, clock: Clock) -> None:
    name = await person_named(session, event.commenter_employee_id) if event.commenter_employee_id else ""
    await notify(
        session,
        clock=clock,
        kind="stories.post_commented",
        readers=[event.author_account_id],
        subject_type="experience_post",
        subject_id=event.post_id,
        params={"title": event.title, "name": name},
        skip=event.commenter_account_id,
    )


@handles(BroadcastPublished)
async def broadcast_published(session: AsyncSession, event: BroadcastPublished, clock: Clock) -> None:
    """Its recipients, fixed at publication."""
    readers = await session.scalars(
        select(Account.id)
        .join(BroadcastRecipient, BroadcastRecipient.employee_id == Account.employee_id)
        .where(BroadcastRecipient.broadcast_id == event.broadcast_id, Account.is_active.is_(True))
    )
    await notify(
        session,
        clock=clock,
        kind="stories.broadcast",
        readers=list(readers),
        subject_type="broadcast",
        subject_id=event.broadcast_id,
        params={"title": event.title},
        skip=event.author_account_id,
    )
