"""Problem types that carry extension members, declared one model each so the OpenAPI document types
them and generated clients read `distance_m` as a number, not as an untyped extra.

api/errors.py renders a refusal's keyword extras (`raise PunchRefused(..., distance_m=...)`) as
members of the problem; every problem type whose raise sites pass such extras has a model here,
named for the type, its `type` a constant. Routes name the ones they can answer with
(`problems(409, 422, typed=(TransferOverlapProblem,))`); tests/api/test_app_shape.py checks that every
keyword extra of a raise site in domain/ is declared on its problem type's model.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import ClassVar, Literal

from pydantic import BaseModel, Field

from api.errors import PROBLEM_TYPE_PREFIX, Problem


class TypedProblem(Problem):
    """A problem type with members of its own; `slug` and `status` say which answers it describes."""

    slug: ClassVar[str]
    status_code: ClassVar[int]


class GeofenceOutsideProblem(TypedProblem):
    """A punch from outside the store's geofence (with the GPS accuracy's buffer)."""

    slug = "geofence.outside"
    status_code = 422
    type: Literal["/problems/geofence.outside"]
    distance_m: int = Field(description="How far the phone was from the store, in metres")
    radius_m: int = Field(description="The store's geofence radius, in metres")
    buffer_m: int = Field(description="The allowance granted for the fix's accuracy, in metres")
    store_name: str


class GeofenceLowAccuracyProblem(TypedProblem):
    """A GPS fix too coarse to decide on, with no Wi-Fi or QR proof of presence."""

    slug = "geofence.low_accuracy"
    status_code = 422
    type: Literal["/problems/geofence.low_accuracy"]
    accuracy_m: float = Field(description="The fix's accuracy, in metres")
    max_accuracy_m: float = Field(description="The coarsest fix accepted, in metres")


class NotAssignedProblem(TypedProblem):
    """A punch at a store the person is not assigned to on that day."""

    slug = "clock_in.not_assigned"
    status_code = 422
    type: Literal["/problems/clock_in.not_assigned"]
    store_name: str


class RateLimitedProblem(TypedProblem):
    """An integration client over its requests per minute."""

    slug = "rate_limited"
    status_code = 429
    type: Literal["/problems/rate_limited"]
    retry_after_s: int = Field(description="Seconds until the next window (also the Retry-After header)")
    limit_per_minute: int


class TooManyAttemptsProblem(TypedProblem):
    """Sign-ins throttled after repeated failures."""

    slug = "auth.too_many_attempts"
    status_code = 429
    type: Literal["/problems/auth.too_many_attempts"]
    retry_after_s: int = Field(description="Seconds to wait (also the Retry-After header)")


class ServiceUnavailableProblem(TypedProblem):
    """Too busy to answer now; retry after the given seconds."""

    slug = "service.unavailable"
    status_code = 503
    type: Literal["/problems/service.unavailable"]
    retry_after_s: int | None = Field(default=None, description="Seconds to wait, when known (also Retry-After)")


class InsufficientScopeProblem(TypedProblem):
    """An integration client without the scope the operation needs."""

    slug = "auth.insufficient_scope"
    status_code = 403
    type: Literal["/problems/auth.insufficient_scope"]
    scope: str = Field(description="The scope the operation needs, e.g. ingest:sales")


class PeriodClosedProblem(TypedProblem):
    """A write into a closed performance month."""

    slug = "performance.period_closed"
    status_code = 409
    type: Literal["/problems/performance.period_closed"]
    period: str = Field(description="The closed month, YYYY-MM")


class PeriodNotEndedProblem(TypedProblem):
    """A month closed before it has ended in the organisation's time zone, without an override."""

    slug = "performance.period_not_ended"
    status_code = 409
    type: Literal["/problems/performance.period_not_ended"]
    ends_on: date = Field(description="The month's last day")
    timezone: str = Field(description="The organisation's IANA time zone the month ends in")


class PoolPeriodNotEndedProblem(PeriodNotEndedProblem):
    """A pool locked before its month has ended in the organisation's time zone, without an override."""

    slug = "pool.period_not_ended"
    type: Literal["/problems/pool.period_not_ended"]  # type: ignore[assignment]


