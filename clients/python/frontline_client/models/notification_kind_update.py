from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NotificationKindUpdate")


@_attrs_define
class NotificationKindUpdate:
    """
    Attributes:
        mandatory (bool):
    """

    mandatory: bool

    def to_dict(self) -> dict[str, Any]:
        mandatory = self.mandatory

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mandatory": mandatory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mandatory = d.pop("mandatory")

        notification_kind_update = cls(
            mandatory=mandatory,
        )

        return notification_kind_update
