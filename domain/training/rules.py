"""The credit rules (学分制), as plain functions: what a completion earns, how retakes and revocations
move a person's credits for a course, levels from balances, and the plan's progress by category.

Credits are exact hundredths ("centi-credits", integers): a course's base credits (2) times its
weight (1.5) is 3.00, rounded half up to the hundredth. A completion earns its course's credits when
it meets the rule of the course's delivery:
- online: 100 % completion and an exam score of at least 80 (configurable);
- classroom: attended, and an exam score of at least the course's pass mark;
- practice (on the job): a mentor's score of at least 8 of 10 earns a fixed 3 credits (configurable).
A completion that misses earns nothing and says why. For one person and course only the best
completion counts: a retake that scores higher replaces the earlier award, one that scores lower
changes nothing, so credits never count twice for a course and never fall by retaking.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


class CreditCategory(enum.StrEnum):
    REQUIRED = "required"
    ELECTIVE = "elective"
    PRACTICE = "practice"


class Delivery(enum.StrEnum):
    ONLINE = "online"
    CLASSROOM = "classroom"
    PRACTICE = "practice"


class Level(enum.StrEnum):
    NONE = "none"
    JUNIOR = "junior"
    INTERMEDIATE = "intermediate"
    SENIOR = "senior"


LEVELS = (Level.JUNIOR, Level.INTERMEDIATE, Level.SENIOR)


@dataclass(frozen=True, slots=True)
class CreditRules:
    """The configurable numbers of the rules (the seed's figures by default)."""

    online_min_completion_percent: int = 100
    online_min_exam_score: int = 80
    practice_min_mentor_score: int = 8
    practice_credits_centi: int = 300


@dataclass(frozen=True, slots=True)
class CourseTerms:
    delivery: Delivery
    base_credits_centi: int
    weight_centi: int
    pass_mark: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a completion reports; the fields its delivery needs, the rest None."""

    completion_percent: int | None = None
    exam_score: int | None = None
    attended: bool | None = None
    mentor_score: int | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """Credits earned (0 when the rule is not met) and the rule, in words, that decided it."""

    credits_centi: int
    rule: str
    met: bool


def course_credits_centi(base_credits_centi: int, weight_centi: int) -> int:
    """Base credits x weight, to the hundredth, half up: 2 x 1.5 = 3, 2 x 1.25 = 2.5."""
    exact = Decimal(base_credits_centi) * Decimal(weight_centi) / Decimal(100)
    return int(exact.to_integral_value(rounding=ROUND_HALF_UP))


def centi_text(centi: int) -> str:
    """Hundredths as a decimal string: 300 -> "3", 250 -> "2.5", -125 -> "-1.25"."""
    sign = "-" if centi < 0 else ""
    whole, part = divmod(abs(centi), 100)
    return f"{sign}{whole}" if part == 0 else f"{sign}{whole}.{part:02d}".rstrip("0")


def credits_when_met(course: CourseTerms, rules: CreditRules) -> int:
    """What a completion that meets its rule earns: base x weight, or the fixed practice credits."""
    if course.delivery is Delivery.PRACTICE:
        return rules.practice_credits_centi
    return course_credits_centi(course.base_credits_centi, course.weight_centi)


def verdict(course: CourseTerms, evidence: Evidence, rules: CreditRules) -> Verdict:
    """What one completion earns under the rule of its course's delivery."""
    earned = credits_when_met(course, rules)
    if course.delivery is Delivery.ONLINE:
        rule = (
            f"online: completion >= {rules.online_min_completion_percent}% and exam >= "
            f"{rules.online_min_exam_score} -> {centi_text(course.base_credits_centi)} x "
            f"{centi_text(course.weight_centi)}"
        )
        met = (evidence.completion_percent or 0) >= rules.online_min_completion_percent and (
            evidence.exam_score or 0
        ) >= rules.online_min_exam_score
    elif course.delivery is Delivery.CLASSROOM:
        rule = (
            f"classroom: attended and exam >= {course.pass_mark} -> {centi_text(course.base_credits_centi)} x "
            f"{centi_text(course.weight_centi)}"
        )
        met = bool(evidence.attended) and (evidence.exam_score or 0) >= course.pass_mark
    else:
        rule = f"practice: mentor score >= {rules.practice_min_mentor_score} of 10 -> {centi_text(earned)}"
        met = (evidence.mentor_score or 0) >= rules.practice_min_mentor_score
    return Verdict(credits_centi=earned if met else 0, rule=rule, met=met)


def award_delta(counted_centi: int, earned_centi: int) -> int:
    """How much a new completion adds to what a course already counts for the person: the better
    result replaces the earlier one, a worse one adds nothing (never negative)."""
    return max(0, earned_centi - counted_centi)


def balance(entries: Iterable[int]) -> int:
    """A ledger's balance: the sum of its entries (awards, revocations, corrections)."""
    return sum(entries)


def level_for(balance_centi: int, thresholds_centi: Sequence[int]) -> Level:
    """The highest level whose threshold the balance reaches (thresholds ascending: junior,
    intermediate, senior)."""
    reached = Level.NONE
    for level, threshold in zip(LEVELS, thresholds_centi, strict=True):
        if balance_centi >= threshold:
            reached = level
    return reached


def next_level(balance_centi: int, thresholds_centi: Sequence[int]) -> tuple[Level, int] | None:
    """The next level up and the credits still missing to it; None at the top."""
    for level, threshold in zip(LEVELS, thresholds_centi, strict=True):
        if balance_centi < threshold:
            return level, threshold - balance_centi
    return None


@dataclass(frozen=True, slots=True)
class CategoryProgress:
    category: CreditCategory
    earned_centi: int
    expected_centi: int
    minimum_centi: int

    @property
    def minimum_met(self) -> bool:
        return self.earned_centi >= self.minimum_centi


def plan_progress(
    earned: Mapping[CreditCategory, int],
    total_centi: int,
    share_percent: Mapping[CreditCategory, int],
    minimum_centi: Mapping[CreditCategory, int],
) -> list[CategoryProgress]:
    """Per category: earned this year against the plan's share of the total (largest remainder, so
    the shares add up to the total exactly) and its minimum."""
    expected = split_by_share(total_centi, [share_percent.get(category, 0) for category in CreditCategory])
    return [
        CategoryProgress(category, earned.get(category, 0), part, minimum_centi.get(category, 0))
        for category, part in zip(CreditCategory, expected, strict=True)
    ]


def split_by_share(total: int, percents: Sequence[int]) -> list[int]:
    """`total` split by percentages summing to 100, largest remainder first (ties: earlier first)."""
    floors = [total * percent // 100 for percent in percents]
    remainders = [total * percent % 100 for percent in percents]
    short = total - sum(floors)
    for index in sorted(range(len(percents)), key=lambda i: (-remainders[i], i))[:short]:
        floors[index] += 1
    return floors


@dataclass(frozen=True, slots=True)
class CourseReadiness:
    course_code: str
    pass_mark: int
    best_score: int | None

    @property
    def done(self) -> bool:
        return self.best_score is not None and self.best_score >= self.pass_mark


def score_of(delivery: Delivery, evidence: Evidence) -> int | None:
    """A completion's score out of 100 for readiness: the exam's, or a practice mentor's x 10."""
    if delivery is Delivery.PRACTICE:
        return None if evidence.mentor_score is None else evidence.mentor_score * 10
    if delivery is Delivery.CLASSROOM and not evidence.attended:
        return None
    return evidence.exam_score


def readiness(required: Sequence[tuple[str, int]], best: Mapping[str, int]) -> list[CourseReadiness]:
    """Each required course (code, pass mark) with the person's best score so far; ready when every
    one reaches its pass mark."""
    return [CourseReadiness(code, mark, best.get(code)) for code, mark in required]
