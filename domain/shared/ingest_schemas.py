"""What a pushed batch's lines share: timestamps a line may carry and the per-line answers.

A batch is accepted line by line: the envelope must be well formed (else the whole request is a
422), each line is checked on its own and a bad one is reported with its index, not fatal.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, Field

from domain.shared.i18n import _
from domain.shared.schemas import plausible

TEXT_PATTERN = r"^[^\x00]+$"  # any text without NUL (PostgreSQL refuses NUL in text)
DECIMAL_PATTERN = r"^-?\d{1,12}(\.\d{1,6})?$"  # fits micro-units in 64 bits


def _timestamp_text(value: Any) -> Any:
    if isinstance(value, str):
        return value
    raise ValueError(_("must be an ISO 8601 timestamp with an offset, e.g. 2026-03-02T09:00:00+08:00"))


# Within years a sale can plausibly carry: `0001-01-01T05:00:00+14:00` has no UTC instant at all
# (converting it overflows), so it is a rejected line, not a failed batch.
Timestamp = Annotated[AwareDatetime, BeforeValidator(_timestamp_text), AfterValidator(plausible)]


class LineRef(BaseModel):
    index: int = Field(description="Position of the line in the batch, from 0")
    external_id: str | None


class LineRejection(LineRef):
    reason: str = Field(description="Stable slug, e.g. store.not_found, amount.invalid, sold_at.future")
    detail: str
    field: str | None = Field(default=None, description="The offending field, e.g. lines.3.amount")
