from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.category import Category

T = TypeVar("T", bound="ConsentGrant")


@_attrs_define
class ConsentGrant:
    """
    Attributes:
        categories (list[Category]):
    """

    categories: list[Category]

    def to_dict(self) -> dict[str, Any]:
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.value
            categories.append(categories_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "categories": categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = Category(categories_item_data)

            categories.append(categories_item)

        consent_grant = cls(
            categories=categories,
        )

        return consent_grant
