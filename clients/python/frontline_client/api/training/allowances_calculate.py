from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allowance_month_not_ended_problem import AllowanceMonthNotEndedProblem
from ...models.allowance_month_read import AllowanceMonthRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    month: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/allowances/{month}/calculate".format(
            month=quote(str(month), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem | None:
    if response.status_code == 200:
        response_200 = AllowanceMonthRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> AllowanceMonthNotEndedProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = AllowanceMonthNotEndedProblem.from_dict(data)

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
) -> Response[AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    month: str,
    *,
    client: AuthenticatedClient,
) -> Response[AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem]:
    """Calculate a month's training allowances from each person's level at its end (HR)

     Calculates a month's training allowances once the month has ended in the organisation's time zone
    (409
    before): every active person's level, from all credits counted in that month or before, pays that
    level's
    allowance under the policy in force, and the month's frontline contribution bonus lines are worked
    out
    with it. Calculating again replaces the earlier calculation until the month is approved (then 409).
    HR and
    administrators only (403 otherwise); audited.

    Args:
        month (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    month: str,
    *,
    client: AuthenticatedClient,
) -> AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem | None:
    """Calculate a month's training allowances from each person's level at its end (HR)

     Calculates a month's training allowances once the month has ended in the organisation's time zone
    (409
    before): every active person's level, from all credits counted in that month or before, pays that
    level's
    allowance under the policy in force, and the month's frontline contribution bonus lines are worked
    out
    with it. Calculating again replaces the earlier calculation until the month is approved (then 409).
    HR and
    administrators only (403 otherwise); audited.

    Args:
        month (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem
    """

    return sync_detailed(
        month=month,
        client=client,
    ).parsed


async def asyncio_detailed(
    month: str,
    *,
    client: AuthenticatedClient,
) -> Response[AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem]:
    """Calculate a month's training allowances from each person's level at its end (HR)

     Calculates a month's training allowances once the month has ended in the organisation's time zone
    (409
    before): every active person's level, from all credits counted in that month or before, pays that
    level's
    allowance under the policy in force, and the month's frontline contribution bonus lines are worked
    out
    with it. Calculating again replaces the earlier calculation until the month is approved (then 409).
    HR and
    administrators only (403 otherwise); audited.

    Args:
        month (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    month: str,
    *,
    client: AuthenticatedClient,
) -> AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem | None:
    """Calculate a month's training allowances from each person's level at its end (HR)

     Calculates a month's training allowances once the month has ended in the organisation's time zone
    (409
    before): every active person's level, from all credits counted in that month or before, pays that
    level's
    allowance under the policy in force, and the month's frontline contribution bonus lines are worked
    out
    with it. Calculating again replaces the earlier calculation until the month is approved (then 409).
    HR and
    administrators only (403 otherwise); audited.

    Args:
        month (str): A month, e.g. 2026-11

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllowanceMonthNotEndedProblem | Problem | AllowanceMonthRead | Problem
    """

    return (
        await asyncio_detailed(
            month=month,
            client=client,
        )
    ).parsed