class PoolNotEditableProblem(TypedProblem):
    slug = "pool.not_editable"
    status_code = 409
    type: Literal["/problems/pool.not_editable"]
    status_now: Literal["draft", "calculated", "approved", "locked"] = Field(description="The pool's status now")


class PoolWrongStatusProblem(TypedProblem):
    slug = "pool.wrong_status"
    status_code = 409
    type: Literal["/problems/pool.wrong_status"]
    status_now: Literal["draft", "calculated", "approved", "locked"] = Field(description="The pool's status now")


class PoolNotLockedProblem(TypedProblem):
    slug = "pool.not_locked"
    status_code = 409
    type: Literal["/problems/pool.not_locked"]
    status_now: Literal["draft", "calculated", "approved", "locked"] = Field(description="The pool's status now")


class StepAlreadyDecidedProblem(TypedProblem):
    slug = "transfer.step_already_decided"
    status_code = 409
    type: Literal["/problems/transfer.step_already_decided"]
    current_step: int = Field(description="The step the request is at now")


class StepNotOpenProblem(TypedProblem):
    slug = "transfer.step_not_open"
    status_code = 409
    type: Literal["/problems/transfer.step_not_open"]
    current_step: int = Field(description="The step the request is at now")


class TransferOverlapProblem(TypedProblem):
    """A secondment overlapping another of the same person."""

    slug = "transfer.overlap"
    status_code = 409
    type: Literal["/problems/transfer.overlap"]
    overlapping_from: date = Field(description="First day of the secondment it overlaps")
    overlapping_to: date | None = Field(default=None, description="Its last day; absent when open-ended")


class NoDeciderProblem(TypedProblem):
    """A request whose chain would stick at a step nobody but its own parties could decide."""

    slug = "transfer.no_decider"
    status_code = 422
    type: Literal["/problems/transfer.no_decider"]
    step: int = Field(description="The step's position in the chain")
    step_name: str


class RuleViolation(BaseModel):
    code: str = Field(description="Which rule, e.g. weights.sum")
    message: str


class ScorecardRuleViolationProblem(TypedProblem):
    """A scorecard template that breaks the organisation's template rules, with every reason."""

    slug = "scorecard.rule_violation"
    status_code = 422
    type: Literal["/problems/scorecard.rule_violation"]
    violations: list[RuleViolation]


class ArrangementOverlapProblem(TypedProblem):
    """A flexible arrangement overlapping another of the same person (in review or approved)."""

    slug = "arrangement.overlap"
    status_code = 409
    type: Literal["/problems/arrangement.overlap"]
    conflicting_arrangement_id: uuid.UUID = Field(description="The arrangement it overlaps")


class ArrangementWindowTooShortProblem(TypedProblem):
    """A daily window that cannot hold the rest of the working day."""

    slug = "arrangement.window_too_short"
    status_code = 422
    type: Literal["/problems/arrangement.window_too_short"]
    held_minutes: int = Field(description="Minutes the window holds")
    remaining_minutes: int = Field(description="Minutes the day still needs after any reduction")


class ArrangementStepMismatchProblem(TypedProblem):
    slug = "arrangement.step_mismatch"
    status_code = 409
    type: Literal["/problems/arrangement.step_mismatch"]
    current_step: int = Field(description="The step the arrangement waits at now")


class RosterViolation(BaseModel):
    rule: str = Field(description="Stable slug, e.g. care.no_night_work or roster.women_late_share")
    overridable: bool
    text: str
    until: date | None = Field(description="The last day a care rule holds")
    employee_ids: list[uuid.UUID]
    days: list[date]
    numbers: dict[str, int | str]


class RosterRuleBrokenProblem(TypedProblem):
    """Assignments that break a rule: each violation names the rule, the people and days, and until
    when a care rule holds (never why)."""

    slug = "roster.rule_broken"
    status_code = 422
    type: Literal["/problems/roster.rule_broken"]
    violations: list[RosterViolation]


