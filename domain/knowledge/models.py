"""Tables of the knowledge context (only this context writes them)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from domain.org.models import enum_column
from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class ArticleStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


# The trigram index that serves search on PostgreSQL (pg_trgm, created by migration 0032). SQLite
# gets no such index: its `sqlite_where` makes the declared index an empty partial one there, so one
# declaration serves the drift check on both databases while SQLite scans the column, as it does for
# people (migrations/name_search.py).
SEARCH_INDEX = "ix_knowledge_articles_search_text_trgm"
TITLE_INDEX = "ix_knowledge_articles_title_text_trgm"


class KnowledgeArticle(Base):
    """An answer to a frequent store problem (门店常见问题), owned by the head-office department that
    answers that category of ticket. `revision` counts the saved texts (each kept in
    knowledge_article_versions); `version` moves with every change and guards concurrent edits.
    `search_text` is what search reads: title, tags and body lower-cased, kept by the service."""

    __tablename__ = "knowledge_articles"
    __table_args__ = (
        Index("ix_knowledge_articles_status_updated_at_id", "status", "updated_at", "id"),
        Index("ix_knowledge_articles_department_id_status", "department_id", "status"),
        Index(
            SEARCH_INDEX,
            "search_text",
            postgresql_using="gin",
            postgresql_ops={"search_text": "gin_trgm_ops"},
            sqlite_where=text("0"),
        ),
        Index(
            TITLE_INDEX,
            "title_text",
            postgresql_using="gin",
            postgresql_ops={"title_text": "gin_trgm_ops"},
            sqlite_where=text("0"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(64))
    tags: Mapped[list[str]] = mapped_column(JSONDocument)
    # the tags lower-cased between U+001F separators, for an exact tag filter on both databases
    tag_keys: Mapped[str] = mapped_column(Text)
    # the title folded (rules.fold) and title, tags and body folded (rules.searchable_text)
    title_text: Mapped[str] = mapped_column(String(200))
    search_text: Mapped[str] = mapped_column(Text)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    status: Mapped[ArticleStatus] = mapped_column(enum_column(ArticleStatus, "knowledge_article_status"))
    revision: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    source_ticket_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="RESTRICT"), unique=True
    )
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class KnowledgeArticleVersion(Base):
    """Each saved text of an article, kept: who wrote which words when."""

    __tablename__ = "knowledge_article_versions"

    article_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("knowledge_articles.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(64))
    tags: Mapped[list[str]] = mapped_column(JSONDocument)
    edited_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime())


class KnowledgeSuggestion(Base):
    """What a person drafting a ticket was shown: the draft (title, category), where they work, and
    the articles offered. A deflection refers to one, so "this solved it" is tied to a real draft
    and to an article actually offered."""

    __tablename__ = "knowledge_suggestions"
    __table_args__ = (Index("ix_knowledge_suggestions_account_id_created_at", "account_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    employee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_units.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(64))
    article_ids: Mapped[list[str]] = mapped_column(JSONDocument)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class KnowledgeDeflection(Base):
    """ "This solved it": a ticket not raised because an offered article answered it. Once per
    suggestion and article (the suggestion is one person's); counted in the ticket figures of the
    article's owning department (as it was when it happened)."""

    __tablename__ = "knowledge_deflections"
    __table_args__ = (
        UniqueConstraint("suggestion_id", "article_id"),
        Index("ix_knowledge_deflections_department_id_occurred_at", "department_id", "occurred_at"),
        Index("ix_knowledge_deflections_occurred_at", "occurred_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    suggestion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("knowledge_suggestions.id", ondelete="CASCADE"))
    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("knowledge_articles.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    employee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_units.id", ondelete="SET NULL"))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
