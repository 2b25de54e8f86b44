from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.settings_update_budgets import SettingsUpdateBudgets


T = TypeVar("T", bound="SettingsUpdate")


@_attrs_define
class SettingsUpdate:
    """
    Attributes:
        budgets (SettingsUpdateBudgets):
        expiry_months (int):
        pair_cap (int):
        version (int): The version read (0 for the defaults)
    """

    budgets: SettingsUpdateBudgets
    expiry_months: int
    pair_cap: int
    version: int

    def to_dict(self) -> dict[str, Any]:
        budgets = self.budgets.to_dict()

        expiry_months = self.expiry_months

        pair_cap = self.pair_cap

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "budgets": budgets,
                "expiry_months": expiry_months,
                "pair_cap": pair_cap,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settings_update_budgets import SettingsUpdateBudgets  # noqa: PLC0415

        d = dict(src_dict)
        budgets = SettingsUpdateBudgets.from_dict(d.pop("budgets"))

        expiry_months = d.pop("expiry_months")

        pair_cap = d.pop("pair_cap")

        version = d.pop("version")

        settings_update = cls(
            budgets=budgets,
            expiry_months=expiry_months,
            pair_cap=pair_cap,
            version=version,
        )

        return settings_update
