from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.roster_status import RosterStatus

if TYPE_CHECKING:
    from ..models.coverage_read import CoverageRead
    from ..models.eligible_read import EligibleRead
    from ..models.override_read import OverrideRead
    from ..models.roster_shift_read import RosterShiftRead
    from ..models.violation_read import ViolationRead


T = TypeVar("T", bound="RosterRead")


@_attrs_define
class RosterRead:
    """
    Attributes:
        coverage (list[CoverageRead]):
        eligible (list[EligibleRead]):
        gaps (list[CoverageRead]):
        id (None | UUID): None until the first save
        overrides (list[OverrideRead]):
        published_at (datetime.datetime | None):
        shifts (list[RosterShiftRead]):
        status (RosterStatus):
        store_id (UUID):
        store_name (str):
        time_zone (str):
        version (int):
        violations (list[ViolationRead]):
        week_end (datetime.date):
        week_start (datetime.date):
    """

    coverage: list[CoverageRead]
    eligible: list[EligibleRead]
    gaps: list[CoverageRead]
    id: None | UUID
    overrides: list[OverrideRead]
    published_at: datetime.datetime | None
    shifts: list[RosterShiftRead]
    status: RosterStatus
    store_id: UUID
    store_name: str
    time_zone: str
    version: int
    violations: list[ViolationRead]
    week_end: datetime.date
    week_start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coverage = []
        for coverage_item_data in self.coverage:
            coverage_item = coverage_item_data.to_dict()
            coverage.append(coverage_item)

        eligible = []
        for eligible_item_data in self.eligible:
            eligible_item = eligible_item_data.to_dict()
            eligible.append(eligible_item)

        gaps = []
        for gaps_item_data in self.gaps:
            gaps_item = gaps_item_data.to_dict()
            gaps.append(gaps_item)

        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        overrides = []
        for overrides_item_data in self.overrides:
            overrides_item = overrides_item_data.to_dict()
            overrides.append(overrides_item)

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        shifts = []
        for shifts_item_data in self.shifts:
            shifts_item = shifts_item_data.to_dict()
            shifts.append(shifts_item)

        status = self.status.value

        store_id = str(self.store_id)

        store_name = self.store_name

        time_zone = self.time_zone

        version = self.version

        violations = []
        for violations_item_data in self.violations:
            violations_item = violations_item_data.to_dict()
            violations.append(violations_item)

        week_end = self.week_end.isoformat()

        week_start = self.week_start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coverage": coverage,
                "eligible": eligible,
                "gaps": gaps,
                "id": id,
                "overrides": overrides,
                "published_at": published_at,
                "shifts": shifts,
                "status": status,
                "store_id": store_id,
                "store_name": store_name,
                "time_zone": time_zone,
                "version": version,
                "violations": violations,
                "week_end": week_end,
                "week_start": week_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coverage_read import CoverageRead  # noqa: PLC0415
        from ..models.eligible_read import EligibleRead  # noqa: PLC0415
        from ..models.override_read import OverrideRead  # noqa: PLC0415
        from ..models.roster_shift_read import RosterShiftRead  # noqa: PLC0415
        from ..models.violation_read import ViolationRead  # noqa: PLC0415

        d = dict(src_dict)
        coverage = []
        _coverage = d.pop("coverage")
        for coverage_item_data in _coverage:
            coverage_item = CoverageRead.from_dict(coverage_item_data)

            coverage.append(coverage_item)

        eligible = []
        _eligible = d.pop("eligible")
        for eligible_item_data in _eligible:
            eligible_item = EligibleRead.from_dict(eligible_item_data)

            eligible.append(eligible_item)

        gaps = []
        _gaps = d.pop("gaps")
        for gaps_item_data in _gaps:
            gaps_item = CoverageRead.from_dict(gaps_item_data)

            gaps.append(gaps_item)

        def _parse_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        id = _parse_id(d.pop("id"))

        overrides = []
        _overrides = d.pop("overrides")
        for overrides_item_data in _overrides:
            overrides_item = OverrideRead.from_dict(overrides_item_data)

            overrides.append(overrides_item)

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        shifts = []
        _shifts = d.pop("shifts")
        for shifts_item_data in _shifts:
            shifts_item = RosterShiftRead.from_dict(shifts_item_data)

            shifts.append(shifts_item)

        status = RosterStatus(d.pop("status"))

        store_id = UUID(d.pop("store_id"))

        store_name = d.pop("store_name")

        time_zone = d.pop("time_zone")

        version = d.pop("version")

        violations = []
        _violations = d.pop("violations")
        for violations_item_data in _violations:
            violations_item = ViolationRead.from_dict(violations_item_data)

            violations.append(violations_item)

        week_end = datetime.date.fromisoformat(d.pop("week_end"))

        week_start = datetime.date.fromisoformat(d.pop("week_start"))

        roster_read = cls(
            coverage=coverage,
            eligible=eligible,
            gaps=gaps,
            id=id,
            overrides=overrides,
            published_at=published_at,
            shifts=shifts,
            status=status,
            store_id=store_id,
            store_name=store_name,
            time_zone=time_zone,
            version=version,
            violations=violations,
            week_end=week_end,
            week_start=week_start,
        )

        roster_read.additional_properties = d
        return roster_read

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
