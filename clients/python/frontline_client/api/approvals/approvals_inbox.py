from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inbox import Inbox
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/approvals/inbox",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Inbox | Problem | None:
    if response.status_code == 200:
        response_200 = Inbox.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Inbox | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
) -> Response[Inbox | Problem]:
    """Steps waiting on me, oldest first: transfers, and flexible arrangements

     Lists what waits on the caller's decision, oldest first: transfer steps and flexible arrangement
    steps.

    A step is listed when the caller's role reaches it, as in the decision; HR also gets the steps
    nobody else
    can decide. The caller's own requests are never listed, and a caller without an approver role gets
    empty
    lists. `limit` applies to each list separately.

    Args:
        limit (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inbox | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
) -> Inbox | Problem | None:
    """Steps waiting on me, oldest first: transfers, and flexible arrangements

     Lists what waits on the caller's decision, oldest first: transfer steps and flexible arrangement
    steps.

    A step is listed when the caller's role reaches it, as in the decision; HR also gets the steps
    nobody else
    can decide. The caller's own requests are never listed, and a caller without an approver role gets
    empty
    lists. `limit` applies to each list separately.

    Args:
        limit (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inbox | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
) -> Response[Inbox | Problem]:
    """Steps waiting on me, oldest first: transfers, and flexible arrangements

     Lists what waits on the caller's decision, oldest first: transfer steps and flexible arrangement
    steps.

    A step is listed when the caller's role reaches it, as in the decision; HR also gets the steps
    nobody else
    can decide. The caller's own requests are never listed, and a caller without an approver role gets
    empty
    lists. `limit` applies to each list separately.

    Args:
        limit (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inbox | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
) -> Inbox | Problem | None:
    """Steps waiting on me, oldest first: transfers, and flexible arrangements

     Lists what waits on the caller's decision, oldest first: transfer steps and flexible arrangement
    steps.

    A step is listed when the caller's role reaches it, as in the decision; HR also gets the steps
    nobody else
    can decide. The caller's own requests are never listed, and a caller without an approver role gets
    empty
    lists. `limit` applies to each list separately.

    Args:
        limit (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inbox | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
        )
    ).parsed
