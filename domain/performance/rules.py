"""Pure rules of weighted performance (issue #7): points per metric, template checks, weighted
scores, pro-rating by assigned days, and ranking. No I/O, no session, no pydantic.

Exactness: every number is a `decimal.Decimal` (values, targets, weights, points). Arithmetic runs
in a private decimal context (34 significant digits) so a caller's context never changes a result.
A *score* is rounded once, at its end, to 2 places with ROUND_HALF_UP (`quantize_score`); the
`*_points` helpers and `raw_points` return unrounded values so an aggregate built from them is
rounded only once. `points` is the rounded per-metric figure a scorecard shows.

The enums repeat the values of `domain.performance.schemas` (plain strings), so
`Direction(schema.direction)` converts either way without importing pydantic here.
"""

from __future__ import annotations

import calendar
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import (
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from enum import StrEnum
from itertools import pairwise
from typing import Any, Generic, NamedTuple, TypeVar

from domain.shared.errors import InvalidInput
from domain.shared.i18n import Message, _

K = TypeVar("K", bound=Hashable)
U = TypeVar("U", bound=Hashable)

ZERO = Decimal(0)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")
DEFAULT_TARGET_CAP = Decimal(120)
DEFAULT_BANDS_CAP = Decimal(100)
DEFAULT_FRONTLINE_SATISFACTION = frozenset({"frontline_satisfaction"})

_CONTEXT = Context(prec=34, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow])


class Direction(StrEnum):
    HIGHER = "higher"  # a bigger value is better
    LOWER = "lower"  # a smaller value is better


class Method(StrEnum):
    TARGET = "target"
    BANDS = "bands"
    RATING = "rating"


class Side(StrEnum):
    HQ = "hq"
    STORE = "store"
    SUPPORT = "support"


class Population(StrEnum):
    SECONDED = "seconded"  # HQ staff seconded to a store
    STORE = "store"  # store staff
    SUPPORT = "support"  # back-office support


class InvalidRule(InvalidInput):
    """A scoring rule or template-rule configuration that cannot be applied."""

    slug = "performance.rule_invalid"


class MissingTarget(InvalidInput):
    """A `target` metric was scored without a target for the subject and period."""

    slug = "performance.target_missing"


class InvalidTarget(InvalidInput):
    """A target that cannot be scored against (zero or negative)."""

    slug = "performance.target_invalid"


class ValueOutOfRange(InvalidInput):
    """A value the metric's scoring rule cannot hold (a rating off its scale)."""

    slug = "value.out_of_range"


def quantize_score(value: Decimal) -> Decimal:
    """Round a finished score to 2 places, half up (the only rounding the rules do)."""
    with localcontext(_CONTEXT):
        return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _fmt(value: Decimal) -> str:
    """A decimal as plain text without exponent or trailing zeros: 100, 12.5."""
    return format(value.normalize(), "f")


def _finite(value: Decimal, name: str, error: type[InvalidInput] = InvalidInput) -> Decimal:
    """`value` when it is a finite Decimal; otherwise `error` (floats are refused: they are not exact)."""
    if not isinstance(value, Decimal):
        raise error(_("{name} must be a Decimal, not {type}.", name=name, type=type(value).__name__), field=name)
    if not value.is_finite():
        raise error(_("{name} must be a finite number.", name=name), field=name)
    return value


def _clamp(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    return max(low, min(high, value))


# --- Scoring rules ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Band:
    """A row of a banded table: reaching (higher) or staying at or below (lower) `threshold` earns `points`."""

    threshold: Decimal
    points: Decimal


@dataclass(frozen=True, slots=True)
class MetricRule:
    """How one metric's value becomes points; validated on construction (raises `InvalidRule`).

    - `cap` (every method, at least 100): the most points the metric can give. For `target` it is
      the over-achievement ceiling (default 120); for `bands` it bounds the band points; `rating`
      tops out at 100 by definition, so its cap never binds.
    - `bands` (method `bands`, at least one): thresholds strictly increasing, points in [0, cap], and
      points never falling as the value gets better (non-decreasing along the thresholds for
      `higher`, non-increasing for `lower`), so a better value never scores less.
    - `scale_min` < `scale_max` (method `rating`): the rating scale, 1-5 by default.

    Settings that do not belong to the method are ignored, so a stored document may keep them.
    """

    direction: Direction
    method: Method
    cap: Decimal = DEFAULT_TARGET_CAP
    bands: tuple[Band, ...] = ()
    scale_min: Decimal = Decimal(1)
    scale_max: Decimal = Decimal(5)

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "direction", Direction(self.direction))
            object.__setattr__(self, "method", Method(self.method))
        except ValueError:
            raise InvalidRule(
                _(
                    "The direction is one of {directions} and the method one of {methods}.",
                    directions=tuple(Direction),
                    methods=tuple(Method),
                ),
                field="scoring",
            ) from None
        _finite(self.cap, "cap", InvalidRule)
        if self.cap < HUNDRED:
            raise InvalidRule(_("The cap must be at least 100 points, not {cap}.", cap=_fmt(self.cap)), field="cap")
        if self.method == Method.BANDS:
            _validate_bands(self.bands, self.direction, self.cap)
        if self.method == Method.RATING:
            _finite(self.scale_min, "scale_min", InvalidRule)
            _finite(self.scale_max, "scale_max", InvalidRule)
            if self.scale_max <= self.scale_min:
                raise InvalidRule(_("scale_max must be above scale_min."), field="scale_max")


