"""Pure rules of need tickets: routing, which SLA policy applies, the status machine, reopening,
and who hears about an escalation."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from domain.org.rules import is_within
from domain.people.models import Assignment, AssignmentKind
from domain.tickets.models import TicketPriority, TicketStatus

DEFAULT_QUEUE = "*"
DEFAULT_FIRST_RESPONSE_MINUTES = 120
DEFAULT_RESOLUTION_MINUTES = 24 * 60
REOPEN_WINDOW = timedelta(days=7)
AUTO_CLOSE_AFTER = timedelta(days=7)

ACTIVE = frozenset(
    {TicketStatus.OPEN, TicketStatus.ACKNOWLEDGED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_REQUESTER}
)
# What the owning side may move a ticket to, from each state.
OWNER_MOVES: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.OPEN: frozenset(
        {TicketStatus.ACKNOWLEDGED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_REQUESTER, TicketStatus.RESOLVED}
    ),
    TicketStatus.ACKNOWLEDGED: frozenset(
        {TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_REQUESTER, TicketStatus.RESOLVED}
    ),
    TicketStatus.IN_PROGRESS: frozenset({TicketStatus.WAITING_ON_REQUESTER, TicketStatus.RESOLVED}),
    TicketStatus.WAITING_ON_REQUESTER: frozenset({TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED}),
}


@dataclass(frozen=True, slots=True)
class Route:
    category: str
    region_path: str | None
    department_id: uuid.UUID


def choose_route(routes: list[Route], category: str, store_path: str | None) -> uuid.UUID | None:
    """The most specific rule wins: the category in the store's region (the deepest region if
    regions nest), then the category anywhere, then the default queue. A ticket without a store
    (raised by head-office staff) is routed by the rules without a region."""
    regional = [
        r
        for r in routes
        if r.category == category and r.region_path and store_path is not None and is_within(store_path, r.region_path)
    ]
    if regional:
        return max(regional, key=lambda r: len(r.region_path or "")).department_id
    for candidate in (category, DEFAULT_QUEUE):
        for route in routes:
            if route.category == candidate and route.region_path is None:
                return route.department_id
    return None


def workplaces_on(home_unit_id: uuid.UUID, assignments: Iterable[Assignment], day: date) -> frozenset[uuid.UUID]:
    """The units a person works at on `day`, the only places a ticket of theirs may name: their home
    unit (or, after a permanent move, the unit they moved to) and every assignment in force that day.
    Which of these are stores or projects is for the caller to ask."""
    live = [
        a
        for a in assignments
        if a.cancelled_at is None and a.valid_from <= day and (a.valid_to is None or a.valid_to > day)
    ]
    moves = [a for a in live if a.kind == AssignmentKind.PERMANENT]
    home = max(moves, key=lambda a: (a.valid_from, a.created_at)).unit_id if moves else home_unit_id
    return frozenset({home, *(a.unit_id for a in live)})


@dataclass(frozen=True, slots=True)
class Targets:
    first_response: timedelta
    resolution: timedelta
    business_hours: bool


@dataclass(frozen=True, slots=True)
class Policy:
    category: str | None
    priority: TicketPriority | None
    first_response_minutes: int
    resolution_minutes: int
    business_hours: bool


def choose_targets(policies: list[Policy], category: str, priority: TicketPriority) -> Targets:
    """Most specific policy first: category and priority, category, priority, any; else 2 h / 24 h."""
    for wanted in ((category, priority), (category, None), (None, priority), (None, None)):
        for policy in policies:
            if (policy.category, policy.priority) == wanted:
                return Targets(
                    timedelta(minutes=policy.first_response_minutes),
                    timedelta(minutes=policy.resolution_minutes),
                    policy.business_hours,
                )
    return Targets(
        timedelta(minutes=DEFAULT_FIRST_RESPONSE_MINUTES), timedelta(minutes=DEFAULT_RESOLUTION_MINUTES), False
    )


def owner_may_move(current: TicketStatus, target: TicketStatus) -> bool:
    return target in OWNER_MOVES.get(current, frozenset())


def may_reopen(status: TicketStatus, resolved_at: datetime | None, now: datetime) -> bool:
    """The requester reopens a resolved ticket within 7 days of its resolution."""
    return status == TicketStatus.RESOLVED and resolved_at is not None and now - resolved_at <= REOPEN_WINDOW


def should_auto_close(status: TicketStatus, resolved_at: datetime | None, now: datetime) -> bool:
    return status == TicketStatus.RESOLVED and resolved_at is not None and now - resolved_at > AUTO_CLOSE_AFTER


# Who hears about each escalation level: 75% the assignee (or the queue), 100% the department
# head, 150% HR.
ESCALATION_AUDIENCE = {75: "assignee_or_queue", 100: "department_head", 150: "hr"}
