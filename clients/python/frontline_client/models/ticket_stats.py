from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.department_stats import DepartmentStats


T = TypeVar("T", bound="TicketStats")


@_attrs_define
class TicketStats:
    """
    Attributes:
        departments (list[DepartmentStats]):
        period_from (datetime.datetime):
        period_to (datetime.datetime):
    """

    departments: list[DepartmentStats]
    period_from: datetime.datetime
    period_to: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        departments = []
        for departments_item_data in self.departments:
            departments_item = departments_item_data.to_dict()
            departments.append(departments_item)

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "departments": departments,
                "period_from": period_from,
                "period_to": period_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_stats import DepartmentStats  # noqa: PLC0415

        d = dict(src_dict)
        departments = []
        _departments = d.pop("departments")
        for departments_item_data in _departments:
            departments_item = DepartmentStats.from_dict(departments_item_data)

            departments.append(departments_item)

        period_from = datetime.datetime.fromisoformat(d.pop("period_from"))

        period_to = datetime.datetime.fromisoformat(d.pop("period_to"))

        ticket_stats = cls(
            departments=departments,
            period_from=period_from,
            period_to=period_to,
        )

        ticket_stats.additional_properties = d
        return ticket_stats

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