def _validate_bands(bands: Sequence[Band], direction: Direction, cap: Decimal) -> None:
    if not bands:
        raise InvalidRule(_("A banded metric needs at least one band."), field="bands")
    for i, band in enumerate(bands):
        _finite(band.threshold, f"bands[{i}].threshold", InvalidRule)
        _finite(band.points, f"bands[{i}].points", InvalidRule)
        if not ZERO <= band.points <= cap:
            raise InvalidRule(
                _(
                    "Band points must be between 0 and the cap {cap}, not {points}.",
                    cap=_fmt(cap),
                    points=_fmt(band.points),
                ),
                field=f"bands[{i}].points",
            )
    for i, (before, after) in enumerate(pairwise(bands), start=1):
        if after.threshold <= before.threshold:
            raise InvalidRule(_("Band thresholds must be strictly increasing."), field=f"bands[{i}].threshold")
        worse = after.points < before.points if direction == Direction.HIGHER else after.points > before.points
        if worse:
            raise InvalidRule(
                _("Band points may not fall as the value gets better (non-decreasing along the thresholds).")
                if direction == Direction.HIGHER
                else _("Band points may not fall as the value gets better (non-increasing along the thresholds)."),
                field=f"bands[{i}].points",
            )


def rule_from_document(scoring: Mapping[str, Any], direction: Direction | str) -> MetricRule:
    """Build (and so validate) a rule from the stored JSON scoring document, decimals as strings, e.g.
    `{"method": "bands", "cap": "100", "bands": [{"threshold": "90", "points": "100"}]}`.

    The direction is needed: whether band points may rise or fall along the thresholds depends on it.
    A missing cap defaults to 120 for `target` and 100 for `bands`; a missing scale to 1-5.
    Raises `InvalidRule` for anything unreadable or impossible.
    """
    try:
        method = Method(scoring["method"])
        kwargs: dict[str, Any] = {}
        if scoring.get("cap") is not None:
            kwargs["cap"] = Decimal(str(scoring["cap"]))
        elif method == Method.BANDS:
            kwargs["cap"] = DEFAULT_BANDS_CAP
        if method == Method.BANDS:
            kwargs["bands"] = tuple(
                Band(Decimal(str(band["threshold"])), Decimal(str(band["points"]))) for band in scoring["bands"]
            )
        for name in ("scale_min", "scale_max"):
            if scoring.get(name) is not None:
                kwargs[name] = Decimal(str(scoring[name]))
        return MetricRule(direction=Direction(direction), method=method, **kwargs)
    except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
        raise InvalidRule(_("Unreadable scoring document: {exc}.", exc=exc), field="scoring") from exc


def target_points(value: Decimal, target: Decimal, direction: Direction, cap: Decimal) -> Decimal:
    """Achievement against a target, unrounded: 100 at target, linear, clamped to [0, cap].

    - higher is better: 100 * value / target (a negative value gives 0);
    - lower is better: 100 * target / value; a value of 0 or below is perfect and gives the cap.

    The target must be above 0 (`InvalidTarget`): a zero target has no linear scale for `higher`
    (every value would be infinitely over target) and makes every positive value worth 0 for
    `lower`; a negative one inverts the scale. Configure a `bands` metric for such cases.
    """
    _finite(value, "value")
    _finite(target, "target")
    if target <= ZERO:
        raise InvalidTarget(_("A target must be above 0, not {target}.", target=_fmt(target)), field="target")
    with localcontext(_CONTEXT):
        if direction == Direction.HIGHER:
            raw = HUNDRED * value / target
        elif value <= ZERO:
            raw = cap
        else:
            raw = HUNDRED * target / value
        return _clamp(raw, ZERO, cap)


