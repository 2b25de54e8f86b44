from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesLineIn")


@_attrs_define
class SalesLineIn:
    """
    Attributes:
        amount (str): Decimal string in the currency, e.g. '129.90'; negative for returns
        currency (str): ISO 4217 code
        external_id (str): The source's own line id
        quantity (int): Negative for returns
        sku (str):
        sold_at (datetime.datetime):
        store_code (str):
        employee_no (None | str | Unset): Who sold it (commission credit)
    """

    amount: str
    currency: str
    external_id: str
    quantity: int
    sku: str
    sold_at: datetime.datetime
    store_code: str
    employee_no: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        external_id = self.external_id

        quantity = self.quantity

        sku = self.sku

        sold_at = self.sold_at.isoformat()

        store_code = self.store_code

        employee_no: None | str | Unset
        if isinstance(self.employee_no, Unset):
            employee_no = UNSET
        else:
            employee_no = self.employee_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "external_id": external_id,
                "quantity": quantity,
                "sku": sku,
                "sold_at": sold_at,
                "store_code": store_code,
            }
        )
        if employee_no is not UNSET:
            field_dict["employee_no"] = employee_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = d.pop("currency")

        external_id = d.pop("external_id")

        quantity = d.pop("quantity")

        sku = d.pop("sku")

        sold_at = datetime.datetime.fromisoformat(d.pop("sold_at"))

        store_code = d.pop("store_code")

        def _parse_employee_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employee_no = _parse_employee_no(d.pop("employee_no", UNSET))

        sales_line_in = cls(
            amount=amount,
            currency=currency,
            external_id=external_id,
            quantity=quantity,
            sku=sku,
            sold_at=sold_at,
            store_code=store_code,
            employee_no=employee_no,
        )

        return sales_line_in
