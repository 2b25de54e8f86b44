from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.settings_read import SettingsRead
from ...models.settings_update import SettingsUpdate
from ...types import Response


def _get_kwargs(
    *,
    body: SettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/recognition/settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SettingsRead | None:
    if response.status_code == 200:
        response_200 = SettingsRead.from_dict(response.json())

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
    body: SettingsUpdate,
) -> Response[Problem | SettingsRead]:
    """Change the recognition rules (HR), with the version read

     Saves the budgets (roles left out keep theirs), the pair cap and the expiry. Send the `version` you
    read
    (0 while the defaults hold): a save made meanwhile answers 409 `recognition.settings_changed`.
    Budgets apply
    from now on (points spent this month count against the new budget); awarded points keep the expiry
    they
    were given. HR and administrators only (403); audited.

    Args:
        body (SettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettingsRead]
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
    body: SettingsUpdate,
) -> Problem | SettingsRead | None:
    """Change the recognition rules (HR), with the version read

     Saves the budgets (roles left out keep theirs), the pair cap and the expiry. Send the `version` you
    read
    (0 while the defaults hold): a save made meanwhile answers 409 `recognition.settings_changed`.
    Budgets apply
    from now on (points spent this month count against the new budget); awarded points keep the expiry
    they
    were given. HR and administrators only (403); audited.

    Args:
        body (SettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettingsRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SettingsUpdate,
) -> Response[Problem | SettingsRead]:
    """Change the recognition rules (HR), with the version read

     Saves the budgets (roles left out keep theirs), the pair cap and the expiry. Send the `version` you
    read
    (0 while the defaults hold): a save made meanwhile answers 409 `recognition.settings_changed`.
    Budgets apply
    from now on (points spent this month count against the new budget); awarded points keep the expiry
    they
    were given. HR and administrators only (403); audited.

    Args:
        body (SettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SettingsRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SettingsUpdate,
) -> Problem | SettingsRead | None:
    """Change the recognition rules (HR), with the version read

     Saves the budgets (roles left out keep theirs), the pair cap and the expiry. Send the `version` you
    read
    (0 while the defaults hold): a save made meanwhile answers 409 `recognition.settings_changed`.
    Budgets apply
    from now on (points spent this month count against the new budget); awarded points keep the expiry
    they
    were given. HR and administrators only (403); audited.

    Args:
        body (SettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SettingsRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
