from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessPointIn")


@_attrs_define
class AccessPointIn:
    """
    Attributes:
        bssid (str):
        label (None | str | Unset):
    """

    bssid: str
    label: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bssid = self.bssid

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bssid": bssid,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bssid = d.pop("bssid")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        access_point_in = cls(
            bssid=bssid,
            label=label,
        )

        return access_point_in