def band_points(value: Decimal, bands: Sequence[Band], direction: Direction) -> Decimal:
    """The points of the band the value falls in (bands as validated by `MetricRule`).

    - higher is better: the points of the highest threshold the value reaches (value >= threshold);
    - lower is better: the points of the lowest threshold the value stays at or below (value <= threshold).

    Outside every band (below the lowest threshold for `higher`, above the highest for `lower`)
    the value earns 0 points. A table that wants a floor adds a band at the worst threshold.
    """
    _finite(value, "value")
    if direction == Direction.HIGHER:
        reached = [band.points for band in bands if value >= band.threshold]
        return reached[-1] if reached else ZERO
    kept = [band.points for band in bands if value <= band.threshold]
    return kept[0] if kept else ZERO


def rating_points(value: Decimal, scale_min: Decimal, scale_max: Decimal, direction: Direction) -> Decimal:
    """A rating mapped linearly onto 0-100, unrounded and clamped to [0, 100].

    higher is better: scale_min -> 0, scale_max -> 100; lower is better inverts: scale_min -> 100,
    scale_max -> 0. Ratings outside the scale are clamped to its ends.
    """
    _finite(value, "value")
    with localcontext(_CONTEXT):
        span = scale_max - scale_min
        above_min = (value - scale_min) if direction == Direction.HIGHER else (scale_max - value)
        return _clamp(HUNDRED * above_min / span, ZERO, HUNDRED)


def raw_points(value: Decimal, rule: MetricRule, target: Decimal | None = None) -> Decimal:
    """The unrounded points of `value` under `rule`; feed these to scores so rounding happens once.

    `target` is required by the `target` method (`MissingTarget` when None) and ignored otherwise.
    """
    if rule.method == Method.TARGET:
        if target is None:
            raise MissingTarget(_("This metric is scored against a target and none is set."), field="target")
        return target_points(value, target, rule.direction, rule.cap)
    if rule.method == Method.BANDS:
        return band_points(value, rule.bands, rule.direction)
    return rating_points(value, rule.scale_min, rule.scale_max, rule.direction)


def check_value(value: Decimal, rule: MetricRule, *, field: str = "value") -> Decimal:
    """`value` when the metric can hold it, else `ValueOutOfRange` naming `field`.

    A `rating` value lies on its scale, ends included (a 1-5 rating is never -1, nor 6). `target` and
    `bands` metrics take any finite number: a loss is a profit value like any other, and a band
    table may start below zero. Scoring would clamp an off-scale rating quietly; a value is checked
    before it is stored, so what is kept is what counts.
    """
    _finite(value, field, ValueOutOfRange)
    if rule.method == Method.RATING and not rule.scale_min <= value <= rule.scale_max:
        raise ValueOutOfRange(
            _(
                "A rating of this metric is between {low} and {high}, not {value}.",
                low=_fmt(rule.scale_min),
                high=_fmt(rule.scale_max),
                value=_fmt(value),
            ),
            field=field,
        )
    return value


def points(value: Decimal, rule: MetricRule, target: Decimal | None = None) -> Decimal:
    """The points of `value` under `rule`, rounded to 2 places: what a scorecard shows per metric."""
    return quantize_score(raw_points(value, rule, target))


# --- Scorecard templates --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateLineRule:
    """One metric of a scorecard template; `weight` is a percent of the total score."""

    metric_code: str
    side: Side
    weight: Decimal

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "side", Side(self.side))
        except ValueError:
            raise InvalidInput(_("The side is one of {sides}.", sides=tuple(Side)), field="side") from None


@dataclass(frozen=True, slots=True)
class Violation:
    """A broken template rule: `code` is a stable slug clients switch on, `message` is for people."""

    code: str
    message: Message
    metric_code: str | None = None


