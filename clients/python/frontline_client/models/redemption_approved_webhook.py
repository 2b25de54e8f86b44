from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.redemption_approved import RedemptionApproved


T = TypeVar("T", bound="RedemptionApprovedWebhook")


@_attrs_define
class RedemptionApprovedWebhook:
    """
    Attributes:
        data (RedemptionApproved):
        id (str): Unique per event; a redelivery repeats it (deduplicate on it)
        occurred_at (datetime.datetime):
        type_ (Literal['recognition.redemption_approved']): The event's topic
        version (Literal[1]): The data's schema version
    """

    data: RedemptionApproved
    id: str
    occurred_at: datetime.datetime
    type_: Literal["recognition.redemption_approved"]
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
        from ..models.redemption_approved import RedemptionApproved  # noqa: PLC0415

        d = dict(src_dict)
        data = RedemptionApproved.from_dict(d.pop("data"))

        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        type_ = cast(Literal["recognition.redemption_approved"], d.pop("type"))
        if type_ != "recognition.redemption_approved":
            raise ValueError(f"type must match const 'recognition.redemption_approved', got '{type_}'")

        version = cast(Literal[1], d.pop("version"))
        if version != 1:
            raise ValueError(f"version must match const 1, got '{version}'")

        redemption_approved_webhook = cls(
            data=data,
            id=id,
            occurred_at=occurred_at,
            type_=type_,
            version=version,
        )

        redemption_approved_webhook.additional_properties = d
        return redemption_approved_webhook

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
