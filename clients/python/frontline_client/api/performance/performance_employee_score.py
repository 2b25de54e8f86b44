from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_score import EmployeeScore
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    employee_id: UUID,
    *,
    period: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/performance/employees/{employee_id}".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmployeeScore | Problem | None:
    if response.status_code == 200:
        response_200 = EmployeeScore.from_dict(response.json())

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
) -> Response[EmployeeScore | Problem]:
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
    period: str,
) -> Response[EmployeeScore | Problem]:
    """A person's live score for a month, part by part (HR: everyone; managers: their people)

     Computes a person's live score for a month, part by part (each unit they worked at, with its
    scorecard): every metric's value, target, points, weight and source; closing the month freezes the
    same
    computation. HR, leaders and administrators see everyone; store managers and department heads the
    people
    who worked in their units that month; everyone themselves; anyone else gets 404. Comments written
    with
    manual values are shown only to the person, HR and administrators.

    Args:
        employee_id (UUID):
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeScore | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    period: str,
) -> EmployeeScore | Problem | None:
    """A person's live score for a month, part by part (HR: everyone; managers: their people)

     Computes a person's live score for a month, part by part (each unit they worked at, with its
    scorecard): every metric's value, target, points, weight and source; closing the month freezes the
    same
    computation. HR, leaders and administrators see everyone; store managers and department heads the
    people
    who worked in their units that month; everyone themselves; anyone else gets 404. Comments written
    with
    manual values are shown only to the person, HR and administrators.

    Args:
        employee_id (UUID):
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeScore | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        period=period,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    period: str,
) -> Response[EmployeeScore | Problem]:
    """A person's live score for a month, part by part (HR: everyone; managers: their people)

     Computes a person's live score for a month, part by part (each unit they worked at, with its
    scorecard): every metric's value, target, points, weight and source; closing the month freezes the
    same
    computation. HR, leaders and administrators see everyone; store managers and department heads the
    people
    who worked in their units that month; everyone themselves; anyone else gets 404. Comments written
    with
    manual values are shown only to the person, HR and administrators.

    Args:
        employee_id (UUID):
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeScore | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    period: str,
) -> EmployeeScore | Problem | None:
    """A person's live score for a month, part by part (HR: everyone; managers: their people)

     Computes a person's live score for a month, part by part (each unit they worked at, with its
    scorecard): every metric's value, target, points, weight and source; closing the month freezes the
    same
    computation. HR, leaders and administrators see everyone; store managers and department heads the
    people
    who worked in their units that month; everyone themselves; anyone else gets 404. Comments written
    with
    manual values are shown only to the person, HR and administrators.

    Args:
        employee_id (UUID):
        period (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeScore | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            period=period,
        )
    ).parsed
