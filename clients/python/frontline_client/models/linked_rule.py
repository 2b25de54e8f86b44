from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkedRule")


@_attrs_define
class LinkedRule:
    """The back office's share grows by `points_per_percent` percentage points for each percent the
    scope's sales are above their target (metric `target_metric_code`), at most `cap_points`.

        Attributes:
            cap_points (str): Decimal percent from 0 to 100, e.g. '12.5'
            points_per_percent (str): Decimal percent from 0 to 100, e.g. '12.5'
            target_metric_code (str | Unset):  Default: 'sales'.
    """

    cap_points: str
    points_per_percent: str
    target_metric_code: str | Unset = "sales"

    def to_dict(self) -> dict[str, Any]:
        cap_points = self.cap_points

        points_per_percent = self.points_per_percent

        target_metric_code = self.target_metric_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cap_points": cap_points,
                "points_per_percent": points_per_percent,
            }
        )
        if target_metric_code is not UNSET:
            field_dict["target_metric_code"] = target_metric_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cap_points = d.pop("cap_points")

        points_per_percent = d.pop("points_per_percent")

        target_metric_code = d.pop("target_metric_code", UNSET)

        linked_rule = cls(
            cap_points=cap_points,
            points_per_percent=points_per_percent,
            target_metric_code=target_metric_code,
        )

        return linked_rule
