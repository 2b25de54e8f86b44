from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.no_decider_problem import NoDeciderProblem
from ...models.problem import Problem
from ...models.transfer_create import TransferCreate
from ...models.transfer_overlap_problem import TransferOverlapProblem
from ...models.transfer_read import TransferRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TransferCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/transfers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead | None:
    if response.status_code == 201:
        response_201 = TransferRead.from_dict(response.json())

        return response_201

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

        def _parse_response_409(data: object) -> Problem | TransferOverlapProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = TransferOverlapProblem.from_dict(data)

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

        def _parse_response_422(data: object) -> NoDeciderProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = NoDeciderProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = Problem.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

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
) -> Response[NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TransferCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead]:
    """Request a secondment, permanent transfer, early return or extension

     Requests a secondment, a permanent transfer, or an early return from or extension of a secondment.

    Employees request for themselves; HR and administrators may name another employee in `employee_id`
    (403
    for anyone else). What each kind needs is described on the body; a person's secondments may not
    overlap
    (409 `transfer.overlap`), and a request with a step nobody but the requester or the employee could
    decide
    is refused (422 `transfer.no_decider`). The request enters the approval chain configured for its
    kind at
    its first step.

    The employee, the requester and the first step's deciders are notified; a `transfer.submitted` event
    is
    written (webhooks) and audited. Send an `Idempotency-Key` header to retry safely: a retry with the
    same
    key and body replays the first answer (status and body, refusals included) instead of acting twice.

    Args:
        idempotency_key (str | Unset):
        body (TransferCreate): Dates are inclusive days. What each kind needs:
            `secondment`: destination_unit_id, start_date, end_date; `permanent`: destination_unit_id,
            start_date;
            `early_return`: amends_transfer_id (an approved secondment) and start_date, the first day
            back;
            `extension`: amends_transfer_id and end_date, the new last day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TransferCreate,
    idempotency_key: str | Unset = UNSET,
) -> NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead | None:
    """Request a secondment, permanent transfer, early return or extension

     Requests a secondment, a permanent transfer, or an early return from or extension of a secondment.

    Employees request for themselves; HR and administrators may name another employee in `employee_id`
    (403
    for anyone else). What each kind needs is described on the body; a person's secondments may not
    overlap
    (409 `transfer.overlap`), and a request with a step nobody but the requester or the employee could
    decide
    is refused (422 `transfer.no_decider`). The request enters the approval chain configured for its
    kind at
    its first step.

    The employee, the requester and the first step's deciders are notified; a `transfer.submitted` event
    is
    written (webhooks) and audited. Send an `Idempotency-Key` header to retry safely: a retry with the
    same
    key and body replays the first answer (status and body, refusals included) instead of acting twice.

    Args:
        idempotency_key (str | Unset):
        body (TransferCreate): Dates are inclusive days. What each kind needs:
            `secondment`: destination_unit_id, start_date, end_date; `permanent`: destination_unit_id,
            start_date;
            `early_return`: amends_transfer_id (an approved secondment) and start_date, the first day
            back;
            `extension`: amends_transfer_id and end_date, the new last day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TransferCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead]:
    """Request a secondment, permanent transfer, early return or extension

     Requests a secondment, a permanent transfer, or an early return from or extension of a secondment.

    Employees request for themselves; HR and administrators may name another employee in `employee_id`
    (403
    for anyone else). What each kind needs is described on the body; a person's secondments may not
    overlap
    (409 `transfer.overlap`), and a request with a step nobody but the requester or the employee could
    decide
    is refused (422 `transfer.no_decider`). The request enters the approval chain configured for its
    kind at
    its first step.

    The employee, the requester and the first step's deciders are notified; a `transfer.submitted` event
    is
    written (webhooks) and audited. Send an `Idempotency-Key` header to retry safely: a retry with the
    same
    key and body replays the first answer (status and body, refusals included) instead of acting twice.

    Args:
        idempotency_key (str | Unset):
        body (TransferCreate): Dates are inclusive days. What each kind needs:
            `secondment`: destination_unit_id, start_date, end_date; `permanent`: destination_unit_id,
            start_date;
            `early_return`: amends_transfer_id (an approved secondment) and start_date, the first day
            back;
            `extension`: amends_transfer_id and end_date, the new last day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TransferCreate,
    idempotency_key: str | Unset = UNSET,
) -> NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead | None:
    """Request a secondment, permanent transfer, early return or extension

     Requests a secondment, a permanent transfer, or an early return from or extension of a secondment.

    Employees request for themselves; HR and administrators may name another employee in `employee_id`
    (403
    for anyone else). What each kind needs is described on the body; a person's secondments may not
    overlap
    (409 `transfer.overlap`), and a request with a step nobody but the requester or the employee could
    decide
    is refused (422 `transfer.no_decider`). The request enters the approval chain configured for its
    kind at
    its first step.

    The employee, the requester and the first step's deciders are notified; a `transfer.submitted` event
    is
    written (webhooks) and audited. Send an `Idempotency-Key` header to retry safely: a retry with the
    same
    key and body replays the first answer (status and body, refusals included) instead of acting twice.

    Args:
        idempotency_key (str | Unset):
        body (TransferCreate): Dates are inclusive days. What each kind needs:
            `secondment`: destination_unit_id, start_date, end_date; `permanent`: destination_unit_id,
            start_date;
            `early_return`: amends_transfer_id (an approved secondment) and start_date, the first day
            back;
            `extension`: amends_transfer_id and end_date, the new last day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoDeciderProblem | Problem | Problem | Problem | TransferOverlapProblem | TransferRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
