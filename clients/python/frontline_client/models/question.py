from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Question")


@_attrs_define
class Question:
    """
    Attributes:
        key (str): Stable key the answers and figures use
        text (str):
        local_text (None | str | Unset):
    """

    key: str
    text: str
    local_text: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        text = self.text

        local_text: None | str | Unset
        if isinstance(self.local_text, Unset):
            local_text = UNSET
        else:
            local_text = self.local_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "text": text,
            }
        )
        if local_text is not UNSET:
            field_dict["local_text"] = local_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        text = d.pop("text")

        def _parse_local_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_text = _parse_local_text(d.pop("local_text", UNSET))

        question = cls(
            key=key,
            text=text,
            local_text=local_text,
        )

        return question
