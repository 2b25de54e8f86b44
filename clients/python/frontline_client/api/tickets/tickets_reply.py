from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_read import EventRead
from ...models.problem import Problem
from ...models.reply_create import ReplyCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticket_id: UUID,
    *,
    body: ReplyCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{ticket_id}/replies".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventRead | Problem | None:
    if response.status_code == 201:
        response_201 = EventRead.from_dict(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EventRead | Problem]:
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
    body: ReplyCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[EventRead | Problem]:
    """Reply

     Writes a public reply on the ticket or, for the owning side, an internal note.

    The requester and the owning side (the owning department's members and heads, and administrators)
    write on
    a ticket; any other reader gets 403, and a closed ticket answers 409. Internal notes (`internal:
    true`)
    are written and read by the owning side only; on her own ticket a member of the owning department
    writes
    as the requester (no internal notes). The owning side's first public reply counts as the first
    response. A
    reply by the requester to a ticket waiting on her puts it back in progress and resumes the
    resolution
    clock.

    A public reply notifies the other side: the requester, or the ticket's holder (else its department's
    queue). Every reply writes a `ticket.replied` event (webhooks; internal notes flagged) and is
    audited.
    Send an `Idempotency-Key` header to retry safely: a retry with the same key and body replays the
    first
    answer (status and body, refusals included) instead of acting twice.

    Args:
        ticket_id (UUID):
        idempotency_key (str | Unset):
        body (ReplyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventRead | Problem]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReplyCreate,
    idempotency_key: str | Unset = UNSET,
) -> EventRead | Problem | None:
    """Reply

     Writes a public reply on the ticket or, for the owning side, an internal note.

    The requester and the owning side (the owning department's members and heads, and administrators)
    write on
    a ticket; any other reader gets 403, and a closed ticket answers 409. Internal notes (`internal:
    true`)
    are written and read by the owning side only; on her own ticket a member of the owning department
    writes
    as the requester (no internal notes). The owning side's first public reply counts as the first
    response. A
    reply by the requester to a ticket waiting on her puts it back in progress and resumes the
    resolution
    clock.

    A public reply notifies the other side: the requester, or the ticket's holder (else its department's
    queue). Every reply writes a `ticket.replied` event (webhooks; internal notes flagged) and is
    audited.
    Send an `Idempotency-Key` header to retry safely: a retry with the same key and body replays the
    first
    answer (status and body, refusals included) instead of acting twice.

    Args:
        ticket_id (UUID):
        idempotency_key (str | Unset):
        body (ReplyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventRead | Problem
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReplyCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[EventRead | Problem]:
    """Reply

     Writes a public reply on the ticket or, for the owning side, an internal note.

    The requester and the owning side (the owning department's members and heads, and administrators)
    write on
    a ticket; any other reader gets 403, and a closed ticket answers 409. Internal notes (`internal:
    true`)
    are written and read by the owning side only; on her own ticket a member of the owning department
    writes
    as the requester (no internal notes). The owning side's first public reply counts as the first
    response. A
    reply by the requester to a ticket waiting on her puts it back in progress and resumes the
    resolution
    clock.

    A public reply notifies the other side: the requester, or the ticket's holder (else its department's
    queue). Every reply writes a `ticket.replied` event (webhooks; internal notes flagged) and is
    audited.
    Send an `Idempotency-Key` header to retry safely: a retry with the same key and body replays the
    first
    answer (status and body, refusals included) instead of acting twice.

    Args:
        ticket_id (UUID):
        idempotency_key (str | Unset):
        body (ReplyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventRead | Problem]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReplyCreate,
    idempotency_key: str | Unset = UNSET,
) -> EventRead | Problem | None:
    """Reply

     Writes a public reply on the ticket or, for the owning side, an internal note.

    The requester and the owning side (the owning department's members and heads, and administrators)
    write on
    a ticket; any other reader gets 403, and a closed ticket answers 409. Internal notes (`internal:
    true`)
    are written and read by the owning side only; on her own ticket a member of the owning department
    writes
    as the requester (no internal notes). The owning side's first public reply counts as the first
    response. A
    reply by the requester to a ticket waiting on her puts it back in progress and resumes the
    resolution
    clock.

    A public reply notifies the other side: the requester, or the ticket's holder (else its department's
    queue). Every reply writes a `ticket.replied` event (webhooks; internal notes flagged) and is
    audited.
    Send an `Idempotency-Key` header to retry safely: a retry with the same key and body replays the
    first
    answer (status and body, refusals included) instead of acting twice.

    Args:
        ticket_id (UUID):
        idempotency_key (str | Unset):
        body (ReplyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventRead | Problem
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
