from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.direction import Direction
from ..models.source import Source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bands_scoring import BandsScoring
    from ..models.rating_scoring import RatingScoring
    from ..models.target_scoring import TargetScoring


T = TypeVar("T", bound="MetricDefinitionUpdate")


@_attrs_define
class MetricDefinitionUpdate:
    """Code and side are fixed once templates use them; a new metric is a new definition.

    Attributes:
        active (bool | None | Unset):
        direction (Direction | None | Unset):
        name (None | str | Unset):
        scoring (BandsScoring | None | RatingScoring | TargetScoring | Unset):
        source (None | Source | Unset):
        unit (None | str | Unset):
        volume_based (bool | None | Unset): A count of work done (sales, visits, tickets closed) whose target shrinks
            with the person's available hours: for days under an approved flexible arrangement or a legal protection the
            target is multiplied by available over standard hours
    """

    active: bool | None | Unset = UNSET
    direction: Direction | None | Unset = UNSET
    name: None | str | Unset = UNSET
    scoring: BandsScoring | None | RatingScoring | TargetScoring | Unset = UNSET
    source: None | Source | Unset = UNSET
    unit: None | str | Unset = UNSET
    volume_based: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.bands_scoring import BandsScoring  # noqa: PLC0415
        from ..models.rating_scoring import RatingScoring  # noqa: PLC0415
        from ..models.target_scoring import TargetScoring  # noqa: PLC0415

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, Direction):
            direction = self.direction.value
        else:
            direction = self.direction

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        scoring: dict[str, Any] | None | Unset
        if isinstance(self.scoring, Unset):
            scoring = UNSET
        elif isinstance(self.scoring, TargetScoring):
            scoring = self.scoring.to_dict()
        elif isinstance(self.scoring, BandsScoring):
            scoring = self.scoring.to_dict()
        elif isinstance(self.scoring, RatingScoring):
            scoring = self.scoring.to_dict()
        else:
            scoring = self.scoring

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, Source):
            source = self.source.value
        else:
            source = self.source

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        volume_based: bool | None | Unset
        if isinstance(self.volume_based, Unset):
            volume_based = UNSET
        else:
            volume_based = self.volume_based

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if direction is not UNSET:
            field_dict["direction"] = direction
        if name is not UNSET:
            field_dict["name"] = name
        if scoring is not UNSET:
            field_dict["scoring"] = scoring
        if source is not UNSET:
            field_dict["source"] = source
        if unit is not UNSET:
            field_dict["unit"] = unit
        if volume_based is not UNSET:
            field_dict["volume_based"] = volume_based

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bands_scoring import BandsScoring  # noqa: PLC0415
        from ..models.rating_scoring import RatingScoring  # noqa: PLC0415
        from ..models.target_scoring import TargetScoring  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_direction(data: object) -> Direction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = Direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Direction | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_scoring(data: object) -> BandsScoring | None | RatingScoring | TargetScoring | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scoring_type_0_type_0 = TargetScoring.from_dict(data)

                return scoring_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scoring_type_0_type_1 = BandsScoring.from_dict(data)

                return scoring_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scoring_type_0_type_2 = RatingScoring.from_dict(data)

                return scoring_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BandsScoring | None | RatingScoring | TargetScoring | Unset, data)

        scoring = _parse_scoring(d.pop("scoring", UNSET))

        def _parse_source(data: object) -> None | Source | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = Source(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Source | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_volume_based(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        volume_based = _parse_volume_based(d.pop("volume_based", UNSET))

        metric_definition_update = cls(
            active=active,
            direction=direction,
            name=name,
            scoring=scoring,
            source=source,
            unit=unit,
            volume_based=volume_based,
        )

        return metric_definition_update
