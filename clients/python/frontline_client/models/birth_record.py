from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BirthRecord")


@_attrs_define
class BirthRecord:
    """
    Attributes:
        born_on (datetime.date): The baby's date of birth
        babies (int | Unset): Babies of this birth (twins: 2) Default: 1.
    """

    born_on: datetime.date
    babies: int | Unset = 1

    def to_dict(self) -> dict[str, Any]:
        born_on = self.born_on.isoformat()

        babies = self.babies

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "born_on": born_on,
            }
        )
        if babies is not UNSET:
            field_dict["babies"] = babies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        born_on = datetime.date.fromisoformat(d.pop("born_on"))

        babies = d.pop("babies", UNSET)

        birth_record = cls(
            born_on=born_on,
            babies=babies,
        )

        return birth_record
