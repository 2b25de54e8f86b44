"""Weighted performance: metric definitions, scorecard templates, targets, the organisation's
template rules, and metric values per subject and period, whoever supplied them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, BigIntKey, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class MetricValue(Base):
    """One value of one metric for one subject and period; a later push for the same key replaces it.

    Values are exact: micro-units (value x 1,000,000) in a big integer, shown as decimal strings.
    Codes are those of metric definitions (pushes and entries for unknown codes are refused); rows
    stored before that rule may hold other codes, which nothing scores. A manual value may carry the
    writer's comment to the person.
    """

    __tablename__ = "metric_values"
    __table_args__ = (
        UniqueConstraint("metric_code", "subject_kind", "subject_id", "period_start", "period_end"),
        Index("ix_metric_values_period", "period_start", "period_end"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    metric_code: Mapped[str] = mapped_column(String(64))
    subject_kind: Mapped[str] = mapped_column(String(16))  # "store" | "employee"
    subject_id: Mapped[uuid.UUID]
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    value_micro: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(16))  # "pushed" | "manual"
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("integration_clients.id", ondelete="SET NULL"))
    entered_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    comment: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MetricDefinition(Base):
    """What is measured and how a value becomes points. The scoring rule is a small JSON document
    (method, cap, bands or rating scale) read by domain/performance/rules.py; decimals are strings."""

    __tablename__ = "metric_definitions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(32))
    side: Mapped[str] = mapped_column(String(16))  # hq | store | support
    source: Mapped[str] = mapped_column(String(16))  # manual | pushed | sales | tickets | training | frontline_days
    direction: Mapped[str] = mapped_column(String(8))  # higher | lower
    scoring: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    # a count of work done (sales, visits, tickets closed): its target shrinks with a person's
    # available hours under a flexible arrangement or a legal protection (domain/care)
    volume_based: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ScorecardTemplate(Base):
    """Metrics and weights (decimal percent strings summing to exactly 100) for one population."""

    __tablename__ = "scorecard_templates"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    population: Mapped[str] = mapped_column(String(16))  # seconded | store | support
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MetricTarget(Base):
    """The target of a metric for a unit (and its subtree) or an employee, for one month."""

    __tablename__ = "metric_targets"
    __table_args__ = (UniqueConstraint("metric_code", "subject_kind", "subject_id", "period_start"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    metric_code: Mapped[str] = mapped_column(String(64))
    subject_kind: Mapped[str] = mapped_column(String(16))  # unit | employee
    subject_id: Mapped[uuid.UUID]
    period_start: Mapped[date] = mapped_column(Date)
    value_micro: Mapped[int] = mapped_column(BigInteger)
    set_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ScoringSettings(Base):
    """The organisation's template rules (one row; defaults in code until HR changes them)."""

    __tablename__ = "scoring_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rules: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class PerformancePeriod(Base):
    """A month's state: open (live scores) or closed (scores frozen, values refused until reopened)."""

    __tablename__ = "performance_periods"

    period: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    status: Mapped[str] = mapped_column(String(8))  # open | closed
    closings: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    # who closed it last (kept when it is reopened): they do not approve the month's pools
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class FrozenScore(Base):
    """A score as it stood when its month was closed: append-only (a database trigger refuses
    updates and deletes); closing again after a reopening appends a new closing, never edits."""

    __tablename__ = "frozen_scores"
    __table_args__ = (UniqueConstraint("period", "closing", "employee_id"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    period: Mapped[str] = mapped_column(String(7))
    closing: Mapped[int] = mapped_column(Integer)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    score: Mapped[str | None] = mapped_column(String(16))
    complete: Mapped[bool] = mapped_column(Boolean)
    # json, not jsonb, on PostgreSQL: written once, read whole, never queried inside (migration 0007)
    breakdown: Mapped[dict[str, Any]] = mapped_column(JSON)
    # " code-a code-b ": the templates of the parts, space-delimited so a cohort filter is a LIKE
    # (None on scores frozen before migration 0007: read the breakdown for those)
    template_codes: Mapped[str | None] = mapped_column(String(256))
    frozen_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FrozenRanking(Base):
    """A closed month's cohort for one scorecard template, ranked once: at its closing, or at the first
    reading of a closing from before migration 0027. Its pages are then read in order instead of the
    cohort (up to 100,000 people) being ranked again for each. Derived from `frozen_scores`; a new
    closing is ranked anew, and nothing here is edited."""

    __tablename__ = "frozen_rankings"

    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    closing: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    cohort: Mapped[int] = mapped_column(Integer)
    ranked_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FrozenRank(Base):
    """One person's place in a `FrozenRanking`: `position` orders the list (rank, then employee
    number as it was when ranked)."""

    __tablename__ = "frozen_ranks"
    __table_args__ = (
        ForeignKeyConstraint(
            ["period", "closing", "template_code"],
            ["frozen_rankings.period", "frozen_rankings.closing", "frozen_rankings.template_code"],
            ondelete="CASCADE",
        ),
    )

    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    closing: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    score: Mapped[str] = mapped_column(String(16))
    rank: Mapped[int] = mapped_column(Integer)
    percentile: Mapped[str] = mapped_column(String(8))


class LiveRanking(Base):
    """An open month's cohort for one scorecard template as last ranked: by the worker every few
    minutes, or by a reader who found none fresh (rankings are then at most minutes old, `ranked_at`
    says when). Ranking 90,000 live scores took seconds for every page; pages now read this in
    order. Each template's two latest rankings are kept (a cursor pages the ranking it started)."""

    __tablename__ = "live_rankings"
    __table_args__ = (Index("ix_live_rankings_period_template_code_ranked_at", "period", "template_code", "ranked_at"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    period: Mapped[str] = mapped_column(String(7))
    template_code: Mapped[str] = mapped_column(String(64))
    cohort: Mapped[int] = mapped_column(Integer)
    ranked_at: Mapped[datetime] = mapped_column(UTCDateTime())


class LiveRank(Base):
    """One person's place in a `LiveRanking`, as FrozenRank is in a closing's."""

    __tablename__ = "live_ranks"

    ranking_id: Mapped[int] = mapped_column(
        BigIntKey, ForeignKey("live_rankings.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    score: Mapped[str] = mapped_column(String(16))
    rank: Mapped[int] = mapped_column(Integer)
    percentile: Mapped[str] = mapped_column(String(8))
