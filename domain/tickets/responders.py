"""Whom a ticket's work counts for: the one place that says so.

Nobody earns from their own request. The requester of a ticket never works it, so a ticket never
counts for its requester as responder: not in the ticket stats, not in the `tickets` source of the
performance scores, not in a pool's back-office weights or ticket satisfaction. The write paths
refuse her (domain/tickets/commands.py); these reads keep out the rows older code let through.

The same rule in two forms: a pure function for code that holds tickets in memory, and a SQL
predicate for queries; both read the same columns.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, func

from domain.tickets.models import Ticket


def resolver_of(assignee: uuid.UUID | None, first_responder: uuid.UUID | None) -> uuid.UUID | None:
    """Who resolved a ticket, for the figures: whoever holds it, else whoever answered it first."""
    return assignee if assignee is not None else first_responder


def counts_for_responder(requester: uuid.UUID, responder: uuid.UUID | None) -> bool:
    """Whether a ticket's work counts for `responder`: someone did it, and not the requester."""
    return responder is not None and responder != requester


def resolver_column() -> ColumnElement[uuid.UUID | None]:
    """resolver_of() in SQL."""
    return func.coalesce(Ticket.assignee_account_id, Ticket.first_responder_account_id)


def counted_for(responder: SQLColumnExpression[uuid.UUID | None]) -> ColumnElement[bool]:
    """counts_for_responder() in SQL, for a responder column of `tickets` (e.g. the assignee, or
    resolver_column())."""
    return and_(responder.is_not(None), responder != Ticket.requester_account_id)
