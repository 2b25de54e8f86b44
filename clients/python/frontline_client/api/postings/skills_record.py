from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employee_skill_read import EmployeeSkillRead
from ...models.my_skills import MySkills
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: UUID,
    *,
    body: MySkills,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/employees/{employee_id}/skills".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[EmployeeSkillRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EmployeeSkillRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[EmployeeSkillRead]]:
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
    body: MySkills,
) -> Response[Problem | list[EmployeeSkillRead]]:
    """Record a person's skills (HR; what the person declared stays)

     HR records a person's skills, replacing HR's earlier record of them; what the person declared stays.

    A skill both HR and the person hold counts as HR's. HR and administrators only (403); an unknown
    employee
    answers 404, and a code not in the catalogue 422. Audited.

    Args:
        employee_id (UUID):
        body (MySkills): The skills I declare (replacing my earlier declaration; HR's records
            stay).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[EmployeeSkillRead]]
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
    body: MySkills,
) -> Problem | list[EmployeeSkillRead] | None:
    """Record a person's skills (HR; what the person declared stays)

     HR records a person's skills, replacing HR's earlier record of them; what the person declared stays.

    A skill both HR and the person hold counts as HR's. HR and administrators only (403); an unknown
    employee
    answers 404, and a code not in the catalogue 422. Audited.

    Args:
        employee_id (UUID):
        body (MySkills): The skills I declare (replacing my earlier declaration; HR's records
            stay).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[EmployeeSkillRead]
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
    body: MySkills,
) -> Response[Problem | list[EmployeeSkillRead]]:
    """Record a person's skills (HR; what the person declared stays)

     HR records a person's skills, replacing HR's earlier record of them; what the person declared stays.

    A skill both HR and the person hold counts as HR's. HR and administrators only (403); an unknown
    employee
    answers 404, and a code not in the catalogue 422. Audited.

    Args:
        employee_id (UUID):
        body (MySkills): The skills I declare (replacing my earlier declaration; HR's records
            stay).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[EmployeeSkillRead]]
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
    body: MySkills,
) -> Problem | list[EmployeeSkillRead] | None:
    """Record a person's skills (HR; what the person declared stays)

     HR records a person's skills, replacing HR's earlier record of them; what the person declared stays.

    A skill both HR and the person hold counts as HR's. HR and administrators only (403); an unknown
    employee
    answers 404, and a code not in the catalogue 422. Audited.

    Args:
        employee_id (UUID):
        body (MySkills): The skills I declare (replacing my earlier declaration; HR's records
            stay).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[EmployeeSkillRead]
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            body=body,
        )
    ).parsed
