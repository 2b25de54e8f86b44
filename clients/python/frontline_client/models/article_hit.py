from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_hit_match_type_0 import ArticleHitMatchType0
from ..models.article_status import ArticleStatus

T = TypeVar("T", bound="ArticleHit")


@_attrs_define
class ArticleHit:
    """An article as a search or a suggestion shows it: a snippet of the body, not the whole.

    Attributes:
        category (str):
        department_id (UUID):
        id (UUID):
        match (ArticleHitMatchType0 | None): title: the title holds the whole query; text: the article does; partial:
            the title holds part of it. Hits come in that order, most recently changed first within each. None when listing
            without a query
        snippet (str):
        status (ArticleStatus):
        tags (list[str]):
        title (str):
        updated_at (datetime.datetime):
    """

    category: str
    department_id: UUID
    id: UUID
    match: ArticleHitMatchType0 | None
    snippet: str
    status: ArticleStatus
    tags: list[str]
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        department_id = str(self.department_id)

        id = str(self.id)

        match: None | str
        if isinstance(self.match, ArticleHitMatchType0):
            match = self.match.value
        else:
            match = self.match

        snippet = self.snippet

        status = self.status.value

        tags = self.tags

        title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "department_id": department_id,
                "id": id,
                "match": match,
                "snippet": snippet,
                "status": status,
                "tags": tags,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        department_id = UUID(d.pop("department_id"))

        id = UUID(d.pop("id"))

        def _parse_match(data: object) -> ArticleHitMatchType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                match_type_0 = ArticleHitMatchType0(data)

                return match_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleHitMatchType0 | None, data)

        match = _parse_match(d.pop("match"))

        snippet = d.pop("snippet")

        status = ArticleStatus(d.pop("status"))

        tags = cast(list[str], d.pop("tags"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        article_hit = cls(
            category=category,
            department_id=department_id,
            id=id,
            match=match,
            snippet=snippet,
            status=status,
            tags=tags,
            title=title,
            updated_at=updated_at,
        )

        article_hit.additional_properties = d
        return article_hit

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
