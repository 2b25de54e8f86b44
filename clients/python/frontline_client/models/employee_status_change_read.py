from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_status import EmployeeStatus

T = TypeVar("T", bound="EmployeeStatusChangeRead")


@_attrs_define
class EmployeeStatusChangeRead:
    """
    Attributes:
        effective_on (datetime.date): The status holds from this day until the next change's
        id (int):
        recorded_at (datetime.datetime):
        recorded_by (None | UUID): The account that recorded it; null: recorded by a migration
        status (EmployeeStatus):
    """

    effective_on: datetime.date
    id: int
    recorded_at: datetime.datetime
    recorded_by: None | UUID
    status: EmployeeStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_on = self.effective_on.isoformat()

        id = self.id

        recorded_at = self.recorded_at.isoformat()

        recorded_by: None | str
        if isinstance(self.recorded_by, UUID):
            recorded_by = str(self.recorded_by)
        else:
            recorded_by = self.recorded_by

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effective_on": effective_on,
                "id": id,
                "recorded_at": recorded_at,
                "recorded_by": recorded_by,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        id = d.pop("id")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        def _parse_recorded_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_by_type_0 = UUID(data)

                return recorded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        status = EmployeeStatus(d.pop("status"))

        employee_status_change_read = cls(
            effective_on=effective_on,
            id=id,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            status=status,
        )

        employee_status_change_read.additional_properties = d
        return employee_status_change_read

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
