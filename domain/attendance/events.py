"""The events attendance records (webhook topic `clock_in.flagged`)."""

from __future__ import annotations

import uuid
from datetime import datetime

from domain.shared.events import DomainEvent


class ClockInFlagged(DomainEvent):
    topic = "clock_in.flagged"
    summary = "A punch was accepted with flags for the store manager to review (spoofing, offline, missing out...)."
    entity_type = "clock_in"
    entity_field = "clock_in_id"

    clock_in_id: uuid.UUID
    employee_id: uuid.UUID
    store_id: uuid.UUID
    flags: list[str]
    punched_at: datetime
