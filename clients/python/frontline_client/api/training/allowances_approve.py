from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allowance_approval import AllowanceApproval
from ...models.allowance_month_read import AllowanceMonthRead
from ...models.allowance_version_conflict_problem import AllowanceVersionConflictProblem
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    month: str,
    *,
    body: AllowanceApproval,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/allowances/{month}/approve".format(
            month=quote(str(month), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem | None:
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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> AllowanceVersionConflictProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = AllowanceVersionConflictProblem.from_dict(data)

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
) -> Response[AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem]:
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
    body: AllowanceApproval,
) -> Response[AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem]:
    """Approve and lock a month's allowances (HR, not whoever calculated them)

     Approves and locks a month's calculated allowances; its lines never change after and feed the
    payroll
    export. Send the `version` you reviewed: a month recalculated since, or already approved, answers
    409.
    Whoever calculated the month does not approve it (403). HR and administrators only; audited.

    Args:
        month (str): A month, e.g. 2026-11
        body (AllowanceApproval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    month: str,
    *,
    client: AuthenticatedClient,
    body: AllowanceApproval,
) -> AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem | None:
    """Approve and lock a month's allowances (HR, not whoever calculated them)

     Approves and locks a month's calculated allowances; its lines never change after and feed the
    payroll
    export. Send the `version` you reviewed: a month recalculated since, or already approved, answers
    409.
    Whoever calculated the month does not approve it (403). HR and administrators only; audited.

    Args:
        month (str): A month, e.g. 2026-11
        body (AllowanceApproval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem
    """

    return sync_detailed(
        month=month,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    month: str,
    *,
    client: AuthenticatedClient,
    body: AllowanceApproval,
) -> Response[AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem]:
    """Approve and lock a month's allowances (HR, not whoever calculated them)

     Approves and locks a month's calculated allowances; its lines never change after and feed the
    payroll
    export. Send the `version` you reviewed: a month recalculated since, or already approved, answers
    409.
    Whoever calculated the month does not approve it (403). HR and administrators only; audited.

    Args:
        month (str): A month, e.g. 2026-11
        body (AllowanceApproval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    month: str,
    *,
    client: AuthenticatedClient,
    body: AllowanceApproval,
) -> AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem | None:
    """Approve and lock a month's allowances (HR, not whoever calculated them)

     Approves and locks a month's calculated allowances; its lines never change after and feed the
    payroll
    export. Send the `version` you reviewed: a month recalculated since, or already approved, answers
    409.
    Whoever calculated the month does not approve it (403). HR and administrators only; audited.

    Args:
        month (str): A month, e.g. 2026-11
        body (AllowanceApproval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllowanceMonthRead | AllowanceVersionConflictProblem | Problem | Problem
    """

    return (
        await asyncio_detailed(
            month=month,
            client=client,
            body=body,
        )
    ).parsed
