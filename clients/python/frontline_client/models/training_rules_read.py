from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.training_rules_read_readiness_mode import TrainingRulesReadReadinessMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingRulesRead")


@_attrs_define
class TrainingRulesRead:
    """
    Attributes:
        version (int): 0: the defaults, never changed
        currency (str | Unset):  Default: 'CNY'.
        intermediate_allowance (str | Unset):  Default: '1000'.
        intermediate_at (str | Unset): Credits that make a person intermediate Default: '40'.
        junior_allowance (str | Unset): Monthly allowance, in `currency` Default: '500'.
        junior_at (str | Unset): Credits that make a person junior Default: '20'.
        modifier_cap_percent (int | Unset): At most this much Default: 10.
        modifier_step_percent (int | Unset): Pools that apply the credit modifier raise a person's weight this much per
            10 credits of the year Default: 1.
        online_min_completion_percent (int | Unset):  Default: 100.
        online_min_exam_score (int | Unset):  Default: 80.
        practice_credits (str | Unset):  Default: '3'.
        practice_min_mentor_score (int | Unset):  Default: 8.
        readiness_mode (TrainingRulesReadReadinessMode | Unset): block: a posting's secondment is not approved until its
            required courses are passed Default: TrainingRulesReadReadinessMode.BLOCK.
        senior_allowance (str | Unset):  Default: '1500'.
        senior_at (str | Unset): Credits that make a person senior Default: '60'.
    """

    version: int
    currency: str | Unset = "CNY"
    intermediate_allowance: str | Unset = "1000"
    intermediate_at: str | Unset = "40"
    junior_allowance: str | Unset = "500"
    junior_at: str | Unset = "20"
    modifier_cap_percent: int | Unset = 10
    modifier_step_percent: int | Unset = 1
    online_min_completion_percent: int | Unset = 100
    online_min_exam_score: int | Unset = 80
    practice_credits: str | Unset = "3"
    practice_min_mentor_score: int | Unset = 8
    readiness_mode: TrainingRulesReadReadinessMode | Unset = TrainingRulesReadReadinessMode.BLOCK
    senior_allowance: str | Unset = "1500"
    senior_at: str | Unset = "60"

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        currency = self.currency

        intermediate_allowance = self.intermediate_allowance

        intermediate_at = self.intermediate_at

        junior_allowance = self.junior_allowance

        junior_at = self.junior_at

        modifier_cap_percent = self.modifier_cap_percent

        modifier_step_percent = self.modifier_step_percent

        online_min_completion_percent = self.online_min_completion_percent

        online_min_exam_score = self.online_min_exam_score

        practice_credits = self.practice_credits

        practice_min_mentor_score = self.practice_min_mentor_score

        readiness_mode: str | Unset = UNSET
        if not isinstance(self.readiness_mode, Unset):
            readiness_mode = self.readiness_mode.value

        senior_allowance = self.senior_allowance

        senior_at = self.senior_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if intermediate_allowance is not UNSET:
            field_dict["intermediate_allowance"] = intermediate_allowance
        if intermediate_at is not UNSET:
            field_dict["intermediate_at"] = intermediate_at
        if junior_allowance is not UNSET:
            field_dict["junior_allowance"] = junior_allowance
        if junior_at is not UNSET:
            field_dict["junior_at"] = junior_at
        if modifier_cap_percent is not UNSET:
            field_dict["modifier_cap_percent"] = modifier_cap_percent
        if modifier_step_percent is not UNSET:
            field_dict["modifier_step_percent"] = modifier_step_percent
        if online_min_completion_percent is not UNSET:
            field_dict["online_min_completion_percent"] = online_min_completion_percent
        if online_min_exam_score is not UNSET:
            field_dict["online_min_exam_score"] = online_min_exam_score
        if practice_credits is not UNSET:
            field_dict["practice_credits"] = practice_credits
        if practice_min_mentor_score is not UNSET:
            field_dict["practice_min_mentor_score"] = practice_min_mentor_score
        if readiness_mode is not UNSET:
            field_dict["readiness_mode"] = readiness_mode
        if senior_allowance is not UNSET:
            field_dict["senior_allowance"] = senior_allowance
        if senior_at is not UNSET:
            field_dict["senior_at"] = senior_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        currency = d.pop("currency", UNSET)

        intermediate_allowance = d.pop("intermediate_allowance", UNSET)

        intermediate_at = d.pop("intermediate_at", UNSET)

        junior_allowance = d.pop("junior_allowance", UNSET)

        junior_at = d.pop("junior_at", UNSET)

        modifier_cap_percent = d.pop("modifier_cap_percent", UNSET)

        modifier_step_percent = d.pop("modifier_step_percent", UNSET)

        online_min_completion_percent = d.pop("online_min_completion_percent", UNSET)

        online_min_exam_score = d.pop("online_min_exam_score", UNSET)

        practice_credits = d.pop("practice_credits", UNSET)

        practice_min_mentor_score = d.pop("practice_min_mentor_score", UNSET)

        _readiness_mode = d.pop("readiness_mode", UNSET)
        readiness_mode: TrainingRulesReadReadinessMode | Unset
        if isinstance(_readiness_mode, Unset):
            readiness_mode = UNSET
        else:
            readiness_mode = TrainingRulesReadReadinessMode(_readiness_mode)

        senior_allowance = d.pop("senior_allowance", UNSET)

        senior_at = d.pop("senior_at", UNSET)

        training_rules_read = cls(
            version=version,
            currency=currency,
            intermediate_allowance=intermediate_allowance,
            intermediate_at=intermediate_at,
            junior_allowance=junior_allowance,
            junior_at=junior_at,
            modifier_cap_percent=modifier_cap_percent,
            modifier_step_percent=modifier_step_percent,
            online_min_completion_percent=online_min_completion_percent,
            online_min_exam_score=online_min_exam_score,
            practice_credits=practice_credits,
            practice_min_mentor_score=practice_min_mentor_score,
            readiness_mode=readiness_mode,
            senior_allowance=senior_allowance,
            senior_at=senior_at,
        )

        return training_rules_read
