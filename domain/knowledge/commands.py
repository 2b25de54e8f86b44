"""Writing the knowledge base: articles and their revisions, publishing and archiving, and a
resolved ticket turned into a draft by its owning team. Every change is recorded (outbox and audit)
in the request's transaction; edits send the version they read, so of two racing editors one wins
and the other gets 409 (the article's row is locked while it changes)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.knowledge import rules
from domain.knowledge.access import manages_all, require_owner, visible_article
from domain.knowledge.events import ArticleArchived, ArticlePublished, ArticleSaved
from domain.knowledge.models import ArticleStatus, KnowledgeArticle, KnowledgeArticleVersion
from domain.knowledge.queries import article_read
from domain.knowledge.schemas import ArticleCreate, ArticleRead, ArticleUpdate
from domain.org.models import OrgUnit, OrgUnitKind
from domain.shared import events
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.tickets.access import get_visible_ticket, is_owning_side
from domain.tickets.models import EventKind, RoutingRule, TicketEvent, TicketStatus

MAX_BODY = 20_000


async def _routed_department(session: AsyncSession, category: str) -> uuid.UUID | None:
    """The department a category is routed to anywhere (its rule without a region), if it is a
    ticket category at all; raises when it is none."""
    rows = (
        await session.execute(
            select(RoutingRule.region_id, RoutingRule.department_id).where(
                RoutingRule.category == category, RoutingRule.category != "*"
            )
        )
    ).all()
    if not rows:
        raise InvalidInput(
            _("{category} is not a ticket category (no routing rule names it).", category=category),
            field="body.category",
            slug="knowledge.unknown_category",
        )
    return next((department for region, department in rows if region is None), None)


async def _department(session: AsyncSession, department_id: uuid.UUID) -> uuid.UUID:
    kind = await session.scalar(select(OrgUnit.kind).where(OrgUnit.id == department_id))
    if kind != OrgUnitKind.DEPARTMENT:
        raise InvalidInput(
            _("An article is owned by a head-office department."),
            field="body.department_id",
            slug="knowledge.not_a_department",
        )
    return department_id


def _set_text(article: KnowledgeArticle, title: str, body: str, category: str, tags: list[str]) -> None:
    article.title, article.body, article.category, article.tags = title, body, category, tags
    article.title_text = rules.fold(title)
    article.search_text = rules.searchable_text(title, tags, body)
    article.tag_keys = rules.tag_keys(tags)


def _keep_version(session: AsyncSession, article: KnowledgeArticle, actor: Actor) -> None:
    session.add(
        KnowledgeArticleVersion(
            article_id=article.id,
            revision=article.revision,
            title=article.title,
            body=article.body,
            category=article.category,
            tags=list(article.tags),
            edited_by=actor.account_id,
            edited_at=article.updated_at,
        )
    )


async def _new_article(
    session: AsyncSession,
    actor: Actor,
    clock: Clock,
    *,
    title: str,
    body: str,
    category: str,
    tags: list[str],
    department_id: uuid.UUID,
    source_ticket_id: uuid.UUID | None = None,
) -> KnowledgeArticle:
    now = clock.now()
    article = KnowledgeArticle(
        id=uuid.uuid4(),
        department_id=department_id,
        status=ArticleStatus.DRAFT,
        revision=1,
        version=1,
        source_ticket_id=source_ticket_id,
        created_by=actor.account_id,
        updated_by=actor.account_id,
        created_at=now,
        updated_at=now,
        published_at=None,
    )
    _set_text(article, title, body, category, tags)
    session.add(article)
    await session.flush()
    _keep_version(session, article, actor)
    await events.record(
        session,
        ArticleSaved(
            article_id=article.id,
            revision=1,
            department_id=department_id,
            category=category,
            source_ticket_id=source_ticket_id,
        ),
        actor=actor,
        clock=clock,
        changes={"title": title, "category": category, "tags": tags, "department_id": str(department_id)},
    )
    await session.flush()
    return article


async def create_article(session: AsyncSession, *, actor: Actor, clock: Clock, data: ArticleCreate) -> ArticleRead:
    """A draft article of the owning department (named, or the one its category is routed to)."""
    routed = await _routed_department(session, data.category)
    department_id = data.department_id or routed
    if department_id is None:
        raise InvalidInput(
            _("The category is routed by region only: name the owning department."),
            field="body.department_id",
            slug="knowledge.department_required",
        )
    await require_owner(session, actor, await _department(session, department_id))
    article = await _new_article(
        session,
        actor,
        clock,
        title=data.title,
        body=data.body,
        category=data.category,
        tags=data.tags,
        department_id=department_id,
    )
    return article_read(article)


def _check_version(article: KnowledgeArticle, version: int) -> None:
    if article.version != version:
        raise Conflict(
            _(
                "The article was changed meanwhile (version {version}); reload it and try again.",
                version=article.version,
            ),
            slug="knowledge_article.version_conflict",
            current_version=article.version,
        )


async def revise_article(
    session: AsyncSession, *, actor: Actor, clock: Clock, article_id: uuid.UUID, data: ArticleUpdate
) -> ArticleRead:
    """A new saved text; the previous ones stay readable under /versions."""
    article = await visible_article(session, actor, article_id, for_change=True)
    await require_owner(session, actor, article.department_id)
    _check_version(article, data.version)
    if data.category != article.category:
        await _routed_department(session, data.category)
    before = {"title": article.title, "category": article.category, "tags": list(article.tags)}
    _set_text(article, data.title, data.body, data.category, data.tags)
    article.revision += 1
    article.updated_by = actor.account_id
    await events.record(
        session,
        ArticleSaved(
            article_id=article.id,
            revision=article.revision,
            department_id=article.department_id,
            category=data.category,
        ),
        actor=actor,
        clock=clock,
        changed=article,
        changes={"before": before, "after": {"title": data.title, "category": data.category, "tags": data.tags}},
    )
    _keep_version(session, article, actor)
    await session.flush()
    return article_read(article)


async def publish_article(
    session: AsyncSession, *, actor: Actor, clock: Clock, article_id: uuid.UUID, version: int
) -> ArticleRead:
    article = await visible_article(session, actor, article_id, for_change=True)
    await require_owner(session, actor, article.department_id)
    _check_version(article, version)
    if article.status == ArticleStatus.PUBLISHED:
        raise Conflict(_("The article is already published."), slug="knowledge_article.already_published")
    before = article.status.value
    article.status = ArticleStatus.PUBLISHED
    article.published_at = clock.now()
    article.updated_by = actor.account_id
    await events.record(
        session,
        ArticlePublished(
            article_id=article.id,
            revision=article.revision,
            department_id=article.department_id,
            category=article.category,
        ),
        actor=actor,
        clock=clock,
        changed=article,
        changes={"status": {"before": before, "after": "published"}},
    )
    await session.flush()
    return article_read(article)


async def archive_article(
    session: AsyncSession, *, actor: Actor, clock: Clock, article_id: uuid.UUID, version: int
) -> ArticleRead:
    article = await visible_article(session, actor, article_id, for_change=True)
    await require_owner(session, actor, article.department_id)
    _check_version(article, version)
    if article.status == ArticleStatus.ARCHIVED:
        raise Conflict(_("The article is already archived."), slug="knowledge_article.already_archived")
    before = article.status.value
    article.status = ArticleStatus.ARCHIVED
    article.updated_by = actor.account_id
    await events.record(
        session,
        ArticleArchived(article_id=article.id, department_id=article.department_id),
        actor=actor,
        clock=clock,
        changed=article,
        changes={"status": {"before": before, "after": "archived"}},
    )
    await session.flush()
    return article_read(article)


async def article_from_ticket(
    session: AsyncSession, *, actor: Actor, clock: Clock, ticket_id: uuid.UUID
) -> ArticleRead:
    """A resolved or closed ticket becomes a draft of its owning department, once: the ticket's
    title, its description as the problem and the owning side's public replies as the answer. Only
    the owning team (its people and heads), HR and administrators; the ticket's row is locked, and
    the unique source ticket closes the race on any database."""
    ticket = await get_visible_ticket(session, actor, ticket_id, for_change=True)
    if not (await is_owning_side(session, actor, ticket.department_id) or manages_all(actor)):
        raise Forbidden(_("Only the ticket's owning team turns it into an article."), slug="knowledge.not_owner")
    if ticket.status not in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
        raise Conflict(_("Only a resolved or closed ticket becomes an article."), slug="knowledge.ticket_not_resolved")
    await _refuse_a_second_article(session, ticket.id)
    replies = list(
        await session.scalars(
            select(TicketEvent.body)
            .where(
                TicketEvent.ticket_id == ticket.id,
                TicketEvent.kind == EventKind.REPLY,
                TicketEvent.internal.is_(False),
                TicketEvent.actor_account_id != ticket.requester_account_id,
                TicketEvent.body.is_not(None),
            )
            .order_by(TicketEvent.occurred_at, TicketEvent.id)
        )
    )
    body = rules.article_body(ticket.description, [reply for reply in replies if reply], MAX_BODY)
    try:
        async with session.begin_nested():
            article = await _new_article(
                session,
                actor,
                clock,
                title=ticket.title,
                body=body,
                category=ticket.category,
                tags=[],
                department_id=ticket.department_id,
                source_ticket_id=ticket.id,
            )
    except IntegrityError:
        await _refuse_a_second_article(session, ticket.id)  # the racing winner, committed meanwhile
        raise
    return article_read(article)


async def _refuse_a_second_article(session: AsyncSession, ticket_id: uuid.UUID) -> None:
    existing = await session.scalar(select(KnowledgeArticle.id).where(KnowledgeArticle.source_ticket_id == ticket_id))
    if existing is not None:
        raise Conflict(
            _("This ticket is already an article."), slug="knowledge.ticket_already_article", article_id=str(existing)
        )
