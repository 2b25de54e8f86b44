import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course_read import CourseRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    active_on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_active_on: None | str | Unset
    if isinstance(active_on, Unset):
        json_active_on = UNSET
    elif isinstance(active_on, datetime.date):
        json_active_on = active_on.isoformat()
    else:
        json_active_on = active_on
    params["active_on"] = json_active_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/courses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[CourseRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CourseRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[CourseRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    active_on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | list[CourseRead]]:
    """The course catalogue, optionally only the courses offered on a day

     Lists the course catalogue by code, each course with the credits it earns when passed under the
    credit
    rules in force; `active_on` keeps only the courses offered on that day. Every signed-in person may
    read
    it; integration clients are refused (403).

    Args:
        active_on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CourseRead]]
    """

    kwargs = _get_kwargs(
        active_on=active_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    active_on: datetime.date | None | Unset = UNSET,
) -> Problem | list[CourseRead] | None:
    """The course catalogue, optionally only the courses offered on a day

     Lists the course catalogue by code, each course with the credits it earns when passed under the
    credit
    rules in force; `active_on` keeps only the courses offered on that day. Every signed-in person may
    read
    it; integration clients are refused (403).

    Args:
        active_on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CourseRead]
    """

    return sync_detailed(
        client=client,
        active_on=active_on,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    active_on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | list[CourseRead]]:
    """The course catalogue, optionally only the courses offered on a day

     Lists the course catalogue by code, each course with the credits it earns when passed under the
    credit
    rules in force; `active_on` keeps only the courses offered on that day. Every signed-in person may
    read
    it; integration clients are refused (403).

    Args:
        active_on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CourseRead]]
    """

    kwargs = _get_kwargs(
        active_on=active_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    active_on: datetime.date | None | Unset = UNSET,
) -> Problem | list[CourseRead] | None:
    """The course catalogue, optionally only the courses offered on a day

     Lists the course catalogue by code, each course with the credits it earns when passed under the
    credit
    rules in force; `active_on` keeps only the courses offered on that day. Every signed-in person may
    read
    it; integration clients are refused (403).

    Args:
        active_on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CourseRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            active_on=active_on,
        )
    ).parsed
