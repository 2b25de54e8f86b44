"""ERP/POS pushes: sales lines in batches of up to 10,000 and metric values; the learning
platform's course completions. Answers account for
every line; a batch sent with an Idempotency-Key replays its first answer."""

from __future__ import annotations

import hashlib
from typing import Any, TypeVar

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.idempotency import ReplayableDep
from api.problem_types import InsufficientScopeProblem, RateLimitedProblem
from api.v1.responses import problems
from domain.auth.scopes import Scope, require_client
from domain.performance import pushed_values as metric_values
from domain.performance.ingest_schemas import MetricIngestResult, MetricValueBatch, MetricValueBatchDocumented
from domain.sales import ingest as sales
from domain.sales.schemas import SalesBatchDocumented, SalesIngestResult
from domain.training import completions
from domain.training.schemas import CompletionBatchDocumented, CompletionIngestResult

router = Router(prefix="/ingest", tags=["ingest"])
EnvelopeT = TypeVar("EnvelopeT", bound=BaseModel)
# request bodies this router reads by hand; api/main.py adds their schemas to the document
DOCUMENTED_BODIES: tuple[type[BaseModel], ...] = (
    SalesBatchDocumented,
    MetricValueBatchDocumented,
    CompletionBatchDocumented,
)


def _documented_body(model: type[BaseModel]) -> dict[str, Any]:
    name = model.model_config.get("title") or model.__name__
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
        }
    }


def _body_error(exc: ValidationError) -> RequestValidationError:
    return RequestValidationError(
        [{**error, "loc": ("body", *error["loc"])} for error in exc.errors(include_url=False)]
    )


async def _envelope(request: Request, model: type[EnvelopeT]) -> tuple[EnvelopeT, bytes]:
    """The raw body parsed in one pass (pydantic's JSON parser); lines are checked one by one later."""
    raw = await request.body()
    try:
        return model.model_validate_json(raw), raw
    except ValidationError as exc:
        raise _body_error(exc) from exc


@router.post(
    "/sales",
    operation_id="ingest-sales",
    response_model=SalesIngestResult,
    responses=problems(400, 401, 403, 413, 422, 429, typed=(InsufficientScopeProblem, RateLimitedProblem)),
    openapi_extra=_documented_body(SalesBatchDocumented),
    summary="Push up to 10,000 sales lines; each is accepted, a duplicate, a conflict or rejected",
)
async def push_sales(
    request: Request,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> SalesIngestResult | JSONResponse:
    """Pushes up to 10,000 POS sales lines; the answer accounts for every line.
    For machine clients with the `ingest:sales` scope (403 otherwise). Each line is accepted, a duplicate
    (its `external_id` was sent before by this client with the same content: counted once), a conflict (sent
    before with other content: not applied), or rejected with its index and reason: a store that does not
    exist or is outside the client's units, an employee unknown or outside the client's units (by home unit
    or an assignment), a bad amount, a sale timed more than 5 minutes ahead, or a day in a closed performance
    month (`period.closed`, until HR reopens it). Accepted lines roll up into daily store and employee sales
    on the store's local day, in the same transaction.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422. Lines are idempotent on `external_id` with or without
    a key. The body may be up to 6 MB.
    """
    require_client(actor, Scope.INGEST_SALES)
    raw = await request.body()
    try:
        batch = sales.read_batch(raw)  # one parse; a bad line is reported, a bad envelope is a 422
    except ValidationError as exc:
        raise _body_error(exc) from exc

    async def action() -> SalesIngestResult:
        return await sales.ingest_sales(session, actor=actor, clock=clock, batch=batch)

    # the batch's hash is its fingerprint; a batch writes nothing before it can refuse (no savepoint)
    return await once.answer(
        hashlib.sha256(raw).hexdigest(), action, status=200, isolate=False, operation="ingest.sales"
    )


@router.post(
    "/metric-values",
    operation_id="ingest-metricValues",
    response_model=MetricIngestResult,
    responses=problems(400, 401, 403, 413, 422, 429, typed=(InsufficientScopeProblem, RateLimitedProblem)),
    openapi_extra=_documented_body(MetricValueBatchDocumented),
    summary="Push up to 1,000 metric values for stores or employees and periods",
)
async def push_metric_values(
    request: Request,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> MetricIngestResult | JSONResponse:
    """Pushes up to 1,000 metric values for a store or an employee and a period; every value is accounted for.
    For machine clients with the `ingest:metrics` scope (403 otherwise). A value is taken only for a metric
    HR defined, that is active and whose source is `pushed`, within what its scoring rule can hold; for
    exactly one of `store_code` and `employee_no`, inside the client's units (an employee by home unit or an
    assignment); and for a period not in a closed performance month. Everything else is rejected with its
    index and reason. A later push for the same metric, subject and period replaces the value (`updated`); a
    value a person entered is never replaced.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422.
    """
    require_client(actor, Scope.INGEST_METRICS)
    batch, raw = await _envelope(request, MetricValueBatch)

    async def action() -> MetricIngestResult:
        return await metric_values.ingest_metric_values(session, actor=actor, clock=clock, raw_values=batch.values)

    return await once.answer(
        hashlib.sha256(raw).hexdigest(), action, status=200, isolate=False, operation="ingest.metric-values"
    )


@router.post(
    "/training",
    operation_id="ingest-training",
    response_model=CompletionIngestResult,
    responses=problems(400, 401, 403, 413, 422, 429, typed=(InsufficientScopeProblem, RateLimitedProblem)),
    openapi_extra=_documented_body(CompletionBatchDocumented),
    summary="Push up to 5,000 course completions; each is accepted, a duplicate, a conflict or rejected",
)
async def push_completions(
    request: Request,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> CompletionIngestResult | JSONResponse:
    """Pushes up to 5,000 course completions from the learning platform; every completion is accounted for.
    For machine clients with the `ingest:training` scope (403 otherwise). A completion is rejected with its
    index and reason for an unknown course, an employee unknown or whose home unit is outside the client's
    units, a date in the future or on which the course was not offered, or missing evidence the course's kind
    of delivery needs. Each `external_id` is stored once per client: sent again it is a duplicate (same
    content) or a conflict (other content) and changes nothing. An accepted completion is judged by the credit
    rules in force and adds to the person's credits only what beats their best on that course so far
    (`credited`), in the month it arrives.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422.
    """
    require_client(actor, Scope.INGEST_TRAINING)
    raw = await request.body()
    try:
        batch = completions.read_batch(raw)
    except ValidationError as exc:
        raise _body_error(exc) from exc

    async def action() -> CompletionIngestResult:
        return await completions.ingest_completions(session, actor=actor, clock=clock, batch=batch)

    return await once.answer(
        hashlib.sha256(raw).hexdigest(), action, status=200, isolate=False, operation="ingest.training"
    )
