"""Growth: promotion eligibility rules HR keeps (a conjunction of conditions over data the system
already has), the notices that tell a person they became eligible (one per person, rule and
version of the rule), and the watermark that lets the worker re-evaluate only when data moved."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, JSONDocument, UTCDateTime


class EligibilityRule(Base):
    """What a role or title asks of a person (晋升条件): the conditions, who is evaluated (holders of
    `applies_to_roles`; none: everyone active) and a version that changes with every edit."""

    __tablename__ = "eligibility_rules"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    local_title: Mapped[str | None] = mapped_column(String(200))
    target: Mapped[str] = mapped_column(String(200))
    applies_to_roles: Mapped[list[str]] = mapped_column(JSONDocument)
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EligibilityNotice(Base):
    """A person was told they meet a rule (晋升机会提醒). The key makes the notice once per
    qualification whichever worker finds it first; a changed rule (new version) may tell again."""

    __tablename__ = "eligibility_notices"

    rule_code: Mapped[str] = mapped_column(ForeignKey("eligibility_rules.code", ondelete="CASCADE"), primary_key=True)
    rule_version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    notified_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EligibilityWatermark(Base):
    """One row: what the data looked like when eligibility was last evaluated (the latest closing,
    credit, assignment change and rule edit, and the day), so a pass with nothing new costs one read."""

    __tablename__ = "eligibility_watermarks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    mark: Mapped[str] = mapped_column(String(400))
    evaluated_at: Mapped[datetime] = mapped_column(UTCDateTime())
