from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArticleVersionRead")


@_attrs_define
class ArticleVersionRead:
    """
    Attributes:
        body (str):
        category (str):
        edited_at (datetime.datetime):
        edited_by (None | UUID):
        revision (int):
        tags (list[str]):
        title (str):
    """

    body: str
    category: str
    edited_at: datetime.datetime
    edited_by: None | UUID
    revision: int
    tags: list[str]
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        category = self.category

        edited_at = self.edited_at.isoformat()

        edited_by: None | str
        if isinstance(self.edited_by, UUID):
            edited_by = str(self.edited_by)
        else:
            edited_by = self.edited_by

        revision = self.revision

        tags = self.tags

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "category": category,
                "edited_at": edited_at,
                "edited_by": edited_by,
                "revision": revision,
                "tags": tags,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        category = d.pop("category")

        edited_at = datetime.datetime.fromisoformat(d.pop("edited_at"))

        def _parse_edited_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                edited_by_type_0 = UUID(data)

                return edited_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        edited_by = _parse_edited_by(d.pop("edited_by"))

        revision = d.pop("revision")

        tags = cast(list[str], d.pop("tags"))

        title = d.pop("title")

        article_version_read = cls(
            body=body,
            category=category,
            edited_at=edited_at,
            edited_by=edited_by,
            revision=revision,
            tags=tags,
            title=title,
        )

        article_version_read.additional_properties = d
        return article_version_read

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
