from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    last_event_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/stream",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    last_event_id: None | str | Unset = UNSET,
) -> Response[Problem | str]:
    """My live stream of notifications and inbox changes (Server-Sent Events)

     Server-Sent Events for the app in the foreground: my new notifications and
    changes to my approvals inbox, as they are committed, on whichever API replica I reach.

    The stream opens with `retry: 3000` (reconnect after 3 s), then sends:

    - `event: notification`, `id: <seq>`, `data: <NotificationRead as JSON, in my language>`, oldest
      first. Reconnect with the header `Last-Event-ID: <the last id seen>` to receive exactly what came
      after it; without it the stream starts from now (read older ones with GET /me/notifications).
    - `event: inbox`, `data: {"kind": "transfer_approvals"}` after a notification that changed what
      waits for my decision (`transfer.waiting`, `transfer.withdrawn`): refresh GET /approvals/inbox.
    - `: heartbeat` (an SSE comment) after 15 s of quiet, so proxies keep the connection open.

    The stream holds no database connection while idle. It ends when the server shuts down; reconnect
    with `Last-Event-ID`.

    Args:
        last_event_id (None | str | Unset): Resume after this event id (a notification's seq)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    last_event_id: None | str | Unset = UNSET,
) -> Problem | str | None:
    """My live stream of notifications and inbox changes (Server-Sent Events)

     Server-Sent Events for the app in the foreground: my new notifications and
    changes to my approvals inbox, as they are committed, on whichever API replica I reach.

    The stream opens with `retry: 3000` (reconnect after 3 s), then sends:

    - `event: notification`, `id: <seq>`, `data: <NotificationRead as JSON, in my language>`, oldest
      first. Reconnect with the header `Last-Event-ID: <the last id seen>` to receive exactly what came
      after it; without it the stream starts from now (read older ones with GET /me/notifications).
    - `event: inbox`, `data: {"kind": "transfer_approvals"}` after a notification that changed what
      waits for my decision (`transfer.waiting`, `transfer.withdrawn`): refresh GET /approvals/inbox.
    - `: heartbeat` (an SSE comment) after 15 s of quiet, so proxies keep the connection open.

    The stream holds no database connection while idle. It ends when the server shuts down; reconnect
    with `Last-Event-ID`.

    Args:
        last_event_id (None | str | Unset): Resume after this event id (a notification's seq)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    last_event_id: None | str | Unset = UNSET,
) -> Response[Problem | str]:
    """My live stream of notifications and inbox changes (Server-Sent Events)

     Server-Sent Events for the app in the foreground: my new notifications and
    changes to my approvals inbox, as they are committed, on whichever API replica I reach.

    The stream opens with `retry: 3000` (reconnect after 3 s), then sends:

    - `event: notification`, `id: <seq>`, `data: <NotificationRead as JSON, in my language>`, oldest
      first. Reconnect with the header `Last-Event-ID: <the last id seen>` to receive exactly what came
      after it; without it the stream starts from now (read older ones with GET /me/notifications).
    - `event: inbox`, `data: {"kind": "transfer_approvals"}` after a notification that changed what
      waits for my decision (`transfer.waiting`, `transfer.withdrawn`): refresh GET /approvals/inbox.
    - `: heartbeat` (an SSE comment) after 15 s of quiet, so proxies keep the connection open.

    The stream holds no database connection while idle. It ends when the server shuts down; reconnect
    with `Last-Event-ID`.

    Args:
        last_event_id (None | str | Unset): Resume after this event id (a notification's seq)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    last_event_id: None | str | Unset = UNSET,
) -> Problem | str | None:
    """My live stream of notifications and inbox changes (Server-Sent Events)

     Server-Sent Events for the app in the foreground: my new notifications and
    changes to my approvals inbox, as they are committed, on whichever API replica I reach.

    The stream opens with `retry: 3000` (reconnect after 3 s), then sends:

    - `event: notification`, `id: <seq>`, `data: <NotificationRead as JSON, in my language>`, oldest
      first. Reconnect with the header `Last-Event-ID: <the last id seen>` to receive exactly what came
      after it; without it the stream starts from now (read older ones with GET /me/notifications).
    - `event: inbox`, `data: {"kind": "transfer_approvals"}` after a notification that changed what
      waits for my decision (`transfer.waiting`, `transfer.withdrawn`): refresh GET /approvals/inbox.
    - `: heartbeat` (an SSE comment) after 15 s of quiet, so proxies keep the connection open.

    The stream holds no database connection while idle. It ends when the server shuts down; reconnect
    with `Last-Event-ID`.

    Args:
        last_event_id (None | str | Unset): Resume after this event id (a notification's seq)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            last_event_id=last_event_id,
        )
    ).parsed
