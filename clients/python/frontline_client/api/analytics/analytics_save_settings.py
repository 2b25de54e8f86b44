from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_settings_read import AnalyticsSettingsRead
from ...models.analytics_settings_update import AnalyticsSettingsUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: AnalyticsSettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/analytics/settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsSettingsRead | Problem | None:
    if response.status_code == 200:
        response_200 = AnalyticsSettingsRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
    body: AnalyticsSettingsUpdate,
) -> Response[AnalyticsSettingsRead | Problem]:
    """Change the thresholds (HR), with the version read

     Saves every threshold at once. Send the `version` you read (0 while the defaults hold): a save
    made meanwhile answers 409 `analytics.settings_changed`. The smallest group may not go below 3.
    New thresholds apply to what is read from now on and to the next nightly evaluation, which
    clears open flags whose figure is within them. HR and administrators only (403 for others who
    read analytics).

    Args:
        body (AnalyticsSettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsSettingsRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AnalyticsSettingsUpdate,
) -> AnalyticsSettingsRead | Problem | None:
    """Change the thresholds (HR), with the version read

     Saves every threshold at once. Send the `version` you read (0 while the defaults hold): a save
    made meanwhile answers 409 `analytics.settings_changed`. The smallest group may not go below 3.
    New thresholds apply to what is read from now on and to the next nightly evaluation, which
    clears open flags whose figure is within them. HR and administrators only (403 for others who
    read analytics).

    Args:
        body (AnalyticsSettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsSettingsRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnalyticsSettingsUpdate,
) -> Response[AnalyticsSettingsRead | Problem]:
    """Change the thresholds (HR), with the version read

     Saves every threshold at once. Send the `version` you read (0 while the defaults hold): a save
    made meanwhile answers 409 `analytics.settings_changed`. The smallest group may not go below 3.
    New thresholds apply to what is read from now on and to the next nightly evaluation, which
    clears open flags whose figure is within them. HR and administrators only (403 for others who
    read analytics).

    Args:
        body (AnalyticsSettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsSettingsRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnalyticsSettingsUpdate,
) -> AnalyticsSettingsRead | Problem | None:
    """Change the thresholds (HR), with the version read

     Saves every threshold at once. Send the `version` you read (0 while the defaults hold): a save
    made meanwhile answers 409 `analytics.settings_changed`. The smallest group may not go below 3.
    New thresholds apply to what is read from now on and to the next nightly evaluation, which
    clears open flags whose figure is within them. HR and administrators only (403 for others who
    read analytics).

    Args:
        body (AnalyticsSettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsSettingsRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
