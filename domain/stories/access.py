"""Who may do what with stories, posts and broadcasts: HR and administrators write and moderate;
leaders read everything; everyone else reads what is addressed to them. Integration clients reach
none of it."""

from __future__ import annotations

from domain.shared.access import holds_role, require_person, require_role
from domain.shared.actor import Actor, Role
from domain.shared.i18n import _

EDITORS = (Role.HR, Role.ADMIN)
READERS_OF_ALL = (Role.HR, Role.ADMIN, Role.LEADER)


def require_editor(actor: Actor) -> None:
    require_person(actor)
    require_role(actor, *EDITORS, refusal=_("Only HR writes stories and broadcast notices."), slug="stories.hr_only")


def require_moderator(actor: Actor) -> None:
    require_person(actor)
    require_role(actor, *EDITORS, refusal=_("Only HR moderates the experience board."), slug="board.hr_only")


def is_editor(actor: Actor) -> bool:
    return holds_role(actor, *EDITORS)


def reads_all(actor: Actor) -> bool:
    return holds_role(actor, *READERS_OF_ALL)
