from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_status import PoolStatus

if TYPE_CHECKING:
    from ..models.adjustment_read import AdjustmentRead
    from ..models.commission_funding import CommissionFunding
    from ..models.condition import Condition
    from ..models.fixed_funding import FixedFunding
    from ..models.linked_rule import LinkedRule
    from ..models.member_read import MemberRead
    from ..models.profit_funding import ProfitFunding
    from ..models.sales_funding import SalesFunding


T = TypeVar("T", bound="PoolRead")


@_attrs_define
class PoolRead:
    """
    Attributes:
        adjustments (list[AdjustmentRead]):
        approved_at (datetime.datetime | None):
        approved_by (None | UUID):
        back_office_percent (str):
        calculated_at (datetime.datetime | None):
        calculated_by (None | UUID): The account that last calculated it (it may not approve)
        conditions (list[Condition]):
        created_at (datetime.datetime):
        credit_modifier (bool):
        currency (str):
        frontline_percent (str):
        funding (list[CommissionFunding | FixedFunding | ProfitFunding | SalesFunding]):
        id (UUID):
        linked_rule (LinkedRule | None):
        locked_at (datetime.datetime | None):
        locked_by (None | UUID):
        members (list[MemberRead]):
        name (str):
        period (str):
        scope_code (str):
        scope_unit_id (UUID):
        scope_unit_local_name (None | str): In Chinese characters, if recorded
        scope_unit_name (str):
        status (PoolStatus):
        updated_at (datetime.datetime):
        version (int):
    """

    adjustments: list[AdjustmentRead]
    approved_at: datetime.datetime | None
    approved_by: None | UUID
    back_office_percent: str
    calculated_at: datetime.datetime | None
    calculated_by: None | UUID
    conditions: list[Condition]
    created_at: datetime.datetime
    credit_modifier: bool
    currency: str
    frontline_percent: str
    funding: list[CommissionFunding | FixedFunding | ProfitFunding | SalesFunding]
    id: UUID
    linked_rule: LinkedRule | None
    locked_at: datetime.datetime | None
    locked_by: None | UUID
    members: list[MemberRead]
    name: str
    period: str
    scope_code: str
    scope_unit_id: UUID
    scope_unit_local_name: None | str
    scope_unit_name: str
    status: PoolStatus
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_funding import FixedFunding  # noqa: PLC0415
        from ..models.linked_rule import LinkedRule  # noqa: PLC0415
        from ..models.profit_funding import ProfitFunding  # noqa: PLC0415
        from ..models.sales_funding import SalesFunding  # noqa: PLC0415

        adjustments = []
        for adjustments_item_data in self.adjustments:
            adjustments_item = adjustments_item_data.to_dict()
            adjustments.append(adjustments_item)

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        approved_by: None | str
        if isinstance(self.approved_by, UUID):
            approved_by = str(self.approved_by)
        else:
            approved_by = self.approved_by

        back_office_percent = self.back_office_percent

        calculated_at: None | str
        if isinstance(self.calculated_at, datetime.datetime):
            calculated_at = self.calculated_at.isoformat()
        else:
            calculated_at = self.calculated_at

        calculated_by: None | str
        if isinstance(self.calculated_by, UUID):
            calculated_by = str(self.calculated_by)
        else:
            calculated_by = self.calculated_by

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        created_at = self.created_at.isoformat()

        credit_modifier = self.credit_modifier

        currency = self.currency

        frontline_percent = self.frontline_percent

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

        id = str(self.id)

        linked_rule: dict[str, Any] | None
        if isinstance(self.linked_rule, LinkedRule):
            linked_rule = self.linked_rule.to_dict()
        else:
            linked_rule = self.linked_rule

        locked_at: None | str
        if isinstance(self.locked_at, datetime.datetime):
            locked_at = self.locked_at.isoformat()
        else:
            locked_at = self.locked_at

        locked_by: None | str
        if isinstance(self.locked_by, UUID):
            locked_by = str(self.locked_by)
        else:
            locked_by = self.locked_by

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        name = self.name

        period = self.period

        scope_code = self.scope_code

        scope_unit_id = str(self.scope_unit_id)

        scope_unit_local_name: None | str
        scope_unit_local_name = self.scope_unit_local_name

        scope_unit_name = self.scope_unit_name

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adjustments": adjustments,
                "approved_at": approved_at,
                "approved_by": approved_by,
                "back_office_percent": back_office_percent,
                "calculated_at": calculated_at,
                "calculated_by": calculated_by,
                "conditions": conditions,
                "created_at": created_at,
                "credit_modifier": credit_modifier,
                "currency": currency,
                "frontline_percent": frontline_percent,
                "funding": funding,
                "id": id,
                "linked_rule": linked_rule,
                "locked_at": locked_at,
                "locked_by": locked_by,
                "members": members,
                "name": name,
                "period": period,
                "scope_code": scope_code,
                "scope_unit_id": scope_unit_id,
                "scope_unit_local_name": scope_unit_local_name,
                "scope_unit_name": scope_unit_name,
                "status": status,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adjustment_read import AdjustmentRead  # noqa: PLC0415
        from ..models.commission_funding import CommissionFunding  # noqa: PLC0415
        from ..models.condition import Condition  # noqa: PLC0415
        from ..models.fixed_funding import FixedFunding  # noqa: PLC0415
        from ..models.linked_rule import LinkedRule  # noqa: PLC0415
        from ..models.member_read import MemberRead  # noqa: PLC0415
        from ..models.profit_funding import ProfitFunding  # noqa: PLC0415
        from ..models.sales_funding import SalesFunding  # noqa: PLC0415

        d = dict(src_dict)
        adjustments = []
        _adjustments = d.pop("adjustments")
        for adjustments_item_data in _adjustments:
            adjustments_item = AdjustmentRead.from_dict(adjustments_item_data)

            adjustments.append(adjustments_item)

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        def _parse_approved_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_by_type_0 = UUID(data)

                return approved_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        back_office_percent = d.pop("back_office_percent")

        def _parse_calculated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calculated_at_type_0 = datetime.datetime.fromisoformat(data)

                return calculated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        calculated_at = _parse_calculated_at(d.pop("calculated_at"))

        def _parse_calculated_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calculated_by_type_0 = UUID(data)

                return calculated_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        calculated_by = _parse_calculated_by(d.pop("calculated_by"))

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = Condition.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        credit_modifier = d.pop("credit_modifier")

        currency = d.pop("currency")

        frontline_percent = d.pop("frontline_percent")

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

        id = UUID(d.pop("id"))

        def _parse_linked_rule(data: object) -> LinkedRule | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linked_rule_type_0 = LinkedRule.from_dict(data)

                return linked_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedRule | None, data)

        linked_rule = _parse_linked_rule(d.pop("linked_rule"))

        def _parse_locked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_at_type_0 = datetime.datetime.fromisoformat(data)

                return locked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        locked_at = _parse_locked_at(d.pop("locked_at"))

        def _parse_locked_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_by_type_0 = UUID(data)

                return locked_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        locked_by = _parse_locked_by(d.pop("locked_by"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberRead.from_dict(members_item_data)

            members.append(members_item)

        name = d.pop("name")

        period = d.pop("period")

        scope_code = d.pop("scope_code")

        scope_unit_id = UUID(d.pop("scope_unit_id"))

        def _parse_scope_unit_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scope_unit_local_name = _parse_scope_unit_local_name(d.pop("scope_unit_local_name"))

        scope_unit_name = d.pop("scope_unit_name")

        status = PoolStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        pool_read = cls(
            adjustments=adjustments,
            approved_at=approved_at,
            approved_by=approved_by,
            back_office_percent=back_office_percent,
            calculated_at=calculated_at,
            calculated_by=calculated_by,
            conditions=conditions,
            created_at=created_at,
            credit_modifier=credit_modifier,
            currency=currency,
            frontline_percent=frontline_percent,
            funding=funding,
            id=id,
            linked_rule=linked_rule,
            locked_at=locked_at,
            locked_by=locked_by,
            members=members,
            name=name,
            period=period,
            scope_code=scope_code,
            scope_unit_id=scope_unit_id,
            scope_unit_local_name=scope_unit_local_name,
            scope_unit_name=scope_unit_name,
            status=status,
            updated_at=updated_at,
            version=version,
        )

        pool_read.additional_properties = d
        return pool_read

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
