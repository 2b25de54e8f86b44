"""HR's stories: drafted with their audiences and the people they feature, each featured person
asked for consent; published only when everyone featured has given it (the audience hears of it
once); archived when done. Readers mark a story read (counted once per person) and react (like,
applause, inspired: one of each kind per person)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.people.models import Employee, EmployeeStatus
from domain.shared import events
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.shared.upsert import upsert
from domain.stories import audiences
from domain.stories.access import require_editor
from domain.stories.events import (
    StoryArchived,
    StoryConsentAnswered,
    StoryConsentRequested,
    StoryDrafted,
    StoryEdited,
    StoryPublished,
)
from domain.stories.models import ConsentStatus, Story, StoryAudience, StoryFeature, StoryReaction, StoryStatus
from domain.stories.models import StoryRead as StoryReadRow
from domain.stories.queries import story_read, visible_story
from domain.stories.rules import ReactionKind, missing_consent
from domain.stories.schemas import Audience, ConsentAnswer, StoryCreate, StoryRead, StoryUpdate


def _not_draft(story: Story) -> Conflict:
    return Conflict(
        _("The story is {status}; only a draft changes.", status=story.status.value), slug="story.not_draft"
    )


async def _set_audiences(session: AsyncSession, story: Story, given: Sequence[Audience]) -> None:
    await audiences.checked(session, given)
    story.audiences = audiences.kept(given)
    await session.execute(delete(StoryAudience).where(StoryAudience.story_id == story.id))
    await session.execute(
        insert(StoryAudience),
        [
            {"story_id": story.id, "position": position, "kind": a.kind.value, "unit_id": a.unit_id}
            for position, a in enumerate(given)
        ],
    )


async def _set_featured(
    session: AsyncSession, actor: Actor, clock: Clock, story: Story, wanted: Sequence[uuid.UUID]
) -> list[uuid.UUID]:
    """Keeps the answers of people still featured, forgets those removed, asks those added;
    returns who was added."""
    people = list(dict.fromkeys(wanted))
    found = set(
        await session.scalars(
            select(Employee.id).where(Employee.id.in_(people), Employee.status == EmployeeStatus.ACTIVE)
        )
    )
    for position, person in enumerate(people):
        if person not in found:
            raise InvalidInput(
                _("No active employee {employee_id}.", employee_id=person),
                field=f"body.featured_ids[{position}]",
                slug="story.featured_unknown",
            )
    current = set(await session.scalars(select(StoryFeature.employee_id).where(StoryFeature.story_id == story.id)))
    removed = current - set(people)
    if removed:
        await session.execute(
            delete(StoryFeature).where(StoryFeature.story_id == story.id, StoryFeature.employee_id.in_(removed))
        )
    added = [person for person in people if person not in current]
    now = clock.now()
    for person in added:
        session.add(
            StoryFeature(story_id=story.id, employee_id=person, consent=ConsentStatus.PENDING, requested_at=now)
        )
        events.announce(
            session, StoryConsentRequested(story_id=story.id, title=story.title, employee_id=person), clock=clock
        )
    return added


async def ask_again(session: AsyncSession, clock: Clock, story: Story) -> list[uuid.UUID]:
    """Consent is to the story as it stands: once its text or photos change, those who answered
    are asked again (their answer returns to pending)."""
    answered = list(
        await session.scalars(
            select(StoryFeature)
            .where(StoryFeature.story_id == story.id, StoryFeature.consent != ConsentStatus.PENDING)
            .with_for_update()
        )
    )
    now = clock.now()
    for feature in answered:
        feature.consent = ConsentStatus.PENDING
        feature.answered_at = None
        feature.requested_at = now
        events.announce(
            session,
            StoryConsentRequested(story_id=story.id, title=story.title, employee_id=feature.employee_id),
            clock=clock,
        )
    return [feature.employee_id for feature in answered]


async def create_story(session: AsyncSession, *, actor: Actor, clock: Clock, data: StoryCreate) -> StoryRead:
    require_editor(actor)
    now = clock.now()
    story = Story(
        id=uuid.uuid4(),
        title=data.title,
        body=data.body,
        audiences=[],
        status=StoryStatus.DRAFT,
        author_account_id=actor.account_id,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(story)
    await session.flush()
    await _set_audiences(session, story, data.audiences)
    added = await _set_featured(session, actor, clock, story, data.featured_ids)
    await session.flush()
    await events.record(
        session,
        StoryDrafted(story_id=story.id, title=story.title),
        actor=actor,
        clock=clock,
        changes={"audiences": story.audiences, "featured": [str(p) for p in added]},
    )
    return await story_read(session, actor, story)


async def update_story(
    session: AsyncSession, *, actor: Actor, clock: Clock, story_id: uuid.UUID, data: StoryUpdate
) -> StoryRead:
    require_editor(actor)
    story = await visible_story(session, actor, clock, story_id, lock=True)
    if story.status != StoryStatus.DRAFT:
        raise _not_draft(story)
    changes: dict[str, object] = {}
    if data.title is not None and data.title != story.title:
        changes["title"] = {"before": story.title, "after": data.title}
        story.title = data.title
    if data.body is not None and data.body != story.body:
        changes["body"] = "changed"
        story.body = data.body
    if data.audiences is not None:
        before = story.audiences
        await _set_audiences(session, story, data.audiences)
        changes["audiences"] = {"before": before, "after": story.audiences}
    if "title" in changes or "body" in changes:
        changes["consent_asked_again"] = [str(p) for p in await ask_again(session, clock, story)]
    if data.featured_ids is not None:
        added = await _set_featured(session, actor, clock, story, data.featured_ids)
        changes["featured"] = {
            "now": [str(p) for p in dict.fromkeys(data.featured_ids)],
            "added": [str(p) for p in added],
        }
    await session.flush()
    await events.record(
        session,
        StoryEdited(story_id=story.id, title=story.title),
        actor=actor,
        clock=clock,
        changes=changes,
        changed=story,
    )
    return await story_read(session, actor, story)


async def answer_consent(
    session: AsyncSession, *, actor: Actor, clock: Clock, story_id: uuid.UUID, data: ConsentAnswer
) -> StoryRead:
    """The featured person's answer, which they may change at any time: refusing after publication
    takes the story back to draft (off every reader's list) until HR edits or the person consents."""
    story = await visible_story(session, actor, clock, story_id, lock=True)
    feature = None
    if actor.employee_id is not None:
        feature = await session.get(StoryFeature, (story.id, actor.employee_id), with_for_update=True)
    if feature is None:
        raise Forbidden(_("Only a person the story features answers for their consent."), slug="story.not_featured")
    if story.status == StoryStatus.ARCHIVED:
        raise _not_draft(story)
    answer = ConsentStatus(data.decision)
    changes: dict[str, object] = {"consent": {"before": feature.consent.value, "after": answer.value}}
    feature.consent = answer
    feature.answered_at = clock.now()
    if answer == ConsentStatus.REFUSED and story.status == StoryStatus.PUBLISHED:
        story.status = StoryStatus.DRAFT
        changes["status"] = {"before": "published", "after": "draft"}
    await session.flush()
    await events.record(
        session,
        StoryConsentAnswered(
            story_id=story.id, title=story.title, employee_id=feature.employee_id, consent=answer.value
        ),
        actor=actor,
        clock=clock,
        changes=changes,
        changed=story,
    )
    return await story_read(session, actor, story)


async def publish_story(session: AsyncSession, *, actor: Actor, clock: Clock, story_id: uuid.UUID) -> StoryRead:
    """Refused (409 `story.consent_missing`, naming who) while anyone featured has not given consent;
    the story row is locked, so a consent withdrawn at the same moment is seen by one or the other."""
    require_editor(actor)
    story = await visible_story(session, actor, clock, story_id, lock=True)
    if story.status != StoryStatus.DRAFT:
        raise _not_draft(story)
    consents = {
        person: consent.value
        for person, consent in await session.execute(
            select(StoryFeature.employee_id, StoryFeature.consent).where(StoryFeature.story_id == story.id)
        )
    }
    missing = missing_consent(consents)
    if missing:
        names = dict(
            (await session.execute(select(Employee.id, Employee.full_name).where(Employee.id.in_(missing)))).all()
        )
        raise Conflict(
            _("Not published: consent is missing from {names}.", names=", ".join(names[p] for p in missing)),
            slug="story.consent_missing",
            missing=[{"employee_id": str(p), "full_name": names[p], "consent": consents[p]} for p in missing],
        )
    now = clock.now()
    first = story.announced_at is None
    story.status = StoryStatus.PUBLISHED
    story.published_at = now
    if first:
        story.announced_at = now
    await session.flush()
    await events.record(
        session,
        StoryPublished(
            story_id=story.id, title=story.title, first_publication=first, author_account_id=actor.account_id
        ),
        actor=actor,
        clock=clock,
        changes={"status": {"before": "draft", "after": "published"}},
        changed=story,
    )
    return await story_read(session, actor, story)


async def archive_story(session: AsyncSession, *, actor: Actor, clock: Clock, story_id: uuid.UUID) -> StoryRead:
    require_editor(actor)
    story = await visible_story(session, actor, clock, story_id, lock=True)
    if story.status == StoryStatus.ARCHIVED:
        raise Conflict(_("The story is already archived."), slug="story.archived")
    before = story.status.value
    story.status = StoryStatus.ARCHIVED
    story.archived_at = clock.now()
    await session.flush()
    await events.record(
        session,
        StoryArchived(story_id=story.id, title=story.title),
        actor=actor,
        clock=clock,
        changes={"status": {"before": before, "after": "archived"}},
        changed=story,
    )
    return await story_read(session, actor, story)


def _readable(story: Story) -> None:
    if story.status != StoryStatus.PUBLISHED:
        raise Conflict(_("Only a published story is read and reacted to."), slug="story.not_published")


async def mark_read(session: AsyncSession, *, actor: Actor, clock: Clock, story_id: uuid.UUID) -> StoryRead:
    """Counted once per person, however often they open it (the key is the story and the account)."""
    story = await visible_story(session, actor, clock, story_id)
    _readable(story)
    statement = await upsert(session, StoryReadRow)
    await session.execute(
        statement.values(story_id=story.id, account_id=actor.account_id, read_at=clock.now()).on_conflict_do_nothing()
    )
    return await story_read(session, actor, story)


async def react(
    session: AsyncSession, *, actor: Actor, clock: Clock, story_id: uuid.UUID, kind: ReactionKind, on: bool
) -> StoryRead:
    """Adds (idempotent) or takes back one reaction of one kind."""
    story = await visible_story(session, actor, clock, story_id)
    _readable(story)
    if on:
        statement = await upsert(session, StoryReaction)
        await session.execute(
            statement.values(
                story_id=story.id, account_id=actor.account_id, kind=kind.value, reacted_at=clock.now()
            ).on_conflict_do_nothing()
        )
    else:
        await session.execute(
            delete(StoryReaction).where(
                StoryReaction.story_id == story.id,
                StoryReaction.account_id == actor.account_id,
                StoryReaction.kind == kind.value,
            )
        )
    return await story_read(session, actor, story)
