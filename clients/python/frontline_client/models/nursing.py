from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.birth_record import BirthRecord


T = TypeVar("T", bound="Nursing")


@_attrs_define
class Nursing:
    """
    Attributes:
        births (list[BirthRecord]):
    """

    births: list[BirthRecord]

    def to_dict(self) -> dict[str, Any]:
        births = []
        for births_item_data in self.births:
            births_item = births_item_data.to_dict()
            births.append(births_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "births": births,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.birth_record import BirthRecord  # noqa: PLC0415

        d = dict(src_dict)
        births = []
        _births = d.pop("births")
        for births_item_data in _births:
            births_item = BirthRecord.from_dict(births_item_data)

            births.append(births_item)

        nursing = cls(
            births=births,
        )

        return nursing
