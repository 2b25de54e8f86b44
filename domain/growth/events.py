"""Growth events (internal: they reach notifications)."""

from __future__ import annotations

import uuid

from domain.shared.events import DomainEvent


class BecameEligible(DomainEvent):
    topic = "growth.eligible"
    summary = "A person meets a promotion rule for the first time (晋升机会提醒); they hear of it once."
    entity_type = "eligibility_rule"
    entity_field = "rule_code"
    webhook = False

    rule_code: str
    rule_version: int
    employee_id: uuid.UUID
    title: str
    target: str
