"""The events a ticket's life records (webhook topics `ticket.*`).

Every ticket event carries the ticket as it stands after the change (title, status, owning
department, store, people), so a receiver needs no read-back."""

from __future__ import annotations

import uuid
from typing import Any, Self

from domain.shared.events import DomainEvent
from domain.tickets.models import Ticket


class TicketDomainEvent(DomainEvent):
    entity_type = "ticket"
    entity_field = "ticket_id"

    ticket_id: uuid.UUID
    title: str
    category: str
    status: str
    priority: str
    department_id: uuid.UUID
    store_id: uuid.UUID | None
    requester_account_id: uuid.UUID
    assignee_account_id: uuid.UUID | None
    # who caused it (None: the system, e.g. the SLA clock)
    actor_account_id: uuid.UUID | None

    @classmethod
    def of(cls, ticket: Ticket, actor_account_id: uuid.UUID | None, **data: Any) -> Self:
        return cls(
            ticket_id=ticket.id,
            title=ticket.title,
            category=ticket.category,
            status=ticket.status.value,
            priority=ticket.priority.value,
            department_id=ticket.department_id,
            store_id=ticket.store_id,
            requester_account_id=ticket.requester_account_id,
            assignee_account_id=ticket.assignee_account_id,
            actor_account_id=actor_account_id,
            **data,
        )


class TicketCreated(TicketDomainEvent):
    topic = "ticket.created"
    summary = "A ticket was raised and routed to its owning department."


class TicketReplied(TicketDomainEvent):
    topic = "ticket.replied"
    summary = "Someone wrote on a ticket (internal notes are flagged)."
    internal: bool
    by_requester: bool


class TicketStatusChanged(TicketDomainEvent):
    previous_status: str


class TicketAcknowledged(TicketStatusChanged):
    topic = "ticket.acknowledged"
    summary = "The owning side acknowledged the ticket."


class TicketInProgress(TicketStatusChanged):
    topic = "ticket.in_progress"
    summary = "The ticket is being worked on."


class TicketWaitingOnRequester(TicketStatusChanged):
    topic = "ticket.waiting_on_requester"
    summary = "The owning side waits on the requester (the resolution clock pauses)."


class TicketResolved(TicketStatusChanged):
    topic = "ticket.resolved"
    summary = "The ticket was resolved; the requester may rate it or reopen it within 7 days."


class TicketClosed(TicketStatusChanged):
    topic = "ticket.closed"
    summary = "The ticket was closed (by hand, or 7 days after its resolution)."


STATUS_EVENTS: dict[str, type[TicketStatusChanged]] = {
    kind.topic.removeprefix("ticket."): kind
    for kind in (TicketAcknowledged, TicketInProgress, TicketWaitingOnRequester, TicketResolved, TicketClosed)
}


class TicketAssigned(TicketDomainEvent):
    topic = "ticket.assigned"
    summary = "The ticket was taken by, or assigned to, someone on the owning side."
    previous_assignee_account_id: uuid.UUID | None
    # the status before: taking an open or acknowledged ticket puts it in progress
    previous_status: str


class TicketTransferred(TicketDomainEvent):
    topic = "ticket.transferred"
    summary = "The ticket was handed to another department, with a reason."
    previous_department_id: uuid.UUID
    reason: str


class TicketReopened(TicketDomainEvent):
    topic = "ticket.reopened"
    summary = "The requester reopened a resolved ticket, with a reason."
    reason: str


class TicketRated(TicketDomainEvent):
    topic = "ticket.rated"
    summary = "The requester rated the ticket (1 to 5)."
    score: int


class TicketEscalated(TicketDomainEvent):
    topic = "ticket.escalated"
    summary = "An SLA clock reached 75 %, 100 % or 150 % of its target."
    clock: str
    level: int


class TicketAttachmentAdded(TicketDomainEvent):
    topic = "ticket.attachment_added"
    summary = "A photo or voice note was attached to the ticket."
    attachment_id: uuid.UUID
    media_type: str
    size: int
