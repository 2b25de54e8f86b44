from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RosterRulesRead")


@_attrs_define
class RosterRulesRead:
    """
    Attributes:
        version (int): 0: the defaults, never changed
        grace_minutes (int | Unset): A punch this late is still on time Default: 5.
        late_after (str | Unset): A shift ending after this local time is late Default: '22:00'.
        max_consecutive_days (int | Unset): Working days in a row; 6 keeps one day off in seven Default: 6.
        min_rest_minutes (int | Unset): Rest between two shifts Default: 660.
        week_starts_on (int | Unset): First day of a roster week, Monday = 0 Default: 0.
        women_late_share_percent (int | Unset): Most late shifts of a store's week worked by women, in % Default: 10.
    """

    version: int
    grace_minutes: int | Unset = 5
    late_after: str | Unset = "22:00"
    max_consecutive_days: int | Unset = 6
    min_rest_minutes: int | Unset = 660
    week_starts_on: int | Unset = 0
    women_late_share_percent: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        grace_minutes = self.grace_minutes

        late_after = self.late_after

        max_consecutive_days = self.max_consecutive_days

        min_rest_minutes = self.min_rest_minutes

        week_starts_on = self.week_starts_on

        women_late_share_percent = self.women_late_share_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
            }
        )
        if grace_minutes is not UNSET:
            field_dict["grace_minutes"] = grace_minutes
        if late_after is not UNSET:
            field_dict["late_after"] = late_after
        if max_consecutive_days is not UNSET:
            field_dict["max_consecutive_days"] = max_consecutive_days
        if min_rest_minutes is not UNSET:
            field_dict["min_rest_minutes"] = min_rest_minutes
        if week_starts_on is not UNSET:
            field_dict["week_starts_on"] = week_starts_on
        if women_late_share_percent is not UNSET:
            field_dict["women_late_share_percent"] = women_late_share_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        grace_minutes = d.pop("grace_minutes", UNSET)

        late_after = d.pop("late_after", UNSET)

        max_consecutive_days = d.pop("max_consecutive_days", UNSET)

        min_rest_minutes = d.pop("min_rest_minutes", UNSET)

        week_starts_on = d.pop("week_starts_on", UNSET)

        women_late_share_percent = d.pop("women_late_share_percent", UNSET)

        roster_rules_read = cls(
            version=version,
            grace_minutes=grace_minutes,
            late_after=late_after,
            max_consecutive_days=max_consecutive_days,
            min_rest_minutes=min_rest_minutes,
            week_starts_on=week_starts_on,
            women_late_share_percent=women_late_share_percent,
        )

        return roster_rules_read
