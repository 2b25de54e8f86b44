from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plan_read import PlanRead
from ...models.plan_update import PlanUpdate
from ...models.plan_version_conflict_problem import PlanVersionConflictProblem
from ...models.population import Population
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    population: Population,
    year: int,
    *,
    body: PlanUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/credit-plans/{population}/{year}".format(
            population=quote(str(population), safe=""),
            year=quote(str(year), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlanRead | PlanVersionConflictProblem | Problem | Problem | None:
    if response.status_code == 200:
        response_200 = PlanRead.from_dict(response.json())

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

    if response.status_code == 409:

        def _parse_response_409(data: object) -> PlanVersionConflictProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = PlanVersionConflictProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = Problem.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

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
) -> Response[PlanRead | PlanVersionConflictProblem | Problem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    population: Population,
    year: int,
    *,
    client: AuthenticatedClient,
    body: PlanUpdate,
) -> Response[PlanRead | PlanVersionConflictProblem | Problem | Problem]:
    """Set a population's credit plan for a year (HR)

     Sets a population's credit plan for a year: the total and, per category, its share and minimum (the
    minimums may not add up to more than the total, 422). Send no `version` for a new plan, or the
    `version`
    you read to change one; a plan changed meanwhile answers 409. HR and administrators only (403
    otherwise);
    audited.

    Args:
        population (Population):
        year (int):
        body (PlanUpdate): The credits a population is expected to earn in a year and how they
            divide by category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanRead | PlanVersionConflictProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        population=population,
        year=year,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    population: Population,
    year: int,
    *,
    client: AuthenticatedClient,
    body: PlanUpdate,
) -> PlanRead | PlanVersionConflictProblem | Problem | Problem | None:
    """Set a population's credit plan for a year (HR)

     Sets a population's credit plan for a year: the total and, per category, its share and minimum (the
    minimums may not add up to more than the total, 422). Send no `version` for a new plan, or the
    `version`
    you read to change one; a plan changed meanwhile answers 409. HR and administrators only (403
    otherwise);
    audited.

    Args:
        population (Population):
        year (int):
        body (PlanUpdate): The credits a population is expected to earn in a year and how they
            divide by category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanRead | PlanVersionConflictProblem | Problem | Problem
    """

    return sync_detailed(
        population=population,
        year=year,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    population: Population,
    year: int,
    *,
    client: AuthenticatedClient,
    body: PlanUpdate,
) -> Response[PlanRead | PlanVersionConflictProblem | Problem | Problem]:
    """Set a population's credit plan for a year (HR)

     Sets a population's credit plan for a year: the total and, per category, its share and minimum (the
    minimums may not add up to more than the total, 422). Send no `version` for a new plan, or the
    `version`
    you read to change one; a plan changed meanwhile answers 409. HR and administrators only (403
    otherwise);
    audited.

    Args:
        population (Population):
        year (int):
        body (PlanUpdate): The credits a population is expected to earn in a year and how they
            divide by category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanRead | PlanVersionConflictProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        population=population,
        year=year,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    population: Population,
    year: int,
    *,
    client: AuthenticatedClient,
    body: PlanUpdate,
) -> PlanRead | PlanVersionConflictProblem | Problem | Problem | None:
    """Set a population's credit plan for a year (HR)

     Sets a population's credit plan for a year: the total and, per category, its share and minimum (the
    minimums may not add up to more than the total, 422). Send no `version` for a new plan, or the
    `version`
    you read to change one; a plan changed meanwhile answers 409. HR and administrators only (403
    otherwise);
    audited.

    Args:
        population (Population):
        year (int):
        body (PlanUpdate): The credits a population is expected to earn in a year and how they
            divide by category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanRead | PlanVersionConflictProblem | Problem | Problem
    """

    return (
        await asyncio_detailed(
            population=population,
            year=year,
            client=client,
            body=body,
        )
    ).parsed
