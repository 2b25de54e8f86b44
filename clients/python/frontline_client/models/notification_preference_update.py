from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NotificationPreferenceUpdate")


@_attrs_define
class NotificationPreferenceUpdate:
    """
    Attributes:
        kind (str):
        muted (bool):
    """

    kind: str
    muted: bool

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        muted = self.muted

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "muted": muted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        muted = d.pop("muted")

        notification_preference_update = cls(
            kind=kind,
            muted=muted,
        )

        return notification_preference_update
