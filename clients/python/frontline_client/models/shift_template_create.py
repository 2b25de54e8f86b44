from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShiftTemplateCreate")


@_attrs_define
class ShiftTemplateCreate:
    """
    Attributes:
        code (str):
        ends (str): Local end; at or before the start, the shift crosses midnight
        headcount (list[int]): People needed on each weekday, Monday first
        name (str):
        starts (str): Local start
        break_minutes (int | Unset): Unpaid break Default: 0.
    """

    code: str
    ends: str
    headcount: list[int]
    name: str
    starts: str
    break_minutes: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        ends = self.ends

        headcount = self.headcount

        name = self.name

        starts = self.starts

        break_minutes = self.break_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "ends": ends,
                "headcount": headcount,
                "name": name,
                "starts": starts,
            }
        )
        if break_minutes is not UNSET:
            field_dict["break_minutes"] = break_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        ends = d.pop("ends")

        headcount = cast(list[int], d.pop("headcount"))

        name = d.pop("name")

        starts = d.pop("starts")

        break_minutes = d.pop("break_minutes", UNSET)

        shift_template_create = cls(
            code=code,
            ends=ends,
            headcount=headcount,
            name=name,
            starts=starts,
            break_minutes=break_minutes,
        )

        return shift_template_create
