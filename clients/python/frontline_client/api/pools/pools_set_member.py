from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.member_set import MemberSet
from ...models.pool_not_editable_problem import PoolNotEditableProblem
from ...models.pool_read import PoolRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    pool_id: UUID,
    employee_id: UUID,
    *,
    body: MemberSet,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/pools/{pool_id}/members/{employee_id}".format(
            pool_id=quote(str(pool_id), safe=""),
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PoolNotEditableProblem | Problem | PoolRead | Problem | None:
    if response.status_code == 200:
        response_200 = PoolRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> PoolNotEditableProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = PoolNotEditableProblem.from_dict(data)

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
) -> Response[PoolNotEditableProblem | Problem | PoolRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pool_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MemberSet,
) -> Response[PoolNotEditableProblem | Problem | PoolRead | Problem]:
    """Name a project member (back-office side) with a weight

     Names a project member on the back-office side with a weight, or changes their weight; the pool goes
    back to draft. Only a draft or calculated pool changes (409 otherwise); an unknown employee answers
    422.
    HR and administrators only (a leader or member who can see the pool gets 403, anyone else 404);
    audited.

    Args:
        pool_id (UUID):
        employee_id (UUID):
        body (MemberSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolNotEditableProblem | Problem | PoolRead | Problem]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        employee_id=employee_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pool_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MemberSet,
) -> PoolNotEditableProblem | Problem | PoolRead | Problem | None:
    """Name a project member (back-office side) with a weight

     Names a project member on the back-office side with a weight, or changes their weight; the pool goes
    back to draft. Only a draft or calculated pool changes (409 otherwise); an unknown employee answers
    422.
    HR and administrators only (a leader or member who can see the pool gets 403, anyone else 404);
    audited.

    Args:
        pool_id (UUID):
        employee_id (UUID):
        body (MemberSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolNotEditableProblem | Problem | PoolRead | Problem
    """

    return sync_detailed(
        pool_id=pool_id,
        employee_id=employee_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pool_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MemberSet,
) -> Response[PoolNotEditableProblem | Problem | PoolRead | Problem]:
    """Name a project member (back-office side) with a weight

     Names a project member on the back-office side with a weight, or changes their weight; the pool goes
    back to draft. Only a draft or calculated pool changes (409 otherwise); an unknown employee answers
    422.
    HR and administrators only (a leader or member who can see the pool gets 403, anyone else 404);
    audited.

    Args:
        pool_id (UUID):
        employee_id (UUID):
        body (MemberSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolNotEditableProblem | Problem | PoolRead | Problem]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        employee_id=employee_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MemberSet,
) -> PoolNotEditableProblem | Problem | PoolRead | Problem | None:
    """Name a project member (back-office side) with a weight

     Names a project member on the back-office side with a weight, or changes their weight; the pool goes
    back to draft. Only a draft or calculated pool changes (409 otherwise); an unknown employee answers
    422.
    HR and administrators only (a leader or member who can see the pool gets 403, anyone else 404);
    audited.

    Args:
        pool_id (UUID):
        employee_id (UUID):
        body (MemberSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolNotEditableProblem | Problem | PoolRead | Problem
    """

    return (
        await asyncio_detailed(
            pool_id=pool_id,
            employee_id=employee_id,
            client=client,
            body=body,
        )
    ).parsed
