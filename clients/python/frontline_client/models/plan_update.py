from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_share import CategoryShare


T = TypeVar("T", bound="PlanUpdate")


@_attrs_define
class PlanUpdate:
    """The credits a population is expected to earn in a year and how they divide by category.

    Attributes:
        total (str):
        elective (CategoryShare | Unset):
        practice (CategoryShare | Unset):
        required (CategoryShare | Unset):
        version (int | None | Unset): The version read, when changing a plan
    """

    total: str
    elective: CategoryShare | Unset = UNSET
    practice: CategoryShare | Unset = UNSET
    required: CategoryShare | Unset = UNSET
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        elective: dict[str, Any] | Unset = UNSET
        if not isinstance(self.elective, Unset):
            elective = self.elective.to_dict()

        practice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.practice, Unset):
            practice = self.practice.to_dict()

        required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required.to_dict()

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "total": total,
            }
        )
        if elective is not UNSET:
            field_dict["elective"] = elective
        if practice is not UNSET:
            field_dict["practice"] = practice
        if required is not UNSET:
            field_dict["required"] = required
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_share import CategoryShare  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        _elective = d.pop("elective", UNSET)
        elective: CategoryShare | Unset
        if isinstance(_elective, Unset):
            elective = UNSET
        else:
            elective = CategoryShare.from_dict(_elective)

        _practice = d.pop("practice", UNSET)
        practice: CategoryShare | Unset
        if isinstance(_practice, Unset):
            practice = UNSET
        else:
            practice = CategoryShare.from_dict(_practice)

        _required = d.pop("required", UNSET)
        required: CategoryShare | Unset
        if isinstance(_required, Unset):
            required = UNSET
        else:
            required = CategoryShare.from_dict(_required)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        plan_update = cls(
            total=total,
            elective=elective,
            practice=practice,
            required=required,
            version=version,
        )

        return plan_update
