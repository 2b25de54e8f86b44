from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.status_change import StatusChange
from ...models.ticket_read import TicketRead
from ...types import Response


def _get_kwargs(
    ticket_id: UUID,
    *,
    body: StatusChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{ticket_id}/status".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TicketRead | None:
    if response.status_code == 200:
        response_200 = TicketRead.from_dict(response.json())

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
) -> Response[Problem | TicketRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StatusChange,
) -> Response[Problem | TicketRead]:
    """Set Status

     The owning side moves a ticket to in progress, waiting on the requester, or resolved.

    Only the owning department's members and heads (and administrators) may, never the ticket's
    requester
    (403). Allowed moves: from open or acknowledged to any of the three; from in progress to waiting or
    resolved; from waiting to in progress or resolved. Any other move answers 409.

    Waiting on the requester pauses the resolution clock until the ticket moves on or the requester
    replies.
    Resolving counts as the first response if none was given; the requester may then rate the ticket or
    reopen
    it within 7 days, after which it closes by itself. The requester is notified; a `ticket.<status>`
    event is
    written (webhooks) and audited.

    Args:
        ticket_id (UUID):
        body (StatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketRead]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StatusChange,
) -> Problem | TicketRead | None:
    """Set Status

     The owning side moves a ticket to in progress, waiting on the requester, or resolved.

    Only the owning department's members and heads (and administrators) may, never the ticket's
    requester
    (403). Allowed moves: from open or acknowledged to any of the three; from in progress to waiting or
    resolved; from waiting to in progress or resolved. Any other move answers 409.

    Waiting on the requester pauses the resolution clock until the ticket moves on or the requester
    replies.
    Resolving counts as the first response if none was given; the requester may then rate the ticket or
    reopen
    it within 7 days, after which it closes by itself. The requester is notified; a `ticket.<status>`
    event is
    written (webhooks) and audited.

    Args:
        ticket_id (UUID):
        body (StatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketRead
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StatusChange,
) -> Response[Problem | TicketRead]:
    """Set Status

     The owning side moves a ticket to in progress, waiting on the requester, or resolved.

    Only the owning department's members and heads (and administrators) may, never the ticket's
    requester
    (403). Allowed moves: from open or acknowledged to any of the three; from in progress to waiting or
    resolved; from waiting to in progress or resolved. Any other move answers 409.

    Waiting on the requester pauses the resolution clock until the ticket moves on or the requester
    replies.
    Resolving counts as the first response if none was given; the requester may then rate the ticket or
    reopen
    it within 7 days, after which it closes by itself. The requester is notified; a `ticket.<status>`
    event is
    written (webhooks) and audited.

    Args:
        ticket_id (UUID):
        body (StatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketRead]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StatusChange,
) -> Problem | TicketRead | None:
    """Set Status

     The owning side moves a ticket to in progress, waiting on the requester, or resolved.

    Only the owning department's members and heads (and administrators) may, never the ticket's
    requester
    (403). Allowed moves: from open or acknowledged to any of the three; from in progress to waiting or
    resolved; from waiting to in progress or resolved. Any other move answers 409.

    Waiting on the requester pauses the resolution clock until the ticket moves on or the requester
    replies.
    Resolving counts as the first response if none was given; the requester may then rate the ticket or
    reopen
    it within 7 days, after which it closes by itself. The requester is notified; a `ticket.<status>`
    event is
    written (webhooks) and audited.

    Args:
        ticket_id (UUID):
        body (StatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketRead
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            body=body,
        )
    ).parsed
