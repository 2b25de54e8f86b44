from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleCreate")


@_attrs_define
class ArticleCreate:
    """
    Attributes:
        body (str):
        category (str): A ticket category that has a route
        title (str):
        department_id (None | Unset | UUID): The owning department; defaults to the one the category is routed to
        tags (list[str] | Unset):
    """

    body: str
    category: str
    title: str
    department_id: None | Unset | UUID = UNSET
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        category = self.category

        title = self.title

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        elif isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "category": category,
                "title": title,
            }
        )
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        category = d.pop("category")

        title = d.pop("title")

        def _parse_department_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        article_create = cls(
            body=body,
            category=category,
            title=title,
            department_id=department_id,
            tags=tags,
        )

        return article_create
