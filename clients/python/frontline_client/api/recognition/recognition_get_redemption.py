from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.redemption_read import RedemptionRead
from ...types import Response


def _get_kwargs(
    redemption_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recognition/redemptions/{redemption_id}".format(
            redemption_id=quote(str(redemption_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RedemptionRead | None:
    if response.status_code == 200:
        response_200 = RedemptionRead.from_dict(response.json())

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
) -> Response[Problem | RedemptionRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    redemption_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RedemptionRead]:
    """Get Redemption

     Returns a redemption to its requester, HR and administrators; anyone else gets 404.

    Args:
        redemption_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RedemptionRead]
    """

    kwargs = _get_kwargs(
        redemption_id=redemption_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    redemption_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | RedemptionRead | None:
    """Get Redemption

     Returns a redemption to its requester, HR and administrators; anyone else gets 404.

    Args:
        redemption_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RedemptionRead
    """

    return sync_detailed(
        redemption_id=redemption_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    redemption_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RedemptionRead]:
    """Get Redemption

     Returns a redemption to its requester, HR and administrators; anyone else gets 404.

    Args:
        redemption_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RedemptionRead]
    """

    kwargs = _get_kwargs(
        redemption_id=redemption_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    redemption_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | RedemptionRead | None:
    """Get Redemption

     Returns a redemption to its requester, HR and administrators; anyone else gets 404.

    Args:
        redemption_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RedemptionRead
    """

    return (
        await asyncio_detailed(
            redemption_id=redemption_id,
            client=client,
        )
    ).parsed
