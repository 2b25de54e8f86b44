from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.responder_stats import ResponderStats


T = TypeVar("T", bound="DepartmentStats")


@_attrs_define
class DepartmentStats:
    """
    Attributes:
        average_rating (float | None):
        deflections (int): Tickets not raised in the period because one of the department's knowledge-base articles
            solved the problem (this solved it)
        department_id (UUID):
        department_name (str):
        first_response_compliance (float | None): Share answered within target, 0..1
        median_first_response_minutes (float | None):
        paused_minutes (int):
        ratings (int):
        resolution_compliance (float | None):
        responders (list[ResponderStats]):
        tickets (int):
    """

    average_rating: float | None
    deflections: int
    department_id: UUID
    department_name: str
    first_response_compliance: float | None
    median_first_response_minutes: float | None
    paused_minutes: int
    ratings: int
    resolution_compliance: float | None
    responders: list[ResponderStats]
    tickets: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_rating: float | None
        average_rating = self.average_rating

        deflections = self.deflections

        department_id = str(self.department_id)

        department_name = self.department_name

        first_response_compliance: float | None
        first_response_compliance = self.first_response_compliance

        median_first_response_minutes: float | None
        median_first_response_minutes = self.median_first_response_minutes

        paused_minutes = self.paused_minutes

        ratings = self.ratings

        resolution_compliance: float | None
        resolution_compliance = self.resolution_compliance

        responders = []
        for responders_item_data in self.responders:
            responders_item = responders_item_data.to_dict()
            responders.append(responders_item)

        tickets = self.tickets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_rating": average_rating,
                "deflections": deflections,
                "department_id": department_id,
                "department_name": department_name,
                "first_response_compliance": first_response_compliance,
                "median_first_response_minutes": median_first_response_minutes,
                "paused_minutes": paused_minutes,
                "ratings": ratings,
                "resolution_compliance": resolution_compliance,
                "responders": responders,
                "tickets": tickets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.responder_stats import ResponderStats  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_average_rating(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_rating = _parse_average_rating(d.pop("average_rating"))

        deflections = d.pop("deflections")

        department_id = UUID(d.pop("department_id"))

        department_name = d.pop("department_name")

        def _parse_first_response_compliance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        first_response_compliance = _parse_first_response_compliance(d.pop("first_response_compliance"))

        def _parse_median_first_response_minutes(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_first_response_minutes = _parse_median_first_response_minutes(d.pop("median_first_response_minutes"))

        paused_minutes = d.pop("paused_minutes")

        ratings = d.pop("ratings")

        def _parse_resolution_compliance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resolution_compliance = _parse_resolution_compliance(d.pop("resolution_compliance"))

        responders = []
        _responders = d.pop("responders")
        for responders_item_data in _responders:
            responders_item = ResponderStats.from_dict(responders_item_data)

            responders.append(responders_item)

        tickets = d.pop("tickets")

        department_stats = cls(
            average_rating=average_rating,
            deflections=deflections,
            department_id=department_id,
            department_name=department_name,
            first_response_compliance=first_response_compliance,
            median_first_response_minutes=median_first_response_minutes,
            paused_minutes=paused_minutes,
            ratings=ratings,
            resolution_compliance=resolution_compliance,
            responders=responders,
            tickets=tickets,
        )

        department_stats.additional_properties = d
        return department_stats

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
