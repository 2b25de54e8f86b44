from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sla_policies_update import SlaPoliciesUpdate
from ...models.sla_policy_read import SlaPolicyRead
from ...types import Response


def _get_kwargs(
    *,
    body: SlaPoliciesUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/sla-policies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[SlaPolicyRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SlaPolicyRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[SlaPolicyRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SlaPoliciesUpdate,
) -> Response[Problem | list[SlaPolicyRead]]:
    """Replace the SLA policies (first-response and resolution targets per category and priority)

     Replaces the whole list of SLA policies with the one sent; an empty list removes them all.

    Administrators only (403); each category and priority pair may appear once (422). Tickets keep the
    targets
    they were raised with: only new tickets use the new policies. Audited with the lists before and
    after.

    Args:
        body (SlaPoliciesUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SlaPolicyRead]]
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
    body: SlaPoliciesUpdate,
) -> Problem | list[SlaPolicyRead] | None:
    """Replace the SLA policies (first-response and resolution targets per category and priority)

     Replaces the whole list of SLA policies with the one sent; an empty list removes them all.

    Administrators only (403); each category and priority pair may appear once (422). Tickets keep the
    targets
    they were raised with: only new tickets use the new policies. Audited with the lists before and
    after.

    Args:
        body (SlaPoliciesUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SlaPolicyRead]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SlaPoliciesUpdate,
) -> Response[Problem | list[SlaPolicyRead]]:
    """Replace the SLA policies (first-response and resolution targets per category and priority)

     Replaces the whole list of SLA policies with the one sent; an empty list removes them all.

    Administrators only (403); each category and priority pair may appear once (422). Tickets keep the
    targets
    they were raised with: only new tickets use the new policies. Audited with the lists before and
    after.

    Args:
        body (SlaPoliciesUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SlaPolicyRead]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SlaPoliciesUpdate,
) -> Problem | list[SlaPolicyRead] | None:
    """Replace the SLA policies (first-response and resolution targets per category and priority)

     Replaces the whole list of SLA policies with the one sent; an empty list removes them all.

    Administrators only (403); each category and priority pair may appear once (422). Tickets keep the
    targets
    they were raised with: only new tickets use the new policies. Audited with the lists before and
    after.

    Args:
        body (SlaPoliciesUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SlaPolicyRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
