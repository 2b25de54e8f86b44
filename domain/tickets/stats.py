"""The back office's figures from tickets: responsiveness and frontline satisfaction per department
and per responder (inputs to the performance scorecards)."""

from __future__ import annotations

import statistics
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit
from domain.people.models import Account, Employee
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.tickets.access import is_department_head
from domain.tickets.clocks import load_context, read_clocks
from domain.tickets.models import Ticket
from domain.tickets.responders import counts_for_responder, resolver_of
from domain.tickets.schemas import DepartmentStats, ResponderStats, TicketStats


@dataclass
class Tally:
    first_responses: int = 0
    first_response_met: int = 0
    resolved: int = 0
    ratings: list[int] = field(default_factory=list)


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


async def ticket_stats(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    period_from: datetime,
    period_to: datetime,
    department_id: uuid.UUID | None,
) -> TicketStats:
    """Tickets created in [from, to): counts, first-response compliance and median, resolution
    compliance, paused time, ratings, per department and per responder. HR, leaders and admins see
    every department; a department head sees theirs. A ticket never counts for its requester as
    responder (domain/tickets/responders.py), and its rating then counts for nobody."""
    if period_to <= period_from:
        raise InvalidInput(_("`to` must be after `from`."), field="query.to", slug="validation.invalid_range")
    if not actor.has_role(Role.HR, Role.LEADER, Role.ADMIN) and (
        department_id is None or not await is_department_head(session, actor, department_id)
    ):
        raise Forbidden(_("HR, leaders and administrators read ticket figures; a department head reads theirs."))
    query = select(Ticket).where(Ticket.created_at >= period_from, Ticket.created_at < period_to)
    if department_id is not None:
        query = query.where(Ticket.department_id == department_id)
    by_department: dict[uuid.UUID, list[Ticket]] = defaultdict(list)
    for ticket in await session.scalars(query):
        by_department[ticket.department_id].append(ticket)
    now = clock.now()
    departments = []
    context = await load_context(session, [t for tickets in by_department.values() for t in tickets])
    department_names = await _unit_names(session, set(by_department))
    tallies: list[tuple[uuid.UUID, DepartmentStats, dict[uuid.UUID, Tally]]] = []
    for dept_id, tickets in sorted(by_department.items(), key=lambda kv: str(kv[0])):
        answered = met = resolved = resolved_met = paused = 0
        first_minutes: list[float] = []
        ratings: list[int] = []
        responders: dict[uuid.UUID, Tally] = defaultdict(Tally)
        for ticket in tickets:
            first, resolution, paused_minutes = read_clocks(ticket, now, context)
            paused += paused_minutes
            requester = ticket.requester_account_id
            if ticket.first_responded_at is not None:
                answered += 1
                met += bool(first.met)
                first_minutes.append(first.elapsed_minutes)
                answerer = ticket.first_responder_account_id
                if answerer is not None and counts_for_responder(requester, answerer):
                    tally = responders[answerer]
                    tally.first_responses += 1
                    tally.first_response_met += int(bool(first.met))
            elif first.breached:
                answered += 1
            if ticket.resolved_at is not None:
                resolved += 1
                resolved_met += bool(resolution.met)
            owner = resolver_of(ticket.assignee_account_id, ticket.first_responder_account_id)
            # a rating of a ticket its requester handled herself rates nobody's service
            if ticket.rating is not None and (owner is None or counts_for_responder(requester, owner)):
                ratings.append(ticket.rating)
            if owner is not None and ticket.resolved_at is not None and counts_for_responder(requester, owner):
                tally = responders[owner]
                tally.resolved += 1
                if ticket.rating is not None:
                    tally.ratings.append(ticket.rating)
        tallies.append(
            (
                dept_id,
                DepartmentStats(
                    department_id=dept_id,
                    department_name=department_names.get(dept_id, ""),
                    tickets=len(tickets),
                    first_response_compliance=_share(met, answered),
                    median_first_response_minutes=statistics.median(first_minutes) if first_minutes else None,
                    resolution_compliance=_share(resolved_met, resolved),
                    paused_minutes=paused,
                    average_rating=round(statistics.fmean(ratings), 2) if ratings else None,
                    ratings=len(ratings),
                    responders=[],
                ),
                responders,
            )
        )
    people = await _account_names(session, {account for _, _, responders in tallies for account in responders})
    for _dept_id, view, responders in tallies:
        view.responders = [
            ResponderStats(
                account_id=account_id,
                full_name=people.get(account_id),
                first_responses=tally.first_responses,
                first_response_met=tally.first_response_met,
                resolved=tally.resolved,
                average_rating=round(statistics.fmean(tally.ratings), 2) if tally.ratings else None,
            )
            for account_id, tally in sorted(responders.items(), key=lambda kv: str(kv[0]))
        ]
        departments.append(view)
    return TicketStats(period_from=period_from, period_to=period_to, departments=departments)


async def _unit_names(session: AsyncSession, unit_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not unit_ids:
        return {}
    rows = await session.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(unit_ids)))
    return {row[0]: row[1] for row in rows}


async def _account_names(session: AsyncSession, account_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Full names of the accounts that are people, in one read."""
    if not account_ids:
        return {}
    query = (
        select(Account.id, Employee.full_name)
        .join(Employee, Employee.id == Account.employee_id)
        .where(Account.id.in_(account_ids))
    )
    return {row[0]: row[1] for row in await session.execute(query)}
