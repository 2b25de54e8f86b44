from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_read_language_type_0 import AccountReadLanguageType0

if TYPE_CHECKING:
    from ..models.role_grant_read import RoleGrantRead


T = TypeVar("T", bound="AccountRead")


@_attrs_define
class AccountRead:
    """
    Attributes:
        created_at (datetime.datetime):
        email (None | str):
        employee_id (None | UUID):
        grants (list[RoleGrantRead]):
        id (UUID):
        is_active (bool):
        language (AccountReadLanguageType0 | None): Language of the texts this person reads; null: the default
        last_login_at (datetime.datetime | None):
        locked_until (datetime.datetime | None):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    email: None | str
    employee_id: None | UUID
    grants: list[RoleGrantRead]
    id: UUID
    is_active: bool
    language: AccountReadLanguageType0 | None
    last_login_at: datetime.datetime | None
    locked_until: datetime.datetime | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        email: None | str
        email = self.email

        employee_id: None | str
        if isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        id = str(self.id)

        is_active = self.is_active

        language: None | str
        if isinstance(self.language, AccountReadLanguageType0):
            language = self.language.value
        else:
            language = self.language

        last_login_at: None | str
        if isinstance(self.last_login_at, datetime.datetime):
            last_login_at = self.last_login_at.isoformat()
        else:
            last_login_at = self.last_login_at

        locked_until: None | str
        if isinstance(self.locked_until, datetime.datetime):
            locked_until = self.locked_until.isoformat()
        else:
            locked_until = self.locked_until

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "email": email,
                "employee_id": employee_id,
                "grants": grants,
                "id": id,
                "is_active": is_active,
                "language": language,
                "last_login_at": last_login_at,
                "locked_until": locked_until,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_grant_read import RoleGrantRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_employee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id"))

        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = RoleGrantRead.from_dict(grants_item_data)

            grants.append(grants_item)

        id = UUID(d.pop("id"))

        is_active = d.pop("is_active")

        def _parse_language(data: object) -> AccountReadLanguageType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = AccountReadLanguageType0(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountReadLanguageType0 | None, data)

        language = _parse_language(d.pop("language"))

        def _parse_last_login_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_login_at = _parse_last_login_at(d.pop("last_login_at"))

        def _parse_locked_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_until_type_0 = datetime.datetime.fromisoformat(data)

                return locked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        locked_until = _parse_locked_until(d.pop("locked_until"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        account_read = cls(
            created_at=created_at,
            email=email,
            employee_id=employee_id,
            grants=grants,
            id=id,
            is_active=is_active,
            language=language,
            last_login_at=last_login_at,
            locked_until=locked_until,
            updated_at=updated_at,
        )

        account_read.additional_properties = d
        return account_read

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
