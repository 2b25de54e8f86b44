from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BudgetRead")


@_attrs_define
class BudgetRead:
    """
    Attributes:
        budget (int):
        month (str):
        remaining (int):
        spent (int):
    """

    budget: int
    month: str
    remaining: int
    spent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget = self.budget

        month = self.month

        remaining = self.remaining

        spent = self.spent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget": budget,
                "month": month,
                "remaining": remaining,
                "spent": spent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget = d.pop("budget")

        month = d.pop("month")

        remaining = d.pop("remaining")

        spent = d.pop("spent")

        budget_read = cls(
            budget=budget,
            month=month,
            remaining=remaining,
            spent=spent,
        )

        budget_read.additional_properties = d
        return budget_read

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
