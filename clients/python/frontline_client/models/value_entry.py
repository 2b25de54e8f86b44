from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ValueEntry")


@_attrs_define
class ValueEntry:
    """A manual value (e.g. a store manager's rating) for one person, metric and month.

    Attributes:
        employee_id (UUID):
        metric_code (str):
        period (str): A month, e.g. 2026-11
        value (str): Decimal string, e.g. '4.5'
    """

    employee_id: UUID
    metric_code: str
    period: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        metric_code = self.metric_code

        period = self.period

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "employee_id": employee_id,
                "metric_code": metric_code,
                "period": period,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        metric_code = d.pop("metric_code")

        period = d.pop("period")

        value = d.pop("value")

        value_entry = cls(
            employee_id=employee_id,
            metric_code=metric_code,
            period=period,
            value=value,
        )

        return value_entry
