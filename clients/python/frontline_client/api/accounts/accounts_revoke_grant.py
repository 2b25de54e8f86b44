from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_read import AccountRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    account_id: UUID,
    grant_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/accounts/{account_id}/grants/{grant_id}".format(
            account_id=quote(str(account_id), safe=""),
            grant_id=quote(str(grant_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountRead | Problem | None:
    if response.status_code == 200:
        response_200 = AccountRead.from_dict(response.json())

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
) -> Response[AccountRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: UUID,
    grant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AccountRead | Problem]:
    """Revoke Grant

     Removes one role grant from the account and returns the account with the grants it keeps.
    HR and administrators; only an administrator revokes `admin` or changes an administrator's account
    (403).
    A grant that is not on this account answers 404. Audited. Tokens already issued keep the role until
    the
    holder's next token refresh (at most one access-token lifetime).

    Args:
        account_id (UUID):
        grant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRead | Problem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        grant_id=grant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    grant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AccountRead | Problem | None:
    """Revoke Grant

     Removes one role grant from the account and returns the account with the grants it keeps.
    HR and administrators; only an administrator revokes `admin` or changes an administrator's account
    (403).
    A grant that is not on this account answers 404. Audited. Tokens already issued keep the role until
    the
    holder's next token refresh (at most one access-token lifetime).

    Args:
        account_id (UUID):
        grant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRead | Problem
    """

    return sync_detailed(
        account_id=account_id,
        grant_id=grant_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: UUID,
    grant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AccountRead | Problem]:
    """Revoke Grant

     Removes one role grant from the account and returns the account with the grants it keeps.
    HR and administrators; only an administrator revokes `admin` or changes an administrator's account
    (403).
    A grant that is not on this account answers 404. Audited. Tokens already issued keep the role until
    the
    holder's next token refresh (at most one access-token lifetime).

    Args:
        account_id (UUID):
        grant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRead | Problem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        grant_id=grant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    grant_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AccountRead | Problem | None:
    """Revoke Grant

     Removes one role grant from the account and returns the account with the grants it keeps.
    HR and administrators; only an administrator revokes `admin` or changes an administrator's account
    (403).
    A grant that is not on this account answers 404. Audited. Tokens already issued keep the role until
    the
    holder's next token refresh (at most one access-token lifetime).

    Args:
        account_id (UUID):
        grant_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRead | Problem
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            grant_id=grant_id,
            client=client,
        )
    ).parsed
