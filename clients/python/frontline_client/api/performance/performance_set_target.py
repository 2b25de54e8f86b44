from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_closed_problem import PeriodClosedProblem
from ...models.problem import Problem
from ...models.target_read import TargetRead
from ...models.target_set import TargetSet
from ...types import Response


def _get_kwargs(
    *,
    body: TargetSet,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/performance/targets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeriodClosedProblem | Problem | Problem | TargetRead | None:
    if response.status_code == 200:
        response_200 = TargetRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> PeriodClosedProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = PeriodClosedProblem.from_dict(data)

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
) -> Response[PeriodClosedProblem | Problem | Problem | TargetRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TargetSet,
) -> Response[PeriodClosedProblem | Problem | Problem | TargetRead]:
    """Set (or replace) the target of a metric for a unit or an employee and a month

     Sets the target of a metric for a month, for a unit (it holds for the unit's subtree) or for one
    employee; setting it again replaces the value. A closed month answers 409 until HR reopens it; an
    unknown
    metric, unit or employee answers 422. HR and administrators only (403 otherwise); audited with the
    value
    before and after.

    Args:
        body (TargetSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodClosedProblem | Problem | Problem | TargetRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TargetSet,
) -> PeriodClosedProblem | Problem | Problem | TargetRead | None:
    """Set (or replace) the target of a metric for a unit or an employee and a month

     Sets the target of a metric for a month, for a unit (it holds for the unit's subtree) or for one
    employee; setting it again replaces the value. A closed month answers 409 until HR reopens it; an
    unknown
    metric, unit or employee answers 422. HR and administrators only (403 otherwise); audited with the
    value
    before and after.

    Args:
        body (TargetSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodClosedProblem | Problem | Problem | TargetRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TargetSet,
) -> Response[PeriodClosedProblem | Problem | Problem | TargetRead]:
    """Set (or replace) the target of a metric for a unit or an employee and a month

     Sets the target of a metric for a month, for a unit (it holds for the unit's subtree) or for one
    employee; setting it again replaces the value. A closed month answers 409 until HR reopens it; an
    unknown
    metric, unit or employee answers 422. HR and administrators only (403 otherwise); audited with the
    value
    before and after.

    Args:
        body (TargetSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodClosedProblem | Problem | Problem | TargetRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TargetSet,
) -> PeriodClosedProblem | Problem | Problem | TargetRead | None:
    """Set (or replace) the target of a metric for a unit or an employee and a month

     Sets the target of a metric for a month, for a unit (it holds for the unit's subtree) or for one
    employee; setting it again replaces the value. A closed month answers 409 until HR reopens it; an
    unknown
    metric, unit or employee answers 422. HR and administrators only (403 otherwise); audited with the
    value
    before and after.

    Args:
        body (TargetSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodClosedProblem | Problem | Problem | TargetRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
