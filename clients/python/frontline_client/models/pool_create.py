from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commission_funding import CommissionFunding
    from ..models.condition import Condition
    from ..models.fixed_funding import FixedFunding
    from ..models.linked_rule import LinkedRule
    from ..models.profit_funding import ProfitFunding
    from ..models.sales_funding import SalesFunding


T = TypeVar("T", bound="PoolCreate")


@_attrs_define
class PoolCreate:
    """
    Attributes:
        currency (str):
        funding (list[CommissionFunding | FixedFunding | ProfitFunding | SalesFunding]):
        name (str):
        period (str): A month, e.g. 2026-11
        scope_unit_id (UUID):
        conditions (list[Condition] | Unset):
        credit_modifier (bool | Unset): Raise each person's weight by the training credit modifier (the training
            policy's) Default: False.
        frontline_percent (None | str | Unset): The frontline's share; defaults to 70 (60 for a project pool)
        linked_rule (LinkedRule | None | Unset):
    """

    currency: str
    funding: list[CommissionFunding | FixedFunding | ProfitFunding | SalesFunding]
    name: str
    period: str
    scope_unit_id: UUID
    conditions: list[Condition] | Unset = UNSET
    credit_modifier: bool | Unset = False
    frontline_percent: None | str | Unset = UNSET
    linked_rule: LinkedRule | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_funding import FixedFunding  # noqa: PLC0415
        from ..models.linked_rule import LinkedRule  # noqa: PLC0415
        from ..models.profit_funding import ProfitFunding  # noqa: PLC0415
        from ..models.sales_funding import SalesFunding  # noqa: PLC0415

        currency = self.currency

        funding = []
        for funding_item_data in self.funding:
            funding_item: dict[str, Any]
            if isinstance(funding_item_data, FixedFunding):
                funding_item = funding_item_data.to_dict()
            elif isinstance(funding_item_data, SalesFunding):
                funding_item = funding_item_data.to_dict()
            elif isinstance(funding_item_data, ProfitFunding):
                funding_item = funding_item_data.to_dict()
            else:
                funding_item = funding_item_data.to_dict()

            funding.append(funding_item)

        name = self.name

        period = self.period

        scope_unit_id = str(self.scope_unit_id)

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        credit_modifier = self.credit_modifier

        frontline_percent: None | str | Unset
        if isinstance(self.frontline_percent, Unset):
            frontline_percent = UNSET
        else:
            frontline_percent = self.frontline_percent

        linked_rule: dict[str, Any] | None | Unset
        if isinstance(self.linked_rule, Unset):
            linked_rule = UNSET
        elif isinstance(self.linked_rule, LinkedRule):
            linked_rule = self.linked_rule.to_dict()
        else:
            linked_rule = self.linked_rule

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currency": currency,
                "funding": funding,
                "name": name,
                "period": period,
                "scope_unit_id": scope_unit_id,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if credit_modifier is not UNSET:
            field_dict["credit_modifier"] = credit_modifier
        if frontline_percent is not UNSET:
            field_dict["frontline_percent"] = frontline_percent
        if linked_rule is not UNSET:
            field_dict["linked_rule"] = linked_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commission_funding import CommissionFunding  # noqa: PLC0415
        from ..models.condition import Condition  # noqa: PLC0415
        from ..models.fixed_funding import FixedFunding  # noqa: PLC0415
        from ..models.linked_rule import LinkedRule  # noqa: PLC0415
        from ..models.profit_funding import ProfitFunding  # noqa: PLC0415
        from ..models.sales_funding import SalesFunding  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency")

        funding = []
        _funding = d.pop("funding")
        for funding_item_data in _funding:

            def _parse_funding_item(data: object) -> CommissionFunding | FixedFunding | ProfitFunding | SalesFunding:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    funding_item_type_0 = FixedFunding.from_dict(data)

                    return funding_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    funding_item_type_1 = SalesFunding.from_dict(data)

                    return funding_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    funding_item_type_2 = ProfitFunding.from_dict(data)

                    return funding_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                funding_item_type_3 = CommissionFunding.from_dict(data)

                return funding_item_type_3

            funding_item = _parse_funding_item(funding_item_data)

            funding.append(funding_item)

        name = d.pop("name")

        period = d.pop("period")

        scope_unit_id = UUID(d.pop("scope_unit_id"))

        _conditions = d.pop("conditions", UNSET)
        conditions: list[Condition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = Condition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        credit_modifier = d.pop("credit_modifier", UNSET)

        def _parse_frontline_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        frontline_percent = _parse_frontline_percent(d.pop("frontline_percent", UNSET))

        def _parse_linked_rule(data: object) -> LinkedRule | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linked_rule_type_0 = LinkedRule.from_dict(data)

                return linked_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedRule | None | Unset, data)

        linked_rule = _parse_linked_rule(d.pop("linked_rule", UNSET))

        pool_create = cls(
            currency=currency,
            funding=funding,
            name=name,
            period=period,
            scope_unit_id=scope_unit_id,
            conditions=conditions,
            credit_modifier=credit_modifier,
            frontline_percent=frontline_percent,
            linked_rule=linked_rule,
        )

        return pool_create
