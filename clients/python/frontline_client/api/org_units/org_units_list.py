from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.org_unit_kind import OrgUnitKind
from ...models.page_org_unit_read import PageOrgUnitRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | OrgUnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    within: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, OrgUnitKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_parent_id: None | str | Unset
    if isinstance(parent_id, Unset):
        json_parent_id = UNSET
    elif isinstance(parent_id, UUID):
        json_parent_id = str(parent_id)
    else:
        json_parent_id = parent_id
    params["parent_id"] = json_parent_id

    json_within: None | str | Unset
    if isinstance(within, Unset):
        json_within = UNSET
    elif isinstance(within, UUID):
        json_within = str(within)
    else:
        json_within = within
    params["within"] = json_within

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/api/v1/org-units",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageOrgUnitRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageOrgUnitRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[PageOrgUnitRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | OrgUnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    within: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOrgUnitRead | Problem]:
    """List Org Units

     Lists org units ordered by code; every signed-in person reads the whole tree (integration clients:
    403).
    `within` keeps that unit and its subtree (an unknown unit answers 404), `parent_id` its direct
    children;
    `q` searches name and code.

    Args:
        kind (None | OrgUnitKind | Unset):
        parent_id (None | Unset | UUID):
        within (None | Unset | UUID): Only this unit and its subtree
        q (None | str | Unset): Case-insensitive text search
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOrgUnitRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        parent_id=parent_id,
        within=within,
        q=q,
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
    kind: None | OrgUnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    within: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOrgUnitRead | Problem | None:
    """List Org Units

     Lists org units ordered by code; every signed-in person reads the whole tree (integration clients:
    403).
    `within` keeps that unit and its subtree (an unknown unit answers 404), `parent_id` its direct
    children;
    `q` searches name and code.

    Args:
        kind (None | OrgUnitKind | Unset):
        parent_id (None | Unset | UUID):
        within (None | Unset | UUID): Only this unit and its subtree
        q (None | str | Unset): Case-insensitive text search
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOrgUnitRead | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        parent_id=parent_id,
        within=within,
        q=q,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | OrgUnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    within: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageOrgUnitRead | Problem]:
    """List Org Units

     Lists org units ordered by code; every signed-in person reads the whole tree (integration clients:
    403).
    `within` keeps that unit and its subtree (an unknown unit answers 404), `parent_id` its direct
    children;
    `q` searches name and code.

    Args:
        kind (None | OrgUnitKind | Unset):
        parent_id (None | Unset | UUID):
        within (None | Unset | UUID): Only this unit and its subtree
        q (None | str | Unset): Case-insensitive text search
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageOrgUnitRead | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        parent_id=parent_id,
        within=within,
        q=q,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: None | OrgUnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    within: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageOrgUnitRead | Problem | None:
    """List Org Units

     Lists org units ordered by code; every signed-in person reads the whole tree (integration clients:
    403).
    `within` keeps that unit and its subtree (an unknown unit answers 404), `parent_id` its direct
    children;
    `q` searches name and code.

    Args:
        kind (None | OrgUnitKind | Unset):
        parent_id (None | Unset | UUID):
        within (None | Unset | UUID): Only this unit and its subtree
        q (None | str | Unset): Case-insensitive text search
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageOrgUnitRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            parent_id=parent_id,
            within=within,
            q=q,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
