from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FundingLine")


@_attrs_define
class FundingLine:
    """
    Attributes:
        amount (str):
        base (None | str): What the percent applies to, in the pool's currency
        description (str):
        kind (str):
    """

    amount: str
    base: None | str
    description: str
    kind: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        base: None | str
        base = self.base

        description = self.description

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "base": base,
                "description": description,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        def _parse_base(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        base = _parse_base(d.pop("base"))

        description = d.pop("description")

        kind = d.pop("kind")

        funding_line = cls(
            amount=amount,
            base=base,
            description=description,
            kind=kind,
        )

        funding_line.additional_properties = d
        return funding_line

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
