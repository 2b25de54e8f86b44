from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Pregnancy")


@_attrs_define
class Pregnancy:
    """
    Attributes:
        due_date (datetime.date): Expected date of birth
    """

    due_date: datetime.date

    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "due_date": due_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        pregnancy = cls(
            due_date=due_date,
        )

        return pregnancy
