from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.business_hours_read_weekly import BusinessHoursReadWeekly


T = TypeVar("T", bound="BusinessHoursRead")


@_attrs_define
class BusinessHoursRead:
    """
    Attributes:
        department_id (UUID):
        holidays (list[str]):
        timezone (str):
        weekly (BusinessHoursReadWeekly):
    """

    department_id: UUID
    holidays: list[str]
    timezone: str
    weekly: BusinessHoursReadWeekly
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_id = str(self.department_id)

        holidays = self.holidays

        timezone = self.timezone

        weekly = self.weekly.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department_id": department_id,
                "holidays": holidays,
                "timezone": timezone,
                "weekly": weekly,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_hours_read_weekly import BusinessHoursReadWeekly  # noqa: PLC0415

        d = dict(src_dict)
        department_id = UUID(d.pop("department_id"))

        holidays = cast(list[str], d.pop("holidays"))

        timezone = d.pop("timezone")

        weekly = BusinessHoursReadWeekly.from_dict(d.pop("weekly"))

        business_hours_read = cls(
            department_id=department_id,
            holidays=holidays,
            timezone=timezone,
            weekly=weekly,
        )

        business_hours_read.additional_properties = d
        return business_hours_read

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
