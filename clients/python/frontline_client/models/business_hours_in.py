from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_hours_in_weekly import BusinessHoursInWeekly


T = TypeVar("T", bound="BusinessHoursIn")


@_attrs_define
class BusinessHoursIn:
    """
    Attributes:
        weekly (BusinessHoursInWeekly):
        holidays (list[str] | Unset):
    """

    weekly: BusinessHoursInWeekly
    holidays: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        weekly = self.weekly.to_dict()

        holidays: list[str] | Unset = UNSET
        if not isinstance(self.holidays, Unset):
            holidays = self.holidays

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "weekly": weekly,
            }
        )
        if holidays is not UNSET:
            field_dict["holidays"] = holidays

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_hours_in_weekly import BusinessHoursInWeekly  # noqa: PLC0415

        d = dict(src_dict)
        weekly = BusinessHoursInWeekly.from_dict(d.pop("weekly"))

        holidays = cast(list[str], d.pop("holidays", UNSET))

        business_hours_in = cls(
            weekly=weekly,
            holidays=holidays,
        )

        return business_hours_in
