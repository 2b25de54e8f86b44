import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_posting_read import PagePostingRead
from ...models.posting_status import PostingStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    near: None | str | Unset = UNSET,
    radius_km: float | Unset = 3.0,
    unit_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    day_shifts_only: bool | None | Unset = UNSET,
    status: None | PostingStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_near: None | str | Unset
    if isinstance(near, Unset):
        json_near = UNSET
    else:
        json_near = near
    params["near"] = json_near

    params["radius_km"] = radius_km

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    json_day_shifts_only: bool | None | Unset
    if isinstance(day_shifts_only, Unset):
        json_day_shifts_only = UNSET
    else:
        json_day_shifts_only = day_shifts_only
    params["day_shifts_only"] = json_day_shifts_only

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, PostingStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/postings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagePostingRead | Problem | None:
    if response.status_code == 200:
        response_200 = PagePostingRead.from_dict(response.json())

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
) -> Response[PagePostingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    near: None | str | Unset = UNSET,
    radius_km: float | Unset = 3.0,
    unit_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    day_shifts_only: bool | None | Unset = UNSET,
    status: None | PostingStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePostingRead | Problem]:
    """Open postings (HR: any status), newest first, filtered by place, store, dates, tag and shifts

     Lists postings newest first, open ones unless `status` says otherwise, filtered by place and dates.

    Anyone signed in lists open postings. `near` (latitude,longitude) keeps those whose store lies
    within
    `radius_km`; `from` and `to` keep those whose dates overlap that period; `tag` and `day_shifts_only`
    narrow further. Postings in another status (draft, filled, closed) are for HR and administrators
    across
    stores (403 for others), or for a store's managers with `unit_id` naming a store they manage (404
    for a
    store out of reach).

    Args:
        near (None | str | Unset): latitude,longitude
        radius_km (float | Unset): Kilometres, at most 50 Default: 3.0.
        unit_id (None | Unset | UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        tag (None | str | Unset):
        day_shifts_only (bool | None | Unset):
        status (None | PostingStatus | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePostingRead | Problem]
    """

    kwargs = _get_kwargs(
        near=near,
        radius_km=radius_km,
        unit_id=unit_id,
        from_=from_,
        to=to,
        tag=tag,
        day_shifts_only=day_shifts_only,
        status=status,
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
    near: None | str | Unset = UNSET,
    radius_km: float | Unset = 3.0,
    unit_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    day_shifts_only: bool | None | Unset = UNSET,
    status: None | PostingStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePostingRead | Problem | None:
    """Open postings (HR: any status), newest first, filtered by place, store, dates, tag and shifts

     Lists postings newest first, open ones unless `status` says otherwise, filtered by place and dates.

    Anyone signed in lists open postings. `near` (latitude,longitude) keeps those whose store lies
    within
    `radius_km`; `from` and `to` keep those whose dates overlap that period; `tag` and `day_shifts_only`
    narrow further. Postings in another status (draft, filled, closed) are for HR and administrators
    across
    stores (403 for others), or for a store's managers with `unit_id` naming a store they manage (404
    for a
    store out of reach).

    Args:
        near (None | str | Unset): latitude,longitude
        radius_km (float | Unset): Kilometres, at most 50 Default: 3.0.
        unit_id (None | Unset | UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        tag (None | str | Unset):
        day_shifts_only (bool | None | Unset):
        status (None | PostingStatus | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePostingRead | Problem
    """

    return sync_detailed(
        client=client,
        near=near,
        radius_km=radius_km,
        unit_id=unit_id,
        from_=from_,
        to=to,
        tag=tag,
        day_shifts_only=day_shifts_only,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    near: None | str | Unset = UNSET,
    radius_km: float | Unset = 3.0,
    unit_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    day_shifts_only: bool | None | Unset = UNSET,
    status: None | PostingStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePostingRead | Problem]:
    """Open postings (HR: any status), newest first, filtered by place, store, dates, tag and shifts

     Lists postings newest first, open ones unless `status` says otherwise, filtered by place and dates.

    Anyone signed in lists open postings. `near` (latitude,longitude) keeps those whose store lies
    within
    `radius_km`; `from` and `to` keep those whose dates overlap that period; `tag` and `day_shifts_only`
    narrow further. Postings in another status (draft, filled, closed) are for HR and administrators
    across
    stores (403 for others), or for a store's managers with `unit_id` naming a store they manage (404
    for a
    store out of reach).

    Args:
        near (None | str | Unset): latitude,longitude
        radius_km (float | Unset): Kilometres, at most 50 Default: 3.0.
        unit_id (None | Unset | UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        tag (None | str | Unset):
        day_shifts_only (bool | None | Unset):
        status (None | PostingStatus | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePostingRead | Problem]
    """

    kwargs = _get_kwargs(
        near=near,
        radius_km=radius_km,
        unit_id=unit_id,
        from_=from_,
        to=to,
        tag=tag,
        day_shifts_only=day_shifts_only,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    near: None | str | Unset = UNSET,
    radius_km: float | Unset = 3.0,
    unit_id: None | Unset | UUID = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    day_shifts_only: bool | None | Unset = UNSET,
    status: None | PostingStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePostingRead | Problem | None:
    """Open postings (HR: any status), newest first, filtered by place, store, dates, tag and shifts

     Lists postings newest first, open ones unless `status` says otherwise, filtered by place and dates.

    Anyone signed in lists open postings. `near` (latitude,longitude) keeps those whose store lies
    within
    `radius_km`; `from` and `to` keep those whose dates overlap that period; `tag` and `day_shifts_only`
    narrow further. Postings in another status (draft, filled, closed) are for HR and administrators
    across
    stores (403 for others), or for a store's managers with `unit_id` naming a store they manage (404
    for a
    store out of reach).

    Args:
        near (None | str | Unset): latitude,longitude
        radius_km (float | Unset): Kilometres, at most 50 Default: 3.0.
        unit_id (None | Unset | UUID):
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        tag (None | str | Unset):
        day_shifts_only (bool | None | Unset):
        status (None | PostingStatus | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePostingRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            near=near,
            radius_km=radius_km,
            unit_id=unit_id,
            from_=from_,
            to=to,
            tag=tag,
            day_shifts_only=day_shifts_only,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
