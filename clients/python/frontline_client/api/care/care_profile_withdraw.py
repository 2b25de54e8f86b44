from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category import Category
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    category: Category,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/me/care-profile/consents/{category}".format(
            category=quote(str(category), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    category: Category,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Withdraw consent to a category: its data is deleted (audited)

     Withdraws my consent to a category: the category's data is deleted with it (not hidden), and the
    constraints it earned are worked out again. A category without consent or data changes nothing. Only
    an
    employee has a care profile (403 otherwise); audited.

    Args:
        category (Category): Each part of the profile is consented to, stored, exported and
            withdrawn on its own. Health
            (pregnancy, nursing) and minors' data (children) are sensitive personal information under
            PIPL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    category: Category,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Withdraw consent to a category: its data is deleted (audited)

     Withdraws my consent to a category: the category's data is deleted with it (not hidden), and the
    constraints it earned are worked out again. A category without consent or data changes nothing. Only
    an
    employee has a care profile (403 otherwise); audited.

    Args:
        category (Category): Each part of the profile is consented to, stored, exported and
            withdrawn on its own. Health
            (pregnancy, nursing) and minors' data (children) are sensitive personal information under
            PIPL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        category=category,
        client=client,
    ).parsed


async def asyncio_detailed(
    category: Category,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Withdraw consent to a category: its data is deleted (audited)

     Withdraws my consent to a category: the category's data is deleted with it (not hidden), and the
    constraints it earned are worked out again. A category without consent or data changes nothing. Only
    an
    employee has a care profile (403 otherwise); audited.

    Args:
        category (Category): Each part of the profile is consented to, stored, exported and
            withdrawn on its own. Health
            (pregnancy, nursing) and minors' data (children) are sensitive personal information under
            PIPL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    category: Category,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Withdraw consent to a category: its data is deleted (audited)

     Withdraws my consent to a category: the category's data is deleted with it (not hidden), and the
    constraints it earned are worked out again. A category without consent or data changes nothing. Only
    an
    employee has a care profile (403 otherwise); audited.

    Args:
        category (Category): Each part of the profile is consented to, stored, exported and
            withdrawn on its own. Health
            (pregnancy, nursing) and minors' data (children) are sensitive personal information under
            PIPL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            category=category,
            client=client,
        )
    ).parsed
