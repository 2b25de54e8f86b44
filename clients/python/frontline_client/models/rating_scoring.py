from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RatingScoring")


@_attrs_define
class RatingScoring:
    """A rating scale mapped linearly onto 0-100 (1-5 by default).

    Attributes:
        method (Literal['rating']):
        scale_max (str | Unset): Decimal string, e.g. '4.5' Default: '5'.
        scale_min (str | Unset): Decimal string, e.g. '4.5' Default: '1'.
    """

    method: Literal["rating"]
    scale_max: str | Unset = "5"
    scale_min: str | Unset = "1"

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        scale_max = self.scale_max

        scale_min = self.scale_min

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
            }
        )
        if scale_max is not UNSET:
            field_dict["scale_max"] = scale_max
        if scale_min is not UNSET:
            field_dict["scale_min"] = scale_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["rating"], d.pop("method"))
        if method != "rating":
            raise ValueError(f"method must match const 'rating', got '{method}'")

        scale_max = d.pop("scale_max", UNSET)

        scale_min = d.pop("scale_min", UNSET)

        rating_scoring = cls(
            method=method,
            scale_max=scale_max,
            scale_min=scale_min,
        )

        return rating_scoring
