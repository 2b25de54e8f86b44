from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..models.shift_flag import ShiftFlag
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimesheetRow")


@_attrs_define
class TimesheetRow:
    """
    Attributes:
        date (datetime.date):
        employee_id (UUID):
        employee_no (str):
        expected_minutes (int): Ordinary minutes expected that day: the standard day, less protected time and any
            approved reduction, within an approved window; 0 on a rest day. The person's whole day: the same on each row of
            a day worked at several stores
        first_in (datetime.datetime | None):
        flags (list[Flag]):
        full_name (str):
        last_out (datetime.datetime | None):
        short_minutes (int): max(expected - worked, 0): time missing, which an arrangement's own reduction never adds
            to. Worked counts the day at every store the view shows
        store_code (str):
        store_name (str):
        time_zone (str): The store's IANA time zone
        worked_minutes (int):
        early_minutes (int | Unset):  Default: 0.
        first_in_local (datetime.datetime | None | Unset): The same moment in the store's time zone, with its offset
        last_out_local (datetime.datetime | None | Unset): The same moment in the store's time zone, with its offset
        late_minutes (int | Unset):  Default: 0.
        planned_minutes (int | None | Unset): Paid minutes of the published shifts that day; null when no published
            roster covers the day
        shift_flags (list[ShiftFlag] | Unset): Every flag of the day's shifts
    """

    date: datetime.date
    employee_id: UUID
    employee_no: str
    expected_minutes: int
    first_in: datetime.datetime | None
    flags: list[Flag]
    full_name: str
    last_out: datetime.datetime | None
    short_minutes: int
    store_code: str
    store_name: str
    time_zone: str
    worked_minutes: int
    early_minutes: int | Unset = 0
    first_in_local: datetime.datetime | None | Unset = UNSET
    last_out_local: datetime.datetime | None | Unset = UNSET
    late_minutes: int | Unset = 0
    planned_minutes: int | None | Unset = UNSET
    shift_flags: list[ShiftFlag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        expected_minutes = self.expected_minutes

        first_in: None | str
        if isinstance(self.first_in, datetime.datetime):
            first_in = self.first_in.isoformat()
        else:
            first_in = self.first_in

        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.value
            flags.append(flags_item)

        full_name = self.full_name

        last_out: None | str
        if isinstance(self.last_out, datetime.datetime):
            last_out = self.last_out.isoformat()
        else:
            last_out = self.last_out

        short_minutes = self.short_minutes

        store_code = self.store_code

        store_name = self.store_name

        time_zone = self.time_zone

        worked_minutes = self.worked_minutes

        early_minutes = self.early_minutes

        first_in_local: None | str | Unset
        if isinstance(self.first_in_local, Unset):
            first_in_local = UNSET
        elif isinstance(self.first_in_local, datetime.datetime):
            first_in_local = self.first_in_local.isoformat()
        else:
            first_in_local = self.first_in_local

        last_out_local: None | str | Unset
        if isinstance(self.last_out_local, Unset):
            last_out_local = UNSET
        elif isinstance(self.last_out_local, datetime.datetime):
            last_out_local = self.last_out_local.isoformat()
        else:
            last_out_local = self.last_out_local

        late_minutes = self.late_minutes

        planned_minutes: int | None | Unset
        if isinstance(self.planned_minutes, Unset):
            planned_minutes = UNSET
        else:
            planned_minutes = self.planned_minutes

        shift_flags: list[str] | Unset = UNSET
        if not isinstance(self.shift_flags, Unset):
            shift_flags = []
            for shift_flags_item_data in self.shift_flags:
                shift_flags_item = shift_flags_item_data.value
                shift_flags.append(shift_flags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "expected_minutes": expected_minutes,
                "first_in": first_in,
                "flags": flags,
                "full_name": full_name,
                "last_out": last_out,
                "short_minutes": short_minutes,
                "store_code": store_code,
                "store_name": store_name,
                "time_zone": time_zone,
                "worked_minutes": worked_minutes,
            }
        )
        if early_minutes is not UNSET:
            field_dict["early_minutes"] = early_minutes
        if first_in_local is not UNSET:
            field_dict["first_in_local"] = first_in_local
        if last_out_local is not UNSET:
            field_dict["last_out_local"] = last_out_local
        if late_minutes is not UNSET:
            field_dict["late_minutes"] = late_minutes
        if planned_minutes is not UNSET:
            field_dict["planned_minutes"] = planned_minutes
        if shift_flags is not UNSET:
            field_dict["shift_flags"] = shift_flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        expected_minutes = d.pop("expected_minutes")

        def _parse_first_in(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_in_type_0 = datetime.datetime.fromisoformat(data)

                return first_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_in = _parse_first_in(d.pop("first_in"))

        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = Flag(flags_item_data)

            flags.append(flags_item)

        full_name = d.pop("full_name")

        def _parse_last_out(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_out_type_0 = datetime.datetime.fromisoformat(data)

                return last_out_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_out = _parse_last_out(d.pop("last_out"))

        short_minutes = d.pop("short_minutes")

        store_code = d.pop("store_code")

        store_name = d.pop("store_name")

        time_zone = d.pop("time_zone")

        worked_minutes = d.pop("worked_minutes")

        early_minutes = d.pop("early_minutes", UNSET)

        def _parse_first_in_local(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_in_local_type_0 = datetime.datetime.fromisoformat(data)

                return first_in_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_in_local = _parse_first_in_local(d.pop("first_in_local", UNSET))

        def _parse_last_out_local(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_out_local_type_0 = datetime.datetime.fromisoformat(data)

                return last_out_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_out_local = _parse_last_out_local(d.pop("last_out_local", UNSET))

        late_minutes = d.pop("late_minutes", UNSET)

        def _parse_planned_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        planned_minutes = _parse_planned_minutes(d.pop("planned_minutes", UNSET))

        _shift_flags = d.pop("shift_flags", UNSET)
        shift_flags: list[ShiftFlag] | Unset = UNSET
        if _shift_flags is not UNSET:
            shift_flags = []
            for shift_flags_item_data in _shift_flags:
                shift_flags_item = ShiftFlag(shift_flags_item_data)

                shift_flags.append(shift_flags_item)

        timesheet_row = cls(
            date=date,
            employee_id=employee_id,
            employee_no=employee_no,
            expected_minutes=expected_minutes,
            first_in=first_in,
            flags=flags,
            full_name=full_name,
            last_out=last_out,
            short_minutes=short_minutes,
            store_code=store_code,
            store_name=store_name,
            time_zone=time_zone,
            worked_minutes=worked_minutes,
            early_minutes=early_minutes,
            first_in_local=first_in_local,
            last_out_local=last_out_local,
            late_minutes=late_minutes,
            planned_minutes=planned_minutes,
            shift_flags=shift_flags,
        )

        timesheet_row.additional_properties = d
        return timesheet_row

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
