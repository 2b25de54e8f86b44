"""The events of performance periods (webhook topic `period.closed`)."""

from __future__ import annotations

from domain.shared.events import DomainEvent


class PeriodClosed(DomainEvent):
    topic = "period.closed"
    summary = "HR closed a month: every active employee's score for it is frozen (final)."
    entity_type = "performance_period"
    entity_field = "period"

    period: str
    # how many times the month has been closed (a reopened month closes again with a new number)
    closing: int
    frozen_scores: int
    early: bool
