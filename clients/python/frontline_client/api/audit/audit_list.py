import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_audit_entry_read import PageAuditEntryRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    entity_type: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_entity_type: None | str | Unset
    if isinstance(entity_type, Unset):
        json_entity_type = UNSET
    else:
        json_entity_type = entity_type
    params["entity_type"] = json_entity_type

    json_entity_id: None | str | Unset
    if isinstance(entity_id, Unset):
        json_entity_id = UNSET
    else:
        json_entity_id = entity_id
    params["entity_id"] = json_entity_id

    json_actor_id: None | str | Unset
    if isinstance(actor_id, Unset):
        json_actor_id = UNSET
    elif isinstance(actor_id, UUID):
        json_actor_id = str(actor_id)
    else:
        json_actor_id = actor_id
    params["actor_id"] = json_actor_id

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

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
        "url": "/api/v1/audit",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAuditEntryRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageAuditEntryRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[PageAuditEntryRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    entity_type: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAuditEntryRead | Problem]:
    """List Audit Entries

     Lists audit entries, newest first: who changed what, when, and through which request.
    HR and administrators only (403 for anyone else). Every filter is an exact match; `from` is
    inclusive and
    `to` exclusive. Entries are never changed or deleted by the application. `request_id` ties an entry
    to the
    `X-Request-ID` of the request that made it.

    Args:
        entity_type (None | str | Unset):
        entity_id (None | str | Unset):
        actor_id (None | Unset | UUID):
        action (None | str | Unset):
        from_ (datetime.datetime | None | Unset): Inclusive, ISO 8601 with offset
        to (datetime.datetime | None | Unset): Exclusive, ISO 8601 with offset
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        entity_type=entity_type,
        entity_id=entity_id,
        actor_id=actor_id,
        action=action,
        from_=from_,
        to=to,
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
    entity_type: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAuditEntryRead | Problem | None:
    """List Audit Entries

     Lists audit entries, newest first: who changed what, when, and through which request.
    HR and administrators only (403 for anyone else). Every filter is an exact match; `from` is
    inclusive and
    `to` exclusive. Entries are never changed or deleted by the application. `request_id` ties an entry
    to the
    `X-Request-ID` of the request that made it.

    Args:
        entity_type (None | str | Unset):
        entity_id (None | str | Unset):
        actor_id (None | Unset | UUID):
        action (None | str | Unset):
        from_ (datetime.datetime | None | Unset): Inclusive, ISO 8601 with offset
        to (datetime.datetime | None | Unset): Exclusive, ISO 8601 with offset
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEntryRead | Problem
    """

    return sync_detailed(
        client=client,
        entity_type=entity_type,
        entity_id=entity_id,
        actor_id=actor_id,
        action=action,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    entity_type: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAuditEntryRead | Problem]:
    """List Audit Entries

     Lists audit entries, newest first: who changed what, when, and through which request.
    HR and administrators only (403 for anyone else). Every filter is an exact match; `from` is
    inclusive and
    `to` exclusive. Entries are never changed or deleted by the application. `request_id` ties an entry
    to the
    `X-Request-ID` of the request that made it.

    Args:
        entity_type (None | str | Unset):
        entity_id (None | str | Unset):
        actor_id (None | Unset | UUID):
        action (None | str | Unset):
        from_ (datetime.datetime | None | Unset): Inclusive, ISO 8601 with offset
        to (datetime.datetime | None | Unset): Exclusive, ISO 8601 with offset
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        entity_type=entity_type,
        entity_id=entity_id,
        actor_id=actor_id,
        action=action,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    entity_type: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor_id: None | Unset | UUID = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAuditEntryRead | Problem | None:
    """List Audit Entries

     Lists audit entries, newest first: who changed what, when, and through which request.
    HR and administrators only (403 for anyone else). Every filter is an exact match; `from` is
    inclusive and
    `to` exclusive. Entries are never changed or deleted by the application. `request_id` ties an entry
    to the
    `X-Request-ID` of the request that made it.

    Args:
        entity_type (None | str | Unset):
        entity_id (None | str | Unset):
        actor_id (None | Unset | UUID):
        action (None | str | Unset):
        from_ (datetime.datetime | None | Unset): Inclusive, ISO 8601 with offset
        to (datetime.datetime | None | Unset): Exclusive, ISO 8601 with offset
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEntryRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            entity_type=entity_type,
            entity_id=entity_id,
            actor_id=actor_id,
            action=action,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
