"""Reading the knowledge base: one article, its saved versions, and lists (search when a query is
given: best match first; otherwise most recently changed first)."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.knowledge import rules, search
from domain.knowledge.access import is_owner, not_found, owned_departments, visible_article
from domain.knowledge.models import ArticleStatus, KnowledgeArticle, KnowledgeArticleVersion
from domain.knowledge.schemas import ArticleHit, ArticleRead, ArticleVersionRead, MatchKind
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.pagination import (
    Slice,
    after_cursor,
    cursor_int,
    decode_cursor,
    slice_of,
)


def article_read(article: KnowledgeArticle) -> ArticleRead:
    return ArticleRead.model_validate(article)


MATCHES: dict[int, MatchKind] = {rules.TITLE_TIER: "title", rules.TEXT_TIER: "text", rules.PARTIAL_TIER: "partial"}


def hit(article: KnowledgeArticle, query: str | None, tier: int | None) -> ArticleHit:
    return ArticleHit(
        id=article.id,
        title=article.title,
        category=article.category,
        tags=list(article.tags),
        department_id=article.department_id,
        status=article.status,
        snippet=rules.snippet(article.body, query or ""),
        match=MATCHES[tier] if tier is not None else None,
        updated_at=article.updated_at,
    )


async def get_article(session: AsyncSession, *, actor: Actor, article_id: uuid.UUID) -> ArticleRead:
    return article_read(await visible_article(session, actor, article_id))


async def list_versions(
    session: AsyncSession, *, actor: Actor, article_id: uuid.UUID, limit: int, cursor: str | None
) -> Slice[ArticleVersionRead]:
    """Newest first; for the owning side only (the published text is what others read)."""
    article = await visible_article(session, actor, article_id)
    if not await is_owner(session, actor, article.department_id):
        raise not_found(article_id)
    query = select(KnowledgeArticleVersion).where(KnowledgeArticleVersion.article_id == article.id)
    if cursor is not None:
        (last,) = decode_cursor(cursor, arity=1)
        query = query.where(KnowledgeArticleVersion.revision < cursor_int(last))
    rows = list(await session.scalars(query.order_by(KnowledgeArticleVersion.revision.desc()).limit(limit + 1)))
    page = slice_of(rows, limit, lambda row: [row.revision])
    return Slice([ArticleVersionRead.model_validate(row) for row in page.items], page.next_cursor)


async def list_articles(
    session: AsyncSession,
    *,
    actor: Actor,
    query: str | None,
    category: str | None,
    tag: str | None,
    status: ArticleStatus | None,
    limit: int,
    cursor: str | None,
) -> Slice[ArticleHit]:
    """Published articles for everyone; `status=draft|archived` lists those of the departments the
    actor stands for (HR and administrators: all). With `q`: the matching articles, best first
    (search.py's tiers, most recently changed first within each); without: most recently changed
    first."""
    require_person(actor)
    where = [KnowledgeArticle.status == (status or ArticleStatus.PUBLISHED)]
    if status not in (None, ArticleStatus.PUBLISHED):
        where.append(await owned_departments(session, actor))
    if category is not None:
        where.append(KnowledgeArticle.category == category)
    if tag is not None:
        where.append(KnowledgeArticle.tag_keys.contains(rules.tag_keys([tag]), autoescape=True))
    if query is not None and rules.query_grams(query):
        return await _search(session, where, query, limit, cursor)
    statement = select(KnowledgeArticle).where(*where)
    if cursor is not None:
        statement = statement.where(after_cursor(cursor, KnowledgeArticle.updated_at, KnowledgeArticle.id))
    rows = list(
        await session.scalars(
            statement.order_by(KnowledgeArticle.updated_at.desc(), KnowledgeArticle.id.desc()).limit(limit + 1)
        )
    )
    page = slice_of(rows, limit, lambda row: [row.updated_at.isoformat(), str(row.id)])
    return Slice([hit(row, None, None) for row in page.items], page.next_cursor)


async def _search(
    session: AsyncSession, where: list[ColumnElement[bool]], query: str, limit: int, cursor: str | None
) -> Slice[ArticleHit]:
    after = search.Place.of_cursor(cursor) if cursor is not None else None
    rows = await search.ranked(session, where, query, limit + 1, after)
    page = rows[:limit]
    next_cursor = page[-1][1].cursor() if len(rows) > limit else None
    return Slice([hit(article, query, place.tier) for article, place in page], next_cursor)
