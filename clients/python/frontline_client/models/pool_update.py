from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commission_funding import CommissionFunding
    from ..models.condition import Condition
    from ..models.fixed_funding import FixedFunding
    from ..models.linked_rule import LinkedRule
    from ..models.profit_funding import ProfitFunding
    from ..models.sales_funding import SalesFunding


T = TypeVar("T", bound="PoolUpdate")


@_attrs_define
class PoolUpdate:
    """Changes go back to draft: a calculated pool must be calculated again.

    Attributes:
        conditions (list[Condition] | None | Unset):
        credit_modifier (bool | None | Unset):
        frontline_percent (None | str | Unset):
        funding (list[CommissionFunding | FixedFunding | ProfitFunding | SalesFunding] | None | Unset):
        linked_rule (LinkedRule | None | Unset):
        name (None | str | Unset):
    """

    conditions: list[Condition] | None | Unset = UNSET
    credit_modifier: bool | None | Unset = UNSET
    frontline_percent: None | str | Unset = UNSET
    funding: list[CommissionFunding | FixedFunding | ProfitFunding | SalesFunding] | None | Unset = UNSET
    linked_rule: LinkedRule | None | Unset = UNSET
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_funding import FixedFunding  # noqa: PLC0415
        from ..models.linked_rule import LinkedRule  # noqa: PLC0415
        from ..models.profit_funding import ProfitFunding  # noqa: PLC0415
        from ..models.sales_funding import SalesFunding  # noqa: PLC0415

        conditions: list[dict[str, Any]] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, list):
            conditions = []
            for conditions_type_0_item_data in self.conditions:
                conditions_type_0_item = conditions_type_0_item_data.to_dict()
                conditions.append(conditions_type_0_item)

        else:
            conditions = self.conditions

        credit_modifier: bool | None | Unset
        if isinstance(self.credit_modifier, Unset):
            credit_modifier = UNSET
        else:
            credit_modifier = self.credit_modifier

        frontline_percent: None | str | Unset
        if isinstance(self.frontline_percent, Unset):
            frontline_percent = UNSET
        else:
            frontline_percent = self.frontline_percent

        funding: list[dict[str, Any]] | None | Unset
        if isinstance(self.funding, Unset):
            funding = UNSET
        elif isinstance(self.funding, list):
            funding = []
            for funding_type_0_item_data in self.funding:
                funding_type_0_item: dict[str, Any]
                if isinstance(funding_type_0_item_data, FixedFunding):
                    funding_type_0_item = funding_type_0_item_data.to_dict()
                elif isinstance(funding_type_0_item_data, SalesFunding):
                    funding_type_0_item = funding_type_0_item_data.to_dict()
                elif isinstance(funding_type_0_item_data, ProfitFunding):
                    funding_type_0_item = funding_type_0_item_data.to_dict()
                else:
                    funding_type_0_item = funding_type_0_item_data.to_dict()

                funding.append(funding_type_0_item)

        else:
            funding = self.funding

        linked_rule: dict[str, Any] | None | Unset
        if isinstance(self.linked_rule, Unset):
            linked_rule = UNSET
        elif isinstance(self.linked_rule, LinkedRule):
            linked_rule = self.linked_rule.to_dict()
        else:
            linked_rule = self.linked_rule

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if credit_modifier is not UNSET:
            field_dict["credit_modifier"] = credit_modifier
        if frontline_percent is not UNSET:
            field_dict["frontline_percent"] = frontline_percent
        if funding is not UNSET:
            field_dict["funding"] = funding
        if linked_rule is not UNSET:
            field_dict["linked_rule"] = linked_rule
        if name is not UNSET:
            field_dict["name"] = name

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

        def _parse_conditions(data: object) -> list[Condition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                conditions_type_0 = []
                _conditions_type_0 = data
                for conditions_type_0_item_data in _conditions_type_0:
                    conditions_type_0_item = Condition.from_dict(conditions_type_0_item_data)

                    conditions_type_0.append(conditions_type_0_item)

                return conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Condition] | None | Unset, data)

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        def _parse_credit_modifier(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        credit_modifier = _parse_credit_modifier(d.pop("credit_modifier", UNSET))

        def _parse_frontline_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        frontline_percent = _parse_frontline_percent(d.pop("frontline_percent", UNSET))

        def _parse_funding(
            data: object,
        ) -> list[CommissionFunding | FixedFunding | ProfitFunding | SalesFunding] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                funding_type_0 = []
                _funding_type_0 = data
                for funding_type_0_item_data in _funding_type_0:

                    def _parse_funding_type_0_item(
                        data: object,
                    ) -> CommissionFunding | FixedFunding | ProfitFunding | SalesFunding:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            funding_type_0_item_type_0 = FixedFunding.from_dict(data)

                            return funding_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            funding_type_0_item_type_1 = SalesFunding.from_dict(data)

                            return funding_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            funding_type_0_item_type_2 = ProfitFunding.from_dict(data)

                            return funding_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        funding_type_0_item_type_3 = CommissionFunding.from_dict(data)

                        return funding_type_0_item_type_3

                    funding_type_0_item = _parse_funding_type_0_item(funding_type_0_item_data)

                    funding_type_0.append(funding_type_0_item)

                return funding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommissionFunding | FixedFunding | ProfitFunding | SalesFunding] | None | Unset, data)

        funding = _parse_funding(d.pop("funding", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        pool_update = cls(
            conditions=conditions,
            credit_modifier=credit_modifier,
            frontline_percent=frontline_percent,
            funding=funding,
            linked_rule=linked_rule,
            name=name,
        )

        return pool_update
