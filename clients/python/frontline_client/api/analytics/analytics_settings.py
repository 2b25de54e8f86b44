from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_settings_read import AnalyticsSettingsRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/settings",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsSettingsRead | Problem | None:
    if response.status_code == 200:
        response_200 = AnalyticsSettingsRead.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyticsSettingsRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AnalyticsSettingsRead | Problem]:
    """The thresholds the mission figures are held to

     Returns the smallest group a figure is shown for, the frontline days that count as having gone,
    and each flag's threshold (shares from 0 to 1). Whoever reads analytics reads them; anyone else
    gets 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsSettingsRead | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AnalyticsSettingsRead | Problem | None:
    """The thresholds the mission figures are held to

     Returns the smallest group a figure is shown for, the frontline days that count as having gone,
    and each flag's threshold (shares from 0 to 1). Whoever reads analytics reads them; anyone else
    gets 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsSettingsRead | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AnalyticsSettingsRead | Problem]:
    """The thresholds the mission figures are held to

     Returns the smallest group a figure is shown for, the frontline days that count as having gone,
    and each flag's threshold (shares from 0 to 1). Whoever reads analytics reads them; anyone else
    gets 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsSettingsRead | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AnalyticsSettingsRead | Problem | None:
    """The thresholds the mission figures are held to

     Returns the smallest group a figure is shown for, the frontline days that count as having gone,
    and each flag's threshold (shares from 0 to 1). Whoever reads analytics reads them; anyone else
    gets 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsSettingsRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
