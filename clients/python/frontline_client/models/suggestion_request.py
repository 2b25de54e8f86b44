from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuggestionRequest")


@_attrs_define
class SuggestionRequest:
    """
    Attributes:
        category (str):
        title (str):
        body (None | str | Unset):
    """

    category: str
    title: str
    body: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        title = self.title

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "title": title,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        title = d.pop("title")

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        suggestion_request = cls(
            category=category,
            title=title,
            body=body,
        )

        return suggestion_request
