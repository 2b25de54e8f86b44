from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MentorCandidate")


@_attrs_define
class MentorCandidate:
    """
    Attributes:
        employee_id (UUID):
        employee_no (str):
        full_name (str):
        hire_date (datetime.date):
        mentees (int): Secondees they mentor now
        same_department (bool): In the secondee's own department
        unit_name (str):
    """

    employee_id: UUID
    employee_no: str
    full_name: str
    hire_date: datetime.date
    mentees: int
    same_department: bool
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        hire_date = self.hire_date.isoformat()

        mentees = self.mentees

        same_department = self.same_department

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
                "hire_date": hire_date,
                "mentees": mentees,
                "same_department": same_department,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        hire_date = datetime.date.fromisoformat(d.pop("hire_date"))

        mentees = d.pop("mentees")

        same_department = d.pop("same_department")

        unit_name = d.pop("unit_name")

        mentor_candidate = cls(
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
            hire_date=hire_date,
            mentees=mentees,
            same_department=same_department,
            unit_name=unit_name,
        )

        mentor_candidate.additional_properties = d
        return mentor_candidate

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
