from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_status import PoolStatus

if TYPE_CHECKING:
    from ..models.member_line import MemberLine


T = TypeVar("T", bound="MyPool")


@_attrs_define
class MyPool:
    """
    Attributes:
        as_of (datetime.datetime | None): When my lines were computed (a draft pool is recomputed for its members every
            few minutes)
        currency (str):
        lines (list[MemberLine]):
        name (str):
        period (str):
        pool_amount (str):
        pool_id (UUID):
        qualified (bool):
        scope_unit_id (UUID):
        scope_unit_local_name (None | str): In Chinese characters, if recorded
        scope_unit_name (str):
        settled_amount (None | str): What the ledger holds for me once the pool is locked
        status (PoolStatus):
    """

    as_of: datetime.datetime | None
    currency: str
    lines: list[MemberLine]
    name: str
    period: str
    pool_amount: str
    pool_id: UUID
    qualified: bool
    scope_unit_id: UUID
    scope_unit_local_name: None | str
    scope_unit_name: str
    settled_amount: None | str
    status: PoolStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of: None | str
        if isinstance(self.as_of, datetime.datetime):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        currency = self.currency

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        name = self.name

        period = self.period

        pool_amount = self.pool_amount

        pool_id = str(self.pool_id)

        qualified = self.qualified

        scope_unit_id = str(self.scope_unit_id)

        scope_unit_local_name: None | str
        scope_unit_local_name = self.scope_unit_local_name

        scope_unit_name = self.scope_unit_name

        settled_amount: None | str
        settled_amount = self.settled_amount

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "currency": currency,
                "lines": lines,
                "name": name,
                "period": period,
                "pool_amount": pool_amount,
                "pool_id": pool_id,
                "qualified": qualified,
                "scope_unit_id": scope_unit_id,
                "scope_unit_local_name": scope_unit_local_name,
                "scope_unit_name": scope_unit_name,
                "settled_amount": settled_amount,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_line import MemberLine  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_as_of(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.datetime.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        as_of = _parse_as_of(d.pop("as_of"))

        currency = d.pop("currency")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = MemberLine.from_dict(lines_item_data)

            lines.append(lines_item)

        name = d.pop("name")

        period = d.pop("period")

        pool_amount = d.pop("pool_amount")

        pool_id = UUID(d.pop("pool_id"))

        qualified = d.pop("qualified")

        scope_unit_id = UUID(d.pop("scope_unit_id"))

        def _parse_scope_unit_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scope_unit_local_name = _parse_scope_unit_local_name(d.pop("scope_unit_local_name"))

        scope_unit_name = d.pop("scope_unit_name")

        def _parse_settled_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        settled_amount = _parse_settled_amount(d.pop("settled_amount"))

        status = PoolStatus(d.pop("status"))

        my_pool = cls(
            as_of=as_of,
            currency=currency,
            lines=lines,
            name=name,
            period=period,
            pool_amount=pool_amount,
            pool_id=pool_id,
            qualified=qualified,
            scope_unit_id=scope_unit_id,
            scope_unit_local_name=scope_unit_local_name,
            scope_unit_name=scope_unit_name,
            settled_amount=settled_amount,
            status=status,
        )

        my_pool.additional_properties = d
        return my_pool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
