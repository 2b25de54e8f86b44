from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_result import BatchResult
from ...models.problem import Problem
from ...models.punch_batch import PunchBatch
from ...types import Response


def _get_kwargs(
    *,
    body: PunchBatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/clock-ins/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BatchResult | Problem | None:
    if response.status_code == 200:
        response_200 = BatchResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PunchBatch,
) -> Response[BatchResult | Problem]:
    """Sync an offline queue: up to 500 punches, each with its own key, answered one by one

     Records an offline queue of up to 500 punches, each under its own `idempotency_key`, one answer
    each.
    For employees (403 otherwise). Punches are decided in the order of their `client_time`, by the same
    rules
    as POST /clock-ins, and answered in the order sent; each result carries the status the punch alone
    would
    have had, with the punch or the problem. A refused punch does not stop the others. Keys are shared
    with
    POST /clock-ins: a punch sent alone and then again in a batch under the same key (and body) is
    recorded
    once and its first answer repeated, so a queue can be resent safely after a timeout.

    Args:
        body (PunchBatch): Punches the phone kept while offline, sent when it is back; each
            answered on its own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PunchBatch,
) -> BatchResult | Problem | None:
    """Sync an offline queue: up to 500 punches, each with its own key, answered one by one

     Records an offline queue of up to 500 punches, each under its own `idempotency_key`, one answer
    each.
    For employees (403 otherwise). Punches are decided in the order of their `client_time`, by the same
    rules
    as POST /clock-ins, and answered in the order sent; each result carries the status the punch alone
    would
    have had, with the punch or the problem. A refused punch does not stop the others. Keys are shared
    with
    POST /clock-ins: a punch sent alone and then again in a batch under the same key (and body) is
    recorded
    once and its first answer repeated, so a queue can be resent safely after a timeout.

    Args:
        body (PunchBatch): Punches the phone kept while offline, sent when it is back; each
            answered on its own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PunchBatch,
) -> Response[BatchResult | Problem]:
    """Sync an offline queue: up to 500 punches, each with its own key, answered one by one

     Records an offline queue of up to 500 punches, each under its own `idempotency_key`, one answer
    each.
    For employees (403 otherwise). Punches are decided in the order of their `client_time`, by the same
    rules
    as POST /clock-ins, and answered in the order sent; each result carries the status the punch alone
    would
    have had, with the punch or the problem. A refused punch does not stop the others. Keys are shared
    with
    POST /clock-ins: a punch sent alone and then again in a batch under the same key (and body) is
    recorded
    once and its first answer repeated, so a queue can be resent safely after a timeout.

    Args:
        body (PunchBatch): Punches the phone kept while offline, sent when it is back; each
            answered on its own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PunchBatch,
) -> BatchResult | Problem | None:
    """Sync an offline queue: up to 500 punches, each with its own key, answered one by one

     Records an offline queue of up to 500 punches, each under its own `idempotency_key`, one answer
    each.
    For employees (403 otherwise). Punches are decided in the order of their `client_time`, by the same
    rules
    as POST /clock-ins, and answered in the order sent; each result carries the status the punch alone
    would
    have had, with the punch or the problem. A refused punch does not stop the others. Keys are shared
    with
    POST /clock-ins: a punch sent alone and then again in a batch under the same key (and body) is
    recorded
    once and its first answer repeated, so a queue can be resent safely after a timeout.

    Args:
        body (PunchBatch): Punches the phone kept while offline, sent when it is back; each
            answered on its own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
