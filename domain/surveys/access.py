"""Who keeps the surveys: HR and administrators write them; leaders read them too."""

from __future__ import annotations

from domain.shared.access import holds_role, require_role
from domain.shared.actor import Actor, Role
from domain.shared.errors import NotFound
from domain.shared.i18n import _


def require_keeper(actor: Actor) -> None:
    require_role(actor, Role.HR, Role.ADMIN, refusal=_("Only HR and administrators write pulse surveys."))


def require_reader(actor: Actor) -> None:
    """Others do not learn which surveys exist (404, as for any object out of their scope)."""
    if not holds_role(actor, Role.HR, Role.ADMIN, Role.LEADER):
        raise NotFound(_("No such survey."), slug="survey.not_found")
