from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clock_qr import ClockQr
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    store_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stores/{store_id}/clock-qr".format(
            store_id=quote(str(store_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClockQr | Problem | None:
    if response.status_code == 200:
        response_200 = ClockQr.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClockQr | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ClockQr | Problem]:
    """The rotating code for the store's clock-in screen (store managers)

     The code the store's clock-in screen shows now; it rotates every 30 seconds.
    Show the next one from `refresh_at`. Store managers over the store, HR, leaders and administrators;
    anyone
    else answers 404. A phone that scans it proves presence when its GPS fix is too coarse: the code is
    accepted during its own 30 seconds and the next, and counts once per person and store.

    Args:
        store_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClockQr | Problem]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ClockQr | Problem | None:
    """The rotating code for the store's clock-in screen (store managers)

     The code the store's clock-in screen shows now; it rotates every 30 seconds.
    Show the next one from `refresh_at`. Store managers over the store, HR, leaders and administrators;
    anyone
    else answers 404. A phone that scans it proves presence when its GPS fix is too coarse: the code is
    accepted during its own 30 seconds and the next, and counts once per person and store.

    Args:
        store_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClockQr | Problem
    """

    return sync_detailed(
        store_id=store_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ClockQr | Problem]:
    """The rotating code for the store's clock-in screen (store managers)

     The code the store's clock-in screen shows now; it rotates every 30 seconds.
    Show the next one from `refresh_at`. Store managers over the store, HR, leaders and administrators;
    anyone
    else answers 404. A phone that scans it proves presence when its GPS fix is too coarse: the code is
    accepted during its own 30 seconds and the next, and counts once per person and store.

    Args:
        store_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClockQr | Problem]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ClockQr | Problem | None:
    """The rotating code for the store's clock-in screen (store managers)

     The code the store's clock-in screen shows now; it rotates every 30 seconds.
    Show the next one from `refresh_at`. Store managers over the store, HR, leaders and administrators;
    anyone
    else answers 404. A phone that scans it proves presence when its GPS fix is too coarse: the code is
    accepted during its own 30 seconds and the next, and counts once per person and store.

    Args:
        store_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClockQr | Problem
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            client=client,
        )
    ).parsed
