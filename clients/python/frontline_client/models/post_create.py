from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCreate")


@_attrs_define
class PostCreate:
    """
    Attributes:
        body (str):
        title (str):
        tags (list[str] | Unset):
    """

    body: str
    title: str
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        title = self.title

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "title": title,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        title = d.pop("title")

        tags = cast(list[str], d.pop("tags", UNSET))

        post_create = cls(
            body=body,
            title=title,
            tags=tags,
        )

        return post_create
