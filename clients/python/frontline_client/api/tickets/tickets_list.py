from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_ticket_read import PageTicketRead
from ...models.problem import Problem
from ...models.ticket_priority import TicketPriority
from ...models.ticket_status import TicketStatus
from ...models.tickets_list_scope import TicketsListScope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scope: TicketsListScope | Unset = TicketsListScope.ALL,
    status: None | TicketStatus | Unset = UNSET,
    priority: None | TicketPriority | Unset = UNSET,
    department_id: None | Unset | UUID = UNSET,
    store_id: None | Unset | UUID = UNSET,
    at_risk: bool | None | Unset = UNSET,
    breached: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, TicketStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_priority: None | str | Unset
    if isinstance(priority, Unset):
        json_priority = UNSET
    elif isinstance(priority, TicketPriority):
        json_priority = priority.value
    else:
        json_priority = priority
    params["priority"] = json_priority

    json_department_id: None | str | Unset
    if isinstance(department_id, Unset):
        json_department_id = UNSET
    elif isinstance(department_id, UUID):
        json_department_id = str(department_id)
    else:
        json_department_id = department_id
    params["department_id"] = json_department_id

    json_store_id: None | str | Unset
    if isinstance(store_id, Unset):
        json_store_id = UNSET
    elif isinstance(store_id, UUID):
        json_store_id = str(store_id)
    else:
        json_store_id = store_id
    params["store_id"] = json_store_id

    json_at_risk: bool | None | Unset
    if isinstance(at_risk, Unset):
        json_at_risk = UNSET
    else:
        json_at_risk = at_risk
    params["at_risk"] = json_at_risk

    json_breached: bool | None | Unset
    if isinstance(breached, Unset):
        json_breached = UNSET
    else:
        json_breached = breached
    params["breached"] = json_breached

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tickets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageTicketRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageTicketRead.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageTicketRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    scope: TicketsListScope | Unset = TicketsListScope.ALL,
    status: None | TicketStatus | Unset = UNSET,
    priority: None | TicketPriority | Unset = UNSET,
    department_id: None | Unset | UUID = UNSET,
    store_id: None | Unset | UUID = UNSET,
    at_risk: bool | None | Unset = UNSET,
    breached: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageTicketRead | Problem]:
    """List Tickets

     Lists the tickets the caller may see, newest first, narrowed by `scope` and the filters.

    Requesters see their own tickets, store managers their stores' tickets, the owning department's
    members
    and heads its tickets, and HR, leaders and administrators every ticket. `scope=queue` keeps what the
    caller may work (the tickets of her department and of departments she heads, never her own
    requests);
    `scope=stores` keeps the tickets of the stores she manages. `at_risk` and `breached` are read from
    the SLA
    clocks at the time of the request.

    Args:
        scope (TicketsListScope | Unset): mine: raised by me; queue: my department's; stores: my
            stores'; all: all I may see Default: TicketsListScope.ALL.
        status (None | TicketStatus | Unset):
        priority (None | TicketPriority | Unset):
        department_id (None | Unset | UUID):
        store_id (None | Unset | UUID):
        at_risk (bool | None | Unset):
        breached (bool | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTicketRead | Problem]
    """

    kwargs = _get_kwargs(
        scope=scope,
        status=status,
        priority=priority,
        department_id=department_id,
        store_id=store_id,
        at_risk=at_risk,
        breached=breached,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scope: TicketsListScope | Unset = TicketsListScope.ALL,
    status: None | TicketStatus | Unset = UNSET,
    priority: None | TicketPriority | Unset = UNSET,
    department_id: None | Unset | UUID = UNSET,
    store_id: None | Unset | UUID = UNSET,
    at_risk: bool | None | Unset = UNSET,
    breached: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageTicketRead | Problem | None:
    """List Tickets

     Lists the tickets the caller may see, newest first, narrowed by `scope` and the filters.

    Requesters see their own tickets, store managers their stores' tickets, the owning department's
    members
    and heads its tickets, and HR, leaders and administrators every ticket. `scope=queue` keeps what the
    caller may work (the tickets of her department and of departments she heads, never her own
    requests);
    `scope=stores` keeps the tickets of the stores she manages. `at_risk` and `breached` are read from
    the SLA
    clocks at the time of the request.

    Args:
        scope (TicketsListScope | Unset): mine: raised by me; queue: my department's; stores: my
            stores'; all: all I may see Default: TicketsListScope.ALL.
        status (None | TicketStatus | Unset):
        priority (None | TicketPriority | Unset):
        department_id (None | Unset | UUID):
        store_id (None | Unset | UUID):
        at_risk (bool | None | Unset):
        breached (bool | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTicketRead | Problem
    """

    return sync_detailed(
        client=client,
        scope=scope,
        status=status,
        priority=priority,
        department_id=department_id,
        store_id=store_id,
        at_risk=at_risk,
        breached=breached,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scope: TicketsListScope | Unset = TicketsListScope.ALL,
    status: None | TicketStatus | Unset = UNSET,
    priority: None | TicketPriority | Unset = UNSET,
    department_id: None | Unset | UUID = UNSET,
    store_id: None | Unset | UUID = UNSET,
    at_risk: bool | None | Unset = UNSET,
    breached: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageTicketRead | Problem]:
    """List Tickets

     Lists the tickets the caller may see, newest first, narrowed by `scope` and the filters.

    Requesters see their own tickets, store managers their stores' tickets, the owning department's
    members
    and heads its tickets, and HR, leaders and administrators every ticket. `scope=queue` keeps what the
    caller may work (the tickets of her department and of departments she heads, never her own
    requests);
    `scope=stores` keeps the tickets of the stores she manages. `at_risk` and `breached` are read from
    the SLA
    clocks at the time of the request.

    Args:
        scope (TicketsListScope | Unset): mine: raised by me; queue: my department's; stores: my
            stores'; all: all I may see Default: TicketsListScope.ALL.
        status (None | TicketStatus | Unset):
        priority (None | TicketPriority | Unset):
        department_id (None | Unset | UUID):
        store_id (None | Unset | UUID):
        at_risk (bool | None | Unset):
        breached (bool | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTicketRead | Problem]
    """

    kwargs = _get_kwargs(
        scope=scope,
        status=status,
        priority=priority,
        department_id=department_id,
        store_id=store_id,
        at_risk=at_risk,
        breached=breached,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scope: TicketsListScope | Unset = TicketsListScope.ALL,
    status: None | TicketStatus | Unset = UNSET,
    priority: None | TicketPriority | Unset = UNSET,
    department_id: None | Unset | UUID = UNSET,
    store_id: None | Unset | UUID = UNSET,
    at_risk: bool | None | Unset = UNSET,
    breached: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageTicketRead | Problem | None:
    """List Tickets

     Lists the tickets the caller may see, newest first, narrowed by `scope` and the filters.

    Requesters see their own tickets, store managers their stores' tickets, the owning department's
    members
    and heads its tickets, and HR, leaders and administrators every ticket. `scope=queue` keeps what the
    caller may work (the tickets of her department and of departments she heads, never her own
    requests);
    `scope=stores` keeps the tickets of the stores she manages. `at_risk` and `breached` are read from
    the SLA
    clocks at the time of the request.

    Args:
        scope (TicketsListScope | Unset): mine: raised by me; queue: my department's; stores: my
            stores'; all: all I may see Default: TicketsListScope.ALL.
        status (None | TicketStatus | Unset):
        priority (None | TicketPriority | Unset):
        department_id (None | Unset | UUID):
        store_id (None | Unset | UUID):
        at_risk (bool | None | Unset):
        breached (bool | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTicketRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            status=status,
            priority=priority,
            department_id=department_id,
            store_id=store_id,
            at_risk=at_risk,
            breached=breached,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
