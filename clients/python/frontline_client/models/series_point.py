from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.series_group import SeriesGroup


T = TypeVar("T", bound="SeriesPoint")


@_attrs_define
class SeriesPoint:
    """
    Attributes:
        denominator (int | None): The people counted; null when suppressed
        flagged (bool): The value is on the wrong side of the figure's threshold
        group (SeriesGroup):
        numerator (int | None): null when suppressed
        period (str): 2026-11, 2026-Q4 or 2026
        suppressed (bool): The group is smaller than the minimum, or shown beside an overlapping group it would reveal
            someone of
        value (None | str): numerator / denominator to four places; null when suppressed or nobody is counted
    """

    denominator: int | None
    flagged: bool
    group: SeriesGroup
    numerator: int | None
    period: str
    suppressed: bool
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        denominator: int | None
        denominator = self.denominator

        flagged = self.flagged

        group = self.group.to_dict()

        numerator: int | None
        numerator = self.numerator

        period = self.period

        suppressed = self.suppressed

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "denominator": denominator,
                "flagged": flagged,
                "group": group,
                "numerator": numerator,
                "period": period,
                "suppressed": suppressed,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_group import SeriesGroup  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_denominator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        denominator = _parse_denominator(d.pop("denominator"))

        flagged = d.pop("flagged")

        group = SeriesGroup.from_dict(d.pop("group"))

        def _parse_numerator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        numerator = _parse_numerator(d.pop("numerator"))

        period = d.pop("period")

        suppressed = d.pop("suppressed")

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        series_point = cls(
            denominator=denominator,
            flagged=flagged,
            group=group,
            numerator=numerator,
            period=period,
            suppressed=suppressed,
            value=value,
        )

        series_point.additional_properties = d
        return series_point

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
