from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretRotation")


@_attrs_define
class SecretRotation:
    """
    Attributes:
        grace_period_minutes (int | Unset): How long the current secret keeps working Default: 1440.
    """

    grace_period_minutes: int | Unset = 1440

    def to_dict(self) -> dict[str, Any]:
        grace_period_minutes = self.grace_period_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if grace_period_minutes is not UNSET:
            field_dict["grace_period_minutes"] = grace_period_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grace_period_minutes = d.pop("grace_period_minutes", UNSET)

        secret_rotation = cls(
            grace_period_minutes=grace_period_minutes,
        )

        return secret_rotation
