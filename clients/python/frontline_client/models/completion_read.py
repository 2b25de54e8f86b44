from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompletionRead")


@_attrs_define
class CompletionRead:
    """
    Attributes:
        completed_on (datetime.date):
        course_code (str):
        credited (str): What it added to the person's credits (a retake adds only its gain)
        earned (str):
        employee_id (UUID):
        id (UUID):
        met (bool):
        rule (str):
    """

    completed_on: datetime.date
    course_code: str
    credited: str
    earned: str
    employee_id: UUID
    id: UUID
    met: bool
    rule: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_on = self.completed_on.isoformat()

        course_code = self.course_code

        credited = self.credited

        earned = self.earned

        employee_id = str(self.employee_id)

        id = str(self.id)

        met = self.met

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed_on": completed_on,
                "course_code": course_code,
                "credited": credited,
                "earned": earned,
                "employee_id": employee_id,
                "id": id,
                "met": met,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))

        course_code = d.pop("course_code")

        credited = d.pop("credited")

        earned = d.pop("earned")

        employee_id = UUID(d.pop("employee_id"))

        id = UUID(d.pop("id"))

        met = d.pop("met")

        rule = d.pop("rule")

        completion_read = cls(
            completed_on=completed_on,
            course_code=course_code,
            credited=credited,
            earned=earned,
            employee_id=employee_id,
            id=id,
            met=met,
            rule=rule,
        )

        completion_read.additional_properties = d
        return completion_read

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
