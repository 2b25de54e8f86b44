"""Scores people one by one from a month's inputs, in memory, memoising what they share: apart from
the loader (`month_inputs`) so that the scoring rule reads without the queries that feed it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from domain.performance import rules
from domain.performance.models import MetricDefinition
from domain.performance.month_inputs import MonthInputs, ScoredTemplate, ScoredUnit, TemplateLine, population_for
from domain.performance.month_score import MonthScore
from domain.performance.months import Month
from domain.performance.schemas import Population, Side, Source
from domain.performance.volume_targets import ProRating, adjusted_target, line_fields
from domain.shared.fixed_point import decimal_text, from_micro

_NO_VALUE = "no value yet"
_NO_TARGET = "no target set"
_NO_STAYS: list[rules.Assignment[uuid.UUID]] = []
_NO_NUMBERS: dict[str, int] = {}

# personal sources other than the person's own metric values
_OWN_SALES = 2  # the person's own sales
_RATING = 3  # the person's average ticket rating
_CREDITS = 4  # the credits the person earned in the month
_FRONTLINE = 5  # the person's frontline days this year to the month's end
_NO_CREDITS = Decimal(0)


@dataclass(frozen=True, slots=True)
class _PartPlan:
    """A template at one unit: what everyone scored there shares (the store's values and sales,
    the nearest unit targets), line by line, so that only a person's own values and targets vary."""

    template: ScoredTemplate
    lines: tuple[TemplateLine, ...]
    weights: tuple[Decimal, ...]
    own_codes: tuple[str | None, ...]  # the code where the line reads the person's own value, else None
    shared: tuple[Any, ...]  # the value when the person has none of their own (or the value for all)
    unit_targets: tuple[int | None, ...]
    personal: tuple[tuple[int, int], ...]  # (line position, kind) of lines with personal sales or ratings
    volume: tuple[int, ...]  # positions of volume-based lines (targets pro-rated for some people)
    json_head: str  # the part's JSON up to its days: unit, population, template


def _part_head(unit: ScoredUnit, population: Population, template_code: str | None) -> str:
    return (
        f'{{"unit_id": "{unit.id_text}", "unit_code": {json.dumps(unit.code)}, '
        f'"unit_name": {json.dumps(unit.name)}, "population": "{population.value}", '
        f'"template_code": {json.dumps(template_code)}'
    )


