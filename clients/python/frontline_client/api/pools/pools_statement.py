from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.statement import Statement
from ...types import Response


def _get_kwargs(
    pool_id: UUID,
    employee_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pools/{pool_id}/statements/{employee_id}".format(
            pool_id=quote(str(pool_id), safe=""),
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Statement | None:
    if response.status_code == 200:
        response_200 = Statement.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Statement]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pool_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | Statement]:
    """A member's statement: contribution and ledger entries (members: their own only)

     Returns one member's statement of a pool: their contribution lines (as calculated once the pool is
    calculated, live before) and their ledger entries, with the total (the ledger's once locked, else
    projected). HR, leaders and administrators read anyone's; a member only their own; anything else
    answers
    404.

    Args:
        pool_id (UUID):
        employee_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statement]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        employee_id=employee_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pool_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | Statement | None:
    """A member's statement: contribution and ledger entries (members: their own only)

     Returns one member's statement of a pool: their contribution lines (as calculated once the pool is
    calculated, live before) and their ledger entries, with the total (the ledger's once locked, else
    projected). HR, leaders and administrators read anyone's; a member only their own; anything else
    answers
    404.

    Args:
        pool_id (UUID):
        employee_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Statement
    """

    return sync_detailed(
        pool_id=pool_id,
        employee_id=employee_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pool_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | Statement]:
    """A member's statement: contribution and ledger entries (members: their own only)

     Returns one member's statement of a pool: their contribution lines (as calculated once the pool is
    calculated, live before) and their ledger entries, with the total (the ledger's once locked, else
    projected). HR, leaders and administrators read anyone's; a member only their own; anything else
    answers
    404.

    Args:
        pool_id (UUID):
        employee_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statement]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        employee_id=employee_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | Statement | None:
    """A member's statement: contribution and ledger entries (members: their own only)

     Returns one member's statement of a pool: their contribution lines (as calculated once the pool is
    calculated, live before) and their ledger entries, with the total (the ledger's once locked, else
    projected). HR, leaders and administrators read anyone's; a member only their own; anything else
    answers
    404.

    Args:
        pool_id (UUID):
        employee_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Statement
    """

    return (
        await asyncio_detailed(
            pool_id=pool_id,
            employee_id=employee_id,
            client=client,
        )
    ).parsed
