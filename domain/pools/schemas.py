"""Pools as HR configures them and as members and payroll read them. Amounts are decimal strings in
the pool's currency; percents and weights are decimal strings."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, model_validator

from domain.pools.rules import Operator, PoolSide
from domain.shared.i18n import _
from domain.shared.schemas import DisplayName, InputModel

PERCENT = r"^(100(\.0{1,4})?|\d{1,2}(\.\d{1,4})?)$"
DECIMAL = r"^-?\d{1,12}(\.\d{1,6})?$"
WEIGHT = r"^\d{1,9}(\.\d{1,6})?$"
AMOUNT = r"^\d{1,13}(\.\d{1,4})?$"
Percent = Annotated[str, Field(pattern=PERCENT, description="Decimal percent from 0 to 100, e.g. '12.5'")]
DecimalText = Annotated[str, Field(pattern=DECIMAL, description="Decimal string, e.g. '120'")]
Weight = Annotated[str, Field(pattern=WEIGHT, description="A non-negative decimal weight, e.g. '2.5'")]
AmountText = Annotated[str, Field(pattern=AMOUNT, description="An amount in the pool's currency, e.g. '5000.00'")]
MetricCode = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")]
MonthText = Annotated[str, Field(pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])$", description="A month, e.g. 2026-11")]
Reason = Annotated[str, Field(min_length=1, max_length=500)]


class PoolStatus(enum.StrEnum):
    DRAFT = "draft"
    CALCULATED = "calculated"
    APPROVED = "approved"
    LOCKED = "locked"


class FixedFunding(InputModel):
    """A fixed amount."""

    kind: Literal["fixed"]
    amount: AmountText


class SalesFunding(InputModel):
    """A percent of the scope's ingested sales for the month (stores in the scope subtree, in the pool's currency)."""

    kind: Literal["sales_percent"]
    percent: Percent


class ProfitFunding(InputModel):
    """A percent of the scope's profit: the pushed metric `metric_code` of the scope's stores for the
    month (values in the pool's currency), summed; a loss funds nothing."""

    kind: Literal["profit_percent"]
    percent: Percent
    metric_code: MetricCode = "profit"


class CommissionFunding(InputModel):
    """A share of the frontline's commission: commission is `commission_percent` of the sales the
    scope's frontline made (ingested employee sales at the scope's stores), and the pool receives
    `share_percent` of it (e.g. 10-15%)."""

    kind: Literal["commission_share"]
    commission_percent: Percent
    share_percent: Percent


FundingRule = Annotated[FixedFunding | SalesFunding | ProfitFunding | CommissionFunding, Field(discriminator="kind")]


class Measure(enum.StrEnum):
    SALES = "sales"
    METRIC = "metric"
    TICKET_SATISFACTION = "ticket_satisfaction"


class Condition(InputModel):
    """One metric comparison; all must pass for the pool to pay.

    - `sales`: the scope's ingested sales (major units of the pool's currency);
    - `metric`: the pushed metric `metric_code` of the scope's stores, summed;
    - `ticket_satisfaction`: the back office's frontline-satisfaction score, the average rating of
      tickets raised from the scope's stores and resolved in the month, as a percent of 5 stars.
    With `of_target`, the value is compared as a percent of the target (metric `metric_code`, or
    `sales` for sales, set for the scope unit or the nearest unit above it for the month).
    """

    measure: Measure
    metric_code: MetricCode | None = None
    operator: Operator = Operator.AT_LEAST
    threshold: DecimalText
    of_target: bool = False

    @model_validator(mode="after")
    def _metric_named(self) -> Condition:
        if self.measure is Measure.METRIC and self.metric_code is None:
            raise ValueError(_("a metric condition names its metric_code"))
        return self


class LinkedRule(InputModel):
    """The back office's share grows by `points_per_percent` percentage points for each percent the
    scope's sales are above their target (metric `target_metric_code`), at most `cap_points`."""

    target_metric_code: MetricCode = "sales"
    points_per_percent: Percent
    cap_points: Percent


class PoolCreate(InputModel):
    name: DisplayName
    scope_unit_id: uuid.UUID
    period: MonthText
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    funding: list[FundingRule] = Field(min_length=1, max_length=10)
    conditions: list[Condition] = Field(default_factory=list, max_length=10)
    frontline_percent: Percent | None = Field(
        default=None, description="The frontline's share; defaults to 70 (60 for a project pool)"
    )
    linked_rule: LinkedRule | None = None
    credit_modifier: bool = Field(
        default=False,
        strict=True,
        description="Raise each person's weight by the training credit modifier (the training policy's)",
    )


class PoolUpdate(InputModel):
    """Changes go back to draft: a calculated pool must be calculated again."""

    name: DisplayName | None = None
    funding: list[FundingRule] | None = Field(default=None, min_length=1, max_length=10)
    conditions: list[Condition] | None = Field(default=None, max_length=10)
    frontline_percent: Percent | None = None
    linked_rule: LinkedRule | None = None
    credit_modifier: bool | None = Field(default=None, strict=True)


class MemberSet(InputModel):
    weight: Weight = "1"


class MemberRead(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    weight: str
    added_at: datetime


class AdjustmentCreate(InputModel):
    employee_id: uuid.UUID
    side: PoolSide
    weight_delta: DecimalText = Field(description="Added to the member's weight on that side (may be negative)")
    reason: Reason


class AdjustmentRead(BaseModel):
    id: uuid.UUID
    employee_id: uuid.UUID
    side: PoolSide
    weight_delta: str
    reason: str
    created_at: datetime


class PoolRead(BaseModel):
    id: uuid.UUID
    name: str
    scope_unit_id: uuid.UUID
    scope_code: str
    scope_unit_name: str
    scope_unit_local_name: str | None = Field(description="In Chinese characters, if recorded")
    period: str
    currency: str
    funding: list[FundingRule]
    conditions: list[Condition]
    frontline_percent: str
    back_office_percent: str
    linked_rule: LinkedRule | None
    credit_modifier: bool
    status: PoolStatus
    version: int
    members: list[MemberRead]
    adjustments: list[AdjustmentRead]
    calculated_at: datetime | None
    calculated_by: uuid.UUID | None = Field(description="The account that last calculated it (it may not approve)")
    approved_at: datetime | None
    approved_by: uuid.UUID | None
    locked_at: datetime | None
    locked_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class FundingLine(BaseModel):
    kind: str
    description: str
    base: str | None = Field(description="What the percent applies to, in the pool's currency")
    amount: str


class ConditionResult(BaseModel):
    description: str
    measure: Measure
    value: str | None
    target: str | None
    compared: str | None = Field(description="The value, or the value as a percent of its target")
    operator: Operator
    threshold: str
    passed: bool
    shortfall: str | None = Field(description="How far it missed, in the threshold's units")
    note: str | None


class LinkedResult(BaseModel):
    achievement: str | None = Field(description="The scope's sales as a percent of target")
    bonus_points: str
    capped: bool


class MemberLine(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    side: PoolSide
    contribution: str = Field(description="The member's weight on their side")
    rule: str = Field(description="How the contribution was worked out")
    details: dict[str, str]
    projected_amount: str


class PoolPreview(BaseModel):
    pool_id: uuid.UUID
    name: str
    period: str
    currency: str
    status: PoolStatus
    source: Literal["live", "calculated"]
    funding: list[FundingLine]
    funded_amount: str
    conditions: list[ConditionResult]
    qualified: bool
    pool_amount: str
    frontline_percent: str
    back_office_percent: str
    linked: LinkedResult | None
    frontline_amount: str
    back_office_amount: str
    members: list[MemberLine] = Field(description="Everyone for HR; only the caller's own lines for a member")
    as_of: datetime | None = Field(
        None,
        description="When these figures were computed: now for a live preview; for a member reading a draft pool, "
        "at most 10 minutes ago (it is recomputed for its members every few minutes); for a calculated pool, "
        "when it was calculated",
    )


class MyPool(BaseModel):
    pool_id: uuid.UUID
    name: str
    scope_unit_id: uuid.UUID
    scope_unit_name: str
    scope_unit_local_name: str | None = Field(description="In Chinese characters, if recorded")
    period: str
    currency: str
    status: PoolStatus
    qualified: bool
    pool_amount: str
    lines: list[MemberLine]
    settled_amount: str | None = Field(description="What the ledger holds for me once the pool is locked")
    as_of: datetime | None = Field(
        description="When my lines were computed (a draft pool is recomputed for its members every few minutes)"
    )


class CorrectionLine(InputModel):
    employee_id: uuid.UUID
    side: PoolSide
    amount: AmountText = Field(description="The member's corrected amount on that side")


class CorrectionCreate(InputModel):
    reason: Reason
    lines: list[CorrectionLine] = Field(min_length=1, max_length=200)


class LedgerEntryRead(BaseModel):
    id: int
    employee_id: uuid.UUID
    side: PoolSide
    kind: Literal["allocation", "reversal"]
    amount: str
    currency: str
    reverses_id: int | None
    correction_id: uuid.UUID | None
    reason: str | None
    recorded_at: datetime


class Statement(BaseModel):
    pool_id: uuid.UUID
    name: str
    period: str
    currency: str
    status: PoolStatus
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    lines: list[MemberLine] = Field(description="The contribution behind the amount, as calculated")
    entries: list[LedgerEntryRead]
    total: str


class CorrectionRead(BaseModel):
    correction_id: uuid.UUID
    entries: list[LedgerEntryRead]
    pool_total: str
