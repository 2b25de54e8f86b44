from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="PoolCalculated")


@_attrs_define
class PoolCalculated:
    """
    Attributes:
        actor_account_id (None | UUID):
        currency (str):
        name (str):
        period (str):
        pool_id (UUID):
        scope_unit_id (UUID):
    """

    actor_account_id: None | UUID
    currency: str
    name: str
    period: str
    pool_id: UUID
    scope_unit_id: UUID

    def to_dict(self) -> dict[str, Any]:
        actor_account_id: None | str
        if isinstance(self.actor_account_id, UUID):
            actor_account_id = str(self.actor_account_id)
        else:
            actor_account_id = self.actor_account_id

        currency = self.currency

        name = self.name

        period = self.period

        pool_id = str(self.pool_id)

        scope_unit_id = str(self.scope_unit_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actor_account_id": actor_account_id,
                "currency": currency,
                "name": name,
                "period": period,
                "pool_id": pool_id,
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

        currency = d.pop("currency")

        name = d.pop("name")

        period = d.pop("period")

        pool_id = UUID(d.pop("pool_id"))

        scope_unit_id = UUID(d.pop("scope_unit_id"))

        pool_calculated = cls(
            actor_account_id=actor_account_id,
            currency=currency,
            name=name,
            period=period,
            pool_id=pool_id,
            scope_unit_id=scope_unit_id,
        )

        return pool_calculated
