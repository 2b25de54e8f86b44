from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.arrangement_decision import ArrangementDecision
from ...models.arrangement_read import ArrangementRead
from ...models.arrangement_step_mismatch_problem import ArrangementStepMismatchProblem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    arrangement_id: UUID,
    *,
    body: ArrangementDecision,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/arrangements/{arrangement_id}/steps/current/decision".format(
            arrangement_id=quote(str(arrangement_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem | None:
    if response.status_code == 200:
        response_200 = ArrangementRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> ArrangementStepMismatchProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = ArrangementStepMismatchProblem.from_dict(data)

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
) -> Response[ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    arrangement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ArrangementDecision,
    idempotency_key: str | Unset = UNSET,
) -> Response[ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem]:
    """Approve or reject the step an arrangement waits at

     Approves or rejects the step an arrangement waits at; send the step you saw (409 if the request has
    moved on or is no longer in review) and, to reject, a comment (422). The step's deciders decide it,
    and HR
    when nobody else could; nobody decides their own request (403). Two deciders racing get one decision
    and
    one 409. Audited; the next step's deciders, or the person once it is approved or rejected, are
    notified. A
    retry with the same `Idempotency-Key` gets the first answer again.

    Args:
        arrangement_id (UUID):
        idempotency_key (str | Unset):
        body (ArrangementDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        arrangement_id=arrangement_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    arrangement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ArrangementDecision,
    idempotency_key: str | Unset = UNSET,
) -> ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem | None:
    """Approve or reject the step an arrangement waits at

     Approves or rejects the step an arrangement waits at; send the step you saw (409 if the request has
    moved on or is no longer in review) and, to reject, a comment (422). The step's deciders decide it,
    and HR
    when nobody else could; nobody decides their own request (403). Two deciders racing get one decision
    and
    one 409. Audited; the next step's deciders, or the person once it is approved or rejected, are
    notified. A
    retry with the same `Idempotency-Key` gets the first answer again.

    Args:
        arrangement_id (UUID):
        idempotency_key (str | Unset):
        body (ArrangementDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem
    """

    return sync_detailed(
        arrangement_id=arrangement_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    arrangement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ArrangementDecision,
    idempotency_key: str | Unset = UNSET,
) -> Response[ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem]:
    """Approve or reject the step an arrangement waits at

     Approves or rejects the step an arrangement waits at; send the step you saw (409 if the request has
    moved on or is no longer in review) and, to reject, a comment (422). The step's deciders decide it,
    and HR
    when nobody else could; nobody decides their own request (403). Two deciders racing get one decision
    and
    one 409. Audited; the next step's deciders, or the person once it is approved or rejected, are
    notified. A
    retry with the same `Idempotency-Key` gets the first answer again.

    Args:
        arrangement_id (UUID):
        idempotency_key (str | Unset):
        body (ArrangementDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        arrangement_id=arrangement_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    arrangement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ArrangementDecision,
    idempotency_key: str | Unset = UNSET,
) -> ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem | None:
    """Approve or reject the step an arrangement waits at

     Approves or rejects the step an arrangement waits at; send the step you saw (409 if the request has
    moved on or is no longer in review) and, to reject, a comment (422). The step's deciders decide it,
    and HR
    when nobody else could; nobody decides their own request (403). Two deciders racing get one decision
    and
    one 409. Audited; the next step's deciders, or the person once it is approved or rejected, are
    notified. A
    retry with the same `Idempotency-Key` gets the first answer again.

    Args:
        arrangement_id (UUID):
        idempotency_key (str | Unset):
        body (ArrangementDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrangementRead | ArrangementStepMismatchProblem | Problem | Problem
    """

    return (
        await asyncio_detailed(
            arrangement_id=arrangement_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
