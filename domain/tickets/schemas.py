"""Ticket input and output models."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, StringConstraints

from domain.shared.schemas import InputModel, OutputModel
from domain.tickets.models import EventKind, TicketPriority, TicketStatus

Category = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")]
Title = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=10_000)]
Reason = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=2000)]


class TicketCreate(InputModel):
    category: Category = Field(examples=["stock-system"])
    title: Title = Field(examples=["The stock system is down"])
    description: Text = Field(examples=["Scanners show 'offline' since 9:10; we cannot receive deliveries."])
    priority: TicketPriority = TicketPriority.NORMAL
    store_id: uuid.UUID | None = Field(
        default=None,
        description="A store or project the requester works at today (home unit or an assignment in force); "
        "defaults to where she works today, and to none for head-office staff at no store",
    )


class ReplyCreate(InputModel):
    body: Text
    internal: Annotated[bool, Field(strict=True)] = Field(
        default=False, description="An internal note, seen by the owning side only"
    )


class StatusChange(InputModel):
    status: Literal["in_progress", "waiting_on_requester", "resolved"]
    comment: Reason | None = None


class AssignInput(InputModel):
    assignee_account_id: uuid.UUID


class TransferInput(InputModel):
    department_id: uuid.UUID
    reason: Reason


class ReopenInput(InputModel):
    reason: Reason


class RatingInput(InputModel):
    score: Annotated[int, Field(strict=True, ge=1, le=5)]
    comment: Reason | None = None


class ClockView(BaseModel):
    target_minutes: int
    due_at: datetime | None = Field(description="None while the clock is paused")
    due_at_local: datetime | None = Field(
        default=None, description="The same moment in the ticket's time zone (`time_zone`), with its offset"
    )
    elapsed_minutes: int
    met: bool | None = Field(description="Whether the target was met; None while the clock runs")
    at_risk: bool
    breached: bool
    paused: bool


class TicketRead(BaseModel):
    id: uuid.UUID
    category: str
    title: str
    description: str
    priority: TicketPriority
    status: TicketStatus
    store_id: uuid.UUID | None = Field(description="None for a ticket raised by head-office staff at no store")
    department_id: uuid.UUID
    time_zone: str = Field(
        description="The store's IANA time zone (for a ticket at no store, the owning department's): "
        "the zone of the clocks' `due_at_local`"
    )
    requester_employee_id: uuid.UUID
    assignee_account_id: uuid.UUID | None
    business_hours: bool
    first_response: ClockView
    resolution: ClockView
    paused_minutes: int
    reopen_count: int
    rating: int | None
    rating_comment: str | None
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None


class EventRead(OutputModel):
    id: int
    kind: EventKind
    internal: bool
    actor_account_id: uuid.UUID | None
    actor_name: str | None = Field(
        default=None, description="The actor's full name; none for the system or an account that is not a person"
    )
    body: str | None
    data: dict[str, Any]
    occurred_at: datetime


class AttachmentRead(OutputModel):
    id: uuid.UUID
    media_type: str
    file_name: str
    size: int
    sha256: str
    created_at: datetime


class NotificationRead(OutputModel):
    id: uuid.UUID
    ticket_id: uuid.UUID | None
    kind: str
    message: str
    created_at: datetime
    read_at: datetime | None


class RoutingRuleCreate(InputModel):
    category: Category | Literal["*"] = Field(description='"*" is the default queue')
    region_id: uuid.UUID | None = None
    department_id: uuid.UUID


class RoutingRuleRead(OutputModel):
    id: uuid.UUID
    category: str
    region_id: uuid.UUID | None
    region_name: str | None = None
    department_id: uuid.UUID
    department_name: str | None = None


class SlaPolicyIn(InputModel):
    category: Category | None = None
    priority: TicketPriority | None = None
    first_response_minutes: Annotated[int, Field(strict=True, ge=1, le=60 * 24 * 30)]
    resolution_minutes: Annotated[int, Field(strict=True, ge=1, le=60 * 24 * 90)]
    business_hours: Annotated[bool, Field(strict=True)] = False


class SlaPoliciesUpdate(InputModel):
    policies: list[SlaPolicyIn] = Field(max_length=200)


class SlaPolicyRead(OutputModel):
    category: str | None
    priority: TicketPriority | None
    first_response_minutes: int
    resolution_minutes: int
    business_hours: bool


Interval = Annotated[
    list[Annotated[str, StringConstraints(pattern=r"^\d{2}:\d{2}$")]], Field(min_length=2, max_length=2)
]


class BusinessHoursIn(InputModel):
    weekly: dict[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"], list[Interval]]
    holidays: list[Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]] = Field(
        default_factory=list, max_length=366
    )


class BusinessHoursRead(BaseModel):
    department_id: uuid.UUID
    timezone: str
    weekly: dict[str, list[list[str]]]
    holidays: list[str]


class ResponderStats(BaseModel):
    account_id: uuid.UUID
    full_name: str | None = Field(description="The responder's name; none for an account that is not a person")
    first_responses: int
    first_response_met: int
    resolved: int
    average_rating: float | None


class DepartmentStats(BaseModel):
    department_id: uuid.UUID
    department_name: str
    tickets: int
    first_response_compliance: float | None = Field(description="Share answered within target, 0..1")
    median_first_response_minutes: float | None
    resolution_compliance: float | None
    paused_minutes: int
    average_rating: float | None
    ratings: int
    deflections: int = Field(
        description="Tickets not raised in the period because one of the department's knowledge-base articles "
        "solved the problem (this solved it)"
    )
    responders: list[ResponderStats]


class TicketStats(BaseModel):
    period_from: datetime
    period_to: datetime
    departments: list[DepartmentStats]
