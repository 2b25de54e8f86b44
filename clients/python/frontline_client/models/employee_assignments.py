from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assignment_read import AssignmentRead


T = TypeVar("T", bound="EmployeeAssignments")


@_attrs_define
class EmployeeAssignments:
    """
    Attributes:
        assignments (list[AssignmentRead]):
        employee_id (UUID):
        home_unit_id (UUID):
        home_unit_local_name (None | str): In Chinese characters, if recorded
        home_unit_name (str):
        on (datetime.date):
        unit_on_date (UUID): Where the person works on `on`: an assignment in force, else home
        unit_on_date_local_name (None | str): In Chinese characters, if recorded
        unit_on_date_name (str):
    """

    assignments: list[AssignmentRead]
    employee_id: UUID
    home_unit_id: UUID
    home_unit_local_name: None | str
    home_unit_name: str
    on: datetime.date
    unit_on_date: UUID
    unit_on_date_local_name: None | str
    unit_on_date_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        employee_id = str(self.employee_id)

        home_unit_id = str(self.home_unit_id)

        home_unit_local_name: None | str
        home_unit_local_name = self.home_unit_local_name

        home_unit_name = self.home_unit_name

        on = self.on.isoformat()

        unit_on_date = str(self.unit_on_date)

        unit_on_date_local_name: None | str
        unit_on_date_local_name = self.unit_on_date_local_name

        unit_on_date_name = self.unit_on_date_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignments": assignments,
                "employee_id": employee_id,
                "home_unit_id": home_unit_id,
                "home_unit_local_name": home_unit_local_name,
                "home_unit_name": home_unit_name,
                "on": on,
                "unit_on_date": unit_on_date,
                "unit_on_date_local_name": unit_on_date_local_name,
                "unit_on_date_name": unit_on_date_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment_read import AssignmentRead  # noqa: PLC0415

        d = dict(src_dict)
        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = AssignmentRead.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        employee_id = UUID(d.pop("employee_id"))

        home_unit_id = UUID(d.pop("home_unit_id"))

        def _parse_home_unit_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        home_unit_local_name = _parse_home_unit_local_name(d.pop("home_unit_local_name"))

        home_unit_name = d.pop("home_unit_name")

        on = datetime.date.fromisoformat(d.pop("on"))

        unit_on_date = UUID(d.pop("unit_on_date"))

        def _parse_unit_on_date_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_on_date_local_name = _parse_unit_on_date_local_name(d.pop("unit_on_date_local_name"))

        unit_on_date_name = d.pop("unit_on_date_name")

        employee_assignments = cls(
            assignments=assignments,
            employee_id=employee_id,
            home_unit_id=home_unit_id,
            home_unit_local_name=home_unit_local_name,
            home_unit_name=home_unit_name,
            on=on,
            unit_on_date=unit_on_date,
            unit_on_date_local_name=unit_on_date_local_name,
            unit_on_date_name=unit_on_date_name,
        )

        employee_assignments.additional_properties = d
        return employee_assignments

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
