from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LinkedResult")


@_attrs_define
class LinkedResult:
    """
    Attributes:
        achievement (None | str): The scope's sales as a percent of target
        bonus_points (str):
        capped (bool):
    """

    achievement: None | str
    bonus_points: str
    capped: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        achievement: None | str
        achievement = self.achievement

        bonus_points = self.bonus_points

        capped = self.capped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "achievement": achievement,
                "bonus_points": bonus_points,
                "capped": capped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_achievement(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        achievement = _parse_achievement(d.pop("achievement"))

        bonus_points = d.pop("bonus_points")

        capped = d.pop("capped")

        linked_result = cls(
            achievement=achievement,
            bonus_points=bonus_points,
            capped=capped,
        )

        linked_result.additional_properties = d
        return linked_result

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
