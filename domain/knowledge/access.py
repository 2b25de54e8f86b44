"""Who may see and do what with the knowledge base.

- Any signed-in person reads published articles; integration clients are refused (403).
- Drafts, archived articles and every article's saved versions are for the owning side: the owning
  department's people (home unit in its subtree) and its heads, HR and administrators; to anyone
  else they do not exist (404).
- The owning side writes (creates, revises, publishes, archives) its department's articles; others
  who can read a published article get 403.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, false, literal, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.knowledge.models import ArticleStatus, KnowledgeArticle
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import subtree_paths
from domain.shared.access import require_person
from domain.shared.actor import Actor, Role
from domain.shared.errors import Forbidden, NotFound
from domain.shared.i18n import _
from domain.tickets.access import home_path, is_owning_side


def manages_all(actor: Actor) -> bool:
    return not actor.is_client and actor.has_role(Role.HR, Role.ADMIN)


async def is_owner(session: AsyncSession, actor: Actor, department_id: uuid.UUID) -> bool:
    """HR, administrators, and the department's heads and people."""
    if actor.is_client:
        return False
    return manages_all(actor) or await is_owning_side(session, actor, department_id)


async def owned_departments(session: AsyncSession, actor: Actor) -> ColumnElement[bool]:
    """A condition on KnowledgeArticle: the actor stands on its owning side."""
    if manages_all(actor):
        return true()
    if actor.is_client:
        return false()
    clauses: list[ColumnElement[bool]] = []
    headed = await subtree_paths(session, actor.units_for(Role.DEPT_HEAD))
    mine = await home_path(session, actor)
    departments = [OrgUnit.path.startswith(path) for path in headed]
    if mine is not None:
        departments.append(literal(mine).startswith(OrgUnit.path))
    if departments:
        clauses.append(
            KnowledgeArticle.department_id.in_(
                select(OrgUnit.id).where(OrgUnit.kind == OrgUnitKind.DEPARTMENT, or_(*departments))
            )
        )
    return or_(*clauses) if clauses else false()


async def visible_articles(session: AsyncSession, actor: Actor) -> ColumnElement[bool]:
    """Published articles for everyone; the rest for their owning side."""
    return or_(KnowledgeArticle.status == ArticleStatus.PUBLISHED, await owned_departments(session, actor))


def not_found(article_id: uuid.UUID) -> NotFound:
    return NotFound(_("No article {article_id}.", article_id=article_id), slug="knowledge_article.not_found")


async def visible_article(
    session: AsyncSession, actor: Actor, article_id: uuid.UUID, *, for_change: bool = False
) -> KnowledgeArticle:
    require_person(actor)
    query = select(KnowledgeArticle).where(KnowledgeArticle.id == article_id)
    if for_change:
        query = query.with_for_update()
    article = await session.scalar(query)
    if article is None:
        raise not_found(article_id)
    if article.status != ArticleStatus.PUBLISHED and not await is_owner(session, actor, article.department_id):
        raise not_found(article_id)
    return article


async def require_owner(session: AsyncSession, actor: Actor, department_id: uuid.UUID) -> None:
    require_person(actor)
    if not await is_owner(session, actor, department_id):
        raise Forbidden(
            _("Only the owning department, HR and administrators write its articles."), slug="knowledge.not_owner"
        )
