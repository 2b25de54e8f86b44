import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_assignments import EmployeeAssignments
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    employee_id: UUID,
    *,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/employees/{employee_id}/assignments".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmployeeAssignments | Problem | None:
    if response.status_code == 200:
        response_200 = EmployeeAssignments.from_dict(response.json())

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
) -> Response[EmployeeAssignments | Problem]:
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
    on: datetime.date | None | Unset = UNSET,
) -> Response[EmployeeAssignments | Problem]:
    """Where the person works on a day, and their whole assignment history

     Where the person works on a day (`unit_on_date`), beside their home unit and whole assignment
    history.
    The newest assignment covering the day wins (a secondment inside a permanent transfer, while it
    lasts);
    with none, the person works at their home unit. Cancelled assignments are listed too. Visibility is
    that
    of GET /employees on the day asked: people outside it answer 404.

    Args:
        employee_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeAssignments | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> EmployeeAssignments | Problem | None:
    """Where the person works on a day, and their whole assignment history

     Where the person works on a day (`unit_on_date`), beside their home unit and whole assignment
    history.
    The newest assignment covering the day wins (a secondment inside a permanent transfer, while it
    lasts);
    with none, the person works at their home unit. Cancelled assignments are listed too. Visibility is
    that
    of GET /employees on the day asked: people outside it answer 404.

    Args:
        employee_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeAssignments | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Response[EmployeeAssignments | Problem]:
    """Where the person works on a day, and their whole assignment history

     Where the person works on a day (`unit_on_date`), beside their home unit and whole assignment
    history.
    The newest assignment covering the day wins (a secondment inside a permanent transfer, while it
    lasts);
    with none, the person works at their home unit. Cancelled assignments are listed too. Visibility is
    that
    of GET /employees on the day asked: people outside it answer 404.

    Args:
        employee_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeAssignments | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> EmployeeAssignments | Problem | None:
    """Where the person works on a day, and their whole assignment history

     Where the person works on a day (`unit_on_date`), beside their home unit and whole assignment
    history.
    The newest assignment covering the day wins (a secondment inside a permanent transfer, while it
    lasts);
    with none, the person works at their home unit. Cancelled assignments are listed too. Visibility is
    that
    of GET /employees on the day asked: people outside it answer 404.

    Args:
        employee_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeAssignments | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            on=on,
        )
    ).parsed
