from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.settings_read_budgets import SettingsReadBudgets


T = TypeVar("T", bound="SettingsRead")


@_attrs_define
class SettingsRead:
    """
    Attributes:
        budgets (SettingsReadBudgets): Monthly points budget by role; a sender gets the largest of theirs
        expiry_months (int): Months after which awarded points expire, oldest first
        pair_cap (int): Budget points between the same two people a month, both directions summed
        updated_at (datetime.datetime | None):
        version (int): 0 while the defaults hold; send it back when saving
    """

    budgets: SettingsReadBudgets
    expiry_months: int
    pair_cap: int
    updated_at: datetime.datetime | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budgets = self.budgets.to_dict()

        expiry_months = self.expiry_months

        pair_cap = self.pair_cap

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budgets": budgets,
                "expiry_months": expiry_months,
                "pair_cap": pair_cap,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settings_read_budgets import SettingsReadBudgets  # noqa: PLC0415

        d = dict(src_dict)
        budgets = SettingsReadBudgets.from_dict(d.pop("budgets"))

        expiry_months = d.pop("expiry_months")

        pair_cap = d.pop("pair_cap")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        version = d.pop("version")

        settings_read = cls(
            budgets=budgets,
            expiry_months=expiry_months,
            pair_cap=pair_cap,
            updated_at=updated_at,
            version=version,
        )

        settings_read.additional_properties = d
        return settings_read

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
