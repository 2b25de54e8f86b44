"""Transfer requests, their approval chains and the trail of every decision."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, FetchedValue, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from domain.org.models import enum_column
from domain.shared.db import Base, BigIntKey, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class TransferKind(enum.StrEnum):
    SECONDMENT = "secondment"
    PERMANENT = "permanent"
    EARLY_RETURN = "early_return"
    EXTENSION = "extension"


class TransferStatus(enum.StrEnum):
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"


class Approver(enum.StrEnum):
    """How a step's decider is found; each implies its role."""

    HOME_DEPARTMENT = "home_department"  # a dept_head over the employee's home unit
    HR = "hr"  # anyone holding hr
    LEADER_OVER_DESTINATION = "leader_over_destination"  # a leader whose grant covers the destination
    DESTINATION_MANAGER = "destination_manager"  # a store_manager whose grant covers the destination


class TrailAction(enum.StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    RETURNED = "returned"
    EDITED = "edited"
    RESUBMITTED = "resubmitted"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"


class TransferChain(Base):
    """The configured chain per kind; requests copy it when submitted, so edits never move
    a request already in flight."""

    __tablename__ = "transfer_chains"

    kind: Mapped[TransferKind] = mapped_column(enum_column(TransferKind, "transfer_chain_kind"), primary_key=True)
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[uuid.UUID | None]


class Transfer(Base):
    __tablename__ = "transfers"
    __table_args__ = (
        Index("ix_transfers_employee_id_start_date", "employee_id", "start_date"),
        Index("ix_transfers_status_current_step_since", "status", "current_step_since"),
        Index("ix_transfers_change_seq_id", "change_seq", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    requested_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    kind: Mapped[TransferKind] = mapped_column(enum_column(TransferKind, "transfer_kind"))
    destination_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    amends_transfer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("transfers.id", ondelete="RESTRICT"))
    # Inclusive days as people say them: "from 2 March to 31 May".
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[TransferStatus] = mapped_column(enum_column(TransferStatus, "transfer_status"))
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    current_step: Mapped[int | None] = mapped_column(Integer)
    current_step_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Bumped on every state change: a decision applies only to the version it was made on.
    version: Mapped[int] = mapped_column(Integer, default=1)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # position in the change feed (HR sync); set by a database trigger on every insert and update
    change_seq: Mapped[int | None] = mapped_column(BigInteger, FetchedValue(), deferred=True)


class TransferTrailEntry(Base):
    """Append-only: every submission, decision, edit, withdrawal and cancellation."""

    __tablename__ = "transfer_trail"

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transfers.id", ondelete="RESTRICT"), index=True)
    action: Mapped[TrailAction] = mapped_column(enum_column(TrailAction, "transfer_trail_action"))
    step: Mapped[int | None] = mapped_column(Integer)
    step_name: Mapped[str | None] = mapped_column(String(100))
    actor_account_id: Mapped[uuid.UUID]
    comment: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
