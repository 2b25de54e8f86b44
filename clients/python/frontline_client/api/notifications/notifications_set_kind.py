from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_kind_update import NotificationKindUpdate
from ...models.notification_preference_read import NotificationPreferenceRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    kind: str,
    *,
    body: NotificationKindUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/notification-kinds/{kind}".format(
            kind=quote(str(kind), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationPreferenceRead | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationPreferenceRead.from_dict(response.json())

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
) -> Response[NotificationPreferenceRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: str,
    *,
    client: AuthenticatedClient,
    body: NotificationKindUpdate,
) -> Response[NotificationPreferenceRead | Problem]:
    """HR: make a kind mandatory (nobody can mute it) or optional

     Makes a notification kind mandatory, so nobody can mute it, or optional again.
    HR and administrators only (403); an unknown kind answers 404. A mandatory kind is delivered to
    everyone
    it concerns, including those who had muted it; making it optional again restores their mutes.
    Audited.

    Args:
        kind (str):
        body (NotificationKindUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferenceRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: str,
    *,
    client: AuthenticatedClient,
    body: NotificationKindUpdate,
) -> NotificationPreferenceRead | Problem | None:
    """HR: make a kind mandatory (nobody can mute it) or optional

     Makes a notification kind mandatory, so nobody can mute it, or optional again.
    HR and administrators only (403); an unknown kind answers 404. A mandatory kind is delivered to
    everyone
    it concerns, including those who had muted it; making it optional again restores their mutes.
    Audited.

    Args:
        kind (str):
        body (NotificationKindUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferenceRead | Problem
    """

    return sync_detailed(
        kind=kind,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    kind: str,
    *,
    client: AuthenticatedClient,
    body: NotificationKindUpdate,
) -> Response[NotificationPreferenceRead | Problem]:
    """HR: make a kind mandatory (nobody can mute it) or optional

     Makes a notification kind mandatory, so nobody can mute it, or optional again.
    HR and administrators only (403); an unknown kind answers 404. A mandatory kind is delivered to
    everyone
    it concerns, including those who had muted it; making it optional again restores their mutes.
    Audited.

    Args:
        kind (str):
        body (NotificationKindUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferenceRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: str,
    *,
    client: AuthenticatedClient,
    body: NotificationKindUpdate,
) -> NotificationPreferenceRead | Problem | None:
    """HR: make a kind mandatory (nobody can mute it) or optional

     Makes a notification kind mandatory, so nobody can mute it, or optional again.
    HR and administrators only (403); an unknown kind answers 404. A mandatory kind is delivered to
    everyone
    it concerns, including those who had muted it; making it optional again restores their mutes.
    Audited.

    Args:
        kind (str):
        body (NotificationKindUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferenceRead | Problem
    """

    return (
        await asyncio_detailed(
            kind=kind,
            client=client,
            body=body,
        )
    ).parsed
