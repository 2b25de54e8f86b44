"""Events the knowledge context records (internal: analytics and notifications subscribe)."""

from __future__ import annotations

import uuid

from domain.shared.events import DomainEvent


class ArticleSaved(DomainEvent):
    topic = "knowledge.article_saved"
    summary = "A knowledge-base article was written or given a new text (a new revision)."
    entity_type = "knowledge_article"
    entity_field = "article_id"
    webhook = False

    article_id: uuid.UUID
    revision: int
    department_id: uuid.UUID
    category: str
    source_ticket_id: uuid.UUID | None = None


class ArticlePublished(DomainEvent):
    topic = "knowledge.article_published"
    summary = "A knowledge-base article was published: search and ticket suggestions offer it from now on."
    entity_type = "knowledge_article"
    entity_field = "article_id"
    webhook = False

    article_id: uuid.UUID
    revision: int
    department_id: uuid.UUID
    category: str


class ArticleArchived(DomainEvent):
    topic = "knowledge.article_archived"
    summary = "A knowledge-base article was archived: no longer offered."
    entity_type = "knowledge_article"
    entity_field = "article_id"
    webhook = False

    article_id: uuid.UUID
    department_id: uuid.UUID


class DeflectionRecorded(DomainEvent):
    topic = "knowledge.deflection_recorded"
    summary = "An offered article solved a problem before a ticket was raised (this solved it)."
    entity_type = "knowledge_article"
    entity_field = "article_id"
    webhook = False

    deflection_id: uuid.UUID
    article_id: uuid.UUID
    department_id: uuid.UUID
    category: str
    store_id: uuid.UUID | None
