from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shift_outcome import ShiftOutcome


T = TypeVar("T", bound="StoreAttendancePerson")


@_attrs_define
class StoreAttendancePerson:
    """
    Attributes:
        employee_id (UUID):
        employee_no (str):
        expected_minutes (int): Ordinary minutes expected that day: the standard day, less protected time and any
            approved reduction, within an approved window; 0 on a rest day. The person's whole day: the same on each row of
            a day worked at several stores
        first_in (datetime.datetime | None):
        full_name (str):
        last_punch (datetime.datetime | None):
        present (bool):
        short_minutes (int): max(expected - worked, 0): time missing, which an arrangement's own reduction never adds
            to. Worked counts the day at every store the view shows
        worked_minutes (int):
        first_in_local (datetime.datetime | None | Unset): The same moment in the store's time zone, with its offset
        last_punch_local (datetime.datetime | None | Unset): The same moment in the store's time zone, with its offset
        planned_minutes (int | None | Unset): Paid minutes of the published shifts that day; null when no published
            roster covers the day
        shifts (list[ShiftOutcome] | Unset):
    """

    employee_id: UUID
    employee_no: str
    expected_minutes: int
    first_in: datetime.datetime | None
    full_name: str
    last_punch: datetime.datetime | None
    present: bool
    short_minutes: int
    worked_minutes: int
    first_in_local: datetime.datetime | None | Unset = UNSET
    last_punch_local: datetime.datetime | None | Unset = UNSET
    planned_minutes: int | None | Unset = UNSET
    shifts: list[ShiftOutcome] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        expected_minutes = self.expected_minutes

        first_in: None | str
        if isinstance(self.first_in, datetime.datetime):
            first_in = self.first_in.isoformat()
        else:
            first_in = self.first_in

        full_name = self.full_name

        last_punch: None | str
        if isinstance(self.last_punch, datetime.datetime):
            last_punch = self.last_punch.isoformat()
        else:
            last_punch = self.last_punch

        present = self.present

        short_minutes = self.short_minutes

        worked_minutes = self.worked_minutes

        first_in_local: None | str | Unset
        if isinstance(self.first_in_local, Unset):
            first_in_local = UNSET
        elif isinstance(self.first_in_local, datetime.datetime):
            first_in_local = self.first_in_local.isoformat()
        else:
            first_in_local = self.first_in_local

        last_punch_local: None | str | Unset
        if isinstance(self.last_punch_local, Unset):
            last_punch_local = UNSET
        elif isinstance(self.last_punch_local, datetime.datetime):
            last_punch_local = self.last_punch_local.isoformat()
        else:
            last_punch_local = self.last_punch_local

        planned_minutes: int | None | Unset
        if isinstance(self.planned_minutes, Unset):
            planned_minutes = UNSET
        else:
            planned_minutes = self.planned_minutes

        shifts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shifts, Unset):
            shifts = []
            for shifts_item_data in self.shifts:
                shifts_item = shifts_item_data.to_dict()
                shifts.append(shifts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee_no": employee_no,
                "expected_minutes": expected_minutes,
                "first_in": first_in,
                "full_name": full_name,
                "last_punch": last_punch,
                "present": present,
                "short_minutes": short_minutes,
                "worked_minutes": worked_minutes,
            }
        )
        if first_in_local is not UNSET:
            field_dict["first_in_local"] = first_in_local
        if last_punch_local is not UNSET:
            field_dict["last_punch_local"] = last_punch_local
        if planned_minutes is not UNSET:
            field_dict["planned_minutes"] = planned_minutes
        if shifts is not UNSET:
            field_dict["shifts"] = shifts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shift_outcome import ShiftOutcome  # noqa: PLC0415

        d = dict(src_dict)
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

        full_name = d.pop("full_name")

        def _parse_last_punch(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_punch_type_0 = datetime.datetime.fromisoformat(data)

                return last_punch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_punch = _parse_last_punch(d.pop("last_punch"))

        present = d.pop("present")

        short_minutes = d.pop("short_minutes")

        worked_minutes = d.pop("worked_minutes")

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

        def _parse_last_punch_local(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_punch_local_type_0 = datetime.datetime.fromisoformat(data)

                return last_punch_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_punch_local = _parse_last_punch_local(d.pop("last_punch_local", UNSET))

        def _parse_planned_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        planned_minutes = _parse_planned_minutes(d.pop("planned_minutes", UNSET))

        _shifts = d.pop("shifts", UNSET)
        shifts: list[ShiftOutcome] | Unset = UNSET
        if _shifts is not UNSET:
            shifts = []
            for shifts_item_data in _shifts:
                shifts_item = ShiftOutcome.from_dict(shifts_item_data)

                shifts.append(shifts_item)

        store_attendance_person = cls(
            employee_id=employee_id,
            employee_no=employee_no,
            expected_minutes=expected_minutes,
            first_in=first_in,
            full_name=full_name,
            last_punch=last_punch,
            present=present,
            short_minutes=short_minutes,
            worked_minutes=worked_minutes,
            first_in_local=first_in_local,
            last_punch_local=last_punch_local,
            planned_minutes=planned_minutes,
            shifts=shifts,
        )

        store_attendance_person.additional_properties = d
        return store_attendance_person

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
