from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_read import AttachmentRead
from ...models.problem import Problem
from ...models.tickets_attach_form import TicketsAttachForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticket_id: UUID,
    *,
    body: TicketsAttachForm,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{ticket_id}/attachments".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentRead | Problem | None:
    if response.status_code == 201:
        response_201 = AttachmentRead.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[AttachmentRead | Problem]:
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
    body: TicketsAttachForm,
    idempotency_key: str | Unset = UNSET,
) -> Response[AttachmentRead | Problem]:
    """Attach a photo or voice note (up to 10 MB; the type is read from the bytes)

     Attaches a photo (JPEG, PNG, WebP, HEIC) or a voice note (M4A/AAC, MP3, OGG, AMR) to the ticket.

    The requester and the owning side may attach (403 for other readers); a closed ticket answers 409.
    The
    type is read from the file's bytes, whatever its name says (415 for anything else); a file may be at
    most
    10 MB (413) and a ticket holds at most 20 attachments (409). A `ticket.attachment_added` event is
    written
    (webhooks) and audited; nobody is notified.

    Send an `Idempotency-Key` header to retry safely: a retry with the same key, file and file name
    replays
    the first answer (status and body, refusals included) instead of attaching twice.

    Args:
        ticket_id (UUID):
        idempotency_key (str | Unset):
        body (TicketsAttachForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentRead | Problem]
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
    body: TicketsAttachForm,
    idempotency_key: str | Unset = UNSET,
) -> AttachmentRead | Problem | None:
    """Attach a photo or voice note (up to 10 MB; the type is read from the bytes)

     Attaches a photo (JPEG, PNG, WebP, HEIC) or a voice note (M4A/AAC, MP3, OGG, AMR) to the ticket.

    The requester and the owning side may attach (403 for other readers); a closed ticket answers 409.
    The
    type is read from the file's bytes, whatever its name says (415 for anything else); a file may be at
    most
    10 MB (413) and a ticket holds at most 20 attachments (409). A `ticket.attachment_added` event is
    written
    (webhooks) and audited; nobody is notified.

    Send an `Idempotency-Key` header to retry safely: a retry with the same key, file and file name
    replays
    the first answer (status and body, refusals included) instead of attaching twice.

    Args:
        ticket_id (UUID):
        idempotency_key (str | Unset):
        body (TicketsAttachForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentRead | Problem
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
    body: TicketsAttachForm,
    idempotency_key: str | Unset = UNSET,
) -> Response[AttachmentRead | Problem]:
    """Attach a photo or voice note (up to 10 MB; the type is read from the bytes)

     Attaches a photo (JPEG, PNG, WebP, HEIC) or a voice note (M4A/AAC, MP3, OGG, AMR) to the ticket.

    The requester and the owning side may attach (403 for other readers); a closed ticket answers 409.
    The
    type is read from the file's bytes, whatever its name says (415 for anything else); a file may be at
    most
    10 MB (413) and a ticket holds at most 20 attachments (409). A `ticket.attachment_added` event is
    written
    (webhooks) and audited; nobody is notified.

    Send an `Idempotency-Key` header to retry safely: a retry with the same key, file and file name
    replays
    the first answer (status and body, refusals included) instead of attaching twice.

    Args:
        ticket_id (UUID):
        idempotency_key (str | Unset):
        body (TicketsAttachForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentRead | Problem]
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
    body: TicketsAttachForm,
    idempotency_key: str | Unset = UNSET,
) -> AttachmentRead | Problem | None:
    """Attach a photo or voice note (up to 10 MB; the type is read from the bytes)

     Attaches a photo (JPEG, PNG, WebP, HEIC) or a voice note (M4A/AAC, MP3, OGG, AMR) to the ticket.

    The requester and the owning side may attach (403 for other readers); a closed ticket answers 409.
    The
    type is read from the file's bytes, whatever its name says (415 for anything else); a file may be at
    most
    10 MB (413) and a ticket holds at most 20 attachments (409). A `ticket.attachment_added` event is
    written
    (webhooks) and audited; nobody is notified.

    Send an `Idempotency-Key` header to retry safely: a retry with the same key, file and file name
    replays
    the first answer (status and body, refusals included) instead of attaching twice.

    Args:
        ticket_id (UUID):
        idempotency_key (str | Unset):
        body (TicketsAttachForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentRead | Problem
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
