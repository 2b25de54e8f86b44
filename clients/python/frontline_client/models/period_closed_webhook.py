from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.period_closed import PeriodClosed


T = TypeVar("T", bound="PeriodClosedWebhook")


@_attrs_define
class PeriodClosedWebhook:
    """
    Attributes:
        data (PeriodClosed):
        id (str): Unique per event; a redelivery repeats it (deduplicate on it)
        occurred_at (datetime.datetime):
        type_ (Literal['period.closed']): The event's topic
        version (Literal[1]): The data's schema version
    """

    data: PeriodClosed
    id: str
    occurred_at: datetime.datetime
    type_: Literal["period.closed"]
    version: Literal[1]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        id = self.id

        occurred_at = self.occurred_at.isoformat()

        type_ = self.type_

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "id": id,
                "occurred_at": occurred_at,
                "type": type_,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_closed import PeriodClosed  # noqa: PLC0415

        d = dict(src_dict)
        data = PeriodClosed.from_dict(d.pop("data"))

        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        type_ = cast(Literal["period.closed"], d.pop("type"))
        if type_ != "period.closed":
            raise ValueError(f"type must match const 'period.closed', got '{type_}'")

        version = cast(Literal[1], d.pop("version"))
        if version != 1:
            raise ValueError(f"version must match const 1, got '{version}'")

        period_closed_webhook = cls(
            data=data,
            id=id,
            occurred_at=occurred_at,
            type_=type_,
            version=version,
        )

        period_closed_webhook.additional_properties = d
        return period_closed_webhook

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
