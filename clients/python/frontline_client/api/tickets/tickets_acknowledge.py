from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.ticket_read import TicketRead
from ...types import Response


def _get_kwargs(
    ticket_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{ticket_id}/acknowledge".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

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
) -> Response[Problem | TicketRead]:
    """The owning side acknowledges (counts as the first response)

     The owning side acknowledges an open ticket; this counts as the first response if none was given
    yet.

    Only the owning department's members and heads (and administrators) may, never the ticket's
    requester
    (403); a ticket that is not open answers 409. The requester is notified; a `ticket.acknowledged`
    event is
    written (webhooks) and audited.

    Args:
        ticket_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketRead]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | TicketRead | None:
    """The owning side acknowledges (counts as the first response)

     The owning side acknowledges an open ticket; this counts as the first response if none was given
    yet.

    Only the owning department's members and heads (and administrators) may, never the ticket's
    requester
    (403); a ticket that is not open answers 409. The requester is notified; a `ticket.acknowledged`
    event is
    written (webhooks) and audited.

    Args:
        ticket_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketRead
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | TicketRead]:
    """The owning side acknowledges (counts as the first response)

     The owning side acknowledges an open ticket; this counts as the first response if none was given
    yet.

    Only the owning department's members and heads (and administrators) may, never the ticket's
    requester
    (403); a ticket that is not open answers 409. The requester is notified; a `ticket.acknowledged`
    event is
    written (webhooks) and audited.

    Args:
        ticket_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketRead]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | TicketRead | None:
    """The owning side acknowledges (counts as the first response)

     The owning side acknowledges an open ticket; this counts as the first response if none was given
    yet.

    Only the owning department's members and heads (and administrators) may, never the ticket's
    requester
    (403); a ticket that is not open answers 409. The requester is notified; a `ticket.acknowledged`
    event is
    written (webhooks) and audited.

    Args:
        ticket_id (UUID):

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
        )
    ).parsed
