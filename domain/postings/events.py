"""Posting application events (internal: they reach notifications)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Literal

from domain.shared.events import DomainEvent


class ApplicationEvent(DomainEvent):
    entity_type = "posting_application"
    entity_field = "application_id"
    webhook = False

    application_id: uuid.UUID
    posting_id: uuid.UUID
    unit_id: uuid.UUID
    employee_id: uuid.UUID
    title: str
    actor_account_id: uuid.UUID | None


class ApplicationReceived(ApplicationEvent):
    topic = "posting.application_received"
    summary = "Someone applied to a posting; its store's managers hear of it."


class ApplicationClosed(ApplicationEvent):
    topic = "posting.application_closed"
    summary = "A posting was filled or closed; its other open applications closed and their people hear of it."

    # why: the posting was filled by others, or closed (outbox rows older than this field were all "filled")
    reason: Literal["filled", "closed"] = "filled"


class ReadinessMissing(ApplicationEvent):
    topic = "posting.readiness_missing"
    summary = "A week before a posting starts, an applicant has required courses left; they and HR hear of it."

    start_date: date
    missing_courses: list[str]
