"""Which metrics a pool's rules read, and whether each can serve (pure, no I/O).

A condition, linked rule or funding rule that names a metric nobody can give a value or a target
for keeps the pool from ever qualifying or funding, silently (the demo pool's `sales` target did).
So each named metric must exist, be active, and come from the source the rule reads:
- a `sales` condition compared with its target, and the linked rule: a `sales` metric (the target
  of the scope's ingested sales; `sales` when no code is given);
- a `metric` condition and `profit_percent` funding: a `pushed` metric (summed over the stores);
- a `ticket_satisfaction` condition compared with its target: a `tickets` metric
  (`frontline_satisfaction` when no code is given).
A code given where the rule reads no metric (a plain sales threshold) is checked like the default.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from domain.pools.schemas import Condition, FundingRule, LinkedRule, Measure, ProfitFunding
from domain.shared.i18n import Message, _

SALES = "sales"
PUSHED = "pushed"
TICKETS = "tickets"
DEFAULT_SALES_TARGET = "sales"
DEFAULT_SATISFACTION_TARGET = "frontline_satisfaction"


@dataclass(frozen=True, slots=True)
class MetricReference:
    """A metric a rule reads: where it is named (`field`, under the body), its code, the source it
    must have, and what it is for (in people's words)."""

    field: str
    code: str
    source: str
    purpose: Message


@dataclass(frozen=True, slots=True)
class MetricFacts:
    source: str
    active: bool


@dataclass(frozen=True, slots=True)
class ReferenceProblem:
    field: str
    slug: str  # metric.not_found | metric.unsuitable
    message: Message


def references(
    *,
    funding: Sequence[FundingRule] | None = None,
    conditions: Sequence[Condition] | None = None,
    linked_rule: LinkedRule | None = None,
) -> list[MetricReference]:
    """The metrics the given rules read, in the order they are named."""
    found: list[MetricReference] = []
    for index, rule in enumerate(funding or ()):
        if isinstance(rule, ProfitFunding):
            found.append(
                MetricReference(
                    f"funding.{index}.metric_code", rule.metric_code, PUSHED, _("the profit the pool funds from")
                )
            )
    for index, condition in enumerate(conditions or ()):
        field = f"conditions.{index}.metric_code"
        if condition.measure is Measure.METRIC:
            assert condition.metric_code is not None  # the schema requires it
            found.append(
                MetricReference(field, condition.metric_code, PUSHED, _("a pushed figure of the scope's stores"))
            )
        elif condition.of_target or condition.metric_code is not None:
            if condition.measure is Measure.SALES:
                code, source, purpose = condition.metric_code or DEFAULT_SALES_TARGET, SALES, _("the sales target")
            else:
                code = condition.metric_code or DEFAULT_SATISFACTION_TARGET
                source, purpose = TICKETS, _("the frontline-satisfaction target")
            found.append(MetricReference(field, code, source, purpose))
    if linked_rule is not None:
        found.append(
            MetricReference(
                "linked_rule.target_metric_code", linked_rule.target_metric_code, SALES, _("the sales target")
            )
        )
    return found


def check_references(wanted: Sequence[MetricReference], metrics: Mapping[str, MetricFacts]) -> list[ReferenceProblem]:
    """Every reference to a metric that does not exist, is retired, or comes from another source."""
    problems: list[ReferenceProblem] = []
    for reference in wanted:
        facts = metrics.get(reference.code)
        if facts is None or not facts.active:
            problems.append(
                ReferenceProblem(
                    reference.field,
                    "metric.not_found",
                    _(
                        "No active metric '{code}' for {purpose}; HR defines it first.",
                        code=reference.code,
                        purpose=reference.purpose,
                    ),
                )
            )
        elif facts.source != reference.source:
            problems.append(
                ReferenceProblem(
                    reference.field,
                    "metric.unsuitable",
                    _(
                        "'{code}' comes from {source}; {purpose} is a {wanted_source} metric.",
                        code=reference.code,
                        source=facts.source,
                        purpose=reference.purpose,
                        wanted_source=reference.source,
                    ),
                )
            )
    return problems