@dataclass(frozen=True, slots=True)
class TemplateRules:
    """The organisation's template rules; the defaults reflect the frontline mission.

    - seconded templates put at least `seconded_min_frontline_weight` percent on side `store`;
    - support templates put between `support_frontline_satisfaction_min_weight` and `..._max_weight`
      percent (inclusive) on the metrics in `frontline_satisfaction_metrics`;
    - store templates have no extra rule.

    Setting a minimum to 0 (and the support maximum to 100) turns a rule off.
    """

    seconded_min_frontline_weight: Decimal = Decimal(30)
    support_frontline_satisfaction_min_weight: Decimal = Decimal(20)
    support_frontline_satisfaction_max_weight: Decimal = Decimal(30)
    frontline_satisfaction_metrics: frozenset[str] = field(default_factory=lambda: DEFAULT_FRONTLINE_SATISFACTION)

    def __post_init__(self) -> None:
        for name in (
            "seconded_min_frontline_weight",
            "support_frontline_satisfaction_min_weight",
            "support_frontline_satisfaction_max_weight",
        ):
            value = _finite(getattr(self, name), name, InvalidRule)
            if not ZERO <= value <= HUNDRED:
                raise InvalidRule(_("{name} must be a percent between 0 and 100.", name=name), field=name)
        if self.support_frontline_satisfaction_min_weight > self.support_frontline_satisfaction_max_weight:
            raise InvalidRule(
                _("The support frontline-satisfaction minimum is above its maximum."),
                field="support_frontline_satisfaction_min_weight",
            )
        object.__setattr__(self, "frontline_satisfaction_metrics", frozenset(self.frontline_satisfaction_metrics))
        if not self.frontline_satisfaction_metrics and self.support_frontline_satisfaction_min_weight > ZERO:
            raise InvalidRule(
                _("Name at least one frontline-satisfaction metric, or set the support minimum to 0."),
                field="frontline_satisfaction_metrics",
            )

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> TemplateRules:
        """Read the stored settings document (decimals as strings); missing keys keep the defaults."""
        try:
            kwargs: dict[str, Any] = {}
            for name in (
                "seconded_min_frontline_weight",
                "support_frontline_satisfaction_min_weight",
                "support_frontline_satisfaction_max_weight",
            ):
                if name in document:
                    kwargs[name] = Decimal(str(document[name]))
            if "frontline_satisfaction_metrics" in document:
                metrics = document["frontline_satisfaction_metrics"]
                if isinstance(metrics, str) or not all(isinstance(code, str) for code in metrics):
                    raise TypeError("frontline_satisfaction_metrics must be a list of metric codes")
                kwargs["frontline_satisfaction_metrics"] = frozenset(metrics)
            return cls(**kwargs)
        except (TypeError, ValueError, InvalidOperation) as exc:
            raise InvalidRule(_("Unreadable template rules: {exc}.", exc=exc), field="rules") from exc

    def to_document(self) -> dict[str, Any]:
        """The JSON document to store (decimals as strings, metric codes sorted)."""
        return {
            "seconded_min_frontline_weight": _fmt(self.seconded_min_frontline_weight),
            "support_frontline_satisfaction_min_weight": _fmt(self.support_frontline_satisfaction_min_weight),
            "support_frontline_satisfaction_max_weight": _fmt(self.support_frontline_satisfaction_max_weight),
            "frontline_satisfaction_metrics": sorted(self.frontline_satisfaction_metrics),
        }


DEFAULT_TEMPLATE_RULES = TemplateRules()


def check_template(
    population: Population | str,
    lines: Sequence[TemplateLineRule],
    settings: TemplateRules = DEFAULT_TEMPLATE_RULES,
) -> list[Violation]:
    """Every rule the template breaks, in a stable order; an empty list means it is valid.

    Codes: `weights.positive` (per line), `metrics.duplicate` (per repeated code),
    `weights.sum` (not exactly 100), `seconded.frontline_weight`, `support.frontline_satisfaction_weight`.
    """
    try:
        population = Population(population)
    except ValueError:
        raise InvalidInput(
            _("The population is one of {populations}.", populations=tuple(Population)), field="population"
        ) from None
    violations: list[Violation] = []
    seen: set[str] = set()
    for line in lines:
        _finite(line.weight, "weight")
        if line.weight <= ZERO:
            violations.append(
                Violation(
                    "weights.positive",
                    _(
                        "The weight of {metric_code} must be above 0, not {weight}.",
                        metric_code=line.metric_code,
                        weight=_fmt(line.weight),
                    ),
                    line.metric_code,
                )
            )
        if line.metric_code in seen:
            violations.append(
                Violation(
                    "metrics.duplicate",
                    _("{metric_code} is listed more than once.", metric_code=line.metric_code),
                    line.metric_code,
                )
            )
        seen.add(line.metric_code)

    with localcontext(_CONTEXT):
        total = sum((line.weight for line in lines), ZERO)
        if total != HUNDRED:
            violations.append(
                Violation("weights.sum", _("The weights sum to {total}; they must sum to 100.", total=_fmt(total)))
            )

        if population == Population.SECONDED:
            frontline = sum((line.weight for line in lines if line.side == Side.STORE), ZERO)
            minimum = settings.seconded_min_frontline_weight
            if frontline < minimum:
                violations.append(
                    Violation(
                        "seconded.frontline_weight",
                        _(
                            "A seconded template carries at least {minimum}% on store-side metrics; "
                            "this one carries {frontline}%.",
                            minimum=_fmt(minimum),
                            frontline=_fmt(frontline),
                        ),
                    )
                )
        elif population == Population.SUPPORT:
            flagged = settings.frontline_satisfaction_metrics
            weight = sum((line.weight for line in lines if line.metric_code in flagged), ZERO)
            low = settings.support_frontline_satisfaction_min_weight
            high = settings.support_frontline_satisfaction_max_weight
            if not low <= weight <= high:
                names = tuple(sorted(flagged)) or _("none")
                violations.append(
                    Violation(
                        "support.frontline_satisfaction_weight",
                        _(
                            "A support template carries between {low}% and {high}% on frontline "
                            "satisfaction ({names}); this one carries {weight}%.",
                            low=_fmt(low),
                            high=_fmt(high),
                            names=names,
                            weight=_fmt(weight),
                        ),
                    )
                )
    return violations


