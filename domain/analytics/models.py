"""Flags raised on the mission figures, and the day each figure was last evaluated."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class AnalyticsFlag(Base):
    """A figure on the wrong side of its threshold for one group, from the evaluation that raised it
    until one that finds it recovered (`cleared_at`). One open flag per figure and group: the partial
    unique index lets only the first of two racing workers raise it, and only that one notifies."""

    __tablename__ = "analytics_flags"
    __table_args__ = (
        Index(
            "uq_analytics_flags_open",
            "figure",
            "group_key",
            unique=True,
            postgresql_where=text("cleared_at IS NULL"),
            sqlite_where=text("cleared_at IS NULL"),
        ),
        Index("ix_analytics_flags_raised_at", "raised_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    figure: Mapped[str] = mapped_column(String(32))
    group_key: Mapped[str] = mapped_column(String(120))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"))
    sex: Mapped[str | None] = mapped_column(String(16))
    # a figure about one person (a leader's frontline days)
    employee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(8))
    threshold: Mapped[str] = mapped_column(String(16))
    # the values of the evaluations since it was raised, oldest first: [{"on": "2026-11-30", "value": "0.1500"}]
    trend: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    raised_on: Mapped[date] = mapped_column(Date)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AnalyticsEvaluation(Base):
    """The day a figure's flags were last evaluated: a worker claims the day by moving it on
    (compare and set), so each day is evaluated once whichever worker comes first."""

    __tablename__ = "analytics_evaluations"

    figure: Mapped[str] = mapped_column(String(32), primary_key=True)
    evaluated_on: Mapped[date] = mapped_column(Date)
    evaluated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AnalyticsSettings(Base):
    """The thresholds HR set (one row, absent until the first save; domain/analytics/settings.py
    holds the defaults). Shares are decimal text to four places ("0.2000"). `version` rises with
    every save (saves carry the version read)."""

    __tablename__ = "analytics_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    minimum_group: Mapped[int] = mapped_column(Integer)
    frontline_days: Mapped[int] = mapped_column(Integer)
    participation_below: Mapped[str] = mapped_column(String(8))
    satisfaction_below: Mapped[str] = mapped_column(String(8))
    attrition_above: Mapped[str] = mapped_column(String(8))
    turnover_above: Mapped[str] = mapped_column(String(8))
    late_shift_share_above: Mapped[str] = mapped_column(String(8))
    leader_days_below: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class AnalyticsRollup(Base):
    """One period of one figure, every group of it, as the worker computed it (domain/analytics/
    rollups.py): the endpoints read these rows instead of recounting. `variant` names what else the
    figure depends on (the active promotion rules and their versions, the roster rules' version),
    `minimum_group` the suppression it was computed with; a change to either makes a new roll-up.
    `computed_on` is the organisation's day it was computed: a period not over then (`period_last`
    on or after it) is a to-date figure, used that day only."""

    __tablename__ = "analytics_rollups"
    __table_args__ = (
        UniqueConstraint(
            "figure", "variant", "minimum_group", "period_first", "period_last", name="uq_analytics_rollups_period"
        ),
        Index("ix_analytics_rollups_computed_on", "computed_on"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    figure: Mapped[str] = mapped_column(String(32))
    variant: Mapped[str] = mapped_column(String(400))
    minimum_group: Mapped[int] = mapped_column(Integer)
    period_first: Mapped[date] = mapped_column(Date)
    period_last: Mapped[date] = mapped_column(Date)
    computed_on: Mapped[date] = mapped_column(Date)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AnalyticsRollupPoint(Base):
    """One group's point (one measure) of a roll-up, suppression applied: a suppressed point keeps
    no number."""

    __tablename__ = "analytics_rollup_points"

    rollup_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("analytics_rollups.id", ondelete="CASCADE"), primary_key=True
    )
    group_key: Mapped[str] = mapped_column(String(120), primary_key=True)
    measure: Mapped[str] = mapped_column(String(48), primary_key=True)
    value: Mapped[str | None] = mapped_column(String(40))
    numerator: Mapped[int | None] = mapped_column(BigInteger)
    denominator: Mapped[int | None] = mapped_column(BigInteger)
    suppressed: Mapped[bool] = mapped_column(Boolean)


class TicketWaitCount(Base):
    """How many tickets raised in a month's roll-up (figure ticket_waits) and owned by a department
    waited so many whole minutes for a `measure` (first_response, resolution): one row per minute,
    and (`coarse`) one per bucket of minutes (domain/analytics/wait_buckets.py), so a median is
    found in the buckets and then read in one bucket's minutes. No key to the department: derived
    rows, and a department keeps its tickets (they restrict its deletion)."""

    __tablename__ = "ticket_wait_counts"

    rollup_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("analytics_rollups.id", ondelete="CASCADE"), primary_key=True
    )
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    coarse: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    category: Mapped[str] = mapped_column(String(64), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    tickets: Mapped[int] = mapped_column(Integer)
