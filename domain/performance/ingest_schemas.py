"""Metric values pushed by ERP/POS systems, and what they get back."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from domain.shared.ingest_schemas import DECIMAL_PATTERN, TEXT_PATTERN, LineRejection

MAX_METRIC_VALUES = 1_000


class MetricValueIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    metric_code: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")
    store_code: str | None = Field(default=None, min_length=1, max_length=32, pattern=TEXT_PATTERN)
    employee_no: str | None = Field(default=None, min_length=1, max_length=32, pattern=TEXT_PATTERN)
    period: str = Field(
        pattern=r"^(19|2\d)\d{2}-(0[1-9]|1[0-2])(-\d{2})?$",
        description="A month (2026-11) or a day (2026-11-23), in the organisation's calendar",
    )
    value: str = Field(pattern=DECIMAL_PATTERN, description="Decimal string, up to 6 decimal places")


class MetricValueBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    values: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_METRIC_VALUES)


class MetricValueBatchDocumented(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        title="MetricValueBatch",
        json_schema_extra={
            "examples": [
                {
                    "values": [
                        {"metric_code": "store.footfall", "store_code": "S001", "period": "2026-11", "value": "18250"},
                        {
                            "metric_code": "staff.upsell_rate",
                            "employee_no": "E0102",
                            "period": "2026-11",
                            "value": "0.184",
                        },
                    ]
                }
            ]
        },
    )

    values: list[MetricValueIn] = Field(min_length=1, max_length=MAX_METRIC_VALUES)


class MetricIngestResult(BaseModel):
    received: int
    created: int
    updated: int = Field(description="Replaced an earlier value for the same metric, subject and period")
    rejected: list[LineRejection]
