from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series_group import SeriesGroup


T = TypeVar("T", bound="SeriesPoint")


@_attrs_define
class SeriesPoint:
    """
    Attributes:
        denominator (int | None): The people counted (or what the figure says: tickets, ratings); null when suppressed
            or when the value is a count
        flagged (bool): The value is on the wrong side of the figure's threshold
        group (SeriesGroup):
        numerator (int | None): null when suppressed, or when the value is an amount
        period (str): 2026-W05 (an ISO week), 2026-11, 2026-Q4 or 2026
        suppressed (bool): The group is smaller than the minimum, or shown beside an overlapping group it would reveal
            someone of
        value (None | str): numerator / denominator to four places; null when suppressed or nobody is counted. A count
            (e.g. deflections) is the count as text, an amount of money a decimal string in the figure's currency, credits a
            decimal string: the figure says which
        measure (None | str | Unset): Which of the figure's measures (a figure with several, e.g. 6 and 12 months);
            null: its one
    """

    denominator: int | None
    flagged: bool
    group: SeriesGroup
    numerator: int | None
    period: str
    suppressed: bool
    value: None | str
    measure: None | str | Unset = UNSET
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

        measure: None | str | Unset
        if isinstance(self.measure, Unset):
            measure = UNSET
        else:
            measure = self.measure

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
        if measure is not UNSET:
            field_dict["measure"] = measure

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

        def _parse_measure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measure = _parse_measure(d.pop("measure", UNSET))

        series_point = cls(
            denominator=denominator,
            flagged=flagged,
            group=group,
            numerator=numerator,
            period=period,
            suppressed=suppressed,
            value=value,
            measure=measure,
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
