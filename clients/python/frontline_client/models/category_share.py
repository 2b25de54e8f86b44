from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryShare")


@_attrs_define
class CategoryShare:
    """
    Attributes:
        share_percent (int):
        minimum (str | Unset):  Default: '0'.
    """

    share_percent: int
    minimum: str | Unset = "0"

    def to_dict(self) -> dict[str, Any]:
        share_percent = self.share_percent

        minimum = self.minimum

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "share_percent": share_percent,
            }
        )
        if minimum is not UNSET:
            field_dict["minimum"] = minimum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        share_percent = d.pop("share_percent")

        minimum = d.pop("minimum", UNSET)

        category_share = cls(
            share_percent=share_percent,
            minimum=minimum,
        )

        return category_share
