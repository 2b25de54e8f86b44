from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleUpdate")


@_attrs_define
class ArticleUpdate:
    """A new saved text (revision). `version` is the one read: a change since answers 409.

    Attributes:
        body (str):
        category (str):
        title (str):
        version (int):
        tags (list[str] | Unset):
    """

    body: str
    category: str
    title: str
    version: int
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        category = self.category

        title = self.title

        version = self.version

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "category": category,
                "title": title,
                "version": version,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        category = d.pop("category")

        title = d.pop("title")

        version = d.pop("version")

        tags = cast(list[str], d.pop("tags", UNSET))

        article_update = cls(
            body=body,
            category=category,
            title=title,
            version=version,
            tags=tags,
        )

        return article_update
