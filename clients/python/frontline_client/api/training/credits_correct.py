from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.correction import Correction
from ...models.credit_entry_read import CreditEntryRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: UUID,
    *,
    body: Correction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/employees/{employee_id}/credits/corrections".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditEntryRead | Problem | None:
    if response.status_code == 201:
        response_201 = CreditEntryRead.from_dict(response.json())

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
) -> Response[CreditEntryRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: Correction,
) -> Response[CreditEntryRead | Problem]:
    """Add or remove credits in a category, with a reason (HR)

     Adds (positive) or removes (negative) credits in a category with a reason, as a correction entry in
    the
    ledger, e.g. for credits earned before the system. A correction that would take the balance below
    zero is
    refused (422); an unknown person answers 404. HR and administrators only (403 otherwise); audited.

    Args:
        employee_id (UUID):
        body (Correction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: Correction,
) -> CreditEntryRead | Problem | None:
    """Add or remove credits in a category, with a reason (HR)

     Adds (positive) or removes (negative) credits in a category with a reason, as a correction entry in
    the
    ledger, e.g. for credits earned before the system. A correction that would take the balance below
    zero is
    refused (422); an unknown person answers 404. HR and administrators only (403 otherwise); audited.

    Args:
        employee_id (UUID):
        body (Correction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditEntryRead | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: Correction,
) -> Response[CreditEntryRead | Problem]:
    """Add or remove credits in a category, with a reason (HR)

     Adds (positive) or removes (negative) credits in a category with a reason, as a correction entry in
    the
    ledger, e.g. for credits earned before the system. A correction that would take the balance below
    zero is
    refused (422); an unknown person answers 404. HR and administrators only (403 otherwise); audited.

    Args:
        employee_id (UUID):
        body (Correction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: Correction,
) -> CreditEntryRead | Problem | None:
    """Add or remove credits in a category, with a reason (HR)

     Adds (positive) or removes (negative) credits in a category with a reason, as a correction entry in
    the
    ledger, e.g. for credits earned before the system. A correction that would take the balance below
    zero is
    refused (422); an unknown person answers 404. HR and administrators only (403 otherwise); audited.

    Args:
        employee_id (UUID):
        body (Correction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditEntryRead | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            body=body,
        )
    ).parsed
