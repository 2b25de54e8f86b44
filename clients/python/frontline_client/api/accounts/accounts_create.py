from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_create import AccountCreate
from ...models.account_read import AccountRead
from ...models.problem import Problem
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...types import Response


def _get_kwargs(
    *,
    body: AccountCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountRead | Problem | Problem | ServiceUnavailableProblem | None:
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
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> Response[AccountRead | Problem | Problem | ServiceUnavailableProblem]:
    """Create Account

     Creates a sign-in account for an employee, for an e-mail, or both, with its first password.
    HR and administrators; only an administrator may include the `admin` role (403). Without `grants`,
    an
    employee's account gets `employee` over the employee's home unit (an e-mail-only account gets none).
    The
    employee must exist (422) and have no account yet (409); the e-mail must not sign in to another
    account
    (409). The account and each grant are written to the audit trail. Password hashing is bounded: when
    too
    many run at once the answer is 503 with Retry-After.

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRead | Problem | Problem | ServiceUnavailableProblem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> AccountRead | Problem | Problem | ServiceUnavailableProblem | None:
    """Create Account

     Creates a sign-in account for an employee, for an e-mail, or both, with its first password.
    HR and administrators; only an administrator may include the `admin` role (403). Without `grants`,
    an
    employee's account gets `employee` over the employee's home unit (an e-mail-only account gets none).
    The
    employee must exist (422) and have no account yet (409); the e-mail must not sign in to another
    account
    (409). The account and each grant are written to the audit trail. Password hashing is bounded: when
    too
    many run at once the answer is 503 with Retry-After.

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRead | Problem | Problem | ServiceUnavailableProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> Response[AccountRead | Problem | Problem | ServiceUnavailableProblem]:
    """Create Account

     Creates a sign-in account for an employee, for an e-mail, or both, with its first password.
    HR and administrators; only an administrator may include the `admin` role (403). Without `grants`,
    an
    employee's account gets `employee` over the employee's home unit (an e-mail-only account gets none).
    The
    employee must exist (422) and have no account yet (409); the e-mail must not sign in to another
    account
    (409). The account and each grant are written to the audit trail. Password hashing is bounded: when
    too
    many run at once the answer is 503 with Retry-After.

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRead | Problem | Problem | ServiceUnavailableProblem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> AccountRead | Problem | Problem | ServiceUnavailableProblem | None:
    """Create Account

     Creates a sign-in account for an employee, for an e-mail, or both, with its first password.
    HR and administrators; only an administrator may include the `admin` role (403). Without `grants`,
    an
    employee's account gets `employee` over the employee's home unit (an e-mail-only account gets none).
    The
    employee must exist (422) and have no account yet (409); the e-mail must not sign in to another
    account
    (409). The account and each grant are written to the audit trail. Password hashing is bounded: when
    too
    many run at once the answer is 503 with Retry-After.

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRead | Problem | Problem | ServiceUnavailableProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
