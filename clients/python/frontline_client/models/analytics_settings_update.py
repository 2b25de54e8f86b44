from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AnalyticsSettingsUpdate")


@_attrs_define
class AnalyticsSettingsUpdate:
    """
    Attributes:
        attrition_above (str): A share from 0 to 1, at most four places, e.g. '0.2'
        frontline_days (int):
        late_shift_share_above (str): A share from 0 to 1, at most four places, e.g. '0.2'
        leader_days_below (int):
        minimum_group (int): At least 3
        participation_below (str): A share from 0 to 1, at most four places, e.g. '0.2'
        satisfaction_below (str): A share from 0 to 1, at most four places, e.g. '0.2'
        turnover_above (str): A share from 0 to 1, at most four places, e.g. '0.2'
        version (int): The version read (0 for the defaults)
    """

    attrition_above: str
    frontline_days: int
    late_shift_share_above: str
    leader_days_below: int
    minimum_group: int
    participation_below: str
    satisfaction_below: str
    turnover_above: str
    version: int

    def to_dict(self) -> dict[str, Any]:
        attrition_above = self.attrition_above

        frontline_days = self.frontline_days

        late_shift_share_above = self.late_shift_share_above

        leader_days_below = self.leader_days_below

        minimum_group = self.minimum_group

        participation_below = self.participation_below

        satisfaction_below = self.satisfaction_below

        turnover_above = self.turnover_above

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attrition_above": attrition_above,
                "frontline_days": frontline_days,
                "late_shift_share_above": late_shift_share_above,
                "leader_days_below": leader_days_below,
                "minimum_group": minimum_group,
                "participation_below": participation_below,
                "satisfaction_below": satisfaction_below,
                "turnover_above": turnover_above,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attrition_above = d.pop("attrition_above")

        frontline_days = d.pop("frontline_days")

        late_shift_share_above = d.pop("late_shift_share_above")

        leader_days_below = d.pop("leader_days_below")

        minimum_group = d.pop("minimum_group")

        participation_below = d.pop("participation_below")

        satisfaction_below = d.pop("satisfaction_below")

        turnover_above = d.pop("turnover_above")

        version = d.pop("version")

        analytics_settings_update = cls(
            attrition_above=attrition_above,
            frontline_days=frontline_days,
            late_shift_share_above=late_shift_share_above,
            leader_days_below=leader_days_below,
            minimum_group=minimum_group,
            participation_below=participation_below,
            satisfaction_below=satisfaction_below,
            turnover_above=turnover_above,
            version=version,
        )

        return analytics_settings_update
