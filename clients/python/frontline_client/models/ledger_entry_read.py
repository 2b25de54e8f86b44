from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ledger_entry_read_kind import LedgerEntryReadKind
from ..models.pool_side import PoolSide

T = TypeVar("T", bound="LedgerEntryRead")


@_attrs_define
class LedgerEntryRead:
    """
    Attributes:
        amount (str):
        correction_id (None | UUID):
        currency (str):
        employee_id (UUID):
        id (int):
        kind (LedgerEntryReadKind):
        reason (None | str):
        recorded_at (datetime.datetime):
        reverses_id (int | None):
        side (PoolSide):
    """

    amount: str
    correction_id: None | UUID
    currency: str
    employee_id: UUID
    id: int
    kind: LedgerEntryReadKind
    reason: None | str
    recorded_at: datetime.datetime
    reverses_id: int | None
    side: PoolSide
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        correction_id: None | str
        if isinstance(self.correction_id, UUID):
            correction_id = str(self.correction_id)
        else:
            correction_id = self.correction_id

        currency = self.currency

        employee_id = str(self.employee_id)

        id = self.id

        kind = self.kind.value

        reason: None | str
        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        reverses_id: int | None
        reverses_id = self.reverses_id

        side = self.side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "correction_id": correction_id,
                "currency": currency,
                "employee_id": employee_id,
                "id": id,
                "kind": kind,
                "reason": reason,
                "recorded_at": recorded_at,
                "reverses_id": reverses_id,
                "side": side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        def _parse_correction_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                correction_id_type_0 = UUID(data)

                return correction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        correction_id = _parse_correction_id(d.pop("correction_id"))

        currency = d.pop("currency")

        employee_id = UUID(d.pop("employee_id"))

        id = d.pop("id")

        kind = LedgerEntryReadKind(d.pop("kind"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        def _parse_reverses_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reverses_id = _parse_reverses_id(d.pop("reverses_id"))

        side = PoolSide(d.pop("side"))

        ledger_entry_read = cls(
            amount=amount,
            correction_id=correction_id,
            currency=currency,
            employee_id=employee_id,
            id=id,
            kind=kind,
            reason=reason,
            recorded_at=recorded_at,
            reverses_id=reverses_id,
            side=side,
        )

        ledger_entry_read.additional_properties = d
        return ledger_entry_read

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
