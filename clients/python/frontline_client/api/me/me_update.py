from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.me_read import MeRead
from ...models.me_update import MeUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: MeUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/me",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MeRead | Problem | None:
    if response.status_code == 200:
        response_200 = MeRead.from_dict(response.json())

        return response_200

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
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MeRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MeUpdate,
) -> Response[MeRead | Problem]:
    """Change my own settings: the language my texts are written in

     Changes the caller's own settings; today only the language their texts are written in.
    Send `language` as `zh-CN` or `en`, or null to return to the organisation's default. This answer is
    already in the new language, and later ones are once the next token (sign-in or refresh) carries it;
    a
    request whose `Accept-Language` names zh-CN or en is answered in that language instead. A real
    change is
    written to the audit trail.

    Args:
        body (MeUpdate): What a person changes about their own account (tokens issued from now on
            carry it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | Problem]
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
    body: MeUpdate,
) -> MeRead | Problem | None:
    """Change my own settings: the language my texts are written in

     Changes the caller's own settings; today only the language their texts are written in.
    Send `language` as `zh-CN` or `en`, or null to return to the organisation's default. This answer is
    already in the new language, and later ones are once the next token (sign-in or refresh) carries it;
    a
    request whose `Accept-Language` names zh-CN or en is answered in that language instead. A real
    change is
    written to the audit trail.

    Args:
        body (MeUpdate): What a person changes about their own account (tokens issued from now on
            carry it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MeUpdate,
) -> Response[MeRead | Problem]:
    """Change my own settings: the language my texts are written in

     Changes the caller's own settings; today only the language their texts are written in.
    Send `language` as `zh-CN` or `en`, or null to return to the organisation's default. This answer is
    already in the new language, and later ones are once the next token (sign-in or refresh) carries it;
    a
    request whose `Accept-Language` names zh-CN or en is answered in that language instead. A real
    change is
    written to the audit trail.

    Args:
        body (MeUpdate): What a person changes about their own account (tokens issued from now on
            carry it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MeUpdate,
) -> MeRead | Problem | None:
    """Change my own settings: the language my texts are written in

     Changes the caller's own settings; today only the language their texts are written in.
    Send `language` as `zh-CN` or `en`, or null to return to the organisation's default. This answer is
    already in the new language, and later ones are once the next token (sign-in or refresh) carries it;
    a
    request whose `Accept-Language` names zh-CN or en is answered in that language instead. A real
    change is
    written to the audit trail.

    Args:
        body (MeUpdate): What a person changes about their own account (tokens issued from now on
            carry it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
