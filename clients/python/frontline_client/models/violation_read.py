from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.violation_read_numbers import ViolationReadNumbers


T = TypeVar("T", bound="ViolationRead")


@_attrs_define
class ViolationRead:
    """
    Attributes:
        days (list[datetime.date]):
        employee_ids (list[UUID]):
        numbers (ViolationReadNumbers):
        overridable (bool): A company rule HR may waive with a reason
        rule (str): Stable slug, e.g. care.no_night_work or roster.women_late_share
        text (str):
        until (datetime.date | None): The last day a care rule holds
    """

    days: list[datetime.date]
    employee_ids: list[UUID]
    numbers: ViolationReadNumbers
    overridable: bool
    rule: str
    text: str
    until: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.isoformat()
            days.append(days_item)

        employee_ids = []
        for employee_ids_item_data in self.employee_ids:
            employee_ids_item = str(employee_ids_item_data)
            employee_ids.append(employee_ids_item)

        numbers = self.numbers.to_dict()

        overridable = self.overridable

        rule = self.rule

        text = self.text

        until: None | str
        if isinstance(self.until, datetime.date):
            until = self.until.isoformat()
        else:
            until = self.until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "employee_ids": employee_ids,
                "numbers": numbers,
                "overridable": overridable,
                "rule": rule,
                "text": text,
                "until": until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.violation_read_numbers import ViolationReadNumbers  # noqa: PLC0415

        d = dict(src_dict)
        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = datetime.date.fromisoformat(days_item_data)

            days.append(days_item)

        employee_ids = []
        _employee_ids = d.pop("employee_ids")
        for employee_ids_item_data in _employee_ids:
            employee_ids_item = UUID(employee_ids_item_data)

            employee_ids.append(employee_ids_item)

        numbers = ViolationReadNumbers.from_dict(d.pop("numbers"))

        overridable = d.pop("overridable")

        rule = d.pop("rule")

        text = d.pop("text")

        def _parse_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                until_type_0 = datetime.date.fromisoformat(data)

                return until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        until = _parse_until(d.pop("until"))

        violation_read = cls(
            days=days,
            employee_ids=employee_ids,
            numbers=numbers,
            overridable=overridable,
            rule=rule,
            text=text,
            until=until,
        )

        violation_read.additional_properties = d
        return violation_read

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
