from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.training_effect import TrainingEffect
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    months: int | Unset = 3,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["months"] = months

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/courses/{code}/effect".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrainingEffect | None:
    if response.status_code == 200:
        response_200 = TrainingEffect.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | TrainingEffect]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    months: int | Unset = 3,
) -> Response[Problem | TrainingEffect]:
    """Training effect (效果评估): the course's linked metrics before and after, against non-participants

     Compares, for each metric the course is linked to and each population scored on it, the points of
    the
    people who passed the course over the `months` before and after they passed it against everyone else
    of
    that population over the same months. Only closed months' frozen scores count, so the report does
    not move
    while a month is still open. HR, leaders and administrators only (403 otherwise); an unknown course
    answers 404.

    Args:
        code (str):
        months (int | Unset): Months compared on each side Default: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingEffect]
    """

    kwargs = _get_kwargs(
        code=code,
        months=months,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    months: int | Unset = 3,
) -> Problem | TrainingEffect | None:
    """Training effect (效果评估): the course's linked metrics before and after, against non-participants

     Compares, for each metric the course is linked to and each population scored on it, the points of
    the
    people who passed the course over the `months` before and after they passed it against everyone else
    of
    that population over the same months. Only closed months' frozen scores count, so the report does
    not move
    while a month is still open. HR, leaders and administrators only (403 otherwise); an unknown course
    answers 404.

    Args:
        code (str):
        months (int | Unset): Months compared on each side Default: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingEffect
    """

    return sync_detailed(
        code=code,
        client=client,
        months=months,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    months: int | Unset = 3,
) -> Response[Problem | TrainingEffect]:
    """Training effect (效果评估): the course's linked metrics before and after, against non-participants

     Compares, for each metric the course is linked to and each population scored on it, the points of
    the
    people who passed the course over the `months` before and after they passed it against everyone else
    of
    that population over the same months. Only closed months' frozen scores count, so the report does
    not move
    while a month is still open. HR, leaders and administrators only (403 otherwise); an unknown course
    answers 404.

    Args:
        code (str):
        months (int | Unset): Months compared on each side Default: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingEffect]
    """

    kwargs = _get_kwargs(
        code=code,
        months=months,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    months: int | Unset = 3,
) -> Problem | TrainingEffect | None:
    """Training effect (效果评估): the course's linked metrics before and after, against non-participants

     Compares, for each metric the course is linked to and each population scored on it, the points of
    the
    people who passed the course over the `months` before and after they passed it against everyone else
    of
    that population over the same months. Only closed months' frozen scores count, so the report does
    not move
    while a month is still open. HR, leaders and administrators only (403 otherwise); an unknown course
    answers 404.

    Args:
        code (str):
        months (int | Unset): Months compared on each side Default: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingEffect
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            months=months,
        )
    ).parsed
