from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.metric_definition_read import MetricDefinitionRead
from ...models.metric_definition_update import MetricDefinitionUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    metric_id: UUID,
    *,
    body: MetricDefinitionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/performance/metrics/{metric_id}".format(
            metric_id=quote(str(metric_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetricDefinitionRead | Problem | None:
    if response.status_code == 200:
        response_200 = MetricDefinitionRead.from_dict(response.json())

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
) -> Response[MetricDefinitionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    metric_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MetricDefinitionUpdate,
) -> Response[MetricDefinitionRead | Problem]:
    """Update Metric

     Changes the fields sent of a metric definition (its code and side stay); a changed scoring rule or
    direction is checked again (422). An inactive metric can no longer be put on a template or entered
    by
    hand. HR and administrators only (403 otherwise); audited with the fields before and after.

    Args:
        metric_id (UUID):
        body (MetricDefinitionUpdate): Code and side are fixed once templates use them; a new
            metric is a new definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MetricDefinitionRead | Problem]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    metric_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MetricDefinitionUpdate,
) -> MetricDefinitionRead | Problem | None:
    """Update Metric

     Changes the fields sent of a metric definition (its code and side stay); a changed scoring rule or
    direction is checked again (422). An inactive metric can no longer be put on a template or entered
    by
    hand. HR and administrators only (403 otherwise); audited with the fields before and after.

    Args:
        metric_id (UUID):
        body (MetricDefinitionUpdate): Code and side are fixed once templates use them; a new
            metric is a new definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetricDefinitionRead | Problem
    """

    return sync_detailed(
        metric_id=metric_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    metric_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MetricDefinitionUpdate,
) -> Response[MetricDefinitionRead | Problem]:
    """Update Metric

     Changes the fields sent of a metric definition (its code and side stay); a changed scoring rule or
    direction is checked again (422). An inactive metric can no longer be put on a template or entered
    by
    hand. HR and administrators only (403 otherwise); audited with the fields before and after.

    Args:
        metric_id (UUID):
        body (MetricDefinitionUpdate): Code and side are fixed once templates use them; a new
            metric is a new definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MetricDefinitionRead | Problem]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    metric_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MetricDefinitionUpdate,
) -> MetricDefinitionRead | Problem | None:
    """Update Metric

     Changes the fields sent of a metric definition (its code and side stay); a changed scoring rule or
    direction is checked again (422). An inactive metric can no longer be put on a template or entered
    by
    hand. HR and administrators only (403 otherwise); audited with the fields before and after.

    Args:
        metric_id (UUID):
        body (MetricDefinitionUpdate): Code and side are fixed once templates use them; a new
            metric is a new definition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetricDefinitionRead | Problem
    """

    return (
        await asyncio_detailed(
            metric_id=metric_id,
            client=client,
            body=body,
        )
    ).parsed
