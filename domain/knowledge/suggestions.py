"""Articles offered while a ticket is drafted, and "this solved it" (a deflection).

The draft's title (and body, if written) is searched among published articles (search.py's tiers);
the draft's category comes first, then others; at most five. The offer is kept (who, where,
the draft, the articles), and a deflection names the offer and one of its articles: once per offer
and article, however often it is sent (a unique key closes the race)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.knowledge import search
from domain.knowledge.events import DeflectionRecorded
from domain.knowledge.models import ArticleStatus, KnowledgeArticle, KnowledgeDeflection, KnowledgeSuggestion
from domain.knowledge.queries import hit
from domain.knowledge.rules import query_grams
from domain.knowledge.schemas import DeflectionCreate, DeflectionRead, SuggestionRequest, TicketSuggestions
from domain.people.models import Employee
from domain.shared import events
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.upsert import upsert

OFFERED = 5


async def suggest(session: AsyncSession, *, actor: Actor, clock: Clock, data: SuggestionRequest) -> TicketSuggestions:
    require_person(actor)
    query = data.title if not data.body else f"{data.title} {data.body}"
    articles: list[tuple[KnowledgeArticle, int]] = []
    if query_grams(query):
        published = KnowledgeArticle.status == ArticleStatus.PUBLISHED
        same = await search.ranked(session, [published, KnowledgeArticle.category == data.category], query, OFFERED)
        others = await search.ranked(
            session, [published, KnowledgeArticle.category != data.category], query, OFFERED - len(same)
        )
        articles = [(article, place.tier) for article, place in [*same, *others]]
    store_id = None
    if actor.employee_id is not None:
        store_id = await session.scalar(select(Employee.home_unit_id).where(Employee.id == actor.employee_id))
    suggestion = KnowledgeSuggestion(
        id=uuid.uuid4(),
        account_id=actor.account_id,
        employee_id=actor.employee_id,
        store_id=store_id,
        title=data.title,
        category=data.category,
        article_ids=[str(article.id) for article, _points in articles],
        created_at=clock.now(),
    )
    session.add(suggestion)
    await session.flush()
    return TicketSuggestions(
        suggestion_id=suggestion.id, articles=[hit(article, query, points) for article, points in articles]
    )


async def deflect(
    session: AsyncSession, *, actor: Actor, clock: Clock, suggestion_id: uuid.UUID, data: DeflectionCreate
) -> tuple[DeflectionRead, bool]:
    """The deflection, and whether this call recorded it (False: it was already)."""
    require_person(actor)
    suggestion = await session.get(KnowledgeSuggestion, suggestion_id)
    if suggestion is None or suggestion.account_id != actor.account_id:
        raise NotFound(_("No suggestion {suggestion_id}.", suggestion_id=suggestion_id), slug="suggestion.not_found")
    if str(data.article_id) not in suggestion.article_ids:
        raise InvalidInput(
            _("Only an article offered with this suggestion can have solved it."),
            field="body.article_id",
            slug="deflection.not_offered",
        )
    department_id = await session.scalar(
        select(KnowledgeArticle.department_id).where(KnowledgeArticle.id == data.article_id)
    )
    if department_id is None:  # offered, then deleted: nothing left to credit
        raise InvalidInput(
            _("Only an article offered with this suggestion can have solved it."),
            field="body.article_id",
            slug="deflection.not_offered",
        )
    deflection_id = uuid.uuid4()
    insert = (await upsert(session, KnowledgeDeflection)).values(
        id=deflection_id,
        suggestion_id=suggestion.id,
        article_id=data.article_id,
        account_id=actor.account_id,
        employee_id=suggestion.employee_id,
        category=suggestion.category,
        title=suggestion.title,
        store_id=suggestion.store_id,
        department_id=department_id,
        occurred_at=clock.now(),
    )
    inserted = await session.execute(
        insert.on_conflict_do_nothing(index_elements=["suggestion_id", "article_id"]).returning(KnowledgeDeflection.id)
    )
    created = inserted.scalar() is not None
    row = await session.scalar(
        select(KnowledgeDeflection).where(
            KnowledgeDeflection.suggestion_id == suggestion.id, KnowledgeDeflection.article_id == data.article_id
        )
    )
    assert row is not None
    if created:
        await events.record(
            session,
            DeflectionRecorded(
                deflection_id=row.id,
                article_id=row.article_id,
                department_id=row.department_id,
                category=row.category,
                store_id=row.store_id,
            ),
            actor=actor,
            clock=clock,
            changes={"suggestion_id": str(suggestion.id)},
        )
    return DeflectionRead.model_validate(row), created
