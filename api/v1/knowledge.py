"""The knowledge base (门店常见问题库): articles by ticket category with versions, Chinese-capable
search (trigram matching on both databases), suggestions while a ticket is drafted, and the
deflections ("this solved it") that ticket figures count."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query, Response, status
from fastapi.responses import JSONResponse

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.idempotency import ReplayableDep
from api.problem_types import KnowledgeArticleVersionConflictProblem, TicketAlreadyArticleProblem
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, SearchQuery, problems
from domain.knowledge import commands, queries, suggestions
from domain.knowledge.models import ArticleStatus
from domain.knowledge.schemas import (
    ArticleCreate,
    ArticleHit,
    ArticleRead,
    ArticleTransition,
    ArticleUpdate,
    ArticleVersionRead,
    DeflectionCreate,
    DeflectionRead,
    SuggestionRequest,
    TicketSuggestions,
)
from domain.shared.pagination import Page, Slice

router = Router(tags=["knowledge"])

CategoryQuery = Query(pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$", description="A ticket category")
TagQuery = Query(min_length=1, max_length=32, pattern=r"^[^\x00-\x1f\x7f]+$", description="One tag, exactly")


@router.get(
    "/knowledge/articles",
    operation_id="knowledgeArticles-list",
    response_model=Page[ArticleHit],
    responses=problems(401, 403, 422),
    summary="Search the knowledge base (with q), or list its articles",
)
async def list_articles(
    actor: CurrentActor,
    session: SessionDep,
    q: Annotated[str | None, SearchQuery] = None,
    category: Annotated[str | None, CategoryQuery] = None,
    tag: Annotated[str | None, TagQuery] = None,
    article_status: Annotated[ArticleStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[ArticleHit]:
    """With `q`: the articles whose title, tags or body hold the query's character trigrams (Chinese works
    without word segmentation: 扫描枪 finds 扫描枪无法连接库存系统), best match first (title matches count
    double, the whole query as typed counts extra), each with a snippet around the first match. A term of one
    or two characters is matched whole (slower: no index serves it). Without `q`: most recently changed first.

    Published articles for every signed-in person; `status=draft` or `archived` lists those of the departments
    the caller belongs to or heads (HR and administrators: all). Integration clients get 403.
    """
    return await queries.list_articles(
        session,
        actor=actor,
        query=q,
        category=category,
        tag=tag,
        status=article_status,
        limit=limit,
        cursor=cursor,
    )


@router.post(
    "/knowledge/articles",
    operation_id="knowledgeArticles-create",
    status_code=status.HTTP_201_CREATED,
    response_model=ArticleRead,
    responses=problems(401, 403, 422),
    summary="Write a draft article for a ticket category",
)
async def create_article(
    body: ArticleCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep, once: ReplayableDep
) -> ArticleRead | JSONResponse:
    """Writes a draft (revision 1). The category must be a ticket category (one routing rules name: 422
    `knowledge.unknown_category` otherwise); the owning department defaults to the one the category is routed
    to. HR, administrators and the owning department's people and heads write; anyone else gets 403. Texts are
    plain text, kept as typed (markup is not interpreted); control characters other than line breaks and tabs
    answer 422. Send an `Idempotency-Key` header to retry safely."""

    async def action() -> ArticleRead:
        return await commands.create_article(session, actor=actor, clock=clock, data=body)

    return await once.answer(body, action, status=201)


@router.get(
    "/knowledge/articles/{article_id}",
    operation_id="knowledgeArticles-get",
    response_model=ArticleRead,
    responses=problems(401, 403, 404, 422),
)
async def get_article(article_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> ArticleRead:
    """One article, whole. A draft or archived article is seen by its owning side (the department's people and
    heads, HR, administrators) only: to others it answers 404."""
    return await queries.get_article(session, actor=actor, article_id=article_id)


@router.put(
    "/knowledge/articles/{article_id}",
    operation_id="knowledgeArticles-update",
    response_model=ArticleRead,
    responses=problems(401, 403, 404, 409, 422, typed=(KnowledgeArticleVersionConflictProblem,)),
    summary="Save a new text of the article (a new revision)",
)
async def update_article(
    article_id: uuid.UUID, body: ArticleUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ArticleRead:
    """Saves a new revision; the earlier ones stay under /versions. Send the `version` you read: if the article
    changed since, 409 `knowledge_article.version_conflict` (nothing is saved). The owning side only (403 for
    others who can read it)."""
    return await commands.revise_article(session, actor=actor, clock=clock, article_id=article_id, data=body)


@router.get(
    "/knowledge/articles/{article_id}/versions",
    operation_id="knowledgeArticles-versions",
    response_model=Page[ArticleVersionRead],
    responses=problems(401, 403, 404, 422),
)
async def article_versions(
    article_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[ArticleVersionRead]:
    """Every saved text of the article, newest first, with who saved it and when: for the owning side only
    (404 for others)."""
    return await queries.list_versions(session, actor=actor, article_id=article_id, limit=limit, cursor=cursor)


@router.post(
    "/knowledge/articles/{article_id}/publish",
    operation_id="knowledgeArticles-publish",
    response_model=ArticleRead,
    responses=problems(401, 403, 404, 409, 422, typed=(KnowledgeArticleVersionConflictProblem,)),
)
async def publish_article(
    article_id: uuid.UUID, body: ArticleTransition, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ArticleRead:
    """Publishes a draft or archived article: search and ticket suggestions offer it from now on. The owning
    side only; a stale `version` or an article already published answers 409."""
    return await commands.publish_article(
        session, actor=actor, clock=clock, article_id=article_id, version=body.version
    )


@router.post(
    "/knowledge/articles/{article_id}/archive",
    operation_id="knowledgeArticles-archive",
    response_model=ArticleRead,
    responses=problems(401, 403, 404, 409, 422, typed=(KnowledgeArticleVersionConflictProblem,)),
)
async def archive_article(
    article_id: uuid.UUID, body: ArticleTransition, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ArticleRead:
    """Archives an article: no longer offered, still kept with its versions. The owning side only; a stale
    `version` or an article already archived answers 409."""
    return await commands.archive_article(
        session, actor=actor, clock=clock, article_id=article_id, version=body.version
    )


@router.post(
    "/tickets/suggestions",
    operation_id="ticketSuggestions-create",
    response_model=TicketSuggestions,
    responses=problems(401, 403, 422),
    summary="Articles that may solve the problem a ticket is being drafted about",
)
async def suggest(
    body: SuggestionRequest, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> TicketSuggestions:
    """While a ticket is drafted: up to 5 published articles matching the draft's title (and body, if
    written), the draft's category first, best match first, each with a snippet. The answer's `suggestion_id`
    is named when one of them solved the problem (…/deflection). Any signed-in person; integration clients
    get 403."""
    return await suggestions.suggest(session, actor=actor, clock=clock, data=body)


@router.post(
    "/tickets/suggestions/{suggestion_id}/deflection",
    operation_id="ticketSuggestions-deflect",
    status_code=status.HTTP_201_CREATED,
    response_model=DeflectionRead,
    responses=problems(401, 403, 404, 422),
    summary="This solved it: an offered article made the ticket unnecessary",
)
async def deflect(
    suggestion_id: uuid.UUID,
    body: DeflectionCreate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    response: Response,
) -> DeflectionRead:
    """Records that an article offered with the suggestion solved the problem; the ticket figures count it for
    the article's owning department. Idempotent: sent again, it answers 200 with the same deflection. Only
    whoever asked for the suggestion (404 for anyone else's); an article not offered with it answers 422."""
    deflection, created = await suggestions.deflect(
        session, actor=actor, clock=clock, suggestion_id=suggestion_id, data=body
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return deflection


@router.post(
    "/tickets/{ticket_id}/article",
    operation_id="knowledgeArticles-fromTicket",
    status_code=status.HTTP_201_CREATED,
    response_model=ArticleRead,
    responses=problems(401, 403, 404, 409, 422, typed=(TicketAlreadyArticleProblem,)),
    summary="Turn a resolved ticket into a draft article of its owning team",
)
async def article_from_ticket(
    ticket_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ArticleRead:
    """A resolved or closed ticket becomes a draft article of its owning department, prefilled with the ticket's
    title, its description and the owning side's public replies (internal notes never), recording the ticket
    as its source. Once per ticket (409 `knowledge.ticket_already_article`); a ticket not resolved answers 409
    `knowledge.ticket_not_resolved`. Only the owning team (the department's people and heads), HR and
    administrators: others who see the ticket get 403, the rest 404."""
    return await commands.article_from_ticket(session, actor=actor, clock=clock, ticket_id=ticket_id)
