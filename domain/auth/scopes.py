"""What a machine client may do (scopes) and where (org subtrees). Every integration use case asks
here, so no route can skip the check."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.shared.access import require_person as require_person  # lives below org, which needs it too
from domain.shared.actor import Actor, Role
from domain.shared.errors import Forbidden
from domain.shared.i18n import _


class Scope(enum.StrEnum):
    INGEST_SALES = "ingest:sales"
    INGEST_METRICS = "ingest:metrics"
    INGEST_TRAINING = "ingest:training"
    READ_PEOPLE = "read:people"
    READ_ATTENDANCE = "read:attendance"
    WEBHOOKS_MANAGE = "webhooks:manage"


def require_scope(actor: Actor, scope: Scope, *, users_with: Iterable[Role] = ()) -> None:
    """Clients need the scope; users pass only when they hold one of `users_with` (e.g. HR reading
    the same sync feeds as an HR system)."""
    if actor.is_client:
        if scope.value not in actor.scopes:
            raise Forbidden(
                _("This client lacks the {scope} scope.", scope=scope.value),
                slug="auth.insufficient_scope",
                scope=scope,
            )
        return
    roles = tuple(users_with)
    if not roles or not actor.has_role(*roles):
        raise Forbidden(
            _("This operation is for integration clients with the {scope} scope.", scope=scope.value),
            slug="auth.client_only",
        )


def require_client(actor: Actor, scope: Scope) -> uuid.UUID:
    """For operations only machines perform (pushes, their own webhooks): the client's id."""
    require_scope(actor, scope)
    return actor.account_id


async def unit_paths_within_reach(session: AsyncSession, actor: Actor) -> list[str] | None:
    """Materialised paths of the subtrees a client may act for; None when it may act everywhere."""
    if actor.client_units is None:
        return None
    if not actor.client_units:
        return []
    return list((await session.scalars(select(OrgUnit.path).where(OrgUnit.id.in_(actor.client_units)))).all())


def within_reach(path: str, reach: list[str] | None) -> bool:
    return reach is None or any(path.startswith(prefix) for prefix in reach)


def reach_clause(path_column: object, reach: list[str] | None) -> object:
    """SQL condition on an org path column: true for units inside the client's reach."""
    if reach is None:
        return True
    return or_(*(path_column.startswith(prefix) for prefix in reach)) if reach else False  # type: ignore[attr-defined]
