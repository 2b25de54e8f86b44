"""Roster and shift swap events (internal: they reach notifications, not webhooks, because a roster
may carry the shape of a person's care rules)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from domain.rosters.models import ShiftSwap
from domain.shared.events import DomainEvent


class RosterEvent(DomainEvent):
    entity_type = "roster"
    entity_field = "roster_id"
    webhook = False

    roster_id: uuid.UUID
    store_id: uuid.UUID
    week_start: date
    employee_ids: list[uuid.UUID]
    actor_account_id: uuid.UUID | None


class RosterPublished(RosterEvent):
    topic = "roster.published"
    summary = "A store's roster for a week was published; each rostered person hears of their shifts."


class RosterChanged(RosterEvent):
    topic = "roster.changed"
    summary = "A published roster changed; the people whose shifts changed hear of it."


class SwapEvent(DomainEvent):
    entity_type = "shift_swap"
    entity_field = "swap_id"
    webhook = False

    swap_id: uuid.UUID
    store_id: uuid.UUID
    day: date
    offered_by: uuid.UUID
    taken_by: uuid.UUID | None
    status: str
    actor_account_id: uuid.UUID | None


class SwapOffered(SwapEvent):
    topic = "shift_swap.offered"
    summary = "An employee offered a published shift to colleagues."


class SwapTaken(SwapEvent):
    topic = "shift_swap.taken"
    summary = "A colleague took an offered shift; the store manager decides."


class SwapDecided(SwapEvent):
    topic = "shift_swap.decided"
    summary = "The store manager approved (the shift moved) or rejected a shift swap."


class SwapWithdrawn(SwapEvent):
    topic = "shift_swap.withdrawn"
    summary = "A shift offer ended: the employee withdrew it, or its shift left the roster."

    # True when a change of the roster removed the shift (the actor is whoever changed the roster)
    shift_removed: bool = False


def of_swap(kind: type[SwapEvent], swap: ShiftSwap, actor_account_id: uuid.UUID | None, **extra: Any) -> SwapEvent:
    """The event `kind` of a swap as it stands."""
    return kind(
        swap_id=swap.id,
        store_id=swap.store_id,
        day=swap.day,
        offered_by=swap.offered_by,
        taken_by=swap.taken_by,
        status=swap.status,
        actor_account_id=actor_account_id,
        **extra,
    )
