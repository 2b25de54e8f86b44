"""Tables of the stories context (only this context writes them).

Readers, reactions, reports and broadcast recipients are rows keyed by the person, so "once per
person" is a primary key, not a check a racing request could slip past."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from domain.org.models import enum_column
from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class StoryStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class ConsentStatus(enum.StrEnum):
    PENDING = "pending"
    GIVEN = "given"
    REFUSED = "refused"


class PostStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    PUBLISHED = "published"
    HIDDEN = "hidden"


class BroadcastStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class Story(Base):
    """A frontline story (一线故事) HR writes for audiences. `audiences` keeps the audience as
    written; `story_audiences` holds the same rows for the reader's SQL filter."""

    __tablename__ = "stories"
    __table_args__ = (Index("ix_stories_status_published_at", "status", "published_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    audiences: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    status: Mapped[StoryStatus] = mapped_column(enum_column(StoryStatus, "story_status"))
    author_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # set once, at the first publication: the audience hears of a story once
    announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StoryAudience(Base):
    """One audience of a story: everyone, head office, or a department's or region's subtree."""

    __tablename__ = "story_audiences"

    story_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"), index=True)


class StoryFeature(Base):
    """A person the story features, and their answer: a story is published only when every person
    featured has given consent."""

    __tablename__ = "story_features"

    story_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    consent: Mapped[ConsentStatus] = mapped_column(enum_column(ConsentStatus, "story_consent"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class StoryPhoto(Base):
    """A photo of a story; its bytes live in the blob store under their sha256."""

    __tablename__ = "story_photos"
    __table_args__ = (Index("ix_story_photos_story_id_created_at", "story_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    story_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    blob_key: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(32))
    uploaded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StoryRead(Base):
    """Who read a story: counted once per account."""

    __tablename__ = "story_reads"

    story_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StoryReaction(Base):
    """One reaction of one kind by one account (like, applause, inspired)."""

    __tablename__ = "story_reactions"

    story_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    reacted_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ExperiencePost(Base):
    """An employee's experience on the board (经验分享). `report_count` counts distinct reporters;
    `reports_reviewed` is the count when HR last decided, so only new reports hold it again."""

    __tablename__ = "experience_posts"
    __table_args__ = (
        Index("ix_experience_posts_status_published_at", "status", "published_at"),
        Index("ix_experience_posts_status_created_at", "status", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    author_employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), index=True)
    author_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSONDocument)
    status: Mapped[PostStatus] = mapped_column(enum_column(PostStatus, "experience_post_status"))
    hidden_reason: Mapped[str | None] = mapped_column(String(500))
    moderated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    moderated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    report_count: Mapped[int] = mapped_column(Integer, default=0)
    reports_reviewed: Mapped[int] = mapped_column(Integer, default=0)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ExperiencePostTag(Base):
    """A post's tags, one row each, for the board's tag filter."""

    __tablename__ = "experience_post_tags"

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("experience_posts.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(20), primary_key=True, index=True)


class ExperienceComment(Base):
    """A comment on a published post; HR may hide it (kept, with who and when)."""

    __tablename__ = "experience_comments"
    __table_args__ = (Index("ix_experience_comments_post_id_created_at", "post_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("experience_posts.id", ondelete="CASCADE"))
    author_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    author_employee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ExperienceReport(Base):
    """One report of a post by one account, with the reason."""

    __tablename__ = "experience_reports"
    __table_args__ = (Index("ix_experience_reports_created_at", "created_at"),)

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("experience_posts.id", ondelete="CASCADE"), primary_key=True)
    reporter_account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    reason: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Broadcast(Base):
    """An HR notice to an audience; its recipients are fixed when it is published."""

    __tablename__ = "broadcasts"
    __table_args__ = (Index("ix_broadcasts_created_at", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    audiences: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    requires_ack: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[BroadcastStatus] = mapped_column(enum_column(BroadcastStatus, "broadcast_status"))
    author_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    recipient_count: Mapped[int] = mapped_column(Integer, default=0)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class BroadcastRecipient(Base):
    """A person a broadcast reached, and when they read (and, if asked, acknowledged) it."""

    __tablename__ = "broadcast_recipients"
    __table_args__ = (
        Index("ix_broadcast_recipients_broadcast_id_read_at", "broadcast_id", "read_at"),
        Index("ix_broadcast_recipients_employee_id", "employee_id"),
    )

    broadcast_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("broadcasts.id", ondelete="CASCADE"), primary_key=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
