from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.credit_category import CreditCategory

T = TypeVar("T", bound="Correction")


@_attrs_define
class Correction:
    """
    Attributes:
        category (CreditCategory):
        credits_ (str): Credits to add (negative: to remove)
        reason (str):
    """

    category: CreditCategory
    credits_: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        credits_ = self.credits_

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "credits": credits_,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = CreditCategory(d.pop("category"))

        credits_ = d.pop("credits")

        reason = d.pop("reason")

        correction = cls(
            category=category,
            credits_=credits_,
            reason=reason,
        )

        return correction
