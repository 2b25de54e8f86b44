"""A story's photos: up to 6, each at most 5 MB, JPEG, PNG or WebP read from the bytes (never the
name or the client's content type), kept in the blob store the tickets' attachments use. Photos
change only while the story is a draft, and a change asks those featured for consent again."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.shared import events
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, DomainError, NotFound
from domain.shared.i18n import _
from domain.stories.access import require_editor
from domain.stories.commands import ask_again
from domain.stories.events import StoryEdited
from domain.stories.models import Story, StoryPhoto, StoryStatus
from domain.stories.queries import story_read, visible_story
from domain.stories.rules import MAX_PHOTO_BYTES, MAX_PHOTOS
from domain.stories.schemas import PhotoRead, StoryRead
from domain.tickets.files import JPEG, PNG, SNIFF_BYTES, WEBP, BlobStore, sniff

PHOTO_KINDS = (JPEG, PNG, WEBP)


class PhotoTooLarge(DomainError):
    status = 413
    slug = "story.photo_too_large"
    title = _("File too large")


class PhotoUnsupported(DomainError):
    status = 415
    slug = "story.photo_unsupported_type"
    title = _("Unsupported file type")


async def _draft(session: AsyncSession, actor: Actor, clock: Clock, story_id: uuid.UUID) -> Story:
    require_editor(actor)
    story = await visible_story(session, actor, clock, story_id, lock=True)
    if story.status != StoryStatus.DRAFT:
        raise Conflict(_("Photos change only while the story is a draft."), slug="story.not_draft")
    return story


async def add_photo(
    session: AsyncSession, *, actor: Actor, clock: Clock, store: BlobStore, story_id: uuid.UUID, data: bytes
) -> StoryRead:
    """The story row is locked, so uploads racing for the last place are counted one after another."""
    story = await _draft(session, actor, clock, story_id)
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoTooLarge(_("A photo is at most {megabytes} MB.", megabytes=MAX_PHOTO_BYTES // (1024 * 1024)))
    kind = sniff(data[:SNIFF_BYTES])
    if kind not in PHOTO_KINDS:
        raise PhotoUnsupported(_("A story photo is a JPEG, PNG or WebP image."))
    assert kind is not None
    count = await session.scalar(select(func.count()).where(StoryPhoto.story_id == story.id)) or 0
    if count >= MAX_PHOTOS:
        raise Conflict(_("A story holds at most {count} photos.", count=MAX_PHOTOS), slug="story.too_many_photos")
    blob = await store.put(data)
    photo = StoryPhoto(
        id=uuid.uuid4(),
        story_id=story.id,
        blob_key=blob.key,
        sha256=blob.sha256,
        size=blob.size,
        media_type=kind.media_type,
        uploaded_by=actor.account_id,
        created_at=clock.now(),
    )
    session.add(photo)
    await session.flush()
    asked = await ask_again(session, clock, story)
    await events.record(
        session,
        StoryEdited(story_id=story.id, title=story.title),
        actor=actor,
        clock=clock,
        changes={"photo_added": str(photo.id), "sha256": blob.sha256, "consent_asked_again": [str(p) for p in asked]},
        changed=story,
    )
    return await story_read(session, actor, story)


async def remove_photo(
    session: AsyncSession, *, actor: Actor, clock: Clock, story_id: uuid.UUID, photo_id: uuid.UUID
) -> StoryRead:
    """The bytes stay in the content-addressed store (another story or ticket may hold the same file)."""
    story = await _draft(session, actor, clock, story_id)
    removed = await session.execute(
        delete(StoryPhoto).where(StoryPhoto.id == photo_id, StoryPhoto.story_id == story.id)
    )
    if removed.rowcount == 0:  # type: ignore[attr-defined]
        raise NotFound(_("No photo {photo_id} on this story.", photo_id=photo_id), slug="story.photo_not_found")
    await ask_again(session, clock, story)
    await events.record(
        session,
        StoryEdited(story_id=story.id, title=story.title),
        actor=actor,
        clock=clock,
        changes={"photo_removed": str(photo_id)},
        changed=story,
    )
    return await story_read(session, actor, story)


async def download_photo(
    session: AsyncSession, *, actor: Actor, clock: Clock, store: BlobStore, story_id: uuid.UUID, photo_id: uuid.UUID
) -> tuple[PhotoRead, bytes]:
    """Whoever may see the story sees its photos."""
    story = await visible_story(session, actor, clock, story_id)
    photo = await session.scalar(select(StoryPhoto).where(StoryPhoto.id == photo_id, StoryPhoto.story_id == story.id))
    if photo is None:
        raise NotFound(_("No photo {photo_id} on this story.", photo_id=photo_id), slug="story.photo_not_found")
    return PhotoRead.model_validate(photo, from_attributes=True), await store.open(photo.blob_key)
