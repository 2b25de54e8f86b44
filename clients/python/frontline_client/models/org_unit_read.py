from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_unit_kind import OrgUnitKind

T = TypeVar("T", bound="OrgUnitRead")


@_attrs_define
class OrgUnitRead:
    """
    Attributes:
        address (None | str):
        code (str):
        created_at (datetime.datetime):
        geofence_radius_m (int | None):
        id (UUID):
        kind (OrgUnitKind):
        latitude (float | None):
        local_name (None | str): The name in Chinese characters, if recorded
        longitude (float | None):
        name (str):
        parent_id (None | UUID):
        timezone (str):
        updated_at (datetime.datetime):
    """

    address: None | str
    code: str
    created_at: datetime.datetime
    geofence_radius_m: int | None
    id: UUID
    kind: OrgUnitKind
    latitude: float | None
    local_name: None | str
    longitude: float | None
    name: str
    parent_id: None | UUID
    timezone: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: None | str
        address = self.address

        code = self.code

        created_at = self.created_at.isoformat()

        geofence_radius_m: int | None
        geofence_radius_m = self.geofence_radius_m

        id = str(self.id)

        kind = self.kind.value

        latitude: float | None
        latitude = self.latitude

        local_name: None | str
        local_name = self.local_name

        longitude: float | None
        longitude = self.longitude

        name = self.name

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        timezone = self.timezone

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "code": code,
                "created_at": created_at,
                "geofence_radius_m": geofence_radius_m,
                "id": id,
                "kind": kind,
                "latitude": latitude,
                "local_name": local_name,
                "longitude": longitude,
                "name": name,
                "parent_id": parent_id,
                "timezone": timezone,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_geofence_radius_m(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        geofence_radius_m = _parse_geofence_radius_m(d.pop("geofence_radius_m"))

        id = UUID(d.pop("id"))

        kind = OrgUnitKind(d.pop("kind"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_local_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_name = _parse_local_name(d.pop("local_name"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        name = d.pop("name")

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        timezone = d.pop("timezone")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        org_unit_read = cls(
            address=address,
            code=code,
            created_at=created_at,
            geofence_radius_m=geofence_radius_m,
            id=id,
            kind=kind,
            latitude=latitude,
            local_name=local_name,
            longitude=longitude,
            name=name,
            parent_id=parent_id,
            timezone=timezone,
            updated_at=updated_at,
        )

        org_unit_read.additional_properties = d
        return org_unit_read

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
