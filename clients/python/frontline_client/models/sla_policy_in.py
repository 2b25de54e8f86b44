from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ticket_priority import TicketPriority
from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaPolicyIn")


@_attrs_define
class SlaPolicyIn:
    """
    Attributes:
        first_response_minutes (int):
        resolution_minutes (int):
        business_hours (bool | Unset):  Default: False.
        category (None | str | Unset):
        priority (None | TicketPriority | Unset):
    """

    first_response_minutes: int
    resolution_minutes: int
    business_hours: bool | Unset = False
    category: None | str | Unset = UNSET
    priority: None | TicketPriority | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_response_minutes = self.first_response_minutes

        resolution_minutes = self.resolution_minutes

        business_hours = self.business_hours

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, TicketPriority):
            priority = self.priority.value
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "first_response_minutes": first_response_minutes,
                "resolution_minutes": resolution_minutes,
            }
        )
        if business_hours is not UNSET:
            field_dict["business_hours"] = business_hours
        if category is not UNSET:
            field_dict["category"] = category
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_response_minutes = d.pop("first_response_minutes")

        resolution_minutes = d.pop("resolution_minutes")

        business_hours = d.pop("business_hours", UNSET)

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_priority(data: object) -> None | TicketPriority | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_0 = TicketPriority(data)

                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketPriority | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        sla_policy_in = cls(
            first_response_minutes=first_response_minutes,
            resolution_minutes=resolution_minutes,
            business_hours=business_hours,
            category=category,
            priority=priority,
        )

        return sla_policy_in
