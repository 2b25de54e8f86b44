"""What POS/ERP systems push as sales lines, and what they get back."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from domain.shared.ingest_schemas import TEXT_PATTERN, LineRef, LineRejection, Timestamp
from domain.shared.money import CURRENCY_PATTERN

MAX_SALES_LINES = 10_000


class SalesLineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: str = Field(min_length=1, max_length=128, pattern=TEXT_PATTERN, description="The source's own line id")
    store_code: str = Field(min_length=1, max_length=32, pattern=TEXT_PATTERN)
    employee_no: str | None = Field(
        default=None, min_length=1, max_length=32, pattern=TEXT_PATTERN, description="Who sold it (commission credit)"
    )
    sku: str = Field(min_length=1, max_length=64, pattern=TEXT_PATTERN)
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

    model_config = ConfigDict(
        extra="forbid",
        title="SalesBatch",
        json_schema_extra={
            "examples": [
                {
                    "lines": [
                        {
                            "external_id": "POS-S001-20261205-000187",
                            "store_code": "S001",
                            "employee_no": "E0102",
                            "sku": "6901234567892",
                            "quantity": 2,
                            "amount": "59.80",
                            "currency": "CNY",
                            "sold_at": "2026-12-05T10:21:07+08:00",
                        }
                    ]
                }
            ]
        },
    )

    lines: list[SalesLineIn] = Field(min_length=1, max_length=MAX_SALES_LINES)


class SalesIngestResult(BaseModel):
    """Every line is accounted for: accepted (not listed), duplicate, conflict or rejected."""

    received: int
    accepted: int = Field(description="New lines counted now; every line not listed below was accepted")
    duplicates: list[LineRef] = Field(description="Sent before with the same content: counted once, not again")
    conflicts: list[LineRef] = Field(description="Sent before with other content: not applied")
    rejected: list[LineRejection]
