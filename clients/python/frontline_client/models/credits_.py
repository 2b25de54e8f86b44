from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.credit_category import CreditCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="Credits")


@_attrs_define
class Credits:
    """Training credits counted within the window, optionally only some categories or skills.

    Attributes:
        kind (Literal['credits']):
        min_credits (str):
        categories (list[CreditCategory] | Unset): Only these categories (none: all)
        skills (list[str] | Unset): Only courses building one of these skills, e.g. management
        window_months (int | Unset): Months back from today (at least 1) Default: 24.
    """

    kind: Literal["credits"]
    min_credits: str
    categories: list[CreditCategory] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    window_months: int | Unset = 24

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        min_credits = self.min_credits

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.value
                categories.append(categories_item)

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        window_months = self.window_months

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "min_credits": min_credits,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if skills is not UNSET:
            field_dict["skills"] = skills
        if window_months is not UNSET:
            field_dict["window_months"] = window_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["credits"], d.pop("kind"))
        if kind != "credits":
            raise ValueError(f"kind must match const 'credits', got '{kind}'")

        min_credits = d.pop("min_credits")

        _categories = d.pop("categories", UNSET)
        categories: list[CreditCategory] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = CreditCategory(categories_item_data)

                categories.append(categories_item)

        skills = cast(list[str], d.pop("skills", UNSET))

        window_months = d.pop("window_months", UNSET)

        credits_ = cls(
            kind=kind,
            min_credits=min_credits,
            categories=categories,
            skills=skills,
            window_months=window_months,
        )

        return credits_
