"""Who may change employee records: HR and administrators."""

from __future__ import annotations

from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.i18n import _


def require_people_admin(actor: Actor) -> None:
    require_role(actor, Role.HR, Role.ADMIN, refusal=_("Only HR and administrators may change employee records."))
