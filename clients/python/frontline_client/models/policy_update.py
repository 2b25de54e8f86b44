from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyUpdate")


@_attrs_define
class PolicyUpdate:
    """
    Attributes:
        checkups_count_as_work (bool | Unset): Pregnancy check-ups are working time Default: True.
        night_end (str | Unset): Night work ends at this local time Default: '06:00:00'.
        night_start (str | Unset): Night work starts at this local time Default: '22:00:00'.
        nursing_minutes (int | Unset): Nursing time per working day, paid Default: 60.
        nursing_minutes_per_extra_baby (int | Unset): More nursing time per working day for each additional baby
            Default: 60.
        nursing_months (int | Unset): Nursing protections last this many months Default: 12.
        pregnancy_protected_from_week (int | Unset): Week of pregnancy from which night work and extended hours end
            Default: 28.
        pregnancy_weeks (int | Unset): A pregnancy's length from its start Default: 40.
        standard_day_minutes (int | Unset): An ordinary working day Default: 480.
        working_weekdays (list[int] | Unset): Working days of the week, Monday = 0
    """

    checkups_count_as_work: bool | Unset = True
    night_end: str | Unset = "06:00:00"
    night_start: str | Unset = "22:00:00"
    nursing_minutes: int | Unset = 60
    nursing_minutes_per_extra_baby: int | Unset = 60
    nursing_months: int | Unset = 12
    pregnancy_protected_from_week: int | Unset = 28
    pregnancy_weeks: int | Unset = 40
    standard_day_minutes: int | Unset = 480
    working_weekdays: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        checkups_count_as_work = self.checkups_count_as_work

        night_end = self.night_end

        night_start = self.night_start

        nursing_minutes = self.nursing_minutes

        nursing_minutes_per_extra_baby = self.nursing_minutes_per_extra_baby

        nursing_months = self.nursing_months

        pregnancy_protected_from_week = self.pregnancy_protected_from_week

        pregnancy_weeks = self.pregnancy_weeks

        standard_day_minutes = self.standard_day_minutes

        working_weekdays: list[int] | Unset = UNSET
        if not isinstance(self.working_weekdays, Unset):
            working_weekdays = self.working_weekdays

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if checkups_count_as_work is not UNSET:
            field_dict["checkups_count_as_work"] = checkups_count_as_work
        if night_end is not UNSET:
            field_dict["night_end"] = night_end
        if night_start is not UNSET:
            field_dict["night_start"] = night_start
        if nursing_minutes is not UNSET:
            field_dict["nursing_minutes"] = nursing_minutes
        if nursing_minutes_per_extra_baby is not UNSET:
            field_dict["nursing_minutes_per_extra_baby"] = nursing_minutes_per_extra_baby
        if nursing_months is not UNSET:
            field_dict["nursing_months"] = nursing_months
        if pregnancy_protected_from_week is not UNSET:
            field_dict["pregnancy_protected_from_week"] = pregnancy_protected_from_week
        if pregnancy_weeks is not UNSET:
            field_dict["pregnancy_weeks"] = pregnancy_weeks
        if standard_day_minutes is not UNSET:
            field_dict["standard_day_minutes"] = standard_day_minutes
        if working_weekdays is not UNSET:
            field_dict["working_weekdays"] = working_weekdays

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkups_count_as_work = d.pop("checkups_count_as_work", UNSET)

        night_end = d.pop("night_end", UNSET)

        night_start = d.pop("night_start", UNSET)

        nursing_minutes = d.pop("nursing_minutes", UNSET)

        nursing_minutes_per_extra_baby = d.pop("nursing_minutes_per_extra_baby", UNSET)

        nursing_months = d.pop("nursing_months", UNSET)

        pregnancy_protected_from_week = d.pop("pregnancy_protected_from_week", UNSET)

        pregnancy_weeks = d.pop("pregnancy_weeks", UNSET)

        standard_day_minutes = d.pop("standard_day_minutes", UNSET)

        working_weekdays = cast(list[int], d.pop("working_weekdays", UNSET))

        policy_update = cls(
            checkups_count_as_work=checkups_count_as_work,
            night_end=night_end,
            night_start=night_start,
            nursing_minutes=nursing_minutes,
            nursing_minutes_per_extra_baby=nursing_minutes_per_extra_baby,
            nursing_months=nursing_months,
            pregnancy_protected_from_week=pregnancy_protected_from_week,
            pregnancy_weeks=pregnancy_weeks,
            standard_day_minutes=standard_day_minutes,
            working_weekdays=working_weekdays,
        )

        return policy_update
