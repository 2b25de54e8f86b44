from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pool_not_locked_problem import PoolNotLockedProblem
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    pool_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pools/{pool_id}/payroll".format(
            pool_id=quote(str(pool_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PoolNotLockedProblem | Problem | Problem | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> PoolNotLockedProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = PoolNotLockedProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = Problem.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

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
) -> Response[Any | PoolNotLockedProblem | Problem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PoolNotLockedProblem | Problem | Problem]:
    """The payroll export of a locked pool, as CSV

     Downloads a locked pool as CSV for payroll: one row per person with their net amount from the ledger
    (corrections included), by employee number, amounts of zero left out, headings in the caller's
    language. A
    pool not locked answers 409. HR and administrators only (a leader or member who can see the pool
    gets 403,
    anyone else 404).

    Args:
        pool_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PoolNotLockedProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | PoolNotLockedProblem | Problem | Problem | None:
    """The payroll export of a locked pool, as CSV

     Downloads a locked pool as CSV for payroll: one row per person with their net amount from the ledger
    (corrections included), by employee number, amounts of zero left out, headings in the caller's
    language. A
    pool not locked answers 409. HR and administrators only (a leader or member who can see the pool
    gets 403,
    anyone else 404).

    Args:
        pool_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PoolNotLockedProblem | Problem | Problem
    """

    return sync_detailed(
        pool_id=pool_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PoolNotLockedProblem | Problem | Problem]:
    """The payroll export of a locked pool, as CSV

     Downloads a locked pool as CSV for payroll: one row per person with their net amount from the ledger
    (corrections included), by employee number, amounts of zero left out, headings in the caller's
    language. A
    pool not locked answers 409. HR and administrators only (a leader or member who can see the pool
    gets 403,
    anyone else 404).

    Args:
        pool_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PoolNotLockedProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | PoolNotLockedProblem | Problem | Problem | None:
    """The payroll export of a locked pool, as CSV

     Downloads a locked pool as CSV for payroll: one row per person with their net amount from the ledger
    (corrections included), by employee number, amounts of zero left out, headings in the caller's
    language. A
    pool not locked answers 409. HR and administrators only (a leader or member who can see the pool
    gets 403,
    anyone else 404).

    Args:
        pool_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PoolNotLockedProblem | Problem | Problem
    """

    return (
        await asyncio_detailed(
            pool_id=pool_id,
            client=client,
        )
    ).parsed
