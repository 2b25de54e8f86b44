"""Growth events (internal: they reach notifications)."""

from __future__ import annotations

import uuid
from datetime import date

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


class MentorAssigned(DomainEvent):
    topic = "growth.mentor_assigned"
    summary = "A head-office mentor was chosen for a secondment; the mentor and the secondee hear of it."
    entity_type = "mentorship"
    entity_field = "mentorship_id"
    webhook = False

    mentorship_id: uuid.UUID
    mentor_id: uuid.UUID
    mentee_id: uuid.UUID
    destination_unit_id: uuid.UUID
    start_date: date


class CheckInOverdue(DomainEvent):
    topic = "growth.check_in_overdue"
    summary = "A mentor's weekly check-in is 8 days late (the mentor hears) or 15 (the department head)."
    entity_type = "mentorship"
    entity_field = "mentorship_id"
    webhook = False

    mentorship_id: uuid.UUID
    mentor_id: uuid.UUID
    mentee_id: uuid.UUID
    since: date
    days: int
    audience: str  # mentor | department_head


class GrowthReportWritten(DomainEvent):
    topic = "growth.report_written"
    summary = "A secondment's growth report was written; the secondee and their department head hear of it."
    entity_type = "transfer"
    entity_field = "transfer_id"
    webhook = False

    transfer_id: uuid.UUID
    employee_id: uuid.UUID
    unit_id: uuid.UUID