# --- Weighted scores ------------------------------------------------------------------------


def weighted_score(lines: Iterable[tuple[Decimal, Decimal]]) -> Decimal:
    """sum(weight * points) / 100, rounded to 2 places: the score of a complete scorecard.

    Weights are percents and, for a valid template, sum to 100; they are not re-checked here.
    For a scorecard with metrics still missing a value use `live_score`.
    """
    with localcontext(_CONTEXT):
        total = sum((weight * pts for weight, pts in lines), ZERO)
        return quantize_score(total / HUNDRED)


def live_score(lines: Iterable[tuple[Decimal, Decimal | None]]) -> Decimal | None:
    """The score so far, rounded to 2 places, while some metrics have no value yet (None points).

    Choice: the score is taken over the metrics that have a value, their weights re-normalised to
    100 percent: sum(weight * points) / sum(weight) over those. A metric without a value neither
    drags the score down nor counts as full marks. With every value present and weights summing
    to 100 this equals `weighted_score`. None when no metric has a value yet (or their weights sum
    to 0). `missing_metrics` tells which metrics are still missing.
    """
    with localcontext(_CONTEXT):
        present = [(weight, pts) for weight, pts in lines if pts is not None]
        total_weight = sum((weight for weight, _ in present), ZERO)
        if not present or total_weight == ZERO:
            return None
        return quantize_score(sum((weight * pts for weight, pts in present), ZERO) / total_weight)


def missing_metrics(metric_codes: Iterable[str], values: Mapping[str, object | None]) -> list[str]:
    """The codes (in the given order) that have no value in `values` (absent or None)."""
    return [code for code in metric_codes if values.get(code) is None]


# --- Pro-rating -----------------------------------------------------------------------------


def prorate(parts: Iterable[tuple[int, Decimal]]) -> Decimal:
    """sum(days * score) / sum(days), rounded to 2 places: one score from the parts of a month.

    Days must be whole and not negative, and at least one part must have days (`InvalidInput`).
    A part with 0 days has no influence.
    """
    with localcontext(_CONTEXT):
        total_days = 0
        total = ZERO
        for days, score in parts:
            if isinstance(days, bool) or not isinstance(days, int) or days < 0:
                raise InvalidInput(
                    _("Days must be a whole number of at least 0, not '{days}'.", days=days), field="days"
                )
            total_days += days
            total += days * _finite(score, "score")
        if total_days == 0:
            raise InvalidInput(_("Nothing to pro-rate: no part has any days."), field="days")
        return quantize_score(total / total_days)


@dataclass(frozen=True, slots=True)
class Assignment(Generic[U]):
    """An effective-dated stay at a unit: from `valid_from` (inclusive) to `valid_to` (exclusive,
    None = open-ended)."""

    unit_id: U
    valid_from: date
    valid_to: date | None = None

    def __post_init__(self) -> None:
        if self.valid_to is not None and self.valid_to <= self.valid_from:
            raise InvalidInput(_("An assignment ends after it starts (valid_to is exclusive)."), field="valid_to")

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """[first day of the month, first day of the next month)."""
    if not 1 <= month <= 12:
        raise InvalidInput(_("A month is 1-12, not {month}.", month=month), field="month")
    first = date(year, month, 1)
    return first, first + timedelta(days=calendar.monthrange(year, month)[1])


