from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CategoryTimes")


@_attrs_define
class CategoryTimes:
    """
    Attributes:
        category (str):
        median_minutes (float): The median wall-clock minutes from raising to the first answer (or to resolution)
        tickets (int): The category's tickets raised in the range that were answered (or resolved)
    """

    category: str
    median_minutes: float
    tickets: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        median_minutes = self.median_minutes

        tickets = self.tickets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "median_minutes": median_minutes,
                "tickets": tickets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        median_minutes = d.pop("median_minutes")

        tickets = d.pop("tickets")

        category_times = cls(
            category=category,
            median_minutes=median_minutes,
            tickets=tickets,
        )

        category_times.additional_properties = d
        return category_times

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
