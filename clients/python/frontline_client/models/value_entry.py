from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValueEntry")


@_attrs_define
class ValueEntry:
    """A manual value (e.g. a store manager's rating) for one person, metric and month. The metric
    must be on the person's scorecard for the part of the month the writer answers for, and the
    value on the metric's scale.

        Attributes:
            employee_id (UUID):
            metric_code (str):
            period (str): A month, e.g. 2026-11
            value (str): Decimal string, e.g. '4.5'
            comment (None | str | Unset): Why this value, written to the person: they see it with their score, as HR does.
                Entering the value again without one clears it.
    """

    employee_id: UUID
    metric_code: str
    period: str
    value: str
    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        metric_code = self.metric_code

        period = self.period

        value = self.value

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "employee_id": employee_id,
                "metric_code": metric_code,
                "period": period,
                "value": value,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        metric_code = d.pop("metric_code")

        period = d.pop("period")

        value = d.pop("value")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        value_entry = cls(
            employee_id=employee_id,
            metric_code=metric_code,
            period=period,
            value=value,
            comment=comment,
        )

        return value_entry
