from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_hours_in import BusinessHoursIn
from ...models.business_hours_read import BusinessHoursRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    department_id: UUID,
    *,
    body: BusinessHoursIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/departments/{department_id}/business-hours".format(
            department_id=quote(str(department_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessHoursRead | Problem | None:
    if response.status_code == 200:
        response_200 = BusinessHoursRead.from_dict(response.json())

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
    body: BusinessHoursIn,
) -> Response[BusinessHoursRead | Problem]:
    """Set Business Hours

     Sets a head-office department's weekly opening hours and holidays, in the department's time zone.

    Administrators, HR and a head of the department may (403 otherwise). A unit that is not a department
    answers 422, and so does a week without a single opening interval. Tickets raised for the department
    under
    a business-hours SLA policy measure their clocks against these hours. Audited.

    Args:
        department_id (UUID):
        body (BusinessHoursIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessHoursRead | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    department_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BusinessHoursIn,
) -> BusinessHoursRead | Problem | None:
    """Set Business Hours

     Sets a head-office department's weekly opening hours and holidays, in the department's time zone.

    Administrators, HR and a head of the department may (403 otherwise). A unit that is not a department
    answers 422, and so does a week without a single opening interval. Tickets raised for the department
    under
    a business-hours SLA policy measure their clocks against these hours. Audited.

    Args:
        department_id (UUID):
        body (BusinessHoursIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessHoursRead | Problem
    """

    return sync_detailed(
        department_id=department_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    department_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BusinessHoursIn,
) -> Response[BusinessHoursRead | Problem]:
    """Set Business Hours

     Sets a head-office department's weekly opening hours and holidays, in the department's time zone.

    Administrators, HR and a head of the department may (403 otherwise). A unit that is not a department
    answers 422, and so does a week without a single opening interval. Tickets raised for the department
    under
    a business-hours SLA policy measure their clocks against these hours. Audited.

    Args:
        department_id (UUID):
        body (BusinessHoursIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessHoursRead | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    department_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BusinessHoursIn,
) -> BusinessHoursRead | Problem | None:
    """Set Business Hours

     Sets a head-office department's weekly opening hours and holidays, in the department's time zone.

    Administrators, HR and a head of the department may (403 otherwise). A unit that is not a department
    answers 422, and so does a week without a single opening interval. Tickets raised for the department
    under
    a business-hours SLA policy measure their clocks against these hours. Audited.

    Args:
        department_id (UUID):
        body (BusinessHoursIn):

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
            body=body,
        )
    ).parsed
