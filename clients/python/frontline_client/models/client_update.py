from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientUpdate")


@_attrs_define
class ClientUpdate:
    """
    Attributes:
        name (None | str | Unset):
        rate_limit_per_minute (int | None | Unset):
        scopes (list[Scope] | None | Unset):
        unit_ids (list[UUID] | None | Unset):
    """

    name: None | str | Unset = UNSET
    rate_limit_per_minute: int | None | Unset = UNSET
    scopes: list[Scope] | None | Unset = UNSET
    unit_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rate_limit_per_minute: int | None | Unset
        if isinstance(self.rate_limit_per_minute, Unset):
            rate_limit_per_minute = UNSET
        else:
            rate_limit_per_minute = self.rate_limit_per_minute

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = []
            for scopes_type_0_item_data in self.scopes:
                scopes_type_0_item = scopes_type_0_item_data.value
                scopes.append(scopes_type_0_item)

        else:
            scopes = self.scopes

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

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if rate_limit_per_minute is not UNSET:
            field_dict["rate_limit_per_minute"] = rate_limit_per_minute
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if unit_ids is not UNSET:
            field_dict["unit_ids"] = unit_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_rate_limit_per_minute(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_per_minute = _parse_rate_limit_per_minute(d.pop("rate_limit_per_minute", UNSET))

        def _parse_scopes(data: object) -> list[Scope] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = []
                _scopes_type_0 = data
                for scopes_type_0_item_data in _scopes_type_0:
                    scopes_type_0_item = Scope(scopes_type_0_item_data)

                    scopes_type_0.append(scopes_type_0_item)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Scope] | None | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

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

        client_update = cls(
            name=name,
            rate_limit_per_minute=rate_limit_per_minute,
            scopes=scopes,
            unit_ids=unit_ids,
        )

        return client_update
