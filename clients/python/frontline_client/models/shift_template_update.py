from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShiftTemplateUpdate")


@_attrs_define
class ShiftTemplateUpdate:
    """Times of a template some roster uses cannot change (make a new template instead).

    Attributes:
        ends (str):
        headcount (list[int]):
        name (str):
        starts (str):
        active (bool | Unset):  Default: True.
        break_minutes (int | Unset):  Default: 0.
    """

    ends: str
    headcount: list[int]
    name: str
    starts: str
    active: bool | Unset = True
    break_minutes: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        ends = self.ends

        headcount = self.headcount

        name = self.name

        starts = self.starts

        active = self.active

        break_minutes = self.break_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ends": ends,
                "headcount": headcount,
                "name": name,
                "starts": starts,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if break_minutes is not UNSET:
            field_dict["break_minutes"] = break_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends = d.pop("ends")

        headcount = cast(list[int], d.pop("headcount"))

        name = d.pop("name")

        starts = d.pop("starts")

        active = d.pop("active", UNSET)

        break_minutes = d.pop("break_minutes", UNSET)

        shift_template_update = cls(
            ends=ends,
            headcount=headcount,
            name=name,
            starts=starts,
            active=active,
            break_minutes=break_minutes,
        )

        return shift_template_update
