from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_point_read import AccessPointRead
from ...models.access_points_update import AccessPointsUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    store_id: UUID,
    *,
    body: AccessPointsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/stores/{store_id}/access-points".format(
            store_id=quote(str(store_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[AccessPointRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AccessPointRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | list[AccessPointRead]]:
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
    body: AccessPointsUpdate,
) -> Response[Problem | list[AccessPointRead]]:
    """Register the store's Wi-Fi access points (HR, administrators)

     Replaces the store's whole list of Wi-Fi access points; a punch made on one of them counts as on
    site.
    HR and administrators (a store manager over the store gets 403; anyone who cannot see the store,
    404).
    BSSIDs are normalised (`AA-BB-CC-DD-EE-FF` and `aa:bb:cc:dd:ee:ff` are the same access point); an
    empty
    list removes them all. The change is audited.

    Args:
        store_id (UUID):
        body (AccessPointsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[AccessPointRead]]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccessPointsUpdate,
) -> Problem | list[AccessPointRead] | None:
    """Register the store's Wi-Fi access points (HR, administrators)

     Replaces the store's whole list of Wi-Fi access points; a punch made on one of them counts as on
    site.
    HR and administrators (a store manager over the store gets 403; anyone who cannot see the store,
    404).
    BSSIDs are normalised (`AA-BB-CC-DD-EE-FF` and `aa:bb:cc:dd:ee:ff` are the same access point); an
    empty
    list removes them all. The change is audited.

    Args:
        store_id (UUID):
        body (AccessPointsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[AccessPointRead]
    """

    return sync_detailed(
        store_id=store_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccessPointsUpdate,
) -> Response[Problem | list[AccessPointRead]]:
    """Register the store's Wi-Fi access points (HR, administrators)

     Replaces the store's whole list of Wi-Fi access points; a punch made on one of them counts as on
    site.
    HR and administrators (a store manager over the store gets 403; anyone who cannot see the store,
    404).
    BSSIDs are normalised (`AA-BB-CC-DD-EE-FF` and `aa:bb:cc:dd:ee:ff` are the same access point); an
    empty
    list removes them all. The change is audited.

    Args:
        store_id (UUID):
        body (AccessPointsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[AccessPointRead]]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccessPointsUpdate,
) -> Problem | list[AccessPointRead] | None:
    """Register the store's Wi-Fi access points (HR, administrators)

     Replaces the store's whole list of Wi-Fi access points; a punch made on one of them counts as on
    site.
    HR and administrators (a store manager over the store gets 403; anyone who cannot see the store,
    404).
    BSSIDs are normalised (`AA-BB-CC-DD-EE-FF` and `aa:bb:cc:dd:ee:ff` are the same access point); an
    empty
    list removes them all. The change is audited.

    Args:
        store_id (UUID):
        body (AccessPointsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[AccessPointRead]
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            client=client,
            body=body,
        )
    ).parsed
