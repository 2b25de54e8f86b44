from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedemptionCreate")


@_attrs_define
class RedemptionCreate:
    """
    Attributes:
        item_code (str):
        note (None | str | Unset): For HR, e.g. which half-day is wanted
    """

    item_code: str
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item_code": item_code,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_code = d.pop("item_code")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        redemption_create = cls(
            item_code=item_code,
            note=note,
        )

        return redemption_create
