from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.granularity import Granularity
from ..models.satisfaction_series_direction_type_0 import SatisfactionSeriesDirectionType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reason_count import ReasonCount
    from ..models.series_point import SeriesPoint


T = TypeVar("T", bound="SatisfactionSeries")


@_attrs_define
class SatisfactionSeries:
    """
    Attributes:
        direction (None | SatisfactionSeriesDirectionType0): Flagged below or above the threshold
        figure (str):
        from_ (datetime.date):
        granularity (Granularity):
        group_by (list[str]):
        minimum_group (int): Groups smaller than this are suppressed
        points (list[SeriesPoint]):
        reasons (list[ReasonCount]): Per shown point, the three reasons most chosen by the unsatisfied (then by all)
        threshold (None | str): The value a point is flagged beyond, e.g. 0.2000
        to (datetime.date):
        as_of (datetime.datetime | None | Unset): When the oldest period shown was computed by the nightly roll-up
            (closed months, quarters and years, and those to date); null when every period was computed for this request
    """

    direction: None | SatisfactionSeriesDirectionType0
    figure: str
    from_: datetime.date
    granularity: Granularity
    group_by: list[str]
    minimum_group: int
    points: list[SeriesPoint]
    reasons: list[ReasonCount]
    threshold: None | str
    to: datetime.date
    as_of: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: None | str
        if isinstance(self.direction, SatisfactionSeriesDirectionType0):
            direction = self.direction.value
        else:
            direction = self.direction

        figure = self.figure

        from_ = self.from_.isoformat()

        granularity = self.granularity.value

        group_by = self.group_by

        minimum_group = self.minimum_group

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        threshold: None | str
        threshold = self.threshold

        to = self.to.isoformat()

        as_of: None | str | Unset
        if isinstance(self.as_of, Unset):
            as_of = UNSET
        elif isinstance(self.as_of, datetime.datetime):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "figure": figure,
                "from": from_,
                "granularity": granularity,
                "group_by": group_by,
                "minimum_group": minimum_group,
                "points": points,
                "reasons": reasons,
                "threshold": threshold,
                "to": to,
            }
        )
        if as_of is not UNSET:
            field_dict["as_of"] = as_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reason_count import ReasonCount  # noqa: PLC0415
        from ..models.series_point import SeriesPoint  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_direction(data: object) -> None | SatisfactionSeriesDirectionType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = SatisfactionSeriesDirectionType0(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SatisfactionSeriesDirectionType0, data)

        direction = _parse_direction(d.pop("direction"))

        figure = d.pop("figure")

        from_ = datetime.date.fromisoformat(d.pop("from"))

        granularity = Granularity(d.pop("granularity"))

        group_by = cast(list[str], d.pop("group_by"))

        minimum_group = d.pop("minimum_group")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = SeriesPoint.from_dict(points_item_data)

            points.append(points_item)

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = ReasonCount.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        def _parse_threshold(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        threshold = _parse_threshold(d.pop("threshold"))

        to = datetime.date.fromisoformat(d.pop("to"))

        def _parse_as_of(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.datetime.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        as_of = _parse_as_of(d.pop("as_of", UNSET))

        satisfaction_series = cls(
            direction=direction,
            figure=figure,
            from_=from_,
            granularity=granularity,
            group_by=group_by,
            minimum_group=minimum_group,
            points=points,
            reasons=reasons,
            threshold=threshold,
            to=to,
            as_of=as_of,
        )

        satisfaction_series.additional_properties = d
        return satisfaction_series

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
