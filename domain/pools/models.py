"""Collaboration pools: the pool (period, scope, currency, funding rules, conditions, shares, the
linked rule and its settlement state), its named project members, HR's adjustments, and the
append-only allocation ledger that settlement and corrections write to."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, BigIntKey, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class Pool(Base):
    """One pool for one month and one scope (an org unit and its subtree).

    Funding rules, conditions and the linked rule are small JSON documents validated by
    domain/pools/schemas.py (decimals as strings). `status` moves draft -> calculated -> approved ->
    locked; every transition is a compare-and-set on (status, version), so two racing transitions
    cannot both win. `calculation` is the preview as calculated: what is approved and locked.
    """

    __tablename__ = "pools"
    __table_args__ = (Index("ix_pools_created_at_id", "created_at", "id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    scope_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"), index=True)
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    currency: Mapped[str] = mapped_column(String(3))
    funding: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    frontline_percent: Mapped[str] = mapped_column(String(16))
    linked_rule: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument)
    status: Mapped[str] = mapped_column(String(16))  # draft | calculated | approved | locked
    # weigh each person's share by the training credit modifier (domain/training/modifier.py)
    credit_modifier: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    version: Mapped[int] = mapped_column(Integer, default=1)
    calculation: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument)
    calculated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # who froze the calculation (separation of duties: they do not approve it). No foreign key, like
    # the ledger's `recorded_by`: adding one would make SQLite copy this table, and dropping the old
    # copy would cascade to the pool's members and adjustments (migration 0012).
    calculated_by: Mapped[uuid.UUID | None]
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    locked_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PoolMember(Base):
    """A named project member on the back-office side, with the weight HR gave them."""

    __tablename__ = "pool_members"
    __table_args__ = (UniqueConstraint("pool_id", "employee_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    pool_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pools.id", ondelete="CASCADE"))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    weight: Mapped[str] = mapped_column(String(24))
    added_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PoolAdjustment(Base):
    """HR's manual change of a member's weight on one side, with its reason (also audited)."""

    __tablename__ = "pool_adjustments"
    __table_args__ = (Index("ix_pool_adjustments_pool_id_created_at", "pool_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    pool_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pools.id", ondelete="CASCADE"))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    side: Mapped[str] = mapped_column(String(16))  # frontline | back_office
    weight_delta: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PoolLedgerEntry(Base):
    """What a member was paid from a pool, append-only (a database trigger refuses updates and
    deletes). Locking writes one `allocation` per member and side; a correction writes a `reversal`
    (the negative of the entry it reverses, which it names) and a new `allocation`, grouped by
    `correction_id`. A member's amount is the sum of their entries."""

    __tablename__ = "pool_ledger"
    __table_args__ = (Index("ix_pool_ledger_pool_id_employee_id", "pool_id", "employee_id"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    pool_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pools.id", ondelete="RESTRICT"))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    side: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))  # allocation | reversal
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    reverses_id: Mapped[int | None] = mapped_column(BigInteger)
    correction_id: Mapped[uuid.UUID | None]
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[uuid.UUID | None]
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PoolStanding(Base):
    """The pool as its members read it: one computation of the preview (live for a draft, the
    calculation once calculated) for one version of the pool, its summary here and each member's
    lines in pool_standing_lines. A member reads their own lines by key instead of computing the
    whole scope (seconds for a region of thousands of people); the worker recomputes drafts'
    standings every few minutes (domain/pools/standings.py). Keyed by (pool, version, moment), so
    racing writers of one moment store it once; older standings go as a newer one is stored."""

    __tablename__ = "pool_standings"
    __table_args__ = (UniqueConstraint("pool_id", "pool_version", "computed_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    pool_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pools.id", ondelete="CASCADE"))
    pool_version: Mapped[int] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    summary: Mapped[dict[str, Any]] = mapped_column(JSONDocument)  # the preview without its members


class PoolStandingLine(Base):
    """One member's line of a standing (a member has a line per side they count on)."""

    __tablename__ = "pool_standing_lines"

    standing_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("pool_standings.id", ondelete="CASCADE"), primary_key=True
    )
    employee_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    side: Mapped[str] = mapped_column(String(16), primary_key=True)
    line: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
