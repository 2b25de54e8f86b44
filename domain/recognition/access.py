"""Who may do what in recognition. Cards are for people (integration clients hold no role here);
HR and administrators keep the settings, programmes and catalogue and decide redemptions; store
managers, department heads and HR award from programmes. A private card is read by its sender, its
receiver, the receiver's managers (people/scope.py) and the organisation-wide readers; to anyone
else it does not exist."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.people.models import Employee
from domain.people.scope import visible_employees
from domain.recognition.models import RecognitionCard
from domain.recognition.schemas import Visibility
from domain.shared.access import holds_role, require_person, require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Forbidden
from domain.shared.i18n import _

KEEPERS = (Role.HR, Role.ADMIN)
PROGRAMME_AWARDERS = (Role.STORE_MANAGER, Role.DEPT_HEAD, Role.HR, Role.ADMIN)


def require_keeper(actor: Actor) -> None:
    require_role(
        actor,
        *KEEPERS,
        refusal=_("Only HR keeps recognition's settings, programmes and catalogue."),
        slug="recognition.hr_only",
    )


def is_keeper(actor: Actor) -> bool:
    return holds_role(actor, *KEEPERS)


def require_employee(actor: Actor) -> uuid.UUID:
    """The acting person's employee id: cards and points belong to employees."""
    require_person(actor)
    if actor.employee_id is None:
        raise Forbidden(_("Only employees send cards and hold points."), slug="recognition.employees_only")
    return actor.employee_id


async def sees_person(session: AsyncSession, actor: Actor, clock: Clock, employee_id: uuid.UUID) -> bool:
    """Whether the actor sees the person: themself, their managers, HR and leaders."""
    if actor.is_client:
        return False
    found = await session.scalar(
        select(Employee.id).where(Employee.id == employee_id, await visible_employees(session, actor, clock))
    )
    return found is not None


async def may_read_card(session: AsyncSession, actor: Actor, clock: Clock, card: RecognitionCard) -> bool:
    if actor.is_client:
        return False
    if card.visibility == Visibility.PUBLIC or actor.employee_id in (card.sender_id, card.receiver_id):
        return True
    return await sees_person(session, actor, clock, card.receiver_id)
