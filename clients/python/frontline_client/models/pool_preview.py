from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_preview_source import PoolPreviewSource
from ..models.pool_status import PoolStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_result import ConditionResult
    from ..models.funding_line import FundingLine
    from ..models.linked_result import LinkedResult
    from ..models.member_line import MemberLine


T = TypeVar("T", bound="PoolPreview")


@_attrs_define
class PoolPreview:
    """
    Attributes:
        back_office_amount (str):
        back_office_percent (str):
        conditions (list[ConditionResult]):
        currency (str):
        frontline_amount (str):
        frontline_percent (str):
        funded_amount (str):
        funding (list[FundingLine]):
        linked (LinkedResult | None):
        members (list[MemberLine]): Everyone for HR; only the caller's own lines for a member
        name (str):
        period (str):
        pool_amount (str):
        pool_id (UUID):
        qualified (bool):
        source (PoolPreviewSource):
        status (PoolStatus):
        as_of (datetime.datetime | None | Unset): When these figures were computed: now for a live preview; for a member
            reading a draft pool, at most 10 minutes ago (it is recomputed for its members every few minutes); for a
            calculated pool, when it was calculated
    """

    back_office_amount: str
    back_office_percent: str
    conditions: list[ConditionResult]
    currency: str
    frontline_amount: str
    frontline_percent: str
    funded_amount: str
    funding: list[FundingLine]
    linked: LinkedResult | None
    members: list[MemberLine]
    name: str
    period: str
    pool_amount: str
    pool_id: UUID
    qualified: bool
    source: PoolPreviewSource
    status: PoolStatus
    as_of: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.linked_result import LinkedResult  # noqa: PLC0415

        back_office_amount = self.back_office_amount

        back_office_percent = self.back_office_percent

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        currency = self.currency

        frontline_amount = self.frontline_amount

        frontline_percent = self.frontline_percent

        funded_amount = self.funded_amount

        funding = []
        for funding_item_data in self.funding:
            funding_item = funding_item_data.to_dict()
            funding.append(funding_item)

        linked: dict[str, Any] | None
        if isinstance(self.linked, LinkedResult):
            linked = self.linked.to_dict()
        else:
            linked = self.linked

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        name = self.name

        period = self.period

        pool_amount = self.pool_amount

        pool_id = str(self.pool_id)

        qualified = self.qualified

        source = self.source.value

        status = self.status.value

        as_of: None | str | Unset
        if isinstance(self.as_of, Unset):
            as_of = UNSET
        elif isinstance(self.as_of, datetime.datetime):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "back_office_amount": back_office_amount,
                "back_office_percent": back_office_percent,
                "conditions": conditions,
                "currency": currency,
                "frontline_amount": frontline_amount,
                "frontline_percent": frontline_percent,
                "funded_amount": funded_amount,
                "funding": funding,
                "linked": linked,
                "members": members,
                "name": name,
                "period": period,
                "pool_amount": pool_amount,
                "pool_id": pool_id,
                "qualified": qualified,
                "source": source,
                "status": status,
            }
        )
        if as_of is not UNSET:
            field_dict["as_of"] = as_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_result import ConditionResult  # noqa: PLC0415
        from ..models.funding_line import FundingLine  # noqa: PLC0415
        from ..models.linked_result import LinkedResult  # noqa: PLC0415
        from ..models.member_line import MemberLine  # noqa: PLC0415

        d = dict(src_dict)
        back_office_amount = d.pop("back_office_amount")

        back_office_percent = d.pop("back_office_percent")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = ConditionResult.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        currency = d.pop("currency")

        frontline_amount = d.pop("frontline_amount")

        frontline_percent = d.pop("frontline_percent")

        funded_amount = d.pop("funded_amount")

        funding = []
        _funding = d.pop("funding")
        for funding_item_data in _funding:
            funding_item = FundingLine.from_dict(funding_item_data)

            funding.append(funding_item)

        def _parse_linked(data: object) -> LinkedResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linked_type_0 = LinkedResult.from_dict(data)

                return linked_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedResult | None, data)

        linked = _parse_linked(d.pop("linked"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberLine.from_dict(members_item_data)

            members.append(members_item)

        name = d.pop("name")

        period = d.pop("period")

        pool_amount = d.pop("pool_amount")

        pool_id = UUID(d.pop("pool_id"))

        qualified = d.pop("qualified")

        source = PoolPreviewSource(d.pop("source"))

        status = PoolStatus(d.pop("status"))

        def _parse_as_of(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.datetime.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        as_of = _parse_as_of(d.pop("as_of", UNSET))

        pool_preview = cls(
            back_office_amount=back_office_amount,
            back_office_percent=back_office_percent,
            conditions=conditions,
            currency=currency,
            frontline_amount=frontline_amount,
            frontline_percent=frontline_percent,
            funded_amount=funded_amount,
            funding=funding,
            linked=linked,
            members=members,
            name=name,
            period=period,
            pool_amount=pool_amount,
            pool_id=pool_id,
            qualified=qualified,
            source=source,
            status=status,
            as_of=as_of,
        )

        pool_preview.additional_properties = d
        return pool_preview

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
