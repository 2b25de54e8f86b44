from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timesheet_row import TimesheetRow


T = TypeVar("T", bound="Timesheet")


@_attrs_define
class Timesheet:
    """
    Attributes:
        period_from (datetime.date):
        period_to (datetime.date):
        rows (list[TimesheetRow]):
    """

    period_from: datetime.date
    period_to: datetime.date
    rows: list[TimesheetRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_from": period_from,
                "period_to": period_to,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timesheet_row import TimesheetRow  # noqa: PLC0415

        d = dict(src_dict)
        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = TimesheetRow.from_dict(rows_item_data)

            rows.append(rows_item)

        timesheet = cls(
            period_from=period_from,
            period_to=period_to,
            rows=rows,
        )

        timesheet.additional_properties = d
        return timesheet

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
