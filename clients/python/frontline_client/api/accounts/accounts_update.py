from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_read import AccountRead
from ...models.account_update import AccountUpdate
from ...models.problem import Problem
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...types import Response


def _get_kwargs(
    account_id: UUID,
    *,
    body: AccountUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/accounts/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountRead | Problem | Problem | ServiceUnavailableProblem | None:
    if response.status_code == 200:
        response_200 = AccountRead.from_dict(response.json())

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
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:

        def _parse_response_503(data: object) -> Problem | ServiceUnavailableProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_503_type_0 = ServiceUnavailableProblem.from_dict(data)

                return response_503_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_503_type_1 = Problem.from_dict(data)

            return response_503_type_1

        response_503 = _parse_response_503(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountRead | Problem | Problem | ServiceUnavailableProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> Response[AccountRead | Problem | Problem | ServiceUnavailableProblem]:
    """Update Account

     Changes an account's e-mail, language, active flag or password; only the fields sent change.
    HR and administrators; an administrator's account only an administrator may change (403).
    Deactivating the
    account or setting a new password ends all of its sessions (refresh tokens stop working; an access
    token
    already issued lasts until it expires). An account without an employee cannot lose its e-mail (422);
    an
    e-mail used by another account answers 409. Changes are audited (passwords never appear). Password
    hashing
    is bounded: 503 with Retry-After when too many run at once.

    Args:
        account_id (UUID):
        body (AccountUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRead | Problem | Problem | ServiceUnavailableProblem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> AccountRead | Problem | Problem | ServiceUnavailableProblem | None:
    """Update Account

     Changes an account's e-mail, language, active flag or password; only the fields sent change.
    HR and administrators; an administrator's account only an administrator may change (403).
    Deactivating the
    account or setting a new password ends all of its sessions (refresh tokens stop working; an access
    token
    already issued lasts until it expires). An account without an employee cannot lose its e-mail (422);
    an
    e-mail used by another account answers 409. Changes are audited (passwords never appear). Password
    hashing
    is bounded: 503 with Retry-After when too many run at once.

    Args:
        account_id (UUID):
        body (AccountUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRead | Problem | Problem | ServiceUnavailableProblem
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> Response[AccountRead | Problem | Problem | ServiceUnavailableProblem]:
    """Update Account

     Changes an account's e-mail, language, active flag or password; only the fields sent change.
    HR and administrators; an administrator's account only an administrator may change (403).
    Deactivating the
    account or setting a new password ends all of its sessions (refresh tokens stop working; an access
    token
    already issued lasts until it expires). An account without an employee cannot lose its e-mail (422);
    an
    e-mail used by another account answers 409. Changes are audited (passwords never appear). Password
    hashing
    is bounded: 503 with Retry-After when too many run at once.

    Args:
        account_id (UUID):
        body (AccountUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRead | Problem | Problem | ServiceUnavailableProblem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> AccountRead | Problem | Problem | ServiceUnavailableProblem | None:
    """Update Account

     Changes an account's e-mail, language, active flag or password; only the fields sent change.
    HR and administrators; an administrator's account only an administrator may change (403).
    Deactivating the
    account or setting a new password ends all of its sessions (refresh tokens stop working; an access
    token
    already issued lasts until it expires). An account without an employee cannot lose its e-mail (422);
    an
    e-mail used by another account answers 409. Changes are audited (passwords never appear). Password
    hashing
    is bounded: 503 with Retry-After when too many run at once.

    Args:
        account_id (UUID):
        body (AccountUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRead | Problem | Problem | ServiceUnavailableProblem
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
