from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.override_create_rule import OverrideCreateRule

T = TypeVar("T", bound="OverrideCreate")


@_attrs_define
class OverrideCreate:
    """
    Attributes:
        employee_id (UUID):
        reason (str):
        rule (OverrideCreateRule):
    """

    employee_id: UUID
    reason: str
    rule: OverrideCreateRule

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        reason = self.reason

        rule = self.rule.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "employee_id": employee_id,
                "reason": reason,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        reason = d.pop("reason")

        rule = OverrideCreateRule(d.pop("rule"))

        override_create = cls(
            employee_id=employee_id,
            reason=reason,
            rule=rule,
        )

        return override_create
