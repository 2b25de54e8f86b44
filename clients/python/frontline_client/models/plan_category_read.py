from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_category import CreditCategory

T = TypeVar("T", bound="PlanCategoryRead")


@_attrs_define
class PlanCategoryRead:
    """
    Attributes:
        category (CreditCategory):
        expected (str):
        minimum (str):
        share_percent (int):
    """

    category: CreditCategory
    expected: str
    minimum: str
    share_percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        expected = self.expected

        minimum = self.minimum

        share_percent = self.share_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "expected": expected,
                "minimum": minimum,
                "share_percent": share_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = CreditCategory(d.pop("category"))

        expected = d.pop("expected")

        minimum = d.pop("minimum")

        share_percent = d.pop("share_percent")

        plan_category_read = cls(
            category=category,
            expected=expected,
            minimum=minimum,
            share_percent=share_percent,
        )

        plan_category_read.additional_properties = d
        return plan_category_read

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
