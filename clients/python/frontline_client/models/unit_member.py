from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_member_source import UnitMemberSource

if TYPE_CHECKING:
    from ..models.employee_read import EmployeeRead


T = TypeVar("T", bound="UnitMember")


@_attrs_define
class UnitMember:
    """
    Attributes:
        assignment_id (None | UUID):
        employee (EmployeeRead):
        source (UnitMemberSource):
        valid_from (datetime.date | None):
        valid_to (datetime.date | None):
    """

    assignment_id: None | UUID
    employee: EmployeeRead
    source: UnitMemberSource
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_id: None | str
        if isinstance(self.assignment_id, UUID):
            assignment_id = str(self.assignment_id)
        else:
            assignment_id = self.assignment_id

        employee = self.employee.to_dict()

        source = self.source.value

        valid_from: None | str
        if isinstance(self.valid_from, datetime.date):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_to: None | str
        if isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignment_id": assignment_id,
                "employee": employee,
                "source": source,
                "valid_from": valid_from,
                "valid_to": valid_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_read import EmployeeRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_assignment_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignment_id_type_0 = UUID(data)

                return assignment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assignment_id = _parse_assignment_id(d.pop("assignment_id"))

        employee = EmployeeRead.from_dict(d.pop("employee"))

        source = UnitMemberSource(d.pop("source"))

        def _parse_valid_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_from_type_0 = datetime.date.fromisoformat(data)

                return valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_from = _parse_valid_from(d.pop("valid_from"))

        def _parse_valid_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.date.fromisoformat(data)

                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_to = _parse_valid_to(d.pop("valid_to"))

        unit_member = cls(
            assignment_id=assignment_id,
            employee=employee,
            source=source,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        unit_member.additional_properties = d
        return unit_member

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
