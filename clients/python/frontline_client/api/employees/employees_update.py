from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_read import EmployeeRead
from ...models.employee_update import EmployeeUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: UUID,
    *,
    body: EmployeeUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/employees/{employee_id}".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmployeeRead | Problem | None:
    if response.status_code == 200:
        response_200 = EmployeeRead.from_dict(response.json())

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
) -> Response[EmployeeRead | Problem]:
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
    body: EmployeeUpdate,
) -> Response[EmployeeRead | Problem]:
    """Update Employee

     Changes an employee record; only the fields sent change.
    HR and administrators (403 for others who can see the person, 404 for those who cannot); an
    administrator's record only an administrator may change. The employee number never changes, and
    name, home
    unit, hire date and status cannot be cleared (422). Setting the status to `left` stops the person
    signing
    in or refreshing tokens. A change of status is kept in the person's status history, from the day
    `status_effective_on` names (default today; 422 before the hire date or the last recorded change,
    or sent without a change of status). Changes are audited.

    Args:
        employee_id (UUID):
        body (EmployeeUpdate): Only the fields sent are changed. The employee number is a business
            key and never changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EmployeeUpdate,
) -> EmployeeRead | Problem | None:
    """Update Employee

     Changes an employee record; only the fields sent change.
    HR and administrators (403 for others who can see the person, 404 for those who cannot); an
    administrator's record only an administrator may change. The employee number never changes, and
    name, home
    unit, hire date and status cannot be cleared (422). Setting the status to `left` stops the person
    signing
    in or refreshing tokens. A change of status is kept in the person's status history, from the day
    `status_effective_on` names (default today; 422 before the hire date or the last recorded change,
    or sent without a change of status). Changes are audited.

    Args:
        employee_id (UUID):
        body (EmployeeUpdate): Only the fields sent are changed. The employee number is a business
            key and never changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeRead | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EmployeeUpdate,
) -> Response[EmployeeRead | Problem]:
    """Update Employee

     Changes an employee record; only the fields sent change.
    HR and administrators (403 for others who can see the person, 404 for those who cannot); an
    administrator's record only an administrator may change. The employee number never changes, and
    name, home
    unit, hire date and status cannot be cleared (422). Setting the status to `left` stops the person
    signing
    in or refreshing tokens. A change of status is kept in the person's status history, from the day
    `status_effective_on` names (default today; 422 before the hire date or the last recorded change,
    or sent without a change of status). Changes are audited.

    Args:
        employee_id (UUID):
        body (EmployeeUpdate): Only the fields sent are changed. The employee number is a business
            key and never changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: EmployeeUpdate,
) -> EmployeeRead | Problem | None:
    """Update Employee

     Changes an employee record; only the fields sent change.
    HR and administrators (403 for others who can see the person, 404 for those who cannot); an
    administrator's record only an administrator may change. The employee number never changes, and
    name, home
    unit, hire date and status cannot be cleared (422). Setting the status to `left` stops the person
    signing
    in or refreshing tokens. A change of status is kept in the person's status history, from the day
    `status_effective_on` names (default today; 422 before the hire date or the last recorded change,
    or sent without a change of status). Changes are audited.

    Args:
        employee_id (UUID):
        body (EmployeeUpdate): Only the fields sent are changed. The employee number is a business
            key and never changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeRead | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            body=body,
        )
    ).parsed
