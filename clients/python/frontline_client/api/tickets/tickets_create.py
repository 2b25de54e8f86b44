from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.ticket_create import TicketCreate
from ...models.ticket_read import TicketRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TicketCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TicketRead | None:
    if response.status_code == 201:
        response_201 = TicketRead.from_dict(response.json())

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
    *,
    client: AuthenticatedClient,
    body: TicketCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | TicketRead]:
    """Raise a need ticket; it is routed to the owning head-office team

     Any employee raises a ticket; routing rules pick the owning department and SLA policies its targets.

    The ticket is about the store or project the requester works at today, or another one she works at
    that
    day named in `store_id` (422 otherwise); head-office staff at no store that day raise it without
    one.
    Routing takes the rule for the category in the store's region, then the category anywhere, then the
    default queue (`*`); with none of these the ticket is refused (422 `ticket.no_route`). An account
    that is
    not an employee (such as an integration client) gets 403.

    The owning department's members and heads are notified; a `ticket.created` event is written
    (webhooks) and
    the change is audited. Send an `Idempotency-Key` header to retry safely: a retry with the same key
    and
    body replays the first answer (status and body, refusals included) instead of acting twice.

    Args:
        idempotency_key (str | Unset):
        body (TicketCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TicketCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | TicketRead | None:
    """Raise a need ticket; it is routed to the owning head-office team

     Any employee raises a ticket; routing rules pick the owning department and SLA policies its targets.

    The ticket is about the store or project the requester works at today, or another one she works at
    that
    day named in `store_id` (422 otherwise); head-office staff at no store that day raise it without
    one.
    Routing takes the rule for the category in the store's region, then the category anywhere, then the
    default queue (`*`); with none of these the ticket is refused (422 `ticket.no_route`). An account
    that is
    not an employee (such as an integration client) gets 403.

    The owning department's members and heads are notified; a `ticket.created` event is written
    (webhooks) and
    the change is audited. Send an `Idempotency-Key` header to retry safely: a retry with the same key
    and
    body replays the first answer (status and body, refusals included) instead of acting twice.

    Args:
        idempotency_key (str | Unset):
        body (TicketCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TicketCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | TicketRead]:
    """Raise a need ticket; it is routed to the owning head-office team

     Any employee raises a ticket; routing rules pick the owning department and SLA policies its targets.

    The ticket is about the store or project the requester works at today, or another one she works at
    that
    day named in `store_id` (422 otherwise); head-office staff at no store that day raise it without
    one.
    Routing takes the rule for the category in the store's region, then the category anywhere, then the
    default queue (`*`); with none of these the ticket is refused (422 `ticket.no_route`). An account
    that is
    not an employee (such as an integration client) gets 403.

    The owning department's members and heads are notified; a `ticket.created` event is written
    (webhooks) and
    the change is audited. Send an `Idempotency-Key` header to retry safely: a retry with the same key
    and
    body replays the first answer (status and body, refusals included) instead of acting twice.

    Args:
        idempotency_key (str | Unset):
        body (TicketCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TicketCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | TicketRead | None:
    """Raise a need ticket; it is routed to the owning head-office team

     Any employee raises a ticket; routing rules pick the owning department and SLA policies its targets.

    The ticket is about the store or project the requester works at today, or another one she works at
    that
    day named in `store_id` (422 otherwise); head-office staff at no store that day raise it without
    one.
    Routing takes the rule for the category in the store's region, then the category anywhere, then the
    default queue (`*`); with none of these the ticket is refused (422 `ticket.no_route`). An account
    that is
    not an employee (such as an integration client) gets 403.

    The owning department's members and heads are notified; a `ticket.created` event is written
    (webhooks) and
    the change is audited. Send an `Idempotency-Key` header to retry safely: a retry with the same key
    and
    body replays the first answer (status and body, refusals included) instead of acting twice.

    Args:
        idempotency_key (str | Unset):
        body (TicketCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
