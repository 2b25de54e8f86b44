from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.settings_read import SettingsRead
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recognition/settings",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SettingsRead | None:
    if response.status_code == 200:
        response_200 = SettingsRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SettingsRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SettingsRead]:
    """The recognition rules: monthly budgets by role, the pair cap, how long points last

     Returns the monthly points budget of each role (a sender gets the largest of their roles'), the cap
    on
    budget points between the same two people a month (both directions summed) and after how many months
    awarded points expire. Every signed-in person may read them; integration clients get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettingsRead]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Problem | SettingsRead | None:
    """The recognition rules: monthly budgets by role, the pair cap, how long points last

     Returns the monthly points budget of each role (a sender gets the largest of their roles'), the cap
    on
    budget points between the same two people a month (both directions summed) and after how many months
    awarded points expire. Every signed-in person may read them; integration clients get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettingsRead
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SettingsRead]:
    """The recognition rules: monthly budgets by role, the pair cap, how long points last

     Returns the monthly points budget of each role (a sender gets the largest of their roles'), the cap
    on
    budget points between the same two people a month (both directions summed) and after how many months
    awarded points expire. Every signed-in person may read them; integration clients get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettingsRead]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Problem | SettingsRead | None:
    """The recognition rules: monthly budgets by role, the pair cap, how long points last

     Returns the monthly points budget of each role (a sender gets the largest of their roles'), the cap
    on
    budget points between the same two people a month (both directions summed) and after how many months
    awarded points expire. Every signed-in person may read them; integration clients get 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettingsRead
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
