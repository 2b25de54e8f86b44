from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.archive_metric import ArchiveMetric


T = TypeVar("T", bound="ArchiveMonth")


@_attrs_define
class ArchiveMonth:
    """A closed month's score of the part spent at the posting's unit (frozen at the closing).

    Attributes:
        days (int):
        metrics (list[ArchiveMetric]):
        period (str):
        score (None | str):
    """

    days: int
    metrics: list[ArchiveMetric]
    period: str
    score: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        period = self.period

        score: None | str
        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "metrics": metrics,
                "period": period,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.archive_metric import ArchiveMetric  # noqa: PLC0415

        d = dict(src_dict)
        days = d.pop("days")

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = ArchiveMetric.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        period = d.pop("period")

        def _parse_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        score = _parse_score(d.pop("score"))

        archive_month = cls(
            days=days,
            metrics=metrics,
            period=period,
            score=score,
        )

        archive_month.additional_properties = d
        return archive_month

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
