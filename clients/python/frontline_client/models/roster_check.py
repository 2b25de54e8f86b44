from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.coverage_read import CoverageRead
    from ..models.violation_read import ViolationRead


T = TypeVar("T", bound="RosterCheck")


@_attrs_define
class RosterCheck:
    """
    Attributes:
        coverage (list[CoverageRead]):
        gaps (list[CoverageRead]):
        publishable (bool):
        violations (list[ViolationRead]):
    """

    coverage: list[CoverageRead]
    gaps: list[CoverageRead]
    publishable: bool
    violations: list[ViolationRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coverage = []
        for coverage_item_data in self.coverage:
            coverage_item = coverage_item_data.to_dict()
            coverage.append(coverage_item)

        gaps = []
        for gaps_item_data in self.gaps:
            gaps_item = gaps_item_data.to_dict()
            gaps.append(gaps_item)

        publishable = self.publishable

        violations = []
        for violations_item_data in self.violations:
            violations_item = violations_item_data.to_dict()
            violations.append(violations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coverage": coverage,
                "gaps": gaps,
                "publishable": publishable,
                "violations": violations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coverage_read import CoverageRead  # noqa: PLC0415
        from ..models.violation_read import ViolationRead  # noqa: PLC0415

        d = dict(src_dict)
        coverage = []
        _coverage = d.pop("coverage")
        for coverage_item_data in _coverage:
            coverage_item = CoverageRead.from_dict(coverage_item_data)

            coverage.append(coverage_item)

        gaps = []
        _gaps = d.pop("gaps")
        for gaps_item_data in _gaps:
            gaps_item = CoverageRead.from_dict(gaps_item_data)

            gaps.append(gaps_item)

        publishable = d.pop("publishable")

        violations = []
        _violations = d.pop("violations")
        for violations_item_data in _violations:
            violations_item = ViolationRead.from_dict(violations_item_data)

            violations.append(violations_item)

        roster_check = cls(
            coverage=coverage,
            gaps=gaps,
            publishable=publishable,
            violations=violations,
        )

        roster_check.additional_properties = d
        return roster_check

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
