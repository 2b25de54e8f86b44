"""What a flagged figure hands the flag evaluation: one group's value and the threshold it is held to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from domain.analytics.rules import Threshold


@dataclass(frozen=True)
class Reading:
    """`group_key` names the group across days (a flag stays open on it); `unit_id` is the
    department or store it concerns (its heads are told; None: the whole organisation), `sex`
    "women" for a women's cut, `employee_id` for a figure about one person (a leader's days)."""

    group_key: str
    value: Decimal
    threshold: Threshold
    unit_id: uuid.UUID | None = None
    sex: str | None = None
    employee_id: uuid.UUID | None = None
