from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotificationPreferenceRead")


@_attrs_define
class NotificationPreferenceRead:
    """
    Attributes:
        audience (str): Who gets this kind
        kind (str):
        mandatory (bool): HR made this kind mandatory: it cannot be muted
        muted (bool):
        title (str): The kind's title in the reader's language
    """

    audience: str
    kind: str
    mandatory: bool
    muted: bool
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience = self.audience

        kind = self.kind

        mandatory = self.mandatory

        muted = self.muted

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audience": audience,
                "kind": kind,
                "mandatory": mandatory,
                "muted": muted,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audience = d.pop("audience")

        kind = d.pop("kind")

        mandatory = d.pop("mandatory")

        muted = d.pop("muted")

        title = d.pop("title")

        notification_preference_read = cls(
            audience=audience,
            kind=kind,
            mandatory=mandatory,
            muted=muted,
            title=title,
        )

        notification_preference_read.additional_properties = d
        return notification_preference_read

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
