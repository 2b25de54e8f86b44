from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level

T = TypeVar("T", bound="LevelRead")


@_attrs_define
class LevelRead:
    """
    Attributes:
        currency (str):
        level (Level):
        monthly_allowance (None | str): Decimal string in the allowance currency
    """

    currency: str
    level: Level
    monthly_allowance: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        level = self.level.value

        monthly_allowance: None | str
        monthly_allowance = self.monthly_allowance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "level": level,
                "monthly_allowance": monthly_allowance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        level = Level(d.pop("level"))

        def _parse_monthly_allowance(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        monthly_allowance = _parse_monthly_allowance(d.pop("monthly_allowance"))

        level_read = cls(
            currency=currency,
            level=level,
            monthly_allowance=monthly_allowance,
        )

        level_read.additional_properties = d
        return level_read

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
