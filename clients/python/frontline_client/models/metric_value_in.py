from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricValueIn")


@_attrs_define
class MetricValueIn:
    """
    Attributes:
        metric_code (str):
        period (str): A month (2026-11) or a day (2026-11-23), in the organisation's calendar
        value (str): Decimal string, up to 6 decimal places
        employee_no (None | str | Unset):
        store_code (None | str | Unset):
    """

    metric_code: str
    period: str
    value: str
    employee_no: None | str | Unset = UNSET
    store_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metric_code = self.metric_code

        period = self.period

        value = self.value

        employee_no: None | str | Unset
        if isinstance(self.employee_no, Unset):
            employee_no = UNSET
        else:
            employee_no = self.employee_no

        store_code: None | str | Unset
        if isinstance(self.store_code, Unset):
            store_code = UNSET
        else:
            store_code = self.store_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metric_code": metric_code,
                "period": period,
                "value": value,
            }
        )
        if employee_no is not UNSET:
            field_dict["employee_no"] = employee_no
        if store_code is not UNSET:
            field_dict["store_code"] = store_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_code = d.pop("metric_code")

        period = d.pop("period")

        value = d.pop("value")

        def _parse_employee_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employee_no = _parse_employee_no(d.pop("employee_no", UNSET))

        def _parse_store_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        store_code = _parse_store_code(d.pop("store_code", UNSET))

        metric_value_in = cls(
            metric_code=metric_code,
            period=period,
            value=value,
            employee_no=employee_no,
            store_code=store_code,
        )

        return metric_value_in
