from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organisation_settings_read import OrganisationSettingsRead
from ...models.organisation_settings_update import OrganisationSettingsUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: OrganisationSettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/organisation/settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganisationSettingsRead | Problem | None:
    if response.status_code == 200:
        response_200 = OrganisationSettingsRead.from_dict(response.json())

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
) -> Response[OrganisationSettingsRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrganisationSettingsUpdate,
) -> Response[OrganisationSettingsRead | Problem]:
    """Change the organisation's settings, e.g. separation of duties in settlement (administrators;
    audited)

     Changes organisation-wide settings; fields left out keep their value.
    Administrators only: HR works under these rules, so HR does not set them (403). With separation of
    duties
    on, whoever last calculated a pool may not approve it, and whoever closed a month may not approve
    that
    month's pools; `max_mentees` caps how many secondees one head-office mentor takes at once.
    Concurrent
    changes are applied one after the other, and each is written to the audit trail.

    Args:
        body (OrganisationSettingsUpdate): The settings to change; those left out keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationSettingsRead | Problem]
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
    body: OrganisationSettingsUpdate,
) -> OrganisationSettingsRead | Problem | None:
    """Change the organisation's settings, e.g. separation of duties in settlement (administrators;
    audited)

     Changes organisation-wide settings; fields left out keep their value.
    Administrators only: HR works under these rules, so HR does not set them (403). With separation of
    duties
    on, whoever last calculated a pool may not approve it, and whoever closed a month may not approve
    that
    month's pools; `max_mentees` caps how many secondees one head-office mentor takes at once.
    Concurrent
    changes are applied one after the other, and each is written to the audit trail.

    Args:
        body (OrganisationSettingsUpdate): The settings to change; those left out keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationSettingsRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrganisationSettingsUpdate,
) -> Response[OrganisationSettingsRead | Problem]:
    """Change the organisation's settings, e.g. separation of duties in settlement (administrators;
    audited)

     Changes organisation-wide settings; fields left out keep their value.
    Administrators only: HR works under these rules, so HR does not set them (403). With separation of
    duties
    on, whoever last calculated a pool may not approve it, and whoever closed a month may not approve
    that
    month's pools; `max_mentees` caps how many secondees one head-office mentor takes at once.
    Concurrent
    changes are applied one after the other, and each is written to the audit trail.

    Args:
        body (OrganisationSettingsUpdate): The settings to change; those left out keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationSettingsRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrganisationSettingsUpdate,
) -> OrganisationSettingsRead | Problem | None:
    """Change the organisation's settings, e.g. separation of duties in settlement (administrators;
    audited)

     Changes organisation-wide settings; fields left out keep their value.
    Administrators only: HR works under these rules, so HR does not set them (403). With separation of
    duties
    on, whoever last calculated a pool may not approve it, and whoever closed a month may not approve
    that
    month's pools; `max_mentees` caps how many secondees one head-office mentor takes at once.
    Concurrent
    changes are applied one after the other, and each is written to the audit trail.

    Args:
        body (OrganisationSettingsUpdate): The settings to change; those left out keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationSettingsRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
