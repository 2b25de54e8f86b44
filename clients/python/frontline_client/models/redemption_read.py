from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_kind import ItemKind
from ..models.redemption_status import RedemptionStatus

if TYPE_CHECKING:
    from ..models.person import Person


T = TypeVar("T", bound="RedemptionRead")


@_attrs_define
class RedemptionRead:
    """
    Attributes:
        decided_at (datetime.datetime | None):
        employee (Person):
        id (UUID):
        item_code (str):
        item_kind (ItemKind):
        item_name (str):
        note (None | str):
        points (int):
        reason (None | str):
        requested_at (datetime.datetime):
        status (RedemptionStatus):
        version (int):
    """

    decided_at: datetime.datetime | None
    employee: Person
    id: UUID
    item_code: str
    item_kind: ItemKind
    item_name: str
    note: None | str
    points: int
    reason: None | str
    requested_at: datetime.datetime
    status: RedemptionStatus
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        employee = self.employee.to_dict()

        id = str(self.id)

        item_code = self.item_code

        item_kind = self.item_kind.value

        item_name = self.item_name

        note: None | str
        note = self.note

        points = self.points

        reason: None | str
        reason = self.reason

        requested_at = self.requested_at.isoformat()

        status = self.status.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decided_at": decided_at,
                "employee": employee,
                "id": id,
                "item_code": item_code,
                "item_kind": item_kind,
                "item_name": item_name,
                "note": note,
                "points": points,
                "reason": reason,
                "requested_at": requested_at,
                "status": status,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person import Person  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        employee = Person.from_dict(d.pop("employee"))

        id = UUID(d.pop("id"))

        item_code = d.pop("item_code")

        item_kind = ItemKind(d.pop("item_kind"))

        item_name = d.pop("item_name")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        points = d.pop("points")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))

        status = RedemptionStatus(d.pop("status"))

        version = d.pop("version")

        redemption_read = cls(
            decided_at=decided_at,
            employee=employee,
            id=id,
            item_code=item_code,
            item_kind=item_kind,
            item_name=item_name,
            note=note,
            points=points,
            reason=reason,
            requested_at=requested_at,
            status=status,
            version=version,
        )

        redemption_read.additional_properties = d
        return redemption_read

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
