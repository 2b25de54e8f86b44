"""Who keeps the skill catalogue and records people's skills: HR and administrators."""

from __future__ import annotations

from domain.shared.access import holds_role
from domain.shared.actor import Actor, Role


def hr(actor: Actor) -> bool:
    return holds_role(actor, Role.HR, Role.ADMIN)
