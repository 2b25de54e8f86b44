from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyticsSettingsRead")


@_attrs_define
class AnalyticsSettingsRead:
    """
    Attributes:
        attrition_above (str): Leavers within 12 months of a posting's end are flagged above this share
        frontline_days (int): Days at a store or project in twelve months that count as having gone
        late_shift_share_above (str): Women's share of a store's late shifts, flagged above this
        leader_days_below (int): A leader's or manager's frontline days in a year, flagged below this
        minimum_group (int): Groups (people, or respondents of a survey) smaller than this are not shown
        participation_below (str): Participation is flagged below this share
        satisfaction_below (str): Satisfaction (answers of 4 or 5) is flagged below this share
        turnover_above (str): A store's leavers over a year, of its headcount, flagged above this share
        updated_at (datetime.datetime | None):
        version (int): 0 while the defaults hold; send it back when saving
    """

    attrition_above: str
    frontline_days: int
    late_shift_share_above: str
    leader_days_below: int
    minimum_group: int
    participation_below: str
    satisfaction_below: str
    turnover_above: str
    updated_at: datetime.datetime | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attrition_above = self.attrition_above

        frontline_days = self.frontline_days

        late_shift_share_above = self.late_shift_share_above

        leader_days_below = self.leader_days_below

        minimum_group = self.minimum_group

        participation_below = self.participation_below

        satisfaction_below = self.satisfaction_below

        turnover_above = self.turnover_above

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
                "updated_at": updated_at,
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

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        version = d.pop("version")

        analytics_settings_read = cls(
            attrition_above=attrition_above,
            frontline_days=frontline_days,
            late_shift_share_above=late_shift_share_above,
            leader_days_below=leader_days_below,
            minimum_group=minimum_group,
            participation_below=participation_below,
            satisfaction_below=satisfaction_below,
            turnover_above=turnover_above,
            updated_at=updated_at,
            version=version,
        )

        analytics_settings_read.additional_properties = d
        return analytics_settings_read

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
