from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_closed_problem import PeriodClosedProblem
from ...models.problem import Problem
from ...models.value_entry import ValueEntry
from ...models.value_read import ValueRead
from ...types import Response


def _get_kwargs(
    *,
    body: ValueEntry,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/performance/values",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeriodClosedProblem | Problem | Problem | ValueRead | None:
    if response.status_code == 200:
        response_200 = ValueRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> PeriodClosedProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = PeriodClosedProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = Problem.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

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
) -> Response[PeriodClosedProblem | Problem | Problem | ValueRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ValueEntry,
) -> Response[PeriodClosedProblem | Problem | Problem | ValueRead]:
    """Enter a manual value, with an optional comment to the person (a store manager for people assigned to
    their stores that month; HR for anyone); the metric must be on the person's scorecard, the value on
    its scale

     Enters, or replaces, a person's value of a manual metric for a month, with an optional comment the
    person reads. A store manager enters values for people assigned to their stores that month, never
    their
    own (others answer 404); HR and administrators for anyone; integration clients push through
    `/ingest/metric-values` (403). The metric must be active and manual, the value on its scale and the
    metric
    on the scorecard of the days the writer answers for (422 with the reason); a closed month answers
    409.
    Audited with the value and comment before and after.

    Args:
        body (ValueEntry): A manual value (e.g. a store manager's rating) for one person, metric
            and month. The metric
            must be on the person's scorecard for the part of the month the writer answers for, and
            the
            value on the metric's scale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodClosedProblem | Problem | Problem | ValueRead]
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
    body: ValueEntry,
) -> PeriodClosedProblem | Problem | Problem | ValueRead | None:
    """Enter a manual value, with an optional comment to the person (a store manager for people assigned to
    their stores that month; HR for anyone); the metric must be on the person's scorecard, the value on
    its scale

     Enters, or replaces, a person's value of a manual metric for a month, with an optional comment the
    person reads. A store manager enters values for people assigned to their stores that month, never
    their
    own (others answer 404); HR and administrators for anyone; integration clients push through
    `/ingest/metric-values` (403). The metric must be active and manual, the value on its scale and the
    metric
    on the scorecard of the days the writer answers for (422 with the reason); a closed month answers
    409.
    Audited with the value and comment before and after.

    Args:
        body (ValueEntry): A manual value (e.g. a store manager's rating) for one person, metric
            and month. The metric
            must be on the person's scorecard for the part of the month the writer answers for, and
            the
            value on the metric's scale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodClosedProblem | Problem | Problem | ValueRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ValueEntry,
) -> Response[PeriodClosedProblem | Problem | Problem | ValueRead]:
    """Enter a manual value, with an optional comment to the person (a store manager for people assigned to
    their stores that month; HR for anyone); the metric must be on the person's scorecard, the value on
    its scale

     Enters, or replaces, a person's value of a manual metric for a month, with an optional comment the
    person reads. A store manager enters values for people assigned to their stores that month, never
    their
    own (others answer 404); HR and administrators for anyone; integration clients push through
    `/ingest/metric-values` (403). The metric must be active and manual, the value on its scale and the
    metric
    on the scorecard of the days the writer answers for (422 with the reason); a closed month answers
    409.
    Audited with the value and comment before and after.

    Args:
        body (ValueEntry): A manual value (e.g. a store manager's rating) for one person, metric
            and month. The metric
            must be on the person's scorecard for the part of the month the writer answers for, and
            the
            value on the metric's scale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodClosedProblem | Problem | Problem | ValueRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ValueEntry,
) -> PeriodClosedProblem | Problem | Problem | ValueRead | None:
    """Enter a manual value, with an optional comment to the person (a store manager for people assigned to
    their stores that month; HR for anyone); the metric must be on the person's scorecard, the value on
    its scale

     Enters, or replaces, a person's value of a manual metric for a month, with an optional comment the
    person reads. A store manager enters values for people assigned to their stores that month, never
    their
    own (others answer 404); HR and administrators for anyone; integration clients push through
    `/ingest/metric-values` (403). The metric must be active and manual, the value on its scale and the
    metric
    on the scorecard of the days the writer answers for (422 with the reason); a closed month answers
    409.
    Audited with the value and comment before and after.

    Args:
        body (ValueEntry): A manual value (e.g. a store manager's rating) for one person, metric
            and month. The metric
            must be on the person's scorecard for the part of the month the writer answers for, and
            the
            value on the metric's scale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodClosedProblem | Problem | Problem | ValueRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
