from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority

T = TypeVar("T", bound="SlaPolicyRead")


@_attrs_define
class SlaPolicyRead:
    """
    Attributes:
        business_hours (bool):
        category (None | str):
        first_response_minutes (int):
        priority (None | TicketPriority):
        resolution_minutes (int):
    """

    business_hours: bool
    category: None | str
    first_response_minutes: int
    priority: None | TicketPriority
    resolution_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_hours = self.business_hours

        category: None | str
        category = self.category

        first_response_minutes = self.first_response_minutes

        priority: None | str
        if isinstance(self.priority, TicketPriority):
            priority = self.priority.value
        else:
            priority = self.priority

        resolution_minutes = self.resolution_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_hours": business_hours,
                "category": category,
                "first_response_minutes": first_response_minutes,
                "priority": priority,
                "resolution_minutes": resolution_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_hours = d.pop("business_hours")

        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))

        first_response_minutes = d.pop("first_response_minutes")

        def _parse_priority(data: object) -> None | TicketPriority:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_0 = TicketPriority(data)

                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketPriority, data)

        priority = _parse_priority(d.pop("priority"))

        resolution_minutes = d.pop("resolution_minutes")

        sla_policy_read = cls(
            business_hours=business_hours,
            category=category,
            first_response_minutes=first_response_minutes,
            priority=priority,
            resolution_minutes=resolution_minutes,
        )

        sla_policy_read.additional_properties = d
        return sla_policy_read

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
