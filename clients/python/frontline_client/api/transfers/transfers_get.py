from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.transfer_read import TransferRead
from ...types import Response


def _get_kwargs(
    transfer_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/transfers/{transfer_id}".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TransferRead | None:
    if response.status_code == 200:
        response_200 = TransferRead.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TransferRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | TransferRead]:
    """Get Transfer

     Reads one transfer request with its steps, its trail and, while in review, who may decide it now.

    Seen by its requester, its employee, the store managers and department heads over the employee's
    home unit
    or where she is assigned today and over its destination, and HR, leaders and administrators; any
    other
    request answers 404. When nobody holds the waiting step's role for the request any more, HR decides
    it
    (`escalated_to_hr`).

    Args:
        transfer_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TransferRead]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | TransferRead | None:
    """Get Transfer

     Reads one transfer request with its steps, its trail and, while in review, who may decide it now.

    Seen by its requester, its employee, the store managers and department heads over the employee's
    home unit
    or where she is assigned today and over its destination, and HR, leaders and administrators; any
    other
    request answers 404. When nobody holds the waiting step's role for the request any more, HR decides
    it
    (`escalated_to_hr`).

    Args:
        transfer_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TransferRead
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | TransferRead]:
    """Get Transfer

     Reads one transfer request with its steps, its trail and, while in review, who may decide it now.

    Seen by its requester, its employee, the store managers and department heads over the employee's
    home unit
    or where she is assigned today and over its destination, and HR, leaders and administrators; any
    other
    request answers 404. When nobody holds the waiting step's role for the request any more, HR decides
    it
    (`escalated_to_hr`).

    Args:
        transfer_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TransferRead]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | TransferRead | None:
    """Get Transfer

     Reads one transfer request with its steps, its trail and, while in review, who may decide it now.

    Seen by its requester, its employee, the store managers and department heads over the employee's
    home unit
    or where she is assigned today and over its destination, and HR, leaders and administrators; any
    other
    request answers 404. When nobody holds the waiting step's role for the request any more, HR decides
    it
    (`escalated_to_hr`).

    Args:
        transfer_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TransferRead
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
        )
    ).parsed
