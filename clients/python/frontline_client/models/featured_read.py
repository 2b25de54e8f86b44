from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consent_status import ConsentStatus

T = TypeVar("T", bound="FeaturedRead")


@_attrs_define
class FeaturedRead:
    """
    Attributes:
        answered_at (datetime.datetime | None):
        consent (ConsentStatus):
        employee_id (UUID):
        full_name (str):
    """

    answered_at: datetime.datetime | None
    consent: ConsentStatus
    employee_id: UUID
    full_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        consent = self.consent.value

        employee_id = str(self.employee_id)

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered_at": answered_at,
                "consent": consent,
                "employee_id": employee_id,
                "full_name": full_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answered_at"))

        consent = ConsentStatus(d.pop("consent"))

        employee_id = UUID(d.pop("employee_id"))

        full_name = d.pop("full_name")

        featured_read = cls(
            answered_at=answered_at,
            consent=consent,
            employee_id=employee_id,
            full_name=full_name,
        )

        featured_read.additional_properties = d
        return featured_read

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
