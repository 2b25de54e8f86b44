from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.access_point_in import AccessPointIn


T = TypeVar("T", bound="AccessPointsUpdate")


@_attrs_define
class AccessPointsUpdate:
    """
    Attributes:
        access_points (list[AccessPointIn]):
    """

    access_points: list[AccessPointIn]

    def to_dict(self) -> dict[str, Any]:
        access_points = []
        for access_points_item_data in self.access_points:
            access_points_item = access_points_item_data.to_dict()
            access_points.append(access_points_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "access_points": access_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_point_in import AccessPointIn  # noqa: PLC0415

        d = dict(src_dict)
        access_points = []
        _access_points = d.pop("access_points")
        for access_points_item_data in _access_points:
            access_points_item = AccessPointIn.from_dict(access_points_item_data)

            access_points.append(access_points_item)

        access_points_update = cls(
            access_points=access_points,
        )

        return access_points_update
