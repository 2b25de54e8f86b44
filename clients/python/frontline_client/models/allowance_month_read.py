from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowance_line_read import AllowanceLineRead
    from ..models.bonus_line_read import BonusLineRead


T = TypeVar("T", bound="AllowanceMonthRead")


@_attrs_define
class AllowanceMonthRead:
    """
    Attributes:
        approved_at (datetime.datetime | None):
        bonus_total (str): Frontline contribution bonuses
        calculated_at (datetime.datetime):
        currency (str):
        month (str):
        people (int):
        policy_version (int): The training policy the levels and amounts came from
        status (str): calculated, or approved (locked)
        total (str): Training allowances
        version (int):
        bonus_lines (list[BonusLineRead] | None | Unset): Each bonus and its working
        lines (list[AllowanceLineRead] | None | Unset): Everyone paid, by employee number
    """

    approved_at: datetime.datetime | None
    bonus_total: str
    calculated_at: datetime.datetime
    currency: str
    month: str
    people: int
    policy_version: int
    status: str
    total: str
    version: int
    bonus_lines: list[BonusLineRead] | None | Unset = UNSET
    lines: list[AllowanceLineRead] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        bonus_total = self.bonus_total

        calculated_at = self.calculated_at.isoformat()

        currency = self.currency

        month = self.month

        people = self.people

        policy_version = self.policy_version

        status = self.status

        total = self.total

        version = self.version

        bonus_lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.bonus_lines, Unset):
            bonus_lines = UNSET
        elif isinstance(self.bonus_lines, list):
            bonus_lines = []
            for bonus_lines_type_0_item_data in self.bonus_lines:
                bonus_lines_type_0_item = bonus_lines_type_0_item_data.to_dict()
                bonus_lines.append(bonus_lines_type_0_item)

        else:
            bonus_lines = self.bonus_lines

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved_at": approved_at,
                "bonus_total": bonus_total,
                "calculated_at": calculated_at,
                "currency": currency,
                "month": month,
                "people": people,
                "policy_version": policy_version,
                "status": status,
                "total": total,
                "version": version,
            }
        )
        if bonus_lines is not UNSET:
            field_dict["bonus_lines"] = bonus_lines
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowance_line_read import AllowanceLineRead  # noqa: PLC0415
        from ..models.bonus_line_read import BonusLineRead  # noqa: PLC0415

        d = dict(src_dict)

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

        bonus_total = d.pop("bonus_total")

        calculated_at = datetime.datetime.fromisoformat(d.pop("calculated_at"))

        currency = d.pop("currency")

        month = d.pop("month")

        people = d.pop("people")

        policy_version = d.pop("policy_version")

        status = d.pop("status")

        total = d.pop("total")

        version = d.pop("version")

        def _parse_bonus_lines(data: object) -> list[BonusLineRead] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bonus_lines_type_0 = []
                _bonus_lines_type_0 = data
                for bonus_lines_type_0_item_data in _bonus_lines_type_0:
                    bonus_lines_type_0_item = BonusLineRead.from_dict(bonus_lines_type_0_item_data)

                    bonus_lines_type_0.append(bonus_lines_type_0_item)

                return bonus_lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BonusLineRead] | None | Unset, data)

        bonus_lines = _parse_bonus_lines(d.pop("bonus_lines", UNSET))

        def _parse_lines(data: object) -> list[AllowanceLineRead] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = AllowanceLineRead.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AllowanceLineRead] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        allowance_month_read = cls(
            approved_at=approved_at,
            bonus_total=bonus_total,
            calculated_at=calculated_at,
            currency=currency,
            month=month,
            people=people,
            policy_version=policy_version,
            status=status,
            total=total,
            version=version,
            bonus_lines=bonus_lines,
            lines=lines,
        )

        allowance_month_read.additional_properties = d
        return allowance_month_read

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