class RosterVersionConflictProblem(TypedProblem):
    slug = "roster.version_conflict"
    status_code = 409
    type: Literal["/problems/roster.version_conflict"]
    current_version: int = Field(description="The roster's version now (0: none saved)")


class ShiftSwapVersionConflictProblem(TypedProblem):
    slug = "shift_swap.version_conflict"
    status_code = 409
    type: Literal["/problems/shift_swap.version_conflict"]
    current_version: int


class ShiftSwapAlreadyOfferedProblem(TypedProblem):
    slug = "shift_swap.already_offered"
    status_code = 409
    type: Literal["/problems/shift_swap.already_offered"]
    swap_id: str = Field(description="The open offer of this shift")


class PostingVersionConflictProblem(TypedProblem):
    slug = "posting.version_conflict"
    status_code = 409
    type: Literal["/problems/posting.version_conflict"]
    current_version: int


class CourseVersionConflictProblem(TypedProblem):
    slug = "course.version_conflict"
    status_code = 409
    type: Literal["/problems/course.version_conflict"]
    current_version: int


class KnowledgeArticleVersionConflictProblem(TypedProblem):
    slug = "knowledge_article.version_conflict"
    status_code = 409
    type: Literal["/problems/knowledge_article.version_conflict"]
    current_version: int


class TicketAlreadyArticleProblem(TypedProblem):
    slug = "knowledge.ticket_already_article"
    status_code = 409
    type: Literal["/problems/knowledge.ticket_already_article"]
    article_id: str = Field(description="The article this ticket already became")


class RecognitionVersionConflictProblem(TypedProblem):
    slug = "recognition.version_conflict"
    status_code = 409
    type: Literal["/problems/recognition.version_conflict"]
    current_version: int | None = Field(None, description="Absent when another request added it meanwhile")


class OverBudgetProblem(TypedProblem):
    """A card's points beyond what is left of the sender's monthly budget."""

    slug = "recognition.over_budget"
    status_code = 409
    type: Literal["/problems/recognition.over_budget"]
    budget: int = Field(description="The sender's budget this month, in points")
    remaining: int = Field(description="Points of it still to give")
    month: str = Field(description="The budget's month, YYYY-MM")


class PairCapProblem(TypedProblem):
    """Points between the same two people beyond the monthly cap (either way)."""

    slug = "recognition.pair_cap"
    status_code = 409
    type: Literal["/problems/recognition.pair_cap"]
    cap: int = Field(description="Points two people may exchange in a month")
    remaining: int = Field(description="Points the pair may still exchange")
    month: str = Field(description="The cap's month, YYYY-MM")


class ProgrammeExhaustedProblem(TypedProblem):
    slug = "recognition.programme_exhausted"
    status_code = 409
    type: Literal["/problems/recognition.programme_exhausted"]
    remaining: int = Field(description="Points left in the programme's pool")


class PoolBelowAwardedProblem(TypedProblem):
    slug = "recognition.pool_below_awarded"
    status_code = 409
    type: Literal["/problems/recognition.pool_below_awarded"]
    awarded: int = Field(description="Points already awarded from the programme")


class OutOfStockProblem(TypedProblem):
    slug = "recognition.out_of_stock"
    status_code = 409
    type: Literal["/problems/recognition.out_of_stock"]
    item_code: str


class InsufficientPointsProblem(TypedProblem):
    slug = "recognition.insufficient_points"
    status_code = 409
    type: Literal["/problems/recognition.insufficient_points"]
    balance: int = Field(description="The requester's points now")
    price: int = Field(description="The item's price in points")


class RedemptionDecidedProblem(TypedProblem):
    slug = "recognition.redemption_decided"
    status_code = 409
    type: Literal["/problems/recognition.redemption_decided"]
    current_status: str


class ConsentHolder(BaseModel):
    employee_id: str
    full_name: str
    consent: str = Field(description="pending or refused")


