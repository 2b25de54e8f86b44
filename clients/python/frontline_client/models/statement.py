from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_status import PoolStatus

if TYPE_CHECKING:
    from ..models.ledger_entry_read import LedgerEntryRead
    from ..models.member_line import MemberLine


T = TypeVar("T", bound="Statement")


@_attrs_define
class Statement:
    """
    Attributes:
        currency (str):
        employee_id (UUID):
        employee_no (str):
        entries (list[LedgerEntryRead]):
        full_name (str):
        lines (list[MemberLine]): The contribution behind the amount, as calculated
        name (str):
        period (str):
        pool_id (UUID):
        status (PoolStatus):
        total (str):
    """

    currency: str
    employee_id: UUID
    employee_no: str
    entries: list[LedgerEntryRead]
    full_name: str
    lines: list[MemberLine]
    name: str
    period: str
    pool_id: UUID
    status: PoolStatus
    total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        full_name = self.full_name

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        name = self.name

        period = self.period

        pool_id = str(self.pool_id)

        status = self.status.value

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "entries": entries,
                "full_name": full_name,
                "lines": lines,
                "name": name,
                "period": period,
                "pool_id": pool_id,
                "status": status,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ledger_entry_read import LedgerEntryRead  # noqa: PLC0415
        from ..models.member_line import MemberLine  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency")

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = LedgerEntryRead.from_dict(entries_item_data)

            entries.append(entries_item)

        full_name = d.pop("full_name")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = MemberLine.from_dict(lines_item_data)

            lines.append(lines_item)

        name = d.pop("name")

        period = d.pop("period")

        pool_id = UUID(d.pop("pool_id"))

        status = PoolStatus(d.pop("status"))

        total = d.pop("total")

        statement = cls(
            currency=currency,
            employee_id=employee_id,
            employee_no=employee_no,
            entries=entries,
            full_name=full_name,
            lines=lines,
            name=name,
            period=period,
            pool_id=pool_id,
            status=status,
            total=total,
        )

        statement.additional_properties = d
        return statement

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
