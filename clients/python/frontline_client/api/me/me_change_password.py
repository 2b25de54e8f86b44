from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.password_change import PasswordChange
from ...models.problem import Problem
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...types import Response


def _get_kwargs(
    *,
    body: PasswordChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/me/password",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | Problem | ServiceUnavailableProblem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[Any | Problem | Problem | ServiceUnavailableProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PasswordChange,
) -> Response[Any | Problem | Problem | ServiceUnavailableProblem]:
    """Change my password; my other sessions end

     Changes the caller's own password after checking the current one.
    A wrong current password, or a new one equal to it, answers 422 and changes nothing. On success
    every
    other session of the account ends (their refresh tokens stop working); the session making the change
    stays
    signed in. The change is audited (the password itself never is). Password hashing is bounded: when
    too
    many run at once the answer is 503 with Retry-After.

    Args:
        body (PasswordChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Problem | ServiceUnavailableProblem]
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
    body: PasswordChange,
) -> Any | Problem | Problem | ServiceUnavailableProblem | None:
    """Change my password; my other sessions end

     Changes the caller's own password after checking the current one.
    A wrong current password, or a new one equal to it, answers 422 and changes nothing. On success
    every
    other session of the account ends (their refresh tokens stop working); the session making the change
    stays
    signed in. The change is audited (the password itself never is). Password hashing is bounded: when
    too
    many run at once the answer is 503 with Retry-After.

    Args:
        body (PasswordChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Problem | ServiceUnavailableProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PasswordChange,
) -> Response[Any | Problem | Problem | ServiceUnavailableProblem]:
    """Change my password; my other sessions end

     Changes the caller's own password after checking the current one.
    A wrong current password, or a new one equal to it, answers 422 and changes nothing. On success
    every
    other session of the account ends (their refresh tokens stop working); the session making the change
    stays
    signed in. The change is audited (the password itself never is). Password hashing is bounded: when
    too
    many run at once the answer is 503 with Retry-After.

    Args:
        body (PasswordChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Problem | ServiceUnavailableProblem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PasswordChange,
) -> Any | Problem | Problem | ServiceUnavailableProblem | None:
    """Change my password; my other sessions end

     Changes the caller's own password after checking the current one.
    A wrong current password, or a new one equal to it, answers 422 and changes nothing. On success
    every
    other session of the account ends (their refresh tokens stop working); the session making the change
    stays
    signed in. The change is audited (the password itself never is). Password hashing is bounded: when
    too
    many run at once the answer is 503 with Retry-After.

    Args:
        body (PasswordChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Problem | ServiceUnavailableProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
