from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.care_profile_read import CareProfileRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    employee_id: UUID,
    *,
    purpose: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_purpose: None | str | Unset
    if isinstance(purpose, Unset):
        json_purpose = UNSET
    else:
        json_purpose = purpose
    params["purpose"] = json_purpose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/employees/{employee_id}/care-profile".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CareProfileRead | Problem | None:
    if response.status_code == 200:
        response_200 = CareProfileRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[CareProfileRead | Problem]:
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
    purpose: None | str | Unset = UNSET,
) -> Response[CareProfileRead | Problem]:
    """HR reads a person's care profile for a stated purpose (logged for the person)

     HR reads a person's care profile for a stated `purpose` (required, 422 without one); each read is
    logged for the person, with the reader, time, categories and purpose, in their access log. Only
    people
    holding the HR role, not administrators (403); an unknown person answers 404. Never cached.

    Args:
        employee_id (UUID):
        purpose (None | str | Unset): Why HR reads it (required)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareProfileRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        purpose=purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: None | str | Unset = UNSET,
) -> CareProfileRead | Problem | None:
    """HR reads a person's care profile for a stated purpose (logged for the person)

     HR reads a person's care profile for a stated `purpose` (required, 422 without one); each read is
    logged for the person, with the reader, time, categories and purpose, in their access log. Only
    people
    holding the HR role, not administrators (403); an unknown person answers 404. Never cached.

    Args:
        employee_id (UUID):
        purpose (None | str | Unset): Why HR reads it (required)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareProfileRead | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        purpose=purpose,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: None | str | Unset = UNSET,
) -> Response[CareProfileRead | Problem]:
    """HR reads a person's care profile for a stated purpose (logged for the person)

     HR reads a person's care profile for a stated `purpose` (required, 422 without one); each read is
    logged for the person, with the reader, time, categories and purpose, in their access log. Only
    people
    holding the HR role, not administrators (403); an unknown person answers 404. Never cached.

    Args:
        employee_id (UUID):
        purpose (None | str | Unset): Why HR reads it (required)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareProfileRead | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        purpose=purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: None | str | Unset = UNSET,
) -> CareProfileRead | Problem | None:
    """HR reads a person's care profile for a stated purpose (logged for the person)

     HR reads a person's care profile for a stated `purpose` (required, 422 without one); each read is
    logged for the person, with the reader, time, categories and purpose, in their access log. Only
    people
    holding the HR role, not administrators (403); an unknown person answers 404. Never cached.

    Args:
        employee_id (UUID):
        purpose (None | str | Unset): Why HR reads it (required)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareProfileRead | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            purpose=purpose,
        )
    ).parsed
