from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_hours_read import BusinessHoursRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    department_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/departments/{department_id}/business-hours".format(
            department_id=quote(str(department_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessHoursRead | Problem | None:
    if response.status_code == 200:
        response_200 = BusinessHoursRead.from_dict(response.json())

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
) -> Response[BusinessHoursRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    department_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[BusinessHoursRead | Problem]:
    """Business Hours

     Reads a head-office department's business hours (weekly opening intervals, holidays) and its time
    zone.

    Any signed-in person may read them; integration clients get 403, and a unit that is not a department
    answers 422. A department without hours answers empty lists; tickets raised for it meanwhile run
    their SLA
    clocks on wall-clock time.

    Args:
        department_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessHoursRead | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    department_id: UUID,
    *,
    client: AuthenticatedClient,
) -> BusinessHoursRead | Problem | None:
    """Business Hours

     Reads a head-office department's business hours (weekly opening intervals, holidays) and its time
    zone.

    Any signed-in person may read them; integration clients get 403, and a unit that is not a department
    answers 422. A department without hours answers empty lists; tickets raised for it meanwhile run
    their SLA
    clocks on wall-clock time.

    Args:
        department_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessHoursRead | Problem
    """

    return sync_detailed(
        department_id=department_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    department_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[BusinessHoursRead | Problem]:
    """Business Hours

     Reads a head-office department's business hours (weekly opening intervals, holidays) and its time
    zone.

    Any signed-in person may read them; integration clients get 403, and a unit that is not a department
    answers 422. A department without hours answers empty lists; tickets raised for it meanwhile run
    their SLA
    clocks on wall-clock time.

    Args:
        department_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessHoursRead | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    department_id: UUID,
    *,
    client: AuthenticatedClient,
) -> BusinessHoursRead | Problem | None:
    """Business Hours

     Reads a head-office department's business hours (weekly opening intervals, holidays) and its time
    zone.

    Any signed-in person may read them; integration clients get 403, and a unit that is not a department
    answers 422. A department without hours answers empty lists; tickets raised for it meanwhile run
    their SLA
    clocks on wall-clock time.

    Args:
        department_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessHoursRead | Problem
    """

    return (
        await asyncio_detailed(
            department_id=department_id,
            client=client,
        )
    ).parsed
