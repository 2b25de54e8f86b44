from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level

T = TypeVar("T", bound="MyAllowance")


@_attrs_define
class MyAllowance:
    """
    Attributes:
        amount (str): Training allowance (学分津贴)
        balance (str):
        bonus (str): Frontline contribution bonus (一线贡献奖金)
        currency (str):
        level (Level):
        month (str):
        status (str): calculated (pending approval) or approved
    """

    amount: str
    balance: str
    bonus: str
    currency: str
    level: Level
    month: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        balance = self.balance

        bonus = self.bonus

        currency = self.currency

        level = self.level.value

        month = self.month

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "balance": balance,
                "bonus": bonus,
                "currency": currency,
                "level": level,
                "month": month,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        balance = d.pop("balance")

        bonus = d.pop("bonus")

        currency = d.pop("currency")

        level = Level(d.pop("level"))

        month = d.pop("month")

        status = d.pop("status")

        my_allowance = cls(
            amount=amount,
            balance=balance,
            bonus=bonus,
            currency=currency,
            level=level,
            month=month,
            status=status,
        )

        my_allowance.additional_properties = d
        return my_allowance

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
