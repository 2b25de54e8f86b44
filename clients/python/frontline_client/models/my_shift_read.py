from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MyShiftRead")


@_attrs_define
class MyShiftRead:
    """
    Attributes:
        code (str):
        day (datetime.date):
        employee_id (UUID):
        employee_no (str):
        ends_at (datetime.datetime):
        ends_local (datetime.datetime):
        full_name (str):
        id (None | UUID): None on a checked proposal not saved
        name (str):
        paid_minutes (int):
        protected_minutes (int): Time off the floor on this shift counted as worked (nursing)
        starts_at (datetime.datetime):
        starts_local (datetime.datetime): The start in the store's zone
        store_id (UUID):
        store_name (str):
        template_id (UUID):
        time_zone (str):
    """

    code: str
    day: datetime.date
    employee_id: UUID
    employee_no: str
    ends_at: datetime.datetime
    ends_local: datetime.datetime
    full_name: str
    id: None | UUID
    name: str
    paid_minutes: int
    protected_minutes: int
    starts_at: datetime.datetime
    starts_local: datetime.datetime
    store_id: UUID
    store_name: str
    template_id: UUID
    time_zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        day = self.day.isoformat()

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        ends_at = self.ends_at.isoformat()

        ends_local = self.ends_local.isoformat()

        full_name = self.full_name

        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        paid_minutes = self.paid_minutes

        protected_minutes = self.protected_minutes

        starts_at = self.starts_at.isoformat()

        starts_local = self.starts_local.isoformat()

        store_id = str(self.store_id)

        store_name = self.store_name

        template_id = str(self.template_id)

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "day": day,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "ends_at": ends_at,
                "ends_local": ends_local,
                "full_name": full_name,
                "id": id,
                "name": name,
                "paid_minutes": paid_minutes,
                "protected_minutes": protected_minutes,
                "starts_at": starts_at,
                "starts_local": starts_local,
                "store_id": store_id,
                "store_name": store_name,
                "template_id": template_id,
                "time_zone": time_zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        day = datetime.date.fromisoformat(d.pop("day"))

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        ends_local = datetime.datetime.fromisoformat(d.pop("ends_local"))

        full_name = d.pop("full_name")

        def _parse_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        paid_minutes = d.pop("paid_minutes")

        protected_minutes = d.pop("protected_minutes")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        starts_local = datetime.datetime.fromisoformat(d.pop("starts_local"))

        store_id = UUID(d.pop("store_id"))

        store_name = d.pop("store_name")

        template_id = UUID(d.pop("template_id"))

        time_zone = d.pop("time_zone")

        my_shift_read = cls(
            code=code,
            day=day,
            employee_id=employee_id,
            employee_no=employee_no,
            ends_at=ends_at,
            ends_local=ends_local,
            full_name=full_name,
            id=id,
            name=name,
            paid_minutes=paid_minutes,
            protected_minutes=protected_minutes,
            starts_at=starts_at,
            starts_local=starts_local,
            store_id=store_id,
            store_name=store_name,
            template_id=template_id,
            time_zone=time_zone,
        )

        my_shift_read.additional_properties = d
        return my_shift_read

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
