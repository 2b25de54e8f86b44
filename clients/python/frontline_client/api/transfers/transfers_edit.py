from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.transfer_overlap_problem import TransferOverlapProblem
from ...models.transfer_read import TransferRead
from ...models.transfer_update import TransferUpdate
from ...types import Response


def _get_kwargs(
    transfer_id: UUID,
    *,
    body: TransferUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/transfers/{transfer_id}".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Problem | TransferOverlapProblem | TransferRead | None:
    if response.status_code == 200:
        response_200 = TransferRead.from_dict(response.json())

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
) -> Response[Problem | Problem | TransferOverlapProblem | TransferRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransferUpdate,
) -> Response[Problem | Problem | TransferOverlapProblem | TransferRead]:
    """Edit a request returned for changes

     Edits a request returned for changes; only the fields sent change.

    Only the requester or the employee may (403); a request that is not returned answers 409. The terms
    are
    checked again as on submission (422 for a field the kind does not take or a bad period, 409 for an
    overlapping secondment). Nothing moves on until the request is resubmitted. Audited when something
    changed.

    Args:
        transfer_id (UUID):
        body (TransferUpdate): Edits a request returned for changes; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | TransferOverlapProblem | TransferRead]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransferUpdate,
) -> Problem | Problem | TransferOverlapProblem | TransferRead | None:
    """Edit a request returned for changes

     Edits a request returned for changes; only the fields sent change.

    Only the requester or the employee may (403); a request that is not returned answers 409. The terms
    are
    checked again as on submission (422 for a field the kind does not take or a bad period, 409 for an
    overlapping secondment). Nothing moves on until the request is resubmitted. Audited when something
    changed.

    Args:
        transfer_id (UUID):
        body (TransferUpdate): Edits a request returned for changes; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | TransferOverlapProblem | TransferRead
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransferUpdate,
) -> Response[Problem | Problem | TransferOverlapProblem | TransferRead]:
    """Edit a request returned for changes

     Edits a request returned for changes; only the fields sent change.

    Only the requester or the employee may (403); a request that is not returned answers 409. The terms
    are
    checked again as on submission (422 for a field the kind does not take or a bad period, 409 for an
    overlapping secondment). Nothing moves on until the request is resubmitted. Audited when something
    changed.

    Args:
        transfer_id (UUID):
        body (TransferUpdate): Edits a request returned for changes; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | TransferOverlapProblem | TransferRead]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransferUpdate,
) -> Problem | Problem | TransferOverlapProblem | TransferRead | None:
    """Edit a request returned for changes

     Edits a request returned for changes; only the fields sent change.

    Only the requester or the employee may (403); a request that is not returned answers 409. The terms
    are
    checked again as on submission (422 for a field the kind does not take or a bad period, 409 for an
    overlapping secondment). Nothing moves on until the request is resubmitted. Audited when something
    changed.

    Args:
        transfer_id (UUID):
        body (TransferUpdate): Edits a request returned for changes; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | TransferOverlapProblem | TransferRead
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
            body=body,
        )
    ).parsed
