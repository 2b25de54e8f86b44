"""Role checks in one place: a context says which roles may act and how it refuses; this module
decides, so no context forgets that integration clients hold no role."""

from __future__ import annotations

from domain.shared.actor import Actor, Role
from domain.shared.errors import Forbidden
from domain.shared.i18n import Message, _


def holds_role(actor: Actor, *roles: Role) -> bool:
    """A person holding one of `roles` anywhere; a machine client never does."""
    return not actor.is_client and actor.has_role(*roles)


def require_role(actor: Actor, *roles: Role, refusal: Message, slug: str | None = None) -> None:
    """403 with the context's refusal unless the actor is a person holding one of `roles`."""
    if not holds_role(actor, *roles):
        raise Forbidden(refusal, slug=slug)


def require_person(actor: Actor) -> None:
    """For what people read about how the organisation works inside (its structure, routing, SLA
    targets, rules, approval chains): no client scope reaches it."""
    if actor.is_client:
        raise Forbidden(_("This is for people signed in, not integration clients."), slug="auth.people_only")
