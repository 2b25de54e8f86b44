"""Tables of the recognition context (only this context writes them).

Cards carry points out of two sources: the sender's monthly budget (spent on a row per sender and
month, raised by compare-and-set) or a named HR programme (its remaining pool lowered the same way).
Points a person holds live in `points_ledger`, append-only: the balance is its sum, awards and
refunds are lots that expire, redemptions and expiries are debits. Stock and balances are changed
by conditional UPDATEs or under the per-person row of `recognition_point_accounts`, never by a
read followed by a blind write."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, BigIntKey, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class RecognitionSettings(Base):
    """The organisation's recognition rules (one row, absent until HR first saves them; the defaults
    in code hold until then): monthly budgets by role, the cap on points between two people a month
    and how many months awarded points last. `version` rises with every save (saves carry the
    version read)."""

    __tablename__ = "recognition_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    budgets: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    pair_cap: Mapped[int] = mapped_column(Integer)
    expiry_months: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class RecognitionProgramme(Base):
    """A named HR programme (e.g. "Spring festival heroes") with a pool of points that managers and
    HR award beyond their budgets; `remaining` only falls by compare-and-set, never below zero."""

    __tablename__ = "recognition_programmes"
    __table_args__ = (
        CheckConstraint("remaining >= 0", name="remaining_not_negative"),
        CheckConstraint("remaining <= pool", name="remaining_within_pool"),
    )

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    local_name: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    pool: Mapped[int] = mapped_column(Integer)
    remaining: Mapped[int] = mapped_column(Integer)
    ends_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class RecognitionCard(Base):
    """A card one colleague sent another (认可卡片): why (category and text, stored verbatim), how many
    points and from where (the sender's budget or a programme), and who may read it. The receiver's
    unit on the day is kept so a unit's feed reads the same later."""

    __tablename__ = "recognition_cards"
    __table_args__ = (
        CheckConstraint("points >= 0", name="points_not_negative"),
        CheckConstraint("sender_id <> receiver_id", name="not_to_oneself"),
        Index("ix_recognition_cards_created_at_id", "created_at", "id"),
        Index("ix_recognition_cards_receiver_id_created_at", "receiver_id", "created_at"),
        Index("ix_recognition_cards_sender_id_created_at", "sender_id", "created_at"),
        Index("ix_recognition_cards_receiver_unit_id_created_at", "receiver_unit_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sender_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    receiver_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    receiver_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    category: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    points: Mapped[int] = mapped_column(Integer)
    programme_code: Mapped[str | None] = mapped_column(
        ForeignKey("recognition_programmes.code", ondelete="RESTRICT"), index=True
    )
    visibility: Mapped[str] = mapped_column(String(16))
    month: Mapped[str] = mapped_column(String(7))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class BudgetSpend(Base):
    """Points a sender gave from their budget in one month of the organisation (budgets do not roll
    over: a new month is a new row). Raised only by `spent = spent + p WHERE spent + p <= budget`."""

    __tablename__ = "recognition_budget_spend"
    __table_args__ = (CheckConstraint("spent >= 0", name="spent_not_negative"),)

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    spent: Mapped[int] = mapped_column(Integer)


class PairSpend(Base):
    """Budget points between two people in one month, both directions summed (the ids in sorted
    order), so two colleagues cannot trade points back and forth beyond the cap."""

    __tablename__ = "recognition_pair_spend"
    __table_args__ = (
        CheckConstraint("points >= 0", name="points_not_negative"),
        CheckConstraint("low_id < high_id", name="sorted_pair"),
    )

    low_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    high_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    points: Mapped[int] = mapped_column(Integer)


class PointAccount(Base):
    """One row per person holding points: the row redemptions, refunds and expiries of that person
    lock (SELECT ... FOR UPDATE) so each decides on a ledger nobody else debits meanwhile, and how far
    the worker has expired their lots."""

    __tablename__ = "recognition_point_accounts"

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    expired_through: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PointsEntry(Base):
    """The points ledger, append-only (database triggers refuse updates and deletes). Awards and
    refunds are lots (`delta` > 0, with `expires_at`); redemptions and expiries are debits. An expiry
    names the lot it ends (`expires_lot_id`, unique: a lot expires once, whichever worker runs)."""

    __tablename__ = "points_ledger"
    __table_args__ = (
        CheckConstraint("delta <> 0", name="delta_not_zero"),
        CheckConstraint(
            "(kind IN ('award', 'refund') AND delta > 0 AND expires_at IS NOT NULL)"
            " OR (kind IN ('redemption', 'expiry') AND delta < 0 AND expires_at IS NULL)",
            name="kind_sign",
        ),
        Index("ix_points_ledger_employee_id_id", "employee_id", "id"),
        Index("ix_points_ledger_expires_at", "expires_at"),
    )

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    delta: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # award | redemption | refund | expiry
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("recognition_cards.id", ondelete="RESTRICT"))
    redemption_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("recognition_redemptions.id", ondelete="RESTRICT"), index=True
    )
    expires_lot_id: Mapped[int | None] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), ForeignKey("points_ledger.id", ondelete="RESTRICT"), unique=True
    )
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CatalogueItem(Base):
    """Something points buy (HR keeps the catalogue): a shopping card, a half-day of leave. Stock only
    falls by `stock = stock - 1 WHERE stock >= 1`, so two requests for the last one leave one."""

    __tablename__ = "recognition_catalogue_items"
    __table_args__ = (
        CheckConstraint("stock >= 0", name="stock_not_negative"),
        CheckConstraint("price > 0", name="price_positive"),
    )

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    local_name: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # shopping_card | leave | other
    price: Mapped[int] = mapped_column(Integer)
    stock: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Redemption(Base):
    """A person's request for a catalogue item: the points are held (debited) and the item reserved
    when asked; HR approves it (it goes to payroll or the leave system) or rejects it with a reason
    (points refunded, stock back)."""

    __tablename__ = "recognition_redemptions"
    __table_args__ = (
        CheckConstraint("points > 0", name="points_positive"),
        Index("ix_recognition_redemptions_employee_id_requested_at", "employee_id", "requested_at"),
        Index("ix_recognition_redemptions_status_requested_at", "status", "requested_at"),
        Index("ix_recognition_redemptions_decided_at", "decided_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    item_code: Mapped[str] = mapped_column(ForeignKey("recognition_catalogue_items.code", ondelete="RESTRICT"))
    points: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # pending | approved | rejected
    reason: Mapped[str | None] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