class MonthScorer:
    """Scores people one by one from `MonthInputs`, memoising what people share: a metric line is
    scored once per distinct (line, value, target), and its breakdown serialised once."""

    def __init__(self, inputs: MonthInputs, month: Month, breakdowns: bool) -> None:
        self.inputs = inputs
        self.month = month
        self.days_in_month = (month.last - month.first).days + 1
        self.breakdowns = breakdowns
        self._period_json = json.dumps(str(month))
        self._rules: dict[str, rules.MetricRule] = {}
        self._part_plans: dict[tuple[Population, uuid.UUID], _PartPlan | None] = {}
        self._texts: dict[Decimal, str] = {}

    def _text(self, value: Decimal) -> str:
        text = self._texts.get(value)
        if text is None:
            text = self._texts[value] = decimal_text(value)
        return text

    def _rule(self, metric: MetricDefinition) -> rules.MetricRule:
        rule = self._rules.get(metric.code)
        if rule is None:
            rule = self._rules[metric.code] = rules.rule_from_document(metric.scoring, metric.direction)
        return rule

    def _days(self, home_unit_id: uuid.UUID, stays: list[rules.Assignment[uuid.UUID]]) -> dict[uuid.UUID, int]:
        if not stays:
            return {home_unit_id: self.days_in_month}
        days = rules.days_per_unit(self.month.year, self.month.month, stays, home_unit_id)
        return {unit: count for unit, count in days.items() if count > 0}

    def _part_plan(self, population: Population, unit: ScoredUnit) -> _PartPlan | None:
        key = (population, unit.id)
        if key in self._part_plans:
            return self._part_plans[key]
        template = self.inputs.templates.get(population)
        plan = None
        if template is not None:
            own_codes: list[str | None] = []
            shared: list[Any] = []
            personal: list[tuple[int, int]] = []
            for position, line in enumerate(template.lines):
                code, value, kind = self._source(line, unit)
                own_codes.append(code)
                shared.append(value)
                if kind is not None:
                    personal.append((position, kind))
            plan = _PartPlan(
                template=template,
                lines=template.lines,
                weights=tuple(line.weight for line in template.lines),
                own_codes=tuple(own_codes),
                shared=tuple(shared),
                unit_targets=tuple(self.inputs.nearest_unit_target(line.code, unit) for line in template.lines),
                personal=tuple(personal),
                volume=tuple(position for position, line in enumerate(template.lines) if line.volume_based),
                json_head=_part_head(unit, population, template.code),
            )
        self._part_plans[key] = plan
        return plan

    def _source(self, line: TemplateLine, unit: ScoredUnit) -> tuple[str | None, Any, int | None]:
        """Where a line's value comes from at `unit` (see `month_scores`' docstring): the code of the
        person's own value to read (or None), the value otherwise, and a personal source's kind."""
        inputs = self.inputs
        source = line.source
        if source is Source.MANUAL or source is Source.PUSHED:
            return line.code, inputs.store_values.get((line.code, unit.id)) if line.store_side else None, None
        if source is Source.SALES:
            if line.store_side:
                return None, inputs.store_sales.get(unit.id), None
            return None, None, _OWN_SALES
        if source is Source.TICKETS:
            return None, None, _RATING
        if source is Source.FRONTLINE_DAYS:
            return None, None, _FRONTLINE
        return None, None, _CREDITS

    def _score_line(
        self, line: TemplateLine, value: Any, target: int | None, pro_rated: ProRating | None = None
    ) -> tuple[Decimal | None, str]:
        """Points and the breakdown line; with `pro_rated` (a volume-based line of a person with
        fewer available hours), against the target as set x the factor, the line saying so."""
        metric = line.metric
        exact = from_micro(value) if isinstance(value, int) else value
        exact_target = from_micro(target) if target is not None else None
        as_set = exact_target
        if pro_rated is not None and target is not None:
            exact_target = from_micro(adjusted_target(target, pro_rated.factor))
        raw: Decimal | None = None
        note: str | None = None
        if exact is None:
            note = _NO_VALUE
        else:
            try:
                raw = rules.raw_points(exact, self._rule(metric), exact_target)
            except rules.MissingTarget:
                note = _NO_TARGET
            except rules.InvalidTarget as exc:
                note = str(exc.detail)
        shown = {
            "metric_code": metric.code,
            "metric_name": metric.name,
            "side": Side(metric.side).value,
            "source": Source(metric.source).value,
            "weight": line.weight_text,
            "value": None if exact is None else self._text(exact),
            "target": None if exact_target is None else self._text(exact_target),
            "points": None if raw is None else self._text(rules.quantize_score(raw)),
            "note": note,
        }
        if not self.breakdowns:
            return raw, ""
        if pro_rated is not None and as_set is not None:
            shown.update(line_fields(as_set, self._text(as_set), pro_rated))
        return raw, json.dumps(shown)

    def score(self, employee_id: uuid.UUID, employee_no: str, full_name: str, home_unit_id: uuid.UUID) -> MonthScore:
        inputs = self.inputs
        units = inputs.units
        days = self._days(home_unit_id, inputs.stays.get(employee_id, _NO_STAYS))
        own = inputs.own_values.get(employee_id, _NO_NUMBERS)
        own_targets = inputs.own_targets.get(employee_id, _NO_NUMBERS)
        pro_rated = inputs.pro_ratings.get(employee_id) if inputs.pro_ratings else None
        home_kind = units[home_unit_id].kind
        ordered = (
            sorted(days.items(), key=lambda item: (-item[1], units[item[0]].code)) if len(days) > 1 else days.items()
        )
        breakdowns = self.breakdowns
        parts: list[str] = []
        scored: list[tuple[int, Decimal]] = []
        codes: list[str] = []
        complete = True
        for unit_id, count in ordered:
            unit = units[unit_id]
            population = population_for(home_kind, unit.kind)
            part = self._part_plan(population, unit)
            if part is None:
                complete = False
                if breakdowns:
                    head = _part_head(unit, population, None)
                    parts.append(f'{head}, "days": {count}, "score": null, "metrics": [], "missing": []}}')
                continue
            template_code = part.template.code
            # the person's own value where the line takes one, else the part's shared value
            values = [
                shared if code is None or (mine := own.get(code)) is None else mine
                for code, shared in zip(part.own_codes, part.shared, strict=True)
            ]
            for position, kind in part.personal:
                if kind == _CREDITS:
                    values[position] = inputs.credits.get(employee_id, _NO_CREDITS)
                elif kind == _FRONTLINE:
                    values[position] = inputs.frontline_days.get(employee_id, _NO_CREDITS)
                else:
                    values[position] = (inputs.employee_sales if kind == _OWN_SALES else inputs.ratings).get(
                        employee_id
                    )
            targets: Iterable[int | None] = part.unit_targets
            if own_targets:
                targets = [
                    unit_target if (mine := own_targets.get(line.code)) is None else mine
                    for line, unit_target in zip(part.lines, part.unit_targets, strict=True)
                ]
            keys = list(zip(values, targets, strict=True))
            found = [line.scored.get(key) for line, key in zip(part.lines, keys, strict=True)]
            if pro_rated is not None:
                # the slow path, for the few with fewer hours: their volume lines are their own
                for position in part.volume:
                    if keys[position][1] is not None:
                        found[position] = self._score_line(part.lines[position], *keys[position], pro_rated)
            if None in found:
                for position, line in enumerate(part.lines):
                    if found[position] is None:
                        found[position] = line.scored[keys[position]] = self._score_line(line, *keys[position])
            results: list[tuple[Decimal | None, str]] = found  # type: ignore[assignment]
            raws = [raw for raw, _ in results]
            missing = (
                [line.code for line, raw in zip(part.lines, raws, strict=True) if raw is None] if None in raws else []
            )
            score = rules.live_score(zip(part.weights, raws, strict=True)) if raws else None
            if template_code not in codes:
                codes.append(template_code)
            if missing:
                complete = False
            if score is not None:
                scored.append((count, score))
            if breakdowns:
                score_json = "null" if score is None else f'"{self._text(score)}"'
                parts.append(
                    f'{part.json_head}, "days": {count}, "score": {score_json}, '
                    f'"metrics": [{", ".join([shown for _, shown in results])}], "missing": {json.dumps(missing)}}}'
                )
        if not scored:
            overall = None
        elif len(scored) == 1:
            overall = self._text(scored[0][1])  # one part: pro-rating gives its score back
        else:
            overall = self._text(rules.prorate(scored))
        document = None
        if breakdowns:
            overall_json = "null" if overall is None else f'"{overall}"'
            document = (
                f'{{"employee_id": "{employee_id}", "employee_no": {json.dumps(employee_no)}, '
                f'"full_name": {json.dumps(full_name)}, "period": {self._period_json}, '
                f'"score": {overall_json}, "complete": {"true" if complete else "false"}, '
                f'"parts": [{", ".join(parts)}]}}'
            )
        return MonthScore(employee_id, employee_no, full_name, overall, complete, tuple(codes), document)
