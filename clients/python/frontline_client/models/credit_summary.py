from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.category_balance import CategoryBalance
    from ..models.credit_entry_read import CreditEntryRead
    from ..models.level_read import LevelRead
    from ..models.next_level import NextLevel
    from ..models.skill_credits import SkillCredits


T = TypeVar("T", bound="CreditSummary")


@_attrs_define
class CreditSummary:
    """A person's credits: the balance and level, the year by category against the plan, by skill.

    Attributes:
        balance (str): All credits ever counted, less revocations and corrections
        by_category (list[CategoryBalance]):
        by_skill (list[SkillCredits]):
        employee_id (UUID):
        ledger (list[CreditEntryRead]): The latest 100 entries, newest first
        level (LevelRead):
        next_level (NextLevel | None):
        plan_population (None | str):
        year (int):
        year_total (str):
    """

    balance: str
    by_category: list[CategoryBalance]
    by_skill: list[SkillCredits]
    employee_id: UUID
    ledger: list[CreditEntryRead]
    level: LevelRead
    next_level: NextLevel | None
    plan_population: None | str
    year: int
    year_total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.next_level import NextLevel  # noqa: PLC0415

        balance = self.balance

        by_category = []
        for by_category_item_data in self.by_category:
            by_category_item = by_category_item_data.to_dict()
            by_category.append(by_category_item)

        by_skill = []
        for by_skill_item_data in self.by_skill:
            by_skill_item = by_skill_item_data.to_dict()
            by_skill.append(by_skill_item)

        employee_id = str(self.employee_id)

        ledger = []
        for ledger_item_data in self.ledger:
            ledger_item = ledger_item_data.to_dict()
            ledger.append(ledger_item)

        level = self.level.to_dict()

        next_level: dict[str, Any] | None
        if isinstance(self.next_level, NextLevel):
            next_level = self.next_level.to_dict()
        else:
            next_level = self.next_level

        plan_population: None | str
        plan_population = self.plan_population

        year = self.year

        year_total = self.year_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "by_category": by_category,
                "by_skill": by_skill,
                "employee_id": employee_id,
                "ledger": ledger,
                "level": level,
                "next_level": next_level,
                "plan_population": plan_population,
                "year": year,
                "year_total": year_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_balance import CategoryBalance  # noqa: PLC0415
        from ..models.credit_entry_read import CreditEntryRead  # noqa: PLC0415
        from ..models.level_read import LevelRead  # noqa: PLC0415
        from ..models.next_level import NextLevel  # noqa: PLC0415
        from ..models.skill_credits import SkillCredits  # noqa: PLC0415

        d = dict(src_dict)
        balance = d.pop("balance")

        by_category = []
        _by_category = d.pop("by_category")
        for by_category_item_data in _by_category:
            by_category_item = CategoryBalance.from_dict(by_category_item_data)

            by_category.append(by_category_item)

        by_skill = []
        _by_skill = d.pop("by_skill")
        for by_skill_item_data in _by_skill:
            by_skill_item = SkillCredits.from_dict(by_skill_item_data)

            by_skill.append(by_skill_item)

        employee_id = UUID(d.pop("employee_id"))

        ledger = []
        _ledger = d.pop("ledger")
        for ledger_item_data in _ledger:
            ledger_item = CreditEntryRead.from_dict(ledger_item_data)

            ledger.append(ledger_item)

        level = LevelRead.from_dict(d.pop("level"))

        def _parse_next_level(data: object) -> NextLevel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_level_type_0 = NextLevel.from_dict(data)

                return next_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NextLevel | None, data)

        next_level = _parse_next_level(d.pop("next_level"))

        def _parse_plan_population(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plan_population = _parse_plan_population(d.pop("plan_population"))

        year = d.pop("year")

        year_total = d.pop("year_total")

        credit_summary = cls(
            balance=balance,
            by_category=by_category,
            by_skill=by_skill,
            employee_id=employee_id,
            ledger=ledger,
            level=level,
            next_level=next_level,
            plan_population=plan_population,
            year=year,
            year_total=year_total,
        )

        credit_summary.additional_properties = d
        return credit_summary

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
