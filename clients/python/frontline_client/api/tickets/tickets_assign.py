from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_input import AssignInput
from ...models.problem import Problem
from ...models.ticket_read import TicketRead
from ...types import Response


def _get_kwargs(
    ticket_id: UUID,
    *,
    body: AssignInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{ticket_id}/assign".format(
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
    body: AssignInput,
) -> Response[Problem | TicketRead]:
    """Assign

     A head of the owning department assigns or reassigns an active ticket to one of its members.

    Only a head of the owning department or an administrator may (403). The assignee must have her home
    unit
    in the owning department (422 `ticket.assignee_not_member`) and must not be the ticket's requester
    (403
    `ticket.own_request`); a ticket that is not active answers 409. The new holder is notified, and the
    requester too when an open or acknowledged ticket thereby moves to in progress. A `ticket.assigned`
    event
    is written (webhooks) and audited.

    Args:
        ticket_id (UUID):
        body (AssignInput):

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
    body: AssignInput,
) -> Problem | TicketRead | None:
    """Assign

     A head of the owning department assigns or reassigns an active ticket to one of its members.

    Only a head of the owning department or an administrator may (403). The assignee must have her home
    unit
    in the owning department (422 `ticket.assignee_not_member`) and must not be the ticket's requester
    (403
    `ticket.own_request`); a ticket that is not active answers 409. The new holder is notified, and the
    requester too when an open or acknowledged ticket thereby moves to in progress. A `ticket.assigned`
    event
    is written (webhooks) and audited.

    Args:
        ticket_id (UUID):
        body (AssignInput):

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
    body: AssignInput,
) -> Response[Problem | TicketRead]:
    """Assign

     A head of the owning department assigns or reassigns an active ticket to one of its members.

    Only a head of the owning department or an administrator may (403). The assignee must have her home
    unit
    in the owning department (422 `ticket.assignee_not_member`) and must not be the ticket's requester
    (403
    `ticket.own_request`); a ticket that is not active answers 409. The new holder is notified, and the
    requester too when an open or acknowledged ticket thereby moves to in progress. A `ticket.assigned`
    event
    is written (webhooks) and audited.

    Args:
        ticket_id (UUID):
        body (AssignInput):

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
    body: AssignInput,
) -> Problem | TicketRead | None:
    """Assign

     A head of the owning department assigns or reassigns an active ticket to one of its members.

    Only a head of the owning department or an administrator may (403). The assignee must have her home
    unit
    in the owning department (422 `ticket.assignee_not_member`) and must not be the ticket's requester
    (403
    `ticket.own_request`); a ticket that is not active answers 409. The new holder is notified, and the
    requester too when an open or acknowledged ticket thereby moves to in progress. A `ticket.assigned`
    event
    is written (webhooks) and audited.

    Args:
        ticket_id (UUID):
        body (AssignInput):

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
