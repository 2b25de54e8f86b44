from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_read import AccountRead
from ...models.problem import Problem
from ...models.role_grant_create import RoleGrantCreate
from ...types import Response


def _get_kwargs(
    account_id: UUID,
    *,
    body: RoleGrantCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/accounts/{account_id}/grants".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountRead | Problem | None:
    if response.status_code == 201:
        response_201 = AccountRead.from_dict(response.json())

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
        response_409 = Problem.from_dict(response.json())

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
) -> Response[AccountRead | Problem]:
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
    body: RoleGrantCreate,
) -> Response[AccountRead | Problem]:
    """Grant Role

     Grants the account a role over an org unit, which reaches that unit and its whole subtree.
    HR and administrators; only an administrator grants `admin` or changes an administrator's account
    (403).
    An unknown unit answers 422, a grant the account already holds 409. Audited. Tokens carry the
    grants, so
    the holder gets the new role at their next sign-in or token refresh.

    Args:
        account_id (UUID):
        body (RoleGrantCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRead | Problem]
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
    body: RoleGrantCreate,
) -> AccountRead | Problem | None:
    """Grant Role

     Grants the account a role over an org unit, which reaches that unit and its whole subtree.
    HR and administrators; only an administrator grants `admin` or changes an administrator's account
    (403).
    An unknown unit answers 422, a grant the account already holds 409. Audited. Tokens carry the
    grants, so
    the holder gets the new role at their next sign-in or token refresh.

    Args:
        account_id (UUID):
        body (RoleGrantCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRead | Problem
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
    body: RoleGrantCreate,
) -> Response[AccountRead | Problem]:
    """Grant Role

     Grants the account a role over an org unit, which reaches that unit and its whole subtree.
    HR and administrators; only an administrator grants `admin` or changes an administrator's account
    (403).
    An unknown unit answers 422, a grant the account already holds 409. Audited. Tokens carry the
    grants, so
    the holder gets the new role at their next sign-in or token refresh.

    Args:
        account_id (UUID):
        body (RoleGrantCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRead | Problem]
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
    body: RoleGrantCreate,
) -> AccountRead | Problem | None:
    """Grant Role

     Grants the account a role over an org unit, which reaches that unit and its whole subtree.
    HR and administrators; only an administrator grants `admin` or changes an administrator's account
    (403).
    An unknown unit answers 422, a grant the account already holds 409. Audited. Tokens carry the
    grants, so
    the holder gets the new role at their next sign-in or token refresh.

    Args:
        account_id (UUID):
        body (RoleGrantCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRead | Problem
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
