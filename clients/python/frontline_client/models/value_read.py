from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValueRead")


@_attrs_define
class ValueRead:
    """
    Attributes:
        comment (None | str):
        employee_id (UUID):
        entered_by (None | UUID):
        metric_code (str):
        period (str):
        source (str):
        updated_at (datetime.datetime):
        value (str):
    """

    comment: None | str
    employee_id: UUID
    entered_by: None | UUID
    metric_code: str
    period: str
    source: str
    updated_at: datetime.datetime
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: None | str
        comment = self.comment

        employee_id = str(self.employee_id)

        entered_by: None | str
        if isinstance(self.entered_by, UUID):
            entered_by = str(self.entered_by)
        else:
            entered_by = self.entered_by

        metric_code = self.metric_code

        period = self.period

        source = self.source

        updated_at = self.updated_at.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
                "employee_id": employee_id,
                "entered_by": entered_by,
                "metric_code": metric_code,
                "period": period,
                "source": source,
                "updated_at": updated_at,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        employee_id = UUID(d.pop("employee_id"))

        def _parse_entered_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entered_by_type_0 = UUID(data)

                return entered_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        entered_by = _parse_entered_by(d.pop("entered_by"))

        metric_code = d.pop("metric_code")

        period = d.pop("period")

        source = d.pop("source")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        value = d.pop("value")

        value_read = cls(
            comment=comment,
            employee_id=employee_id,
            entered_by=entered_by,
            metric_code=metric_code,
            period=period,
            source=source,
            updated_at=updated_at,
            value=value,
        )

        value_read.additional_properties = d
        return value_read

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
