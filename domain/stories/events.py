"""Events the stories context records (internal: they reach notifications and the audit trail)."""

from __future__ import annotations

import uuid

from domain.shared.events import DomainEvent


class StoryEvent(DomainEvent):
    entity_type = "story"
    entity_field = "story_id"
    webhook = False

    story_id: uuid.UUID
    title: str


class StoryDrafted(StoryEvent):
    topic = "stories.story_drafted"
    summary = "HR drafted a story."


class StoryEdited(StoryEvent):
    topic = "stories.story_edited"
    summary = "HR changed a draft story (text, audiences, featured people or photos)."


class StoryConsentRequested(StoryEvent):
    topic = "stories.consent_requested"
    summary = "A person featured in a story is asked for consent; they hear of it."

    employee_id: uuid.UUID


class StoryConsentAnswered(StoryEvent):
    topic = "stories.consent_answered"
    summary = "A person featured in a story gave or refused consent (a refusal unpublishes it)."

    employee_id: uuid.UUID
    consent: str


class StoryPublished(StoryEvent):
    topic = "stories.story_published"
    summary = "A story was published; its audience hears of it the first time."

    first_publication: bool
    author_account_id: uuid.UUID | None


class StoryArchived(StoryEvent):
    topic = "stories.story_archived"
    summary = "A story was archived: off the readers' lists."


class PostEvent(DomainEvent):
    entity_type = "experience_post"
    entity_field = "post_id"
    webhook = False

    post_id: uuid.UUID
    title: str
    author_account_id: uuid.UUID | None


class PostSubmitted(PostEvent):
    topic = "stories.post_submitted"
    summary = "An employee posted experience; it waits for HR."


class PostPublished(PostEvent):
    topic = "stories.post_published"
    summary = "HR published an experience post on the board."


class PostHidden(PostEvent):
    topic = "stories.post_hidden"
    summary = "HR hid an experience post with a reason; the author hears why."

    reason: str


class PostHeldForReview(PostEvent):
    topic = "stories.post_held"
    summary = "Reports took a published post off the board until HR reviews it."

    report_count: int


class PostReported(PostEvent):
    topic = "stories.post_reported"
    summary = "Someone reported an experience post."


class PostCommented(PostEvent):
    topic = "stories.post_commented"
    summary = "Someone commented on an experience post; the author hears of it."

    comment_id: uuid.UUID
    commenter_account_id: uuid.UUID
    commenter_employee_id: uuid.UUID | None


class CommentRemoved(PostEvent):
    topic = "stories.comment_removed"
    summary = "A comment was deleted by its author or hidden by HR."

    comment_id: uuid.UUID
    hidden: bool


class BroadcastEvent(DomainEvent):
    entity_type = "broadcast"
    entity_field = "broadcast_id"
    webhook = False

    broadcast_id: uuid.UUID
    title: str


class BroadcastDrafted(BroadcastEvent):
    topic = "stories.broadcast_drafted"
    summary = "HR drafted a broadcast notice."


class BroadcastPublished(BroadcastEvent):
    topic = "stories.broadcast"
    summary = "HR published a broadcast notice; its recipients (fixed now) hear of it."

    recipient_count: int
    requires_ack: bool
    author_account_id: uuid.UUID | None
