from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_category import CreditCategory
from ..models.delivery import Delivery

T = TypeVar("T", bound="CourseRead")


@_attrs_define
class CourseRead:
    """
    Attributes:
        active_from (datetime.date):
        active_to (datetime.date | None):
        base_credits (str):
        category (CreditCategory):
        code (str):
        credits_ (str): What a completion that meets the rule earns (base x weight)
        delivery (Delivery):
        effect_metrics (list[str]):
        local_title (None | str):
        pass_mark (int):
        skills (list[str]):
        title (str):
        version (int):
        weight (str):
    """

    active_from: datetime.date
    active_to: datetime.date | None
    base_credits: str
    category: CreditCategory
    code: str
    credits_: str
    delivery: Delivery
    effect_metrics: list[str]
    local_title: None | str
    pass_mark: int
    skills: list[str]
    title: str
    version: int
    weight: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_from = self.active_from.isoformat()

        active_to: None | str
        if isinstance(self.active_to, datetime.date):
            active_to = self.active_to.isoformat()
        else:
            active_to = self.active_to

        base_credits = self.base_credits

        category = self.category.value

        code = self.code

        credits_ = self.credits_

        delivery = self.delivery.value

        effect_metrics = self.effect_metrics

        local_title: None | str
        local_title = self.local_title

        pass_mark = self.pass_mark

        skills = self.skills

        title = self.title

        version = self.version

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_from": active_from,
                "active_to": active_to,
                "base_credits": base_credits,
                "category": category,
                "code": code,
                "credits": credits_,
                "delivery": delivery,
                "effect_metrics": effect_metrics,
                "local_title": local_title,
                "pass_mark": pass_mark,
                "skills": skills,
                "title": title,
                "version": version,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_from = datetime.date.fromisoformat(d.pop("active_from"))

        def _parse_active_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                active_to_type_0 = datetime.date.fromisoformat(data)

                return active_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        active_to = _parse_active_to(d.pop("active_to"))

        base_credits = d.pop("base_credits")

        category = CreditCategory(d.pop("category"))

        code = d.pop("code")

        credits_ = d.pop("credits")

        delivery = Delivery(d.pop("delivery"))

        effect_metrics = cast(list[str], d.pop("effect_metrics"))

        def _parse_local_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_title = _parse_local_title(d.pop("local_title"))

        pass_mark = d.pop("pass_mark")

        skills = cast(list[str], d.pop("skills"))

        title = d.pop("title")

        version = d.pop("version")

        weight = d.pop("weight")

        course_read = cls(
            active_from=active_from,
            active_to=active_to,
            base_credits=base_credits,
            category=category,
            code=code,
            credits_=credits_,
            delivery=delivery,
            effect_metrics=effect_metrics,
            local_title=local_title,
            pass_mark=pass_mark,
            skills=skills,
            title=title,
            version=version,
            weight=weight,
        )

        course_read.additional_properties = d
        return course_read

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
