from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.problem import Problem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.sales_batch import SalesBatch
from ...models.sales_ingest_result import SalesIngestResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SalesBatch,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/ingest/sales",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult | None:
    if response.status_code == 200:
        response_200 = SalesIngestResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> InsufficientScopeProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = InsufficientScopeProblem.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = Problem.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> Problem | RateLimitedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = RateLimitedProblem.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = Problem.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SalesBatch,
    idempotency_key: str | Unset = UNSET,
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult]:
    """Push up to 10,000 sales lines; each is accepted, a duplicate, a conflict or rejected

     Pushes up to 10,000 POS sales lines; the answer accounts for every line.
    For machine clients with the `ingest:sales` scope (403 otherwise). Each line is accepted, a
    duplicate
    (its `external_id` was sent before by this client with the same content: counted once), a conflict
    (sent
    before with other content: not applied), or rejected with its index and reason: a store that does
    not
    exist or is outside the client's units, an employee unknown or outside the client's units (by home
    unit
    or an assignment), a bad amount, a sale timed more than 5 minutes ahead, or a day in a closed
    performance
    month (`period.closed`, until HR reopens it). Accepted lines roll up into daily store and employee
    sales
    on the store's local day, in the same transaction.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422. Lines are idempotent on `external_id` with or
    without
    a key. The body may be up to 6 MB.

    Args:
        idempotency_key (str | Unset):
        body (SalesBatch): The request body as documented (the server reads it line by line).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SalesBatch,
    idempotency_key: str | Unset = UNSET,
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult | None:
    """Push up to 10,000 sales lines; each is accepted, a duplicate, a conflict or rejected

     Pushes up to 10,000 POS sales lines; the answer accounts for every line.
    For machine clients with the `ingest:sales` scope (403 otherwise). Each line is accepted, a
    duplicate
    (its `external_id` was sent before by this client with the same content: counted once), a conflict
    (sent
    before with other content: not applied), or rejected with its index and reason: a store that does
    not
    exist or is outside the client's units, an employee unknown or outside the client's units (by home
    unit
    or an assignment), a bad amount, a sale timed more than 5 minutes ahead, or a day in a closed
    performance
    month (`period.closed`, until HR reopens it). Accepted lines roll up into daily store and employee
    sales
    on the store's local day, in the same transaction.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422. Lines are idempotent on `external_id` with or
    without
    a key. The body may be up to 6 MB.

    Args:
        idempotency_key (str | Unset):
        body (SalesBatch): The request body as documented (the server reads it line by line).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SalesBatch,
    idempotency_key: str | Unset = UNSET,
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult]:
    """Push up to 10,000 sales lines; each is accepted, a duplicate, a conflict or rejected

     Pushes up to 10,000 POS sales lines; the answer accounts for every line.
    For machine clients with the `ingest:sales` scope (403 otherwise). Each line is accepted, a
    duplicate
    (its `external_id` was sent before by this client with the same content: counted once), a conflict
    (sent
    before with other content: not applied), or rejected with its index and reason: a store that does
    not
    exist or is outside the client's units, an employee unknown or outside the client's units (by home
    unit
    or an assignment), a bad amount, a sale timed more than 5 minutes ahead, or a day in a closed
    performance
    month (`period.closed`, until HR reopens it). Accepted lines roll up into daily store and employee
    sales
    on the store's local day, in the same transaction.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422. Lines are idempotent on `external_id` with or
    without
    a key. The body may be up to 6 MB.

    Args:
        idempotency_key (str | Unset):
        body (SalesBatch): The request body as documented (the server reads it line by line).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SalesBatch,
    idempotency_key: str | Unset = UNSET,
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult | None:
    """Push up to 10,000 sales lines; each is accepted, a duplicate, a conflict or rejected

     Pushes up to 10,000 POS sales lines; the answer accounts for every line.
    For machine clients with the `ingest:sales` scope (403 otherwise). Each line is accepted, a
    duplicate
    (its `external_id` was sent before by this client with the same content: counted once), a conflict
    (sent
    before with other content: not applied), or rejected with its index and reason: a store that does
    not
    exist or is outside the client's units, an employee unknown or outside the client's units (by home
    unit
    or an assignment), a bad amount, a sale timed more than 5 minutes ahead, or a day in a closed
    performance
    month (`period.closed`, until HR reopens it). Accepted lines roll up into daily store and employee
    sales
    on the store's local day, in the same transaction.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422. Lines are idempotent on `external_id` with or
    without
    a key. The body may be up to 6 MB.

    Args:
        idempotency_key (str | Unset):
        body (SalesBatch): The request body as documented (the server reads it line by line).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SalesIngestResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
