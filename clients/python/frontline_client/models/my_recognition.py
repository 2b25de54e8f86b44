from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.budget_read import BudgetRead


T = TypeVar("T", bound="MyRecognition")


@_attrs_define
class MyRecognition:
    """
    Attributes:
        balance (int): Points I hold: the sum of my ledger
        budget (BudgetRead):
        cards_received (int):
        cards_sent (int):
        employee_id (UUID):
        expiring_within_30_days (int):
        pair_cap (int):
    """

    balance: int
    budget: BudgetRead
    cards_received: int
    cards_sent: int
    employee_id: UUID
    expiring_within_30_days: int
    pair_cap: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        budget = self.budget.to_dict()

        cards_received = self.cards_received

        cards_sent = self.cards_sent

        employee_id = str(self.employee_id)

        expiring_within_30_days = self.expiring_within_30_days

        pair_cap = self.pair_cap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "budget": budget,
                "cards_received": cards_received,
                "cards_sent": cards_sent,
                "employee_id": employee_id,
                "expiring_within_30_days": expiring_within_30_days,
                "pair_cap": pair_cap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_read import BudgetRead  # noqa: PLC0415

        d = dict(src_dict)
        balance = d.pop("balance")

        budget = BudgetRead.from_dict(d.pop("budget"))

        cards_received = d.pop("cards_received")

        cards_sent = d.pop("cards_sent")

        employee_id = UUID(d.pop("employee_id"))

        expiring_within_30_days = d.pop("expiring_within_30_days")

        pair_cap = d.pop("pair_cap")

        my_recognition = cls(
            balance=balance,
            budget=budget,
            cards_received=cards_received,
            cards_sent=cards_sent,
            employee_id=employee_id,
            expiring_within_30_days=expiring_within_30_days,
            pair_cap=pair_cap,
        )

        my_recognition.additional_properties = d
        return my_recognition

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
