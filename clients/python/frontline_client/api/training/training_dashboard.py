from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.training_dashboard import TrainingDashboard
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training/dashboard",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrainingDashboard | None:
    if response.status_code == 200:
        response_200 = TrainingDashboard.from_dict(response.json())

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
) -> Response[Problem | TrainingDashboard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> Response[Problem | TrainingDashboard]:
    """A year's participation by department or region and completion by course (HR, leaders)

     Returns a year's training figures: participation (the share of active people with at least one
    completion in the year) overall and by department or region (stores count in their region), and per
    course
    how many people took it, how many passed and their average exam score. HR, leaders and
    administrators only
    (403 otherwise).

    Args:
        year (int | None | Unset): Default: this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingDashboard]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> Problem | TrainingDashboard | None:
    """A year's participation by department or region and completion by course (HR, leaders)

     Returns a year's training figures: participation (the share of active people with at least one
    completion in the year) overall and by department or region (stores count in their region), and per
    course
    how many people took it, how many passed and their average exam score. HR, leaders and
    administrators only
    (403 otherwise).

    Args:
        year (int | None | Unset): Default: this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingDashboard
    """

    return sync_detailed(
        client=client,
        year=year,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> Response[Problem | TrainingDashboard]:
    """A year's participation by department or region and completion by course (HR, leaders)

     Returns a year's training figures: participation (the share of active people with at least one
    completion in the year) overall and by department or region (stores count in their region), and per
    course
    how many people took it, how many passed and their average exam score. HR, leaders and
    administrators only
    (403 otherwise).

    Args:
        year (int | None | Unset): Default: this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingDashboard]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> Problem | TrainingDashboard | None:
    """A year's participation by department or region and completion by course (HR, leaders)

     Returns a year's training figures: participation (the share of active people with at least one
    completion in the year) overall and by department or region (stores count in their region), and per
    course
    how many people took it, how many passed and their average exam score. HR, leaders and
    administrators only
    (403 otherwise).

    Args:
        year (int | None | Unset): Default: this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingDashboard
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
        )
    ).parsed
