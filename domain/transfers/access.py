"""Who sees which transfer request, and the lookups every use case shares."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.org.queries import subtree_paths
from domain.org.rules import ancestry
from domain.people.models import Account, Employee, RoleGrant
from domain.people.scope import units_under, visible_employees
from domain.shared.actor import SUBTREE_READERS, Actor, Role
from domain.shared.chunks import slices
from domain.shared.clock import Clock
from domain.shared.errors import InvalidInput, NotFound
from domain.shared.i18n import _
from domain.transfers import rules
from domain.transfers.models import Approver, Transfer


async def visible_transfers(session: AsyncSession, actor: Actor, clock: Clock) -> ColumnElement[bool]:
    """The requester, the employee, anyone who sees the employee (home or assigned), and the managers
    of the destination see a request; HR, leaders and admins see all."""
    if actor.sees_everyone:
        return true()
    clauses: list[ColumnElement[bool]] = [Transfer.requested_by == actor.account_id]
    people_in_sight = select(Employee.id).where(await visible_employees(session, actor, clock))
    clauses.append(Transfer.employee_id.in_(people_in_sight))
    paths = await subtree_paths(session, actor.units_for(*SUBTREE_READERS))
    if paths:
        clauses.append(Transfer.destination_unit_id.in_(units_under(paths)))
    return or_(*clauses)


async def get_visible(session: AsyncSession, actor: Actor, clock: Clock, transfer_id: uuid.UUID) -> Transfer:
    transfer = await session.scalar(
        select(Transfer).where(Transfer.id == transfer_id, await visible_transfers(session, actor, clock))
    )
    if transfer is None:
        raise NotFound(_("No transfer request {transfer_id}.", transfer_id=transfer_id), slug="transfer.not_found")
    return transfer


async def unit_or_invalid(session: AsyncSession, unit_id: uuid.UUID, field: str) -> OrgUnit:
    unit = await session.get(OrgUnit, unit_id)
    if unit is None:
        raise InvalidInput(_("No org unit {unit_id}.", unit_id=unit_id), field=field, slug="transfer.unknown_unit")
    return unit


async def lock_employee(session: AsyncSession, employee_id: uuid.UUID) -> Employee:
    """Row lock on the employee: overlap checks and assignment writes for one person are serialised
    (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers)."""
    employee = await session.scalar(select(Employee).where(Employee.id == employee_id).with_for_update())
    if employee is None:
        raise NotFound(_("No employee {employee_id}.", employee_id=employee_id), slug="employee.not_found")
    return employee


async def grant_paths(session: AsyncSession, actor: Actor) -> list[tuple[Role, str]]:
    if not actor.grants:
        return []
    paths = dict(
        (
            await session.execute(
                select(OrgUnit.id, OrgUnit.path).where(OrgUnit.id.in_({g.org_unit_id for g in actor.grants}))
            )
        ).all()
    )
    return [(g.role, paths[g.org_unit_id]) for g in actor.grants if g.org_unit_id in paths]


async def unit_paths(session: AsyncSession, *unit_ids: uuid.UUID) -> dict[uuid.UUID, str]:
    rows = await session.execute(select(OrgUnit.id, OrgUnit.path).where(OrgUnit.id.in_(unit_ids)))
    return dict(rows.all())


async def decider_candidates(
    session: AsyncSession, approvers: set[Approver], *, on: Collection[str] | None = None
) -> list[rules.DeciderCandidate]:
    """Every active account holding a role that decides these steps (HR's too: it takes over steps
    nobody else can decide), one row per grant, ordered by name; `on`: only grants on these paths'
    units."""
    roles = {rules.APPROVER_ROLE[approver] for approver in approvers} | {Role.HR}
    query = (
        select(Account.id, Account.employee_id, Employee.full_name, RoleGrant.role, OrgUnit.path)
        .join(RoleGrant, RoleGrant.account_id == Account.id)
        .join(OrgUnit, OrgUnit.id == RoleGrant.org_unit_id)
        .outerjoin(Employee, Employee.id == Account.employee_id)
        .where(RoleGrant.role.in_(roles), Account.is_active.is_(True))
        .order_by(Employee.full_name, Account.id)
    )
    if on is not None:
        query = query.where(OrgUnit.path.in_(on))
    rows = await session.execute(query)
    return [
        rules.DeciderCandidate(account_id=account_id, employee_id=employee_id, full_name=name, role=role, path=path)
        for account_id, employee_id, name, role, path in rows
    ]


async def parties_of(session: AsyncSession, transfer: Transfer) -> rules.Parties:
    home_unit_id = await session.scalar(select(Employee.home_unit_id).where(Employee.id == transfer.employee_id))
    assert home_unit_id is not None
    paths = await unit_paths(session, home_unit_id, transfer.destination_unit_id)
    return rules.Parties(
        employee_home_path=paths[home_unit_id],
        destination_path=paths[transfer.destination_unit_id],
        requested_by=transfer.requested_by,
        employee_id=transfer.employee_id,
    )


async def current_deciders(session: AsyncSession, transfer: Transfer) -> rules.StepDeciders:
    """Who may decide the step the request waits at."""
    assert transfer.current_step is not None
    approver = Approver(transfer.steps[transfer.current_step]["approver"])
    candidates = await decider_candidates(session, {approver})
    return rules.step_deciders(approver, candidates, await parties_of(session, transfer))


# Which approver role's grant reaches a step, and against whose place (rules.may_decide).
_REACHES: dict[Approver, tuple[Role, str]] = {
    Approver.HOME_DEPARTMENT: (Role.DEPT_HEAD, "home"),
    Approver.LEADER_OVER_DESTINATION: (Role.LEADER, "destination"),
    Approver.DESTINATION_MANAGER: (Role.STORE_MANAGER, "destination"),
}


def waiting_on(
    grants: list[tuple[Role, str]],
    *,
    approver: SQLColumnExpression[str],
    home_path: SQLColumnExpression[str],
    destination_path: SQLColumnExpression[str],
    stuck: ColumnElement[bool] | None = None,
) -> ColumnElement[bool]:
    """SQL for "the step a request waits at is one `grants` decide": rules.may_decide, and for HR
    also the steps nobody else can decide, which `stuck` names (the rows nobody_decides found), so
    an inbox is one query with its limit instead of every request in review read and sifted."""
    places = {"home": home_path, "destination": destination_path}
    mine: list[ColumnElement[bool]] = []
    for role, path in grants:
        if role == Role.HR:
            mine.append(approver == Approver.HR.value)
        for step, (reaching_role, place) in _REACHES.items():
            if role == reaching_role:
                mine.append(and_(approver == step.value, places[place].startswith(path, autoescape=True)))
    if stuck is not None and any(role == Role.HR for role, _ in grants):
        mine.append(and_(approver != Approver.HR.value, stuck))
    return or_(false(), *mine)


@dataclass(frozen=True, slots=True)
class WaitingStep:
    key: uuid.UUID
    approver: Approver
    parties: rules.Parties


async def nobody_decides(session: AsyncSession, waiting: list[WaitingStep]) -> set[uuid.UUID]:
    """The keys of the steps (HR's own excepted) that nobody but HR can decide: rules.step_deciders
    escalates them. Each step looks only at the grants on its places' own units and the units above
    them, so the cost follows the requests in review, not requests times grants (HR's inbox compared
    every request with every manager's grant in SQL: 21 s on the big tenant)."""
    waiting = [step for step in waiting if step.approver != Approver.HR]
    if not waiting:
        return set()
    places = {
        step.key: {*ancestry(step.parties.employee_home_path), *ancestry(step.parties.destination_path)}
        for step in waiting
    }
    approvers = {step.approver for step in waiting}
    by_path: dict[str, list[rules.DeciderCandidate]] = defaultdict(list)
    for paths in slices(sorted(set().union(*places.values()))):
        for candidate in await decider_candidates(session, approvers, on=paths):
            by_path[candidate.path].append(candidate)
    stuck = set()
    for step in waiting:
        near = [candidate for path in places[step.key] for candidate in by_path.get(path, ())]
        if not rules.eligible_deciders(step.approver, near, step.parties):
            stuck.add(step.key)
    return stuck
