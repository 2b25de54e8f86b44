from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction
from ..models.side import Side
from ..models.source import Source

if TYPE_CHECKING:
    from ..models.bands_scoring import BandsScoring
    from ..models.rating_scoring import RatingScoring
    from ..models.target_scoring import TargetScoring


T = TypeVar("T", bound="MetricDefinitionRead")


@_attrs_define
class MetricDefinitionRead:
    """
    Attributes:
        active (bool):
        code (str):
        created_at (datetime.datetime):
        direction (Direction):
        id (UUID):
        name (str):
        scoring (BandsScoring | RatingScoring | TargetScoring):
        side (Side):
        source (Source):
        unit (str):
        updated_at (datetime.datetime):
        volume_based (bool): A count of work done (sales, visits, tickets closed) whose target shrinks with the person's
            available hours: for days under an approved flexible arrangement or a legal protection the target is multiplied
            by available over standard hours
    """

    active: bool
    code: str
    created_at: datetime.datetime
    direction: Direction
    id: UUID
    name: str
    scoring: BandsScoring | RatingScoring | TargetScoring
    side: Side
    source: Source
    unit: str
    updated_at: datetime.datetime
    volume_based: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bands_scoring import BandsScoring  # noqa: PLC0415
        from ..models.target_scoring import TargetScoring  # noqa: PLC0415

        active = self.active

        code = self.code

        created_at = self.created_at.isoformat()

        direction = self.direction.value

        id = str(self.id)

        name = self.name

        scoring: dict[str, Any]
        if isinstance(self.scoring, TargetScoring):
            scoring = self.scoring.to_dict()
        elif isinstance(self.scoring, BandsScoring):
            scoring = self.scoring.to_dict()
        else:
            scoring = self.scoring.to_dict()

        side = self.side.value

        source = self.source.value

        unit = self.unit

        updated_at = self.updated_at.isoformat()

        volume_based = self.volume_based

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "code": code,
                "created_at": created_at,
                "direction": direction,
                "id": id,
                "name": name,
                "scoring": scoring,
                "side": side,
                "source": source,
                "unit": unit,
                "updated_at": updated_at,
                "volume_based": volume_based,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bands_scoring import BandsScoring  # noqa: PLC0415
        from ..models.rating_scoring import RatingScoring  # noqa: PLC0415
        from ..models.target_scoring import TargetScoring  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        direction = Direction(d.pop("direction"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_scoring(data: object) -> BandsScoring | RatingScoring | TargetScoring:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scoring_type_0 = TargetScoring.from_dict(data)

                return scoring_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scoring_type_1 = BandsScoring.from_dict(data)

                return scoring_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            scoring_type_2 = RatingScoring.from_dict(data)

            return scoring_type_2

        scoring = _parse_scoring(d.pop("scoring"))

        side = Side(d.pop("side"))

        source = Source(d.pop("source"))

        unit = d.pop("unit")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        volume_based = d.pop("volume_based")

        metric_definition_read = cls(
            active=active,
            code=code,
            created_at=created_at,
            direction=direction,
            id=id,
            name=name,
            scoring=scoring,
            side=side,
            source=source,
            unit=unit,
            updated_at=updated_at,
            volume_based=volume_based,
        )

        metric_definition_read.additional_properties = d
        return metric_definition_read

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
