from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_category import CreditCategory

T = TypeVar("T", bound="CategoryBalance")


@_attrs_define
class CategoryBalance:
    """
    Attributes:
        category (CreditCategory):
        earned (str): Credits counted in the year
        expected (None | str): The plan's share for the year; null without a plan
        minimum (None | str):
        minimum_met (bool | None):
    """

    category: CreditCategory
    earned: str
    expected: None | str
    minimum: None | str
    minimum_met: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        earned = self.earned

        expected: None | str
        expected = self.expected

        minimum: None | str
        minimum = self.minimum

        minimum_met: bool | None
        minimum_met = self.minimum_met

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "earned": earned,
                "expected": expected,
                "minimum": minimum,
                "minimum_met": minimum_met,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = CreditCategory(d.pop("category"))

        earned = d.pop("earned")

        def _parse_expected(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expected = _parse_expected(d.pop("expected"))

        def _parse_minimum(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minimum = _parse_minimum(d.pop("minimum"))

        def _parse_minimum_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        minimum_met = _parse_minimum_met(d.pop("minimum_met"))

        category_balance = cls(
            category=category,
            earned=earned,
            expected=expected,
            minimum=minimum,
            minimum_met=minimum_met,
        )

        category_balance.additional_properties = d
        return category_balance

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
