from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponderStats")


@_attrs_define
class ResponderStats:
    """
    Attributes:
        account_id (UUID):
        average_rating (float | None):
        first_response_met (int):
        first_responses (int):
        full_name (None | str): The responder's name; none for an account that is not a person
        resolved (int):
    """

    account_id: UUID
    average_rating: float | None
    first_response_met: int
    first_responses: int
    full_name: None | str
    resolved: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        average_rating: float | None
        average_rating = self.average_rating

        first_response_met = self.first_response_met

        first_responses = self.first_responses

        full_name: None | str
        full_name = self.full_name

        resolved = self.resolved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "average_rating": average_rating,
                "first_response_met": first_response_met,
                "first_responses": first_responses,
                "full_name": full_name,
                "resolved": resolved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("account_id"))

        def _parse_average_rating(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_rating = _parse_average_rating(d.pop("average_rating"))

        first_response_met = d.pop("first_response_met")

        first_responses = d.pop("first_responses")

        def _parse_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_name = _parse_full_name(d.pop("full_name"))

        resolved = d.pop("resolved")

        responder_stats = cls(
            account_id=account_id,
            average_rating=average_rating,
            first_response_met=first_response_met,
            first_responses=first_responses,
            full_name=full_name,
            resolved=resolved,
        )

        responder_stats.additional_properties = d
        return responder_stats

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
