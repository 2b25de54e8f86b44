"""Analytics events (internal: they reach notifications)."""

from __future__ import annotations

import uuid

from domain.shared.events import DomainEvent


class FlagRaised(DomainEvent):
    topic = "analytics.flag_raised"
    summary = "A mission figure crossed its threshold for a group; the unit's heads and HR hear of it once."
    entity_type = "analytics_flag"
    entity_field = "flag_id"
    webhook = False

    flag_id: uuid.UUID
    figure: str
    unit_id: uuid.UUID | None
    sex: str | None
    employee_id: uuid.UUID | None = None
    value: str
    threshold: str
    direction: str
