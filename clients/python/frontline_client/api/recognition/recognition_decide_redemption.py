from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.redemption_decided_problem import RedemptionDecidedProblem
from ...models.redemption_decision import RedemptionDecision
from ...models.redemption_read import RedemptionRead
from ...types import Response


def _get_kwargs(
    redemption_id: UUID,
    *,
    body: RedemptionDecision,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/recognition/redemptions/{redemption_id}/decision".format(
            redemption_id=quote(str(redemption_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Problem | RedemptionDecidedProblem | RedemptionRead | None:
    if response.status_code == 200:
        response_200 = RedemptionRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> Problem | RedemptionDecidedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = RedemptionDecidedProblem.from_dict(data)

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
) -> Response[Problem | Problem | RedemptionDecidedProblem | RedemptionRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    redemption_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RedemptionDecision,
) -> Response[Problem | Problem | RedemptionDecidedProblem | RedemptionRead]:
    """Approve a redemption, or reject it with a reason (HR): rejected points are refunded

     Approves a pending redemption (the `recognition.redemption_approved` webhook event goes to payroll
    or the
    leave system) or rejects it with a reason (the points come back, expiring when they would have, and
    the item
    returns to stock). The requester is notified. HR and administrators only: the requester gets 403,
    anyone
    else 404; nobody decides their own (403); a decided redemption answers 409.

    Args:
        redemption_id (UUID):
        body (RedemptionDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | RedemptionDecidedProblem | RedemptionRead]
    """

    kwargs = _get_kwargs(
        redemption_id=redemption_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    redemption_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RedemptionDecision,
) -> Problem | Problem | RedemptionDecidedProblem | RedemptionRead | None:
    """Approve a redemption, or reject it with a reason (HR): rejected points are refunded

     Approves a pending redemption (the `recognition.redemption_approved` webhook event goes to payroll
    or the
    leave system) or rejects it with a reason (the points come back, expiring when they would have, and
    the item
    returns to stock). The requester is notified. HR and administrators only: the requester gets 403,
    anyone
    else 404; nobody decides their own (403); a decided redemption answers 409.

    Args:
        redemption_id (UUID):
        body (RedemptionDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | RedemptionDecidedProblem | RedemptionRead
    """

    return sync_detailed(
        redemption_id=redemption_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    redemption_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RedemptionDecision,
) -> Response[Problem | Problem | RedemptionDecidedProblem | RedemptionRead]:
    """Approve a redemption, or reject it with a reason (HR): rejected points are refunded

     Approves a pending redemption (the `recognition.redemption_approved` webhook event goes to payroll
    or the
    leave system) or rejects it with a reason (the points come back, expiring when they would have, and
    the item
    returns to stock). The requester is notified. HR and administrators only: the requester gets 403,
    anyone
    else 404; nobody decides their own (403); a decided redemption answers 409.

    Args:
        redemption_id (UUID):
        body (RedemptionDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | RedemptionDecidedProblem | RedemptionRead]
    """

    kwargs = _get_kwargs(
        redemption_id=redemption_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    redemption_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RedemptionDecision,
) -> Problem | Problem | RedemptionDecidedProblem | RedemptionRead | None:
    """Approve a redemption, or reject it with a reason (HR): rejected points are refunded

     Approves a pending redemption (the `recognition.redemption_approved` webhook event goes to payroll
    or the
    leave system) or rejects it with a reason (the points come back, expiring when they would have, and
    the item
    returns to stock). The requester is notified. HR and administrators only: the requester gets 403,
    anyone
    else 404; nobody decides their own (403); a decided redemption answers 409.

    Args:
        redemption_id (UUID):
        body (RedemptionDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | RedemptionDecidedProblem | RedemptionRead
    """

    return (
        await asyncio_detailed(
            redemption_id=redemption_id,
            client=client,
            body=body,
        )
    ).parsed
