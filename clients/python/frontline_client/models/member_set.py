from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberSet")


@_attrs_define
class MemberSet:
    """
    Attributes:
        weight (str | Unset): A non-negative decimal weight, e.g. '2.5' Default: '1'.
    """

    weight: str | Unset = "1"

    def to_dict(self) -> dict[str, Any]:
        weight = self.weight

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        weight = d.pop("weight", UNSET)

        member_set = cls(
            weight=weight,
        )

        return member_set
