from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_event import WebhookEvent

T = TypeVar("T", bound="SubscriptionCreate")


@_attrs_define
class SubscriptionCreate:
    """
    Attributes:
        events (list[WebhookEvent]): Exact topics (`ticket.created`) or families (`transfer.*`, `ticket.*`) from the
            catalog; `webhook.test` deliveries reach the subscription they test whatever it lists.
        url (str): http(s) URL that receives the POSTs; no credentials in it
    """

    events: list[WebhookEvent]
    url: str

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = WebhookEvent(events_item_data)

            events.append(events_item)

        url = d.pop("url")

        subscription_create = cls(
            events=events,
            url=url,
        )

        return subscription_create
