from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.account_create_language_type_0 import AccountCreateLanguageType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_grant_create import RoleGrantCreate


T = TypeVar("T", bound="AccountCreate")


@_attrs_define
class AccountCreate:
    """
    Attributes:
        password (str):
        email (None | str | Unset): Sign-in e-mail (stored lower-case)
        employee_id (None | Unset | UUID): The person this account signs in as
        grants (list[RoleGrantCreate] | None | Unset): Role grants; when omitted an employee's account gets `employee`
            over their home unit
        language (AccountCreateLanguageType0 | None | Unset): Language of the texts this person reads; none: the
            organisation's default
    """

    password: str
    email: None | str | Unset = UNSET
    employee_id: None | Unset | UUID = UNSET
    grants: list[RoleGrantCreate] | None | Unset = UNSET
    language: AccountCreateLanguageType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.grants, Unset):
            grants = UNSET
        elif isinstance(self.grants, list):
            grants = []
            for grants_type_0_item_data in self.grants:
                grants_type_0_item = grants_type_0_item_data.to_dict()
                grants.append(grants_type_0_item)

        else:
            grants = self.grants

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, AccountCreateLanguageType0):
            language = self.language.value
        else:
            language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if grants is not UNSET:
            field_dict["grants"] = grants
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_grant_create import RoleGrantCreate  # noqa: PLC0415

        d = dict(src_dict)
        password = d.pop("password")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_employee_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id", UNSET))

        def _parse_grants(data: object) -> list[RoleGrantCreate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                grants_type_0 = []
                _grants_type_0 = data
                for grants_type_0_item_data in _grants_type_0:
                    grants_type_0_item = RoleGrantCreate.from_dict(grants_type_0_item_data)

                    grants_type_0.append(grants_type_0_item)

                return grants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoleGrantCreate] | None | Unset, data)

        grants = _parse_grants(d.pop("grants", UNSET))

        def _parse_language(data: object) -> AccountCreateLanguageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = AccountCreateLanguageType0(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountCreateLanguageType0 | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        account_create = cls(
            password=password,
            email=email,
            employee_id=employee_id,
            grants=grants,
            language=language,
        )

        return account_create
