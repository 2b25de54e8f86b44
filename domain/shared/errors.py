"""Domain errors with stable slugs.

Every refusal the product makes is one of these. The API renders them as RFC 9457 problems;
the slug is the contract clients switch on, so it never changes once published.
"""

from __future__ import annotations

from typing import Any

from domain.shared.i18n import Message, _


class DomainError(Exception):
    """A refusal a user can act on; `extra` becomes problem extension members."""

    status: int = 400
    slug: str = "request.invalid"
    title: str | Message = _("The request cannot be processed")
    # True when the changes made before the refusal must still be committed (a failed sign-in
    # counts towards lock-out; a replayed refresh token revokes its family).
    preserve_changes: bool = False

    def __init__(
        self,
        detail: str | Message,
        *,
        slug: str | None = None,
        title: str | Message | None = None,
        preserve_changes: bool = False,
        **extra: Any,
    ) -> None:
        super().__init__(str(detail))
        self.detail = detail
        self.preserve_changes = preserve_changes
        if slug is not None:
            self.slug = slug
        if title is not None:
            self.title = title
        self.extra = extra


class NotFound(DomainError):
    """The object does not exist or is outside the actor's scope (the two are not told apart)."""

    status = 404
    slug = "not_found"
    title = _("Not found")


class Conflict(DomainError):
    status = 409
    slug = "conflict"
    title = _("Conflict with the current state")


class Forbidden(DomainError):
    """The actor can see the object but their role does not allow the action."""

    status = 403
    slug = "auth.forbidden"
    title = _("Not allowed")


class Unauthorized(DomainError):
    status = 401
    slug = "auth.unauthorized"
    title = _("Authentication required")


class InvalidInput(DomainError):
    """Input that passed schema validation but breaks a business rule; `field` names the culprit."""

    status = 422
    slug = "validation.invalid"
    title = _("Invalid input")

    def __init__(self, detail: str | Message, *, field: str | None = None, slug: str | None = None, **extra: Any):
        if field is not None:
            extra.setdefault("errors", [{"field": field, "message": detail, "type": slug or self.slug}])
        super().__init__(detail, slug=slug, **extra)
