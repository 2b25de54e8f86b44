from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.credit_category import CreditCategory
from ..models.delivery import Delivery
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseUpdate")


@_attrs_define
class CourseUpdate:
    """
    Attributes:
        active_from (datetime.date):
        base_credits (str): Credits before the weight
        category (CreditCategory):
        delivery (Delivery):
        title (str):
        active_to (datetime.date | None | Unset):
        effect_metrics (list[str] | Unset): Performance metrics the course should move: the training-effect report
            compares them
        local_title (None | str | Unset):
        pass_mark (int | Unset): Exam score a classroom course needs Default: 60.
        skills (list[str] | Unset): Skills the course builds
        version (int | None | Unset): The version read, when changing a course
        weight (str | Unset): 0.5 to 3; strategic or hard courses earn more Default: '1'.
    """

    active_from: datetime.date
    base_credits: str
    category: CreditCategory
    delivery: Delivery
    title: str
    active_to: datetime.date | None | Unset = UNSET
    effect_metrics: list[str] | Unset = UNSET
    local_title: None | str | Unset = UNSET
    pass_mark: int | Unset = 60
    skills: list[str] | Unset = UNSET
    version: int | None | Unset = UNSET
    weight: str | Unset = "1"

    def to_dict(self) -> dict[str, Any]:
        active_from = self.active_from.isoformat()

        base_credits = self.base_credits

        category = self.category.value

        delivery = self.delivery.value

        title = self.title

        active_to: None | str | Unset
        if isinstance(self.active_to, Unset):
            active_to = UNSET
        elif isinstance(self.active_to, datetime.date):
            active_to = self.active_to.isoformat()
        else:
            active_to = self.active_to

        effect_metrics: list[str] | Unset = UNSET
        if not isinstance(self.effect_metrics, Unset):
            effect_metrics = self.effect_metrics

        local_title: None | str | Unset
        if isinstance(self.local_title, Unset):
            local_title = UNSET
        else:
            local_title = self.local_title

        pass_mark = self.pass_mark

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        weight = self.weight

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active_from": active_from,
                "base_credits": base_credits,
                "category": category,
                "delivery": delivery,
                "title": title,
            }
        )
        if active_to is not UNSET:
            field_dict["active_to"] = active_to
        if effect_metrics is not UNSET:
            field_dict["effect_metrics"] = effect_metrics
        if local_title is not UNSET:
            field_dict["local_title"] = local_title
        if pass_mark is not UNSET:
            field_dict["pass_mark"] = pass_mark
        if skills is not UNSET:
            field_dict["skills"] = skills
        if version is not UNSET:
            field_dict["version"] = version
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_from = datetime.date.fromisoformat(d.pop("active_from"))

        base_credits = d.pop("base_credits")

        category = CreditCategory(d.pop("category"))

        delivery = Delivery(d.pop("delivery"))

        title = d.pop("title")

        def _parse_active_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                active_to_type_0 = datetime.date.fromisoformat(data)

                return active_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        active_to = _parse_active_to(d.pop("active_to", UNSET))

        effect_metrics = cast(list[str], d.pop("effect_metrics", UNSET))

        def _parse_local_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_title = _parse_local_title(d.pop("local_title", UNSET))

        pass_mark = d.pop("pass_mark", UNSET)

        skills = cast(list[str], d.pop("skills", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        weight = d.pop("weight", UNSET)

        course_update = cls(
            active_from=active_from,
            base_credits=base_credits,
            category=category,
            delivery=delivery,
            title=title,
            active_to=active_to,
            effect_metrics=effect_metrics,
            local_title=local_title,
            pass_mark=pass_mark,
            skills=skills,
            version=version,
            weight=weight,
        )

        return course_update
