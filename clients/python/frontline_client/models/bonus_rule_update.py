from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bonus_rule_update_basis import BonusRuleUpdateBasis
from ..types import UNSET, Unset

T = TypeVar("T", bound="BonusRuleUpdate")


@_attrs_define
class BonusRuleUpdate:
    """The frontline contribution bonus of a population (一线贡献奖金).

    Attributes:
        basis (BonusRuleUpdateBasis): personal: my own sales on my days there; store: the store's, pro-rated by my days
        cap (str): Most paid to a person for one stay in a month
        metric_code (str): The metric whose monthly target (mine, or the store's nearest) the sales must beat
        rate_percent (str): Share of the excess
        active (bool | Unset):  Default: True.
        currency (str | Unset):  Default: 'CNY'.
        modifier_cap_percent (int | Unset):  Default: 10.
        modifier_step_percent (int | Unset): Added per 10 credits of the year Default: 1.
        version (int | None | Unset): The version read, when changing a rule
    """

    basis: BonusRuleUpdateBasis
    cap: str
    metric_code: str
    rate_percent: str
    active: bool | Unset = True
    currency: str | Unset = "CNY"
    modifier_cap_percent: int | Unset = 10
    modifier_step_percent: int | Unset = 1
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        basis = self.basis.value

        cap = self.cap

        metric_code = self.metric_code

        rate_percent = self.rate_percent

        active = self.active

        currency = self.currency

        modifier_cap_percent = self.modifier_cap_percent

        modifier_step_percent = self.modifier_step_percent

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "basis": basis,
                "cap": cap,
                "metric_code": metric_code,
                "rate_percent": rate_percent,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if currency is not UNSET:
            field_dict["currency"] = currency
        if modifier_cap_percent is not UNSET:
            field_dict["modifier_cap_percent"] = modifier_cap_percent
        if modifier_step_percent is not UNSET:
            field_dict["modifier_step_percent"] = modifier_step_percent
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        basis = BonusRuleUpdateBasis(d.pop("basis"))

        cap = d.pop("cap")

        metric_code = d.pop("metric_code")

        rate_percent = d.pop("rate_percent")

        active = d.pop("active", UNSET)

        currency = d.pop("currency", UNSET)

        modifier_cap_percent = d.pop("modifier_cap_percent", UNSET)

        modifier_step_percent = d.pop("modifier_step_percent", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        bonus_rule_update = cls(
            basis=basis,
            cap=cap,
            metric_code=metric_code,
            rate_percent=rate_percent,
            active=active,
            currency=currency,
            modifier_cap_percent=modifier_cap_percent,
            modifier_step_percent=modifier_step_percent,
            version=version,
        )

        return bonus_rule_update
