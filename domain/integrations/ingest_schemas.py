"""What POS/ERP systems push (sales lines, metric values) and the per-line answers they get back.

A batch is accepted line by line: the envelope must be well formed (else the whole request is a
422), each line is checked on its own and a bad one is reported with its index, not fatal.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field

from domain.shared.i18n import _
from domain.shared.money import CURRENCY_PATTERN
from domain.shared.schemas import plausible

MAX_SALES_LINES = 10_000
MAX_METRIC_VALUES = 1_000
_TEXT = r"^[^\x00]+$"
DECIMAL_PATTERN = r"^-?\d{1,12}(\.\d{1,6})?$"  # fits micro-units in 64 bits


def _timestamp_text(value: Any) -> Any:
    if isinstance(value, str):
        return value
    raise ValueError(_("must be an ISO 8601 timestamp with an offset, e.g. 2026-03-02T09:00:00+08:00"))


# Within years a sale can plausibly carry: `0001-01-01T05:00:00+14:00` has no UTC instant at all
# (converting it overflows), so it is a rejected line, not a failed batch.
Timestamp = Annotated[AwareDatetime, BeforeValidator(_timestamp_text), AfterValidator(plausible)]


class SalesLineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: str = Field(min_length=1, max_length=128, pattern=_TEXT, description="The source's own line id")
    store_code: str = Field(min_length=1, max_length=32, pattern=_TEXT)
    employee_no: str | None = Field(
        default=None, min_length=1, max_length=32, pattern=_TEXT, description="Who sold it (commission credit)"
    )
    sku: str = Field(min_length=1, max_length=64, pattern=_TEXT)
    quantity: int = Field(strict=True, ge=-1_000_000, le=1_000_000, description="Negative for returns")
    amount: str = Field(
        pattern=r"^-?\d{1,15}(\.\d{1,4})?$",
        description="Decimal string in the currency, e.g. '129.90'; negative for returns",
    )
    currency: str = Field(pattern=CURRENCY_PATTERN, description="ISO 4217 code")
    sold_at: Timestamp


class SalesBatch(BaseModel):
    """The envelope: lines are checked one by one afterwards, so one bad line sinks nothing."""

    model_config = ConfigDict(extra="forbid")

    lines: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_SALES_LINES)


class SalesBatchDocumented(BaseModel):
    """The request body as documented (the server reads it line by line)."""

    model_config = ConfigDict(extra="forbid", title="SalesBatch")

    lines: list[SalesLineIn] = Field(min_length=1, max_length=MAX_SALES_LINES)


class LineRef(BaseModel):
    index: int = Field(description="Position of the line in the batch, from 0")
    external_id: str | None


class LineRejection(LineRef):
    reason: str = Field(description="Stable slug, e.g. store.not_found, amount.invalid, sold_at.future")
    detail: str
    field: str | None = Field(default=None, description="The offending field, e.g. lines.3.amount")


class SalesIngestResult(BaseModel):
    """Every line is accounted for: accepted (not listed), duplicate, conflict or rejected."""

    received: int
    accepted: int = Field(description="New lines counted now; every line not listed below was accepted")
    duplicates: list[LineRef] = Field(description="Sent before with the same content: counted once, not again")
    conflicts: list[LineRef] = Field(description="Sent before with other content: not applied")
    rejected: list[LineRejection]


class MetricValueIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    metric_code: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")
    store_code: str | None = Field(default=None, min_length=1, max_length=32, pattern=_TEXT)
    employee_no: str | None = Field(default=None, min_length=1, max_length=32, pattern=_TEXT)
    period: str = Field(
        pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])(-\d{2})?$",
        description="A month (2026-11) or a day (2026-11-23), in the organisation's calendar",
    )
    value: str = Field(pattern=DECIMAL_PATTERN, description="Decimal string, up to 6 decimal places")


class MetricValueBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    values: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_METRIC_VALUES)


class MetricValueBatchDocumented(BaseModel):
    model_config = ConfigDict(extra="forbid", title="MetricValueBatch")

    values: list[MetricValueIn] = Field(min_length=1, max_length=MAX_METRIC_VALUES)


class MetricIngestResult(BaseModel):
    received: int
    created: int
    updated: int = Field(description="Replaced an earlier value for the same metric, subject and period")
    rejected: list[LineRejection]
