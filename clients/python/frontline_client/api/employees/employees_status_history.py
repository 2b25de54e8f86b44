from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_status_change_read import EmployeeStatusChangeRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/employees/{employee_id}/status-history".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[EmployeeStatusChangeRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EmployeeStatusChangeRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[Problem | list[EmployeeStatusChangeRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[EmployeeStatusChangeRead]]:
    """How the person's status went: active, on leave, left, and from which day

     Lists the person's statuses, oldest first, each with the day it holds from (until the next
    one's), when it was recorded and by which account: the first at hire, one more at each change
    of status made with PATCH /employees/{employee_id} (`status_effective_on` dates it). Rows from
    before the history was kept were filled in by the migration from the record (active from the
    hire date; a status other than active from the day the record last changed) and have no
    recorder. Visibility as in GET /employees/{employee_id}: people outside the caller's sight
    answer 404, like ids that do not exist.

    Args:
        employee_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[EmployeeStatusChangeRead]]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[EmployeeStatusChangeRead] | None:
    """How the person's status went: active, on leave, left, and from which day

     Lists the person's statuses, oldest first, each with the day it holds from (until the next
    one's), when it was recorded and by which account: the first at hire, one more at each change
    of status made with PATCH /employees/{employee_id} (`status_effective_on` dates it). Rows from
    before the history was kept were filled in by the migration from the record (active from the
    hire date; a status other than active from the day the record last changed) and have no
    recorder. Visibility as in GET /employees/{employee_id}: people outside the caller's sight
    answer 404, like ids that do not exist.

    Args:
        employee_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[EmployeeStatusChangeRead]
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[EmployeeStatusChangeRead]]:
    """How the person's status went: active, on leave, left, and from which day

     Lists the person's statuses, oldest first, each with the day it holds from (until the next
    one's), when it was recorded and by which account: the first at hire, one more at each change
    of status made with PATCH /employees/{employee_id} (`status_effective_on` dates it). Rows from
    before the history was kept were filled in by the migration from the record (active from the
    hire date; a status other than active from the day the record last changed) and have no
    recorder. Visibility as in GET /employees/{employee_id}: people outside the caller's sight
    answer 404, like ids that do not exist.

    Args:
        employee_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[EmployeeStatusChangeRead]]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[EmployeeStatusChangeRead] | None:
    """How the person's status went: active, on leave, left, and from which day

     Lists the person's statuses, oldest first, each with the day it holds from (until the next
    one's), when it was recorded and by which account: the first at hire, one more at each change
    of status made with PATCH /employees/{employee_id} (`status_effective_on` dates it). Rows from
    before the history was kept were filled in by the migration from the record (active from the
    hire date; a status other than active from the day the record last changed) and have no
    recorder. Visibility as in GET /employees/{employee_id}: people outside the caller's sight
    answer 404, like ids that do not exist.

    Args:
        employee_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[EmployeeStatusChangeRead]
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
        )
    ).parsed
