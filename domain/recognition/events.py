"""Events the recognition context records. Approved redemptions go to integrations (payroll, the
leave system) as `recognition.redemption_approved`; the rest reach notifications only."""

from __future__ import annotations

import uuid
from datetime import datetime

from domain.shared.events import DomainEvent


class CardSent(DomainEvent):
    topic = "recognition.card_sent"
    summary = "A colleague sent a recognition card (with or without points); the receiver hears of it."
    entity_type = "recognition_card"
    entity_field = "card_id"
    webhook = False

    card_id: uuid.UUID
    sender_id: uuid.UUID
    receiver_id: uuid.UUID
    category: str
    points: int
    programme_code: str | None
    visibility: str


class RedemptionRequested(DomainEvent):
    topic = "recognition.redemption_requested"
    summary = "A person asked to redeem points for a catalogue item (points held, item reserved); HR decides."
    entity_type = "recognition_redemption"
    entity_field = "redemption_id"
    webhook = False

    redemption_id: uuid.UUID
    employee_id: uuid.UUID
    item_code: str
    points: int


class RedemptionApproved(DomainEvent):
    topic = "recognition.redemption_approved"
    summary = (
        "HR approved a redemption: hand the item over through payroll (shopping cards) or the leave system "
        "(leave); the points are spent."
    )
    entity_type = "recognition_redemption"
    entity_field = "redemption_id"
    webhook = True

    redemption_id: uuid.UUID
    employee_id: uuid.UUID
    employee_no: str
    item_code: str
    item_kind: str
    points: int
    approved_at: datetime


class RedemptionRejected(DomainEvent):
    topic = "recognition.redemption_rejected"
    summary = "HR rejected a redemption with a reason: the points are refunded and the item back in stock."
    entity_type = "recognition_redemption"
    entity_field = "redemption_id"
    webhook = False

    redemption_id: uuid.UUID
    employee_id: uuid.UUID
    item_code: str
    points: int
    reason: str


class PointsExpired(DomainEvent):
    topic = "recognition.points_expired"
    summary = "Points of a person reached their expiry and left the balance (oldest first)."
    entity_type = "employee"
    entity_field = "employee_id"
    webhook = False

    employee_id: uuid.UUID
    points: int
