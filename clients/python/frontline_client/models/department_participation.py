from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DepartmentParticipation")


@_attrs_define
class DepartmentParticipation:
    """
    Attributes:
        active_employees (int):
        code (str):
        department_id (UUID):
        name (str):
        seconded (int):
        share (float): seconded / active_employees, 0..1, rounded to 4 places
    """

    active_employees: int
    code: str
    department_id: UUID
    name: str
    seconded: int
    share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_employees = self.active_employees

        code = self.code

        department_id = str(self.department_id)

        name = self.name

        seconded = self.seconded

        share = self.share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_employees": active_employees,
                "code": code,
                "department_id": department_id,
                "name": name,
                "seconded": seconded,
                "share": share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_employees = d.pop("active_employees")

        code = d.pop("code")

        department_id = UUID(d.pop("department_id"))

        name = d.pop("name")

        seconded = d.pop("seconded")

        share = d.pop("share")

        department_participation = cls(
            active_employees=active_employees,
            code=code,
            department_id=department_id,
            name=name,
            seconded=seconded,
            share=share,
        )

        department_participation.additional_properties = d
        return department_participation

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
