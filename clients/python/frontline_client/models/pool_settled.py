from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="PoolSettled")


@_attrs_define
class PoolSettled:
    """
    Attributes:
        actor_account_id (None | UUID):
        allocations (int):
        amount (str):
        currency (str):
        locked_at (datetime.datetime):
        name (str):
        period (str):
        pool_id (UUID):
        qualified (bool):
        scope_unit_id (UUID):
    """

    actor_account_id: None | UUID
    allocations: int
    amount: str
    currency: str
    locked_at: datetime.datetime
    name: str
    period: str
    pool_id: UUID
    qualified: bool
    scope_unit_id: UUID

    def to_dict(self) -> dict[str, Any]:
        actor_account_id: None | str
        if isinstance(self.actor_account_id, UUID):
            actor_account_id = str(self.actor_account_id)
        else:
            actor_account_id = self.actor_account_id

        allocations = self.allocations

        amount = self.amount

        currency = self.currency

        locked_at = self.locked_at.isoformat()

        name = self.name

        period = self.period

        pool_id = str(self.pool_id)

        qualified = self.qualified

        scope_unit_id = str(self.scope_unit_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actor_account_id": actor_account_id,
                "allocations": allocations,
                "amount": amount,
                "currency": currency,
                "locked_at": locked_at,
                "name": name,
                "period": period,
                "pool_id": pool_id,
                "qualified": qualified,
                "scope_unit_id": scope_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_actor_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_account_id_type_0 = UUID(data)

                return actor_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_account_id = _parse_actor_account_id(d.pop("actor_account_id"))

        allocations = d.pop("allocations")

        amount = d.pop("amount")

        currency = d.pop("currency")

        locked_at = datetime.datetime.fromisoformat(d.pop("locked_at"))

        name = d.pop("name")

        period = d.pop("period")

        pool_id = UUID(d.pop("pool_id"))

        qualified = d.pop("qualified")

        scope_unit_id = UUID(d.pop("scope_unit_id"))

        pool_settled = cls(
            actor_account_id=actor_account_id,
            allocations=allocations,
            amount=amount,
            currency=currency,
            locked_at=locked_at,
            name=name,
            period=period,
            pool_id=pool_id,
            qualified=qualified,
            scope_unit_id=scope_unit_id,
        )

        return pool_settled
