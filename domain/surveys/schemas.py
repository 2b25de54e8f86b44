"""What the pulse survey endpoints take and answer."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from domain.shared.schemas import DisplayName, InputModel
from domain.surveys.models import Stage, SurveyStatus
from domain.surveys.rules import COMMENT_LIMIT

QuestionKey = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Comment = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=COMMENT_LIMIT)]


class Question(InputModel):
    key: QuestionKey = Field(description="Stable key the answers and figures use", examples=["overall"])
    text: DisplayName = Field(examples=["How satisfied are you with your frontline posting?"])
    local_text: DisplayName | None = Field(default=None, examples=["你对本次一线派驻满意吗"])


class QuestionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    key: str
    text: str
    local_text: str | None = None


STANDARD_REASONS: list[dict[str, str]] = [
    {"key": "mentor_support", "text": "Mentor support", "local_text": "导师支持"},
    {"key": "fair_targets", "text": "Fair targets", "local_text": "目标公平"},
    {"key": "commute", "text": "Commute", "local_text": "通勤"},
    {"key": "family", "text": "Family", "local_text": "家庭"},
    {"key": "safety", "text": "Safety", "local_text": "安全"},
    {"key": "workload", "text": "Workload", "local_text": "工作量"},
]


def _distinct_keys(questions: list[Question]) -> list[Question]:
    keys = [q.key for q in questions]
    if len(set(keys)) != len(keys):
        raise ValueError("keys must be distinct")
    return questions


class SurveyWrite(InputModel):
    title: DisplayName = Field(examples=["Frontline pulse"])
    local_title: DisplayName | None = Field(default=None, examples=["一线脉搏调查"])
    scales: list[Question] = Field(
        min_length=1,
        max_length=10,
        description="Questions answered 1 (not at all) to 5 (fully); the first is the headline the satisfaction "
        "figure counts (4 or 5: satisfied)",
    )
    reasons: list[Question] = Field(
        default_factory=lambda: [Question(**reason) for reason in STANDARD_REASONS],
        max_length=12,
        description="Single-choice options for what weighs most on the posting (mentor support, fair targets, "
        "commute, family, safety, workload unless given)",
    )
    comment_prompt: DisplayName | None = Field(
        default=None, description="The optional free-text question; none: no comment"
    )
    cadence_days: int = Field(default=28, ge=7, le=182, description="Days between waves while people are on postings")
    open_days: int = Field(default=7, ge=1, le=28, description="Days a wave takes answers")
    at_end: bool = Field(default=True, description="Also ask those whose posting ended since the last wave")
    version: int | None = Field(default=None, ge=1, description="The version read, when changing a draft")

    _scales = field_validator("scales")(_distinct_keys)
    _reasons = field_validator("reasons")(_distinct_keys)


class SurveyRead(BaseModel):
    id: uuid.UUID
    title: str
    local_title: str | None
    scales: list[QuestionRead]
    reasons: list[QuestionRead]
    comment_prompt: str | None
    cadence_days: int
    open_days: int
    at_end: bool
    status: SurveyStatus
    version: int
    created_at: datetime
    updated_at: datetime
    activated_at: datetime | None
    retired_at: datetime | None


class WaveRead(BaseModel):
    id: uuid.UUID
    survey_id: uuid.UUID
    opened_on: date
    closes_on: date = Field(description="The last day answers are taken")
    invited: int
    answered: int = Field(description="How many of those invited answered (not who, nor what)")
    response_rate: str | None = Field(description="answered / invited to four places")
    closed: bool = Field(description="Closed waves' answers count in the satisfaction figure")


class MySurvey(BaseModel):
    wave_id: uuid.UUID
    title: str
    local_title: str | None
    stage: Stage = Field(description="during: asked while on the posting; end: about a posting that ended")
    unit_id: uuid.UUID = Field(description="The store or project of the posting asked about")
    unit_name: str
    scales: list[QuestionRead]
    reasons: list[QuestionRead]
    comment_prompt: str | None
    closes_on: date
    answered_at: datetime | None = Field(description="When I answered (what I answered is not kept with my name)")


class AnswerCreate(InputModel):
    scores: dict[QuestionKey, Annotated[int, Field(strict=True)]] = Field(
        description="Every scale question's answer, 1 to 5, by key", examples=[{"overall": 4, "mentor": 5}]
    )
    reason: QuestionKey | None = Field(
        default=None, description="One of the survey's reasons, or none", examples=["commute"]
    )
    comment: Comment | None = Field(default=None, description="Only if the survey asks for one; only HR reads comments")


class AnswerRead(BaseModel):
    wave_id: uuid.UUID
    stage: Stage
    answered_at: datetime
