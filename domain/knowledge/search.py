"""Search over articles, the same statements on both databases, in three tiers so that no query
ranks more rows than a page needs:

- 2: the title holds every term of the query ("扫描枪" in "扫描枪无法连接库存系统");
- 1: the searchable text (title, tags, body) holds every term, the title not;
- 0: only when no article holds the whole query: the title holds some of the query's trigrams
  ("扫描枪连不上库存" finds the scanner article), best first by how many (rules.title_points).

Tiers 2 and 1 are read most recently changed first: PostgreSQL either walks the (status,
updated_at, id) index and stops at a page, or intersects the trigram GIN indexes' lists for rare
terms; tier 0 is read only when the page is not full, its candidates from the titles' trigram
index (titles are short). SQLite scans, which at an embedded database's size is what it does well.
A term of one or two characters has no trigram: alone it scans on both databases."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Integer, and_, case, literal, not_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from domain.knowledge import rules
from domain.knowledge.models import KnowledgeArticle
from domain.shared.pagination import cursor_datetime, cursor_int, cursor_uuid, decode_cursor, encode_cursor


@dataclass(frozen=True)
class Place:
    """Where a hit stands in the search's order (and where the next page starts)."""

    tier: int
    points: int
    updated_at: datetime
    id: uuid.UUID

    def cursor(self) -> str:
        return encode_cursor([self.tier, self.points, self.updated_at.isoformat(), str(self.id)])

    @classmethod
    def of_cursor(cls, cursor: str) -> Place:
        tier, points, at, key = decode_cursor(cursor, arity=4)
        return cls(cursor_int(tier), cursor_int(points), cursor_datetime(at), cursor_uuid(key))


async def ranked(
    session: AsyncSession,
    where: Sequence[ColumnElement[bool]],
    query: str,
    limit: int,
    after: Place | None = None,
) -> list[tuple[KnowledgeArticle, Place]]:
    """Up to `limit` hits after `after`, in order: tier, then (tier 0) points, then most recently
    changed first. Tier 0 is read only when tiers 2 and 1 hold nothing, so it need not exclude them."""
    found: list[tuple[KnowledgeArticle, Place]] = []
    if limit <= 0:
        return found  # e.g. the suggestions' other categories when its own filled the offer
    if after is None or after.tier != rules.PARTIAL_TIER:
        for tier in (rules.TITLE_TIER, rules.TEXT_TIER):
            if after is not None and tier > after.tier:
                continue
            start = after if after is not None and after.tier == tier else None
            found.extend(await _tier(session, where, query, tier, limit - len(found), start))
            if len(found) >= limit:
                return found
        if found or after is not None:
            return found  # some article holds the whole query: no partial matches
    return await _tier(session, where, query, rules.PARTIAL_TIER, limit, after)


async def _tier(
    session: AsyncSession,
    where: Sequence[ColumnElement[bool]],
    query: str,
    tier: int,
    limit: int,
    after: Place | None,
) -> list[tuple[KnowledgeArticle, Place]]:
    terms = rules.terms(query)
    points: ColumnElement[int] = literal(0, Integer)
    if tier == rules.TITLE_TIER:
        matching = _holds_all(KnowledgeArticle.title_text, terms)
    elif tier == rules.TEXT_TIER:
        matching = and_(
            _holds_all(KnowledgeArticle.search_text, terms), not_(_holds_all(KnowledgeArticle.title_text, terms))
        )
    else:
        grams = rules.query_grams(query)
        matching = or_(*(_holds(KnowledgeArticle.title_text, g) for g in grams))
        for gram in grams:
            points = points + case((_holds(KnowledgeArticle.title_text, gram), 1), else_=0)
    statement = select(KnowledgeArticle, points.label("points")).where(*where, matching)
    newest = (KnowledgeArticle.updated_at.desc(), KnowledgeArticle.id.desc())
    if after is not None:
        later = or_(
            KnowledgeArticle.updated_at < after.updated_at,
            and_(KnowledgeArticle.updated_at == after.updated_at, KnowledgeArticle.id < after.id),
        )
        if tier == rules.PARTIAL_TIER:
            later = or_(points < after.points, and_(points == after.points, later))
        statement = statement.where(later)
    order = (points.desc(), *newest) if tier == rules.PARTIAL_TIER else newest
    rows = (await session.execute(statement.order_by(*order).limit(limit))).all()
    return [(article, Place(tier, int(score), article.updated_at, article.id)) for article, score in rows]


def _holds_all(column: InstrumentedAttribute[str], terms: Sequence[str]) -> ColumnElement[bool]:
    return and_(*(_holds(column, term) for term in terms))


def _holds(column: InstrumentedAttribute[str], needle: str) -> ColumnElement[bool]:
    return column.like(rules.like_pattern(needle), escape="\\")
