from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.punch_read import PunchRead
    from ..models.store_attendance_person import StoreAttendancePerson


T = TypeVar("T", bound="StoreAttendance")


@_attrs_define
class StoreAttendance:
    """
    Attributes:
        absent (list[StoreAttendancePerson]):
        date (datetime.date):
        flagged (list[PunchRead]):
        in_now (list[StoreAttendancePerson]):
        punched (list[StoreAttendancePerson]):
        store_id (UUID):
        store_name (str):
        time_zone (str): The store's IANA time zone
        timezone (str): The store's IANA time zone (the same as time_zone)
    """

    absent: list[StoreAttendancePerson]
    date: datetime.date
    flagged: list[PunchRead]
    in_now: list[StoreAttendancePerson]
    punched: list[StoreAttendancePerson]
    store_id: UUID
    store_name: str
    time_zone: str
    timezone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        absent = []
        for absent_item_data in self.absent:
            absent_item = absent_item_data.to_dict()
            absent.append(absent_item)

        date = self.date.isoformat()

        flagged = []
        for flagged_item_data in self.flagged:
            flagged_item = flagged_item_data.to_dict()
            flagged.append(flagged_item)

        in_now = []
        for in_now_item_data in self.in_now:
            in_now_item = in_now_item_data.to_dict()
            in_now.append(in_now_item)

        punched = []
        for punched_item_data in self.punched:
            punched_item = punched_item_data.to_dict()
            punched.append(punched_item)

        store_id = str(self.store_id)

        store_name = self.store_name

        time_zone = self.time_zone

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "absent": absent,
                "date": date,
                "flagged": flagged,
                "in_now": in_now,
                "punched": punched,
                "store_id": store_id,
                "store_name": store_name,
                "time_zone": time_zone,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.punch_read import PunchRead  # noqa: PLC0415
        from ..models.store_attendance_person import StoreAttendancePerson  # noqa: PLC0415

        d = dict(src_dict)
        absent = []
        _absent = d.pop("absent")
        for absent_item_data in _absent:
            absent_item = StoreAttendancePerson.from_dict(absent_item_data)

            absent.append(absent_item)

        date = datetime.date.fromisoformat(d.pop("date"))

        flagged = []
        _flagged = d.pop("flagged")
        for flagged_item_data in _flagged:
            flagged_item = PunchRead.from_dict(flagged_item_data)

            flagged.append(flagged_item)

        in_now = []
        _in_now = d.pop("in_now")
        for in_now_item_data in _in_now:
            in_now_item = StoreAttendancePerson.from_dict(in_now_item_data)

            in_now.append(in_now_item)

        punched = []
        _punched = d.pop("punched")
        for punched_item_data in _punched:
            punched_item = StoreAttendancePerson.from_dict(punched_item_data)

            punched.append(punched_item)

        store_id = UUID(d.pop("store_id"))

        store_name = d.pop("store_name")

        time_zone = d.pop("time_zone")

        timezone = d.pop("timezone")

        store_attendance = cls(
            absent=absent,
            date=date,
            flagged=flagged,
            in_now=in_now,
            punched=punched,
            store_id=store_id,
            store_name=store_name,
            time_zone=time_zone,
            timezone=timezone,
        )

        store_attendance.additional_properties = d
        return store_attendance

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
