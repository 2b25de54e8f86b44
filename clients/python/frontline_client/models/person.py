from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """
    Attributes:
        employee_id (UUID):
        employee_no (str):
        full_name (str):
        local_name (None | str):
    """

    employee_id: UUID
    employee_no: str
    full_name: str
    local_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        local_name: None | str
        local_name = self.local_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
                "local_name": local_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        def _parse_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_name = _parse_local_name(d.pop("local_name"))

        person = cls(
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
            local_name=local_name,
        )

        person.additional_properties = d
        return person

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
