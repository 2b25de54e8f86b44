from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope import Scope

if TYPE_CHECKING:
    from ..models.secret_info import SecretInfo


T = TypeVar("T", bound="ClientRead")


@_attrs_define
class ClientRead:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID): The client_id for the client_credentials grant
        name (str):
        rate_limit_per_minute (int):
        revoked_at (datetime.datetime | None):
        scopes (list[Scope]):
        secrets (list[SecretInfo]): Secrets that still work, newest first (hashes are never shown)
        unit_ids (list[UUID] | None):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    id: UUID
    name: str
    rate_limit_per_minute: int
    revoked_at: datetime.datetime | None
    scopes: list[Scope]
    secrets: list[SecretInfo]
    unit_ids: list[UUID] | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        name = self.name

        rate_limit_per_minute = self.rate_limit_per_minute

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        secrets = []
        for secrets_item_data in self.secrets:
            secrets_item = secrets_item_data.to_dict()
            secrets.append(secrets_item)

        unit_ids: list[str] | None
        if isinstance(self.unit_ids, list):
            unit_ids = []
            for unit_ids_type_0_item_data in self.unit_ids:
                unit_ids_type_0_item = str(unit_ids_type_0_item_data)
                unit_ids.append(unit_ids_type_0_item)

        else:
            unit_ids = self.unit_ids

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "rate_limit_per_minute": rate_limit_per_minute,
                "revoked_at": revoked_at,
                "scopes": scopes,
                "secrets": secrets,
                "unit_ids": unit_ids,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secret_info import SecretInfo  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        rate_limit_per_minute = d.pop("rate_limit_per_minute")

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = Scope(scopes_item_data)

            scopes.append(scopes_item)

        secrets = []
        _secrets = d.pop("secrets")
        for secrets_item_data in _secrets:
            secrets_item = SecretInfo.from_dict(secrets_item_data)

            secrets.append(secrets_item)

        def _parse_unit_ids(data: object) -> list[UUID] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unit_ids_type_0 = []
                _unit_ids_type_0 = data
                for unit_ids_type_0_item_data in _unit_ids_type_0:
                    unit_ids_type_0_item = UUID(unit_ids_type_0_item_data)

                    unit_ids_type_0.append(unit_ids_type_0_item)

                return unit_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None, data)

        unit_ids = _parse_unit_ids(d.pop("unit_ids"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        client_read = cls(
            created_at=created_at,
            id=id,
            name=name,
            rate_limit_per_minute=rate_limit_per_minute,
            revoked_at=revoked_at,
            scopes=scopes,
            secrets=secrets,
            unit_ids=unit_ids,
            updated_at=updated_at,
        )

        client_read.additional_properties = d
        return client_read

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