class ConsentMissingProblem(TypedProblem):
    """A story published while someone featured has not consented; nothing changed."""

    slug = "story.consent_missing"
    status_code = 409
    type: Literal["/problems/story.consent_missing"]
    missing: list[ConsentHolder]


class EligibilityRuleVersionConflictProblem(TypedProblem):
    slug = "eligibility_rule.version_conflict"
    status_code = 409
    type: Literal["/problems/eligibility_rule.version_conflict"]
    current_version: int


class PlanVersionConflictProblem(TypedProblem):
    slug = "plan.version_conflict"
    status_code = 409
    type: Literal["/problems/plan.version_conflict"]
    current_version: int


class AllowanceMonthNotEndedProblem(PeriodNotEndedProblem):
    """Allowances calculated before their month has ended in the organisation's time zone."""

    slug = "allowance.month_not_ended"
    type: Literal["/problems/allowance.month_not_ended"]  # type: ignore[assignment]


class AllowanceVersionConflictProblem(TypedProblem):
    slug = "allowance.version_conflict"
    status_code = 409
    type: Literal["/problems/allowance.version_conflict"]
    current_version: int


class AllowanceNotApprovedProblem(TypedProblem):
    slug = "allowance.not_approved"
    status_code = 409
    type: Literal["/problems/allowance.not_approved"]
    status_now: Literal["calculated", "approved"] = Field(description="The month's status now")


class ApplicantNotReadyProblem(TypedProblem):
    """A posting's secondment approved before the applicant passed its required courses ("block" mode)."""

    slug = "posting.applicant_not_ready"
    status_code = 409
    type: Literal["/problems/posting.applicant_not_ready"]
    missing_courses: list[str] = Field(description="Codes of the required courses not yet passed")


class BonusRuleVersionConflictProblem(TypedProblem):
    slug = "bonus_rule.version_conflict"
    status_code = 409
    type: Literal["/problems/bonus_rule.version_conflict"]
    current_version: int


TYPED_PROBLEMS: tuple[type[TypedProblem], ...] = (
    GeofenceOutsideProblem,
    GeofenceLowAccuracyProblem,
    NotAssignedProblem,
    RateLimitedProblem,
    TooManyAttemptsProblem,
    ServiceUnavailableProblem,
    InsufficientScopeProblem,
    PeriodClosedProblem,
    PeriodNotEndedProblem,
    PoolPeriodNotEndedProblem,
    PoolNotEditableProblem,
    PoolWrongStatusProblem,
    PoolNotLockedProblem,
    StepAlreadyDecidedProblem,
    StepNotOpenProblem,
    TransferOverlapProblem,
    ScorecardRuleViolationProblem,
    NoDeciderProblem,
    ArrangementOverlapProblem,
    ArrangementWindowTooShortProblem,
    ArrangementStepMismatchProblem,
    RosterRuleBrokenProblem,
    RosterVersionConflictProblem,
    ShiftSwapVersionConflictProblem,
    ShiftSwapAlreadyOfferedProblem,
    PostingVersionConflictProblem,
    CourseVersionConflictProblem,
    PlanVersionConflictProblem,
    AllowanceMonthNotEndedProblem,
    AllowanceVersionConflictProblem,
    AllowanceNotApprovedProblem,
    ApplicantNotReadyProblem,
    BonusRuleVersionConflictProblem,
    EligibilityRuleVersionConflictProblem,
    KnowledgeArticleVersionConflictProblem,
    TicketAlreadyArticleProblem,
    RecognitionVersionConflictProblem,
    OverBudgetProblem,
    PairCapProblem,
    ProgrammeExhaustedProblem,
    PoolBelowAwardedProblem,
    OutOfStockProblem,
    InsufficientPointsProblem,
    RedemptionDecidedProblem,
    ConsentMissingProblem,
)
BY_SLUG = {problem.slug: problem for problem in TYPED_PROBLEMS}
assert all(
    problem.model_fields["type"].annotation.__args__ == (f"{PROBLEM_TYPE_PREFIX}{problem.slug}",)  # type: ignore[union-attr]
    for problem in TYPED_PROBLEMS
), "each typed problem's `type` is its slug's URI"
