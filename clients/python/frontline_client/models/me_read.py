from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.me_read_language_type_0 import MeReadLanguageType0

if TYPE_CHECKING:
    from ..models.employee_read import EmployeeRead
    from ..models.grant_view import GrantView


T = TypeVar("T", bound="MeRead")


@_attrs_define
class MeRead:
    """
    Attributes:
        account_id (UUID):
        email (None | str):
        employee (EmployeeRead | None):
        grants (list[GrantView]): Each role reaches the named unit and its whole subtree
        language (MeReadLanguageType0 | None): The language I chose for texts (null: the organisation's default); an
            Accept-Language naming zh-CN or en wins for that request
        sees_everyone (bool): True for HR, leaders and administrators
    """

    account_id: UUID
    email: None | str
    employee: EmployeeRead | None
    grants: list[GrantView]
    language: MeReadLanguageType0 | None
    sees_everyone: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.employee_read import EmployeeRead  # noqa: PLC0415

        account_id = str(self.account_id)

        email: None | str
        email = self.email

        employee: dict[str, Any] | None
        if isinstance(self.employee, EmployeeRead):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        language: None | str
        if isinstance(self.language, MeReadLanguageType0):
            language = self.language.value
        else:
            language = self.language

        sees_everyone = self.sees_everyone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "email": email,
                "employee": employee,
                "grants": grants,
                "language": language,
                "sees_everyone": sees_everyone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_read import EmployeeRead  # noqa: PLC0415
        from ..models.grant_view import GrantView  # noqa: PLC0415

        d = dict(src_dict)
        account_id = UUID(d.pop("account_id"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_employee(data: object) -> EmployeeRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                employee_type_0 = EmployeeRead.from_dict(data)

                return employee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeeRead | None, data)

        employee = _parse_employee(d.pop("employee"))

        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = GrantView.from_dict(grants_item_data)

            grants.append(grants_item)

        def _parse_language(data: object) -> MeReadLanguageType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = MeReadLanguageType0(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeReadLanguageType0 | None, data)

        language = _parse_language(d.pop("language"))

        sees_everyone = d.pop("sees_everyone")

        me_read = cls(
            account_id=account_id,
            email=email,
            employee=employee,
            grants=grants,
            language=language,
            sees_everyone=sees_everyone,
        )

        me_read.additional_properties = d
        return me_read

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
