"""Need tickets: frontline problems, who owns them, their clocks, their conversation, and the
notifications they send."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from domain.org.models import enum_column
from domain.shared.db import Base, BigIntKey, JSONDocument, UTCDateTime
from domain.shared.ids import new_id

# "Look at it on the next pass" for the escalation job: a moment before any ticket.
LOOK_NOW = datetime(2000, 1, 1, tzinfo=UTC)


class TicketPriority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class TicketStatus(enum.StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    WAITING_ON_REQUESTER = "waiting_on_requester"
    RESOLVED = "resolved"
    CLOSED = "closed"


class EventKind(enum.StrEnum):
    CREATED = "created"
    REPLY = "reply"
    INTERNAL_NOTE = "internal_note"
    STATUS_CHANGED = "status_changed"
    ASSIGNED = "assigned"
    TRANSFERRED = "transferred"
    ESCALATED = "escalated"
    ATTACHMENT = "attachment"
    RATED = "rated"


class RoutingRule(Base):
    """category (optionally narrowed to a region) -> owning HQ department. Category "*" with no
    region is the default queue."""

    __tablename__ = "ticket_routing_rules"
    __table_args__ = (UniqueConstraint("category", "region_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    category: Mapped[str] = mapped_column(String(64))
    region_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SlaPolicy(Base):
    """Targets per category and priority; a missing category or priority matches any."""

    __tablename__ = "ticket_sla_policies"
    __table_args__ = (UniqueConstraint("category", "priority"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    category: Mapped[str | None] = mapped_column(String(64))
    priority: Mapped[TicketPriority | None] = mapped_column(enum_column(TicketPriority, "sla_priority"))
    first_response_minutes: Mapped[int] = mapped_column(Integer)
    resolution_minutes: Mapped[int] = mapped_column(Integer)
    business_hours: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DepartmentCalendar(Base):
    """A department's weekly opening hours and holidays, in its org unit's time zone."""

    __tablename__ = "department_calendars"

    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"), primary_key=True)
    weekly: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    holidays: Mapped[list[str]] = mapped_column(JSONDocument)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


# the columns the ticket figures read besides created_at (domain/tickets/stats.py; the category for
# the analytics' ticket waits, domain/analytics/ticket_waits.py)
FIGURES_COLUMNS = [
    "id",
    "category",
    "department_id",
    "requester_account_id",
    "first_responder_account_id",
    "assignee_account_id",
    "business_hours",
    "calendar_department_id",
    "first_response_due_at",
    "first_responded_at",
    "first_response_met",
    "first_response_elapsed_minutes",
    "resolution_started_at",
    "resolved_at",
    "resolution_met",
    "resolution_paused_minutes",
    "rating",
]


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_department_id_status", "department_id", "status"),
        Index("ix_tickets_store_id_created_at", "store_id", "created_at"),
        Index("ix_tickets_requester_account_id_created_at", "requester_account_id", "created_at"),
        # the escalation job's queue: only tickets with a moment to look at are in it
        Index(
            "ix_tickets_escalation_check_at",
            "escalation_check_at",
            postgresql_where=text("escalation_check_at IS NOT NULL"),
            sqlite_where=text("escalation_check_at IS NOT NULL"),
        ),
        # the automatic close reads resolved tickets by age
        Index("ix_tickets_status_resolved_at", "status", "resolved_at"),
        # a department's queue, newest first; a period's tickets, all or a department's. On
        # PostgreSQL both hold what the ticket figures read (stats.py), so a month is read from the
        # index alone: its rows lie one per page across the table
        Index("ix_tickets_department_id_created_at", "department_id", "created_at", postgresql_include=FIGURES_COLUMNS),
        Index("ix_tickets_created_at", "created_at", postgresql_include=FIGURES_COLUMNS),
        # the at_risk filter's candidates: clocks still running, by due time (clocks.flags_may_hold)
        Index(
            "ix_tickets_first_response_running",
            "first_response_due_at",
            postgresql_where=text("first_responded_at IS NULL"),
            sqlite_where=text("first_responded_at IS NULL"),
        ),
        Index(
            "ix_tickets_resolution_running",
            "resolution_due_at",
            postgresql_where=text("resolved_at IS NULL"),
            sqlite_where=text("resolved_at IS NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    requester_account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    requester_employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    # None: raised by head-office staff who work at no store that day.
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    category: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    priority: Mapped[TicketPriority] = mapped_column(enum_column(TicketPriority, "ticket_priority"))
    status: Mapped[TicketStatus] = mapped_column(enum_column(TicketStatus, "ticket_status"))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    assignee_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    business_hours: Mapped[bool] = mapped_column(Boolean)
    # Whose business hours measure the clocks: the department that owned the ticket when it was
    # raised. A transfer hands the work over, not a new clock.
    calendar_department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    first_response_minutes: Mapped[int] = mapped_column(Integer)
    resolution_minutes: Mapped[int] = mapped_column(Integer)
    first_response_due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    first_responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    first_responder_account_id: Mapped[uuid.UUID | None]
    # The resolution clock starts at creation and restarts at each reopening.
    resolution_started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolution_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    paused_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    rating: Mapped[int | None] = mapped_column(Integer)
    rating_comment: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # When the escalation job must next look at the ticket: the moment its next level is reached,
    # never later (domain/tickets/escalation.py); None when nothing can come (inactive, all levels past).
    # How each clock went, recorded when it stops (the ticket figures add these up in SQL):
    # answered within target and after how many working minutes; resolved within target and how
    # many working minutes the waits on the requester spared. NULL while running, and on rows
    # from before they were recorded (the figures read those clocks instead). Reopening clears
    # the resolution's.
    first_response_met: Mapped[bool | None] = mapped_column(Boolean)
    first_response_elapsed_minutes: Mapped[int | None] = mapped_column(Integer)
    resolution_met: Mapped[bool | None] = mapped_column(Boolean)
    resolution_paused_minutes: Mapped[int | None] = mapped_column(Integer)
    # While the ticket waits on the requester: the working minutes its resolution clock had used
    # when the wait began (the clock stands still, so this is how far it is; its due time is unknown)
    resolution_spent_minutes: Mapped[int | None] = mapped_column(Integer)
    escalation_check_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=lambda: LOOK_NOW)


# A change to any of these can bring a ticket's next escalation earlier than the job last computed.
_CLOCK_FIELDS = (
    "status",
    "paused_since",
    "first_responded_at",
    "resolution_started_at",
    "resolution_due_at",
    "first_response_due_at",
    "reopen_count",
    "business_hours",
    "calendar_department_id",
    "first_response_minutes",
    "resolution_minutes",
)


@event.listens_for(Ticket, "before_update")
def _look_again_after_a_clock_change(_mapper: Mapper[Ticket], _connection: Connection, ticket: Ticket) -> None:
    """Every code path that moves a ticket's clocks gets it looked at again on the next pass, so
    none can leave a stale, too-late moment behind (a too-early one only costs one look)."""
    state = inspect(ticket)
    if any(state.attrs[name].history.has_changes() for name in _CLOCK_FIELDS):
        ticket.escalation_check_at = LOOK_NOW


class TicketPause(Base):
    """Every time the resolution clock stood still waiting on the requester; visible in the stats."""

    __tablename__ = "ticket_pauses"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="RESTRICT"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class TicketEvent(Base):
    """The timeline, append-only: replies, internal notes, status changes, assignments, transfers,
    escalations, attachments, ratings."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind, "ticket_event_kind"))
    internal: Mapped[bool] = mapped_column(Boolean)
    actor_account_id: Mapped[uuid.UUID | None]
    body: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())


class TicketAttachment(Base):
    __tablename__ = "ticket_attachments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="RESTRICT"), index=True)
    uploaded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    blob_key: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class TicketEscalation(Base):
    """One row per ticket, clock and level: the unique key makes each escalation happen once, even
    with several workers."""

    __tablename__ = "ticket_escalations"
    __table_args__ = (UniqueConstraint("ticket_id", "clock", "level", "round"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="RESTRICT"))
    clock: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(Integer)
    # Reopening restarts the resolution clock; its escalations may then happen again.
    round: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
