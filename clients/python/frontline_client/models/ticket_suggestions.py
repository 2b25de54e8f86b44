from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.article_hit import ArticleHit


T = TypeVar("T", bound="TicketSuggestions")


@_attrs_define
class TicketSuggestions:
    """
    Attributes:
        articles (list[ArticleHit]): At most 5: the draft's category first, then others
        suggestion_id (UUID): Name it when an article solved the problem (…/deflection)
    """

    articles: list[ArticleHit]
    suggestion_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        articles = []
        for articles_item_data in self.articles:
            articles_item = articles_item_data.to_dict()
            articles.append(articles_item)

        suggestion_id = str(self.suggestion_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "articles": articles,
                "suggestion_id": suggestion_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_hit import ArticleHit  # noqa: PLC0415

        d = dict(src_dict)
        articles = []
        _articles = d.pop("articles")
        for articles_item_data in _articles:
            articles_item = ArticleHit.from_dict(articles_item_data)

            articles.append(articles_item)

        suggestion_id = UUID(d.pop("suggestion_id"))

        ticket_suggestions = cls(
            articles=articles,
            suggestion_id=suggestion_id,
        )

        ticket_suggestions.additional_properties = d
        return ticket_suggestions

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
