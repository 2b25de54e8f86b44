from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnfilledRead")


@_attrs_define
class UnfilledRead:
    """
    Attributes:
        code (str):
        day (datetime.date):
        missing (int):
        reasons (list[str]): Rule slugs that kept the remaining people off this shift
        template_id (UUID):
    """

    code: str
    day: datetime.date
    missing: int
    reasons: list[str]
    template_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        day = self.day.isoformat()

        missing = self.missing

        reasons = self.reasons

        template_id = str(self.template_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "day": day,
                "missing": missing,
                "reasons": reasons,
                "template_id": template_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        day = datetime.date.fromisoformat(d.pop("day"))

        missing = d.pop("missing")

        reasons = cast(list[str], d.pop("reasons"))

        template_id = UUID(d.pop("template_id"))

        unfilled_read = cls(
            code=code,
            day=day,
            missing=missing,
            reasons=reasons,
            template_id=template_id,
        )

        unfilled_read.additional_properties = d
        return unfilled_read

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
