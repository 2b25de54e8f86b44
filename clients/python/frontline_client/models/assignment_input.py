from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssignmentInput")


@_attrs_define
class AssignmentInput:
    """
    Attributes:
        day (datetime.date): The store's local date the shift starts on
        employee_id (UUID):
        template_id (UUID):
    """

    day: datetime.date
    employee_id: UUID
    template_id: UUID

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        employee_id = str(self.employee_id)

        template_id = str(self.template_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "employee_id": employee_id,
                "template_id": template_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        employee_id = UUID(d.pop("employee_id"))

        template_id = UUID(d.pop("template_id"))

        assignment_input = cls(
            day=day,
            employee_id=employee_id,
            template_id=template_id,
        )

        return assignment_input
