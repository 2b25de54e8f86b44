from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.direction import Direction
from ..models.side import Side
from ..models.source import Source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bands_scoring import BandsScoring
    from ..models.rating_scoring import RatingScoring
    from ..models.target_scoring import TargetScoring


T = TypeVar("T", bound="MetricDefinitionCreate")


@_attrs_define
class MetricDefinitionCreate:
    """
    Attributes:
        code (str):
        direction (Direction):
        name (str):
        scoring (BandsScoring | RatingScoring | TargetScoring):
        side (Side):
        source (Source):
        unit (str): e.g. %, points, CNY, minutes
        volume_based (bool | Unset): A count of work done (sales, visits, tickets closed) whose target shrinks with the
            person's available hours: for days under an approved flexible arrangement or a legal protection the target is
            multiplied by available over standard hours Default: False.
    """

    code: str
    direction: Direction
    name: str
    scoring: BandsScoring | RatingScoring | TargetScoring
    side: Side
    source: Source
    unit: str
    volume_based: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.bands_scoring import BandsScoring  # noqa: PLC0415
        from ..models.target_scoring import TargetScoring  # noqa: PLC0415

        code = self.code

        direction = self.direction.value

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

        volume_based = self.volume_based

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "direction": direction,
                "name": name,
                "scoring": scoring,
                "side": side,
                "source": source,
                "unit": unit,
            }
        )
        if volume_based is not UNSET:
            field_dict["volume_based"] = volume_based

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bands_scoring import BandsScoring  # noqa: PLC0415
        from ..models.rating_scoring import RatingScoring  # noqa: PLC0415
        from ..models.target_scoring import TargetScoring  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        direction = Direction(d.pop("direction"))

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

        volume_based = d.pop("volume_based", UNSET)

        metric_definition_create = cls(
            code=code,
            direction=direction,
            name=name,
            scoring=scoring,
            side=side,
            source=source,
            unit=unit,
            volume_based=volume_based,
        )

        return metric_definition_create
