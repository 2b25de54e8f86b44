from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """
    Attributes:
        name (str):
        scopes (list[Scope]):
        rate_limit_per_minute (int | Unset):  Default: 600.
        unit_ids (list[UUID] | None | Unset): Org units (each with its subtree) the client may act for; omit for the
            whole organisation
    """

    name: str
    scopes: list[Scope]
    rate_limit_per_minute: int | Unset = 600
    unit_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        rate_limit_per_minute = self.rate_limit_per_minute

        unit_ids: list[str] | None | Unset
        if isinstance(self.unit_ids, Unset):
            unit_ids = UNSET
        elif isinstance(self.unit_ids, list):
            unit_ids = []
            for unit_ids_type_0_item_data in self.unit_ids:
                unit_ids_type_0_item = str(unit_ids_type_0_item_data)
                unit_ids.append(unit_ids_type_0_item)

        else:
            unit_ids = self.unit_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "scopes": scopes,
            }
        )
        if rate_limit_per_minute is not UNSET:
            field_dict["rate_limit_per_minute"] = rate_limit_per_minute
        if unit_ids is not UNSET:
            field_dict["unit_ids"] = unit_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = Scope(scopes_item_data)

            scopes.append(scopes_item)

        rate_limit_per_minute = d.pop("rate_limit_per_minute", UNSET)

        def _parse_unit_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[UUID] | None | Unset, data)

        unit_ids = _parse_unit_ids(d.pop("unit_ids", UNSET))

        client_create = cls(
            name=name,
            scopes=scopes,
            rate_limit_per_minute=rate_limit_per_minute,
            unit_ids=unit_ids,
        )

        return client_create
