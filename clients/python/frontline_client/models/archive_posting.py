from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.archive_month import ArchiveMonth


T = TypeVar("T", bound="ArchivePosting")


@_attrs_define
class ArchivePosting:
    """
    Attributes:
        ends_on (datetime.date | None): The last day (None: open-ended)
        kind (str): secondment or permanent
        months (list[ArchiveMonth]):
        starts_on (datetime.date):
        transfer_id (None | UUID):
        unit_code (str):
        unit_id (UUID):
        unit_kind (str):
        unit_name (str):
    """

    ends_on: datetime.date | None
    kind: str
    months: list[ArchiveMonth]
    starts_on: datetime.date
    transfer_id: None | UUID
    unit_code: str
    unit_id: UUID
    unit_kind: str
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        kind = self.kind

        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)

        starts_on = self.starts_on.isoformat()

        transfer_id: None | str
        if isinstance(self.transfer_id, UUID):
            transfer_id = str(self.transfer_id)
        else:
            transfer_id = self.transfer_id

        unit_code = self.unit_code

        unit_id = str(self.unit_id)

        unit_kind = self.unit_kind

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ends_on": ends_on,
                "kind": kind,
                "months": months,
                "starts_on": starts_on,
                "transfer_id": transfer_id,
                "unit_code": unit_code,
                "unit_id": unit_id,
                "unit_kind": unit_kind,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.archive_month import ArchiveMonth  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        kind = d.pop("kind")

        months = []
        _months = d.pop("months")
        for months_item_data in _months:
            months_item = ArchiveMonth.from_dict(months_item_data)

            months.append(months_item)

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        def _parse_transfer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transfer_id_type_0 = UUID(data)

                return transfer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        transfer_id = _parse_transfer_id(d.pop("transfer_id"))

        unit_code = d.pop("unit_code")

        unit_id = UUID(d.pop("unit_id"))

        unit_kind = d.pop("unit_kind")

        unit_name = d.pop("unit_name")

        archive_posting = cls(
            ends_on=ends_on,
            kind=kind,
            months=months,
            starts_on=starts_on,
            transfer_id=transfer_id,
            unit_code=unit_code,
            unit_id=unit_id,
            unit_kind=unit_kind,
            unit_name=unit_name,
        )

        archive_posting.additional_properties = d
        return archive_posting

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