def days_per_unit(year: int, month: int, assignments: Iterable[Assignment[U]], home_unit: U) -> dict[U, int]:
    """Days spent at each unit in the month; the counts add up to the days of the month.

    A day belongs to the assignment covering it; days no assignment covers belong to `home_unit`.
    Overlaps: the later-starting assignment wins (a secondment inside a long transfer wins while
    it lasts); on the same start day the later one in `assignments` wins, so pass them ordered as
    stored (valid_from, created_at), as `domain.people.assignments.covering` does. Units with no day
    in the month are left out; the rest appear in the order of their first day in the month.
    """
    days: dict[U, int] = {}
    for unit in unit_by_day(year, month, assignments, home_unit).values():
        days[unit] = days.get(unit, 0) + 1
    return days


def unit_by_day(year: int, month: int, assignments: Iterable[Assignment[U]], home_unit: U) -> dict[date, U]:
    """Where the person was on each day of the month, by the rule of `days_per_unit`."""
    start, end = month_bounds(year, month)
    ordered = list(assignments)
    where: dict[date, U] = {}
    day = start
    while day < end:
        live = [(a.valid_from, i, a.unit_id) for i, a in enumerate(ordered) if a.covers(day)]
        where[day] = max(live, key=lambda entry: (entry[0], entry[1]))[2] if live else home_unit
        day += timedelta(days=1)
    return where


# --- Ranking --------------------------------------------------------------------------------


class Standing(NamedTuple):
    rank: int
    percentile: Decimal


def rank(scores: Mapping[K, Decimal]) -> dict[K, Standing]:
    """Competition ranking ("1224": tied scores share a rank, the next rank skips) and percentiles.

    percentile = 100 * (below + (equal - 1) / 2) / (n - 1), rounded to 2 places, where `below`
    counts the cohort's strictly lower scores and `equal` the scores equal to this one (itself
    included): the mid-rank percentile. The single best scores 100, the single worst 0, a cohort
    where everyone ties scores 50, and a cohort of one scores 100 (it is its own top). A higher
    score always has a strictly higher percentile. The result is ordered by rank, ties in input order.
    """
    values = {key: _finite(score, "score") for key, score in scores.items()}
    n = len(values)
    ascending = sorted(values.values())
    result: dict[K, Standing] = {}
    by_score: dict[Decimal, Standing] = {}  # tied scores share a standing: worked out once per score
    with localcontext(_CONTEXT):
        for key, score in sorted(values.items(), key=lambda item: item[1], reverse=True):
            standing = by_score.get(score)
            if standing is None:
                below = bisect_left(ascending, score)
                higher = n - bisect_right(ascending, score)
                equal = n - higher - below
                mid_rank = Decimal(2 * below + equal - 1) / Decimal(2 * (n - 1)) if n > 1 else Decimal(1)
                percentile = HUNDRED * mid_rank
                standing = by_score[score] = Standing(rank=higher + 1, percentile=quantize_score(percentile))
            result[key] = standing
    return result


@dataclass(frozen=True, slots=True)
class Stay:
    """An assignment as the placement rule reads it: days in [valid_from, valid_to) at a unit,
    `frontline` when the unit is a store or project."""

    valid_from: date
    valid_to: date | None
    frontline: bool


def frontline_days(stays: Sequence[Stay], home_frontline: bool, start: date, end: date) -> int:
    """Days in [start, end) the person spent at the frontline. Each day belongs to the assignment
    covering it that started last (on the same start day, the later in `stays`, ordered as stored),
    else to the home unit: the rule of `unit_by_day`, counted by intervals (years of history cost a
    few steps, not a step a day)."""
    if end <= start:
        return 0
    cuts = {start, end}
    for stay in stays:
        for edge in (stay.valid_from, stay.valid_to):
            if edge is not None and start < edge < end:
                cuts.add(edge)
    bounds = sorted(cuts)
    total = 0
    for left, right in itertools.pairwise(bounds):
        covering = [
            (stay.valid_from, index, stay.frontline)
            for index, stay in enumerate(stays)
            if stay.valid_from <= left and (stay.valid_to is None or left < stay.valid_to)
        ]
        at_frontline = max(covering)[2] if covering else home_frontline
        if at_frontline:
            total += (right - left).days
    return total
