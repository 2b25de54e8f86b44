from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.skill_read import SkillRead
from ...models.skill_update import SkillUpdate
from ...types import Response


def _get_kwargs(
    code: str,
    *,
    body: SkillUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/skills/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SkillRead | None:
    if response.status_code == 200:
        response_200 = SkillRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SkillRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: SkillUpdate,
) -> Response[Problem | SkillRead]:
    """Add or rename a skill of the catalogue (HR)

     Adds a skill to the catalogue under `code`, or renames the one there (name and local name).

    HR and administrators only (403). Of two creations of the same code at once one wins and the other
    answers
    409. Audited.

    Args:
        code (str):
        body (SkillUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SkillRead]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: SkillUpdate,
) -> Problem | SkillRead | None:
    """Add or rename a skill of the catalogue (HR)

     Adds a skill to the catalogue under `code`, or renames the one there (name and local name).

    HR and administrators only (403). Of two creations of the same code at once one wins and the other
    answers
    409. Audited.

    Args:
        code (str):
        body (SkillUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SkillRead
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: SkillUpdate,
) -> Response[Problem | SkillRead]:
    """Add or rename a skill of the catalogue (HR)

     Adds a skill to the catalogue under `code`, or renames the one there (name and local name).

    HR and administrators only (403). Of two creations of the same code at once one wins and the other
    answers
    409. Audited.

    Args:
        code (str):
        body (SkillUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SkillRead]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: SkillUpdate,
) -> Problem | SkillRead | None:
    """Add or rename a skill of the catalogue (HR)

     Adds a skill to the catalogue under `code`, or renames the one there (name and local name).

    HR and administrators only (403). Of two creations of the same code at once one wins and the other
    answers
    409. Audited.

    Args:
        code (str):
        body (SkillUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SkillRead
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
        )
    ).parsed
