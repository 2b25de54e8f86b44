from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShiftTemplateRead")


@_attrs_define
class ShiftTemplateRead:
    """
    Attributes:
        active (bool):
        break_minutes (int):
        code (str):
        crosses_midnight (bool):
        ends (str):
        headcount (list[int]):
        id (UUID):
        late (bool): Ends after the late hour of the roster rules (counts in the women's share)
        name (str):
        paid_minutes (int):
        starts (str):
        store_id (UUID):
    """

    active: bool
    break_minutes: int
    code: str
    crosses_midnight: bool
    ends: str
    headcount: list[int]
    id: UUID
    late: bool
    name: str
    paid_minutes: int
    starts: str
    store_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        break_minutes = self.break_minutes

        code = self.code

        crosses_midnight = self.crosses_midnight

        ends = self.ends

        headcount = self.headcount

        id = str(self.id)

        late = self.late

        name = self.name

        paid_minutes = self.paid_minutes

        starts = self.starts

        store_id = str(self.store_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "break_minutes": break_minutes,
                "code": code,
                "crosses_midnight": crosses_midnight,
                "ends": ends,
                "headcount": headcount,
                "id": id,
                "late": late,
                "name": name,
                "paid_minutes": paid_minutes,
                "starts": starts,
                "store_id": store_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        break_minutes = d.pop("break_minutes")

        code = d.pop("code")

        crosses_midnight = d.pop("crosses_midnight")

        ends = d.pop("ends")

        headcount = cast(list[int], d.pop("headcount"))

        id = UUID(d.pop("id"))

        late = d.pop("late")

        name = d.pop("name")

        paid_minutes = d.pop("paid_minutes")

        starts = d.pop("starts")

        store_id = UUID(d.pop("store_id"))

        shift_template_read = cls(
            active=active,
            break_minutes=break_minutes,
            code=code,
            crosses_midnight=crosses_midnight,
            ends=ends,
            headcount=headcount,
            id=id,
            late=late,
            name=name,
            paid_minutes=paid_minutes,
            starts=starts,
            store_id=store_id,
        )

        shift_template_read.additional_properties = d
        return shift_template_read

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
