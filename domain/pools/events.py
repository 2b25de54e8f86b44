"""The events of collaboration pools (webhook topics `pool.*`)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Self

from domain.pools.models import Pool
from domain.shared.events import DomainEvent


class PoolEvent(DomainEvent):
    entity_type = "pool"
    entity_field = "pool_id"

    pool_id: uuid.UUID
    name: str
    scope_unit_id: uuid.UUID
    period: str
    currency: str
    actor_account_id: uuid.UUID | None

    @classmethod
    def of(cls, pool: Pool, actor_account_id: uuid.UUID | None, **data: Any) -> Self:
        return cls(
            pool_id=pool.id,
            name=pool.name,
            scope_unit_id=pool.scope_unit_id,
            period=pool.period,
            currency=pool.currency,
            actor_account_id=actor_account_id,
            **data,
        )


class PoolCalculated(PoolEvent):
    topic = "pool.calculated"
    summary = "The pool's split was calculated (members see their projected share); HR approves it next."


class PoolSettled(PoolEvent):
    topic = "pool.settled"
    summary = "HR locked the pool: the allocations are in the ledger and go to payroll."
    # the total allocated, a decimal string in the pool's currency
    amount: str
    qualified: bool
    allocations: int
    locked_at: datetime
