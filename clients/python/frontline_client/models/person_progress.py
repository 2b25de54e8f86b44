from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level

if TYPE_CHECKING:
    from ..models.person_progress_by_category import PersonProgressByCategory


T = TypeVar("T", bound="PersonProgress")


@_attrs_define
class PersonProgress:
    """
    Attributes:
        balance (str):
        by_category (PersonProgressByCategory): The year's credits by category
        employee_id (UUID):
        employee_no (str):
        full_name (str):
        level (Level):
        next_level_missing (None | str): Credits still needed for the next level; null at the top
        year_total (str):
    """

    balance: str
    by_category: PersonProgressByCategory
    employee_id: UUID
    employee_no: str
    full_name: str
    level: Level
    next_level_missing: None | str
    year_total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        by_category = self.by_category.to_dict()

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        level = self.level.value

        next_level_missing: None | str
        next_level_missing = self.next_level_missing

        year_total = self.year_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "by_category": by_category,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
                "level": level,
                "next_level_missing": next_level_missing,
                "year_total": year_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_progress_by_category import PersonProgressByCategory  # noqa: PLC0415

        d = dict(src_dict)
        balance = d.pop("balance")

        by_category = PersonProgressByCategory.from_dict(d.pop("by_category"))

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        level = Level(d.pop("level"))

        def _parse_next_level_missing(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_level_missing = _parse_next_level_missing(d.pop("next_level_missing"))

        year_total = d.pop("year_total")

        person_progress = cls(
            balance=balance,
            by_category=by_category,
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
            level=level,
            next_level_missing=next_level_missing,
            year_total=year_total,
        )

        person_progress.additional_properties = d
        return person_progress

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
