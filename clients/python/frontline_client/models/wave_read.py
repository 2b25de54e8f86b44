from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WaveRead")


@_attrs_define
class WaveRead:
    """
    Attributes:
        answered (int): How many of those invited answered (not who, nor what)
        closed (bool): Closed waves' answers count in the satisfaction figure
        closes_on (datetime.date): The last day answers are taken
        id (UUID):
        invited (int):
        opened_on (datetime.date):
        response_rate (None | str): answered / invited to four places
        survey_id (UUID):
    """

    answered: int
    closed: bool
    closes_on: datetime.date
    id: UUID
    invited: int
    opened_on: datetime.date
    response_rate: None | str
    survey_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered = self.answered

        closed = self.closed

        closes_on = self.closes_on.isoformat()

        id = str(self.id)

        invited = self.invited

        opened_on = self.opened_on.isoformat()

        response_rate: None | str
        response_rate = self.response_rate

        survey_id = str(self.survey_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered": answered,
                "closed": closed,
                "closes_on": closes_on,
                "id": id,
                "invited": invited,
                "opened_on": opened_on,
                "response_rate": response_rate,
                "survey_id": survey_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answered = d.pop("answered")

        closed = d.pop("closed")

        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        id = UUID(d.pop("id"))

        invited = d.pop("invited")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        def _parse_response_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response_rate = _parse_response_rate(d.pop("response_rate"))

        survey_id = UUID(d.pop("survey_id"))

        wave_read = cls(
            answered=answered,
            closed=closed,
            closes_on=closes_on,
            id=id,
            invited=invited,
            opened_on=opened_on,
            response_rate=response_rate,
            survey_id=survey_id,
        )

        wave_read.additional_properties = d
        return wave_read

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
