from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ledger_entry_read import LedgerEntryRead


T = TypeVar("T", bound="CorrectionRead")


@_attrs_define
class CorrectionRead:
    """
    Attributes:
        correction_id (UUID):
        entries (list[LedgerEntryRead]):
        pool_total (str):
    """

    correction_id: UUID
    entries: list[LedgerEntryRead]
    pool_total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        correction_id = str(self.correction_id)

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        pool_total = self.pool_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "correction_id": correction_id,
                "entries": entries,
                "pool_total": pool_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ledger_entry_read import LedgerEntryRead  # noqa: PLC0415

        d = dict(src_dict)
        correction_id = UUID(d.pop("correction_id"))

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = LedgerEntryRead.from_dict(entries_item_data)

            entries.append(entries_item)

        pool_total = d.pop("pool_total")

        correction_read = cls(
            correction_id=correction_id,
            entries=entries,
            pool_total=pool_total,
        )

        correction_read.additional_properties = d
        return correction_read

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
