from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.points_entry_read_kind import PointsEntryReadKind

T = TypeVar("T", bound="PointsEntryRead")


@_attrs_define
class PointsEntryRead:
    """
    Attributes:
        card_id (None | UUID):
        delta (int):
        expires_at (datetime.datetime | None):
        id (int):
        kind (PointsEntryReadKind):
        occurred_at (datetime.datetime):
        redemption_id (None | UUID):
    """

    card_id: None | UUID
    delta: int
    expires_at: datetime.datetime | None
    id: int
    kind: PointsEntryReadKind
    occurred_at: datetime.datetime
    redemption_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id: None | str
        if isinstance(self.card_id, UUID):
            card_id = str(self.card_id)
        else:
            card_id = self.card_id

        delta = self.delta

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        id = self.id

        kind = self.kind.value

        occurred_at = self.occurred_at.isoformat()

        redemption_id: None | str
        if isinstance(self.redemption_id, UUID):
            redemption_id = str(self.redemption_id)
        else:
            redemption_id = self.redemption_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
                "delta": delta,
                "expires_at": expires_at,
                "id": id,
                "kind": kind,
                "occurred_at": occurred_at,
                "redemption_id": redemption_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_card_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                card_id_type_0 = UUID(data)

                return card_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        card_id = _parse_card_id(d.pop("card_id"))

        delta = d.pop("delta")

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        id = d.pop("id")

        kind = PointsEntryReadKind(d.pop("kind"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_redemption_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                redemption_id_type_0 = UUID(data)

                return redemption_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        redemption_id = _parse_redemption_id(d.pop("redemption_id"))

        points_entry_read = cls(
            card_id=card_id,
            delta=delta,
            expires_at=expires_at,
            id=id,
            kind=kind,
            occurred_at=occurred_at,
            redemption_id=redemption_id,
        )

        points_entry_read.additional_properties = d
        return points_entry_read

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
