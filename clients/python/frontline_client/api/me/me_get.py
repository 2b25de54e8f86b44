from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.me_read import MeRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MeRead | Problem | None:
    if response.status_code == 200:
        response_200 = MeRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MeRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[MeRead | Problem]:
    """Get Me

     Who the caller is: their account, employee record (if any), role grants and language.
    Each grant names the role and the org unit it reaches (with its whole subtree); `sees_everyone` is
    true
    for HR, leaders and administrators. For people signed in; an account that no longer exists (or a
    machine
    client's token) answers 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> MeRead | Problem | None:
    """Get Me

     Who the caller is: their account, employee record (if any), role grants and language.
    Each grant names the role and the org unit it reaches (with its whole subtree); `sees_everyone` is
    true
    for HR, leaders and administrators. For people signed in; an account that no longer exists (or a
    machine
    client's token) answers 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[MeRead | Problem]:
    """Get Me

     Who the caller is: their account, employee record (if any), role grants and language.
    Each grant names the role and the org unit it reaches (with its whole subtree); `sees_everyone` is
    true
    for HR, leaders and administrators. For people signed in; an account that no longer exists (or a
    machine
    client's token) answers 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> MeRead | Problem | None:
    """Get Me

     Who the caller is: their account, employee record (if any), role grants and language.
    Each grant names the role and the org unit it reaches (with its whole subtree); `sees_everyone` is
    true
    for HR, leaders and administrators. For people signed in; an account that no longer exists (or a
    machine
    client's token) answers 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
