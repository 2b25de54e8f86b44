from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_status import EmployeeStatus
from ...models.page_employee_read import PageEmployeeRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    unit_id: None | Unset | UUID = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, EmployeeStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/employees",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageEmployeeRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageEmployeeRead.from_dict(response.json())

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
) -> Response[PageEmployeeRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEmployeeRead | Problem]:
    """List Employees

     Lists the employees the caller may see, ordered by employee number.
    HR, leaders and administrators see everyone; a store manager or department head sees the people
    whose home
    unit lies in the subtree of a unit they hold that role over, plus those assigned there today (a
    secondment
    or a transfer); everyone sees themselves. `unit_id` keeps people whose home unit is in that unit's
    subtree; `q` searches the name (romanised or in Chinese characters), employee number and e-mail.

    Args:
        unit_id (None | Unset | UUID): Home unit in this unit's subtree
        status (EmployeeStatus | None | Unset):
        q (None | str | Unset): Case-insensitive text search
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEmployeeRead | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        status=status,
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
    unit_id: None | Unset | UUID = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEmployeeRead | Problem | None:
    """List Employees

     Lists the employees the caller may see, ordered by employee number.
    HR, leaders and administrators see everyone; a store manager or department head sees the people
    whose home
    unit lies in the subtree of a unit they hold that role over, plus those assigned there today (a
    secondment
    or a transfer); everyone sees themselves. `unit_id` keeps people whose home unit is in that unit's
    subtree; `q` searches the name (romanised or in Chinese characters), employee number and e-mail.

    Args:
        unit_id (None | Unset | UUID): Home unit in this unit's subtree
        status (EmployeeStatus | None | Unset):
        q (None | str | Unset): Case-insensitive text search
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEmployeeRead | Problem
    """

    return sync_detailed(
        client=client,
        unit_id=unit_id,
        status=status,
        q=q,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageEmployeeRead | Problem]:
    """List Employees

     Lists the employees the caller may see, ordered by employee number.
    HR, leaders and administrators see everyone; a store manager or department head sees the people
    whose home
    unit lies in the subtree of a unit they hold that role over, plus those assigned there today (a
    secondment
    or a transfer); everyone sees themselves. `unit_id` keeps people whose home unit is in that unit's
    subtree; `q` searches the name (romanised or in Chinese characters), employee number and e-mail.

    Args:
        unit_id (None | Unset | UUID): Home unit in this unit's subtree
        status (EmployeeStatus | None | Unset):
        q (None | str | Unset): Case-insensitive text search
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageEmployeeRead | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        status=status,
        q=q,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    status: EmployeeStatus | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageEmployeeRead | Problem | None:
    """List Employees

     Lists the employees the caller may see, ordered by employee number.
    HR, leaders and administrators see everyone; a store manager or department head sees the people
    whose home
    unit lies in the subtree of a unit they hold that role over, plus those assigned there today (a
    secondment
    or a transfer); everyone sees themselves. `unit_id` keeps people whose home unit is in that unit's
    subtree; `q` searches the name (romanised or in Chinese characters), employee number and e-mail.

    Args:
        unit_id (None | Unset | UUID): Home unit in this unit's subtree
        status (EmployeeStatus | None | Unset):
        q (None | str | Unset): Case-insensitive text search
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageEmployeeRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            unit_id=unit_id,
            status=status,
            q=q,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
