from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Band")


@_attrs_define
class Band:
    """
    Attributes:
        points (str): Decimal string, e.g. '4.5'
        threshold (str): Decimal string, e.g. '4.5'
    """

    points: str
    threshold: str

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        threshold = self.threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "points": points,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        points = d.pop("points")

        threshold = d.pop("threshold")

        band = cls(
            points=points,
            threshold=threshold,
        )

        return band
