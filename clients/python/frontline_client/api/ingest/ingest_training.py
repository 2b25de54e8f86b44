from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completion_batch import CompletionBatch
from ...models.completion_ingest_result import CompletionIngestResult
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.problem import Problem
from ...models.rate_limited_problem import RateLimitedProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompletionBatch,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/ingest/training",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | None:
    if response.status_code == 200:
        response_200 = CompletionIngestResult.from_dict(response.json())

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
) -> Response[CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CompletionBatch,
    idempotency_key: str | Unset = UNSET,
) -> Response[CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem]:
    """Push up to 5,000 course completions; each is accepted, a duplicate, a conflict or rejected

     Pushes up to 5,000 course completions from the learning platform; every completion is accounted for.
    For machine clients with the `ingest:training` scope (403 otherwise). A completion is rejected with
    its
    index and reason for an unknown course, an employee unknown or whose home unit is outside the
    client's
    units, a date in the future or on which the course was not offered, or missing evidence the course's
    kind
    of delivery needs. Each `external_id` is stored once per client: sent again it is a duplicate (same
    content) or a conflict (other content) and changes nothing. An accepted completion is judged by the
    credit
    rules in force and adds to the person's credits only what beats their best on that course so far
    (`credited`), in the month it arrives.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422.

    Args:
        idempotency_key (str | Unset):
        body (CompletionBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem]
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
    body: CompletionBatch,
    idempotency_key: str | Unset = UNSET,
) -> CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | None:
    """Push up to 5,000 course completions; each is accepted, a duplicate, a conflict or rejected

     Pushes up to 5,000 course completions from the learning platform; every completion is accounted for.
    For machine clients with the `ingest:training` scope (403 otherwise). A completion is rejected with
    its
    index and reason for an unknown course, an employee unknown or whose home unit is outside the
    client's
    units, a date in the future or on which the course was not offered, or missing evidence the course's
    kind
    of delivery needs. Each `external_id` is stored once per client: sent again it is a duplicate (same
    content) or a conflict (other content) and changes nothing. An accepted completion is judged by the
    credit
    rules in force and adds to the person's credits only what beats their best on that course so far
    (`credited`), in the month it arrives.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422.

    Args:
        idempotency_key (str | Unset):
        body (CompletionBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompletionBatch,
    idempotency_key: str | Unset = UNSET,
) -> Response[CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem]:
    """Push up to 5,000 course completions; each is accepted, a duplicate, a conflict or rejected

     Pushes up to 5,000 course completions from the learning platform; every completion is accounted for.
    For machine clients with the `ingest:training` scope (403 otherwise). A completion is rejected with
    its
    index and reason for an unknown course, an employee unknown or whose home unit is outside the
    client's
    units, a date in the future or on which the course was not offered, or missing evidence the course's
    kind
    of delivery needs. Each `external_id` is stored once per client: sent again it is a duplicate (same
    content) or a conflict (other content) and changes nothing. An accepted completion is judged by the
    credit
    rules in force and adds to the person's credits only what beats their best on that course so far
    (`credited`), in the month it arrives.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422.

    Args:
        idempotency_key (str | Unset):
        body (CompletionBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem]
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
    body: CompletionBatch,
    idempotency_key: str | Unset = UNSET,
) -> CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | None:
    """Push up to 5,000 course completions; each is accepted, a duplicate, a conflict or rejected

     Pushes up to 5,000 course completions from the learning platform; every completion is accounted for.
    For machine clients with the `ingest:training` scope (403 otherwise). A completion is rejected with
    its
    index and reason for an unknown course, an employee unknown or whose home unit is outside the
    client's
    units, a date in the future or on which the course was not offered, or missing evidence the course's
    kind
    of delivery needs. Each `external_id` is stored once per client: sent again it is a duplicate (same
    content) or a conflict (other content) and changes nothing. An accepted completion is judged by the
    credit
    rules in force and adds to the person's credits only what beats their best on that course so far
    (`credited`), in the month it arrives.

    With an `Idempotency-Key`, a retry of the same batch replays the first answer (`Idempotent-Replayed:
    true`); the same key with another body answers 422.

    Args:
        idempotency_key (str | Unset):
        body (CompletionBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletionIngestResult | InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
