from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_read_direction import FlagReadDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series_group import SeriesGroup


T = TypeVar("T", bound="FlagRead")


@_attrs_define
class FlagRead:
    """
    Attributes:
        direction (FlagReadDirection):
        figure (str):
        group (SeriesGroup):
        id (UUID):
        raised_at (datetime.datetime):
        raised_on (datetime.date): The day whose figure raised it
        threshold (str):
        trend (list[str]): The figure at each evaluation since the flag was raised, oldest first
        value (str): The figure at the latest evaluation
        employee_id (None | Unset | UUID): The person a figure about one person concerns
        employee_name (None | str | Unset):
    """

    direction: FlagReadDirection
    figure: str
    group: SeriesGroup
    id: UUID
    raised_at: datetime.datetime
    raised_on: datetime.date
    threshold: str
    trend: list[str]
    value: str
    employee_id: None | Unset | UUID = UNSET
    employee_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction.value

        figure = self.figure

        group = self.group.to_dict()

        id = str(self.id)

        raised_at = self.raised_at.isoformat()

        raised_on = self.raised_on.isoformat()

        threshold = self.threshold

        trend = self.trend

        value = self.value

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        employee_name: None | str | Unset
        if isinstance(self.employee_name, Unset):
            employee_name = UNSET
        else:
            employee_name = self.employee_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "figure": figure,
                "group": group,
                "id": id,
                "raised_at": raised_at,
                "raised_on": raised_on,
                "threshold": threshold,
                "trend": trend,
                "value": value,
            }
        )
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if employee_name is not UNSET:
            field_dict["employee_name"] = employee_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_group import SeriesGroup  # noqa: PLC0415

        d = dict(src_dict)
        direction = FlagReadDirection(d.pop("direction"))

        figure = d.pop("figure")

        group = SeriesGroup.from_dict(d.pop("group"))

        id = UUID(d.pop("id"))

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        threshold = d.pop("threshold")

        trend = cast(list[str], d.pop("trend"))

        value = d.pop("value")

        def _parse_employee_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id", UNSET))

        def _parse_employee_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employee_name = _parse_employee_name(d.pop("employee_name", UNSET))

        flag_read = cls(
            direction=direction,
            figure=figure,
            group=group,
            id=id,
            raised_at=raised_at,
            raised_on=raised_on,
            threshold=threshold,
            trend=trend,
            value=value,
            employee_id=employee_id,
            employee_name=employee_name,
        )

        flag_read.additional_properties = d
        return flag_read

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
