from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.growth_report_format import GrowthReportFormat
from ...models.growth_report_read import GrowthReportRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    transfer_id: UUID,
    *,
    format_: GrowthReportFormat | Unset = GrowthReportFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/transfers/{transfer_id}/growth-report".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GrowthReportRead | Problem | None:
    if response.status_code == 200:
        response_200 = GrowthReportRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[GrowthReportRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: GrowthReportFormat | Unset = GrowthReportFormat.JSON,
) -> Response[GrowthReportRead | Problem]:
    """A secondment's growth report (written once it has ended and its months are closed)

     Returns a secondment's growth report as JSON, or as a printable A4 PDF with `format=pdf`: results
    against targets per metric from the frozen scores of the stay, strengths and gaps, the store's
    feedback,
    the mentor's summary and courses aimed at the gaps. The worker writes it once the secondment has
    ended and
    every month it touched is closed; until then it answers 404. The secondee, the department heads over
    their
    home unit, the receiving store's managers, HR, leaders and administrators may read it; anyone else
    gets
    404.

    Args:
        transfer_id (UUID):
        format_ (GrowthReportFormat | Unset): pdf: a printable A4 document Default:
            GrowthReportFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrowthReportRead | Problem]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: GrowthReportFormat | Unset = GrowthReportFormat.JSON,
) -> GrowthReportRead | Problem | None:
    """A secondment's growth report (written once it has ended and its months are closed)

     Returns a secondment's growth report as JSON, or as a printable A4 PDF with `format=pdf`: results
    against targets per metric from the frozen scores of the stay, strengths and gaps, the store's
    feedback,
    the mentor's summary and courses aimed at the gaps. The worker writes it once the secondment has
    ended and
    every month it touched is closed; until then it answers 404. The secondee, the department heads over
    their
    home unit, the receiving store's managers, HR, leaders and administrators may read it; anyone else
    gets
    404.

    Args:
        transfer_id (UUID):
        format_ (GrowthReportFormat | Unset): pdf: a printable A4 document Default:
            GrowthReportFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrowthReportRead | Problem
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: GrowthReportFormat | Unset = GrowthReportFormat.JSON,
) -> Response[GrowthReportRead | Problem]:
    """A secondment's growth report (written once it has ended and its months are closed)

     Returns a secondment's growth report as JSON, or as a printable A4 PDF with `format=pdf`: results
    against targets per metric from the frozen scores of the stay, strengths and gaps, the store's
    feedback,
    the mentor's summary and courses aimed at the gaps. The worker writes it once the secondment has
    ended and
    every month it touched is closed; until then it answers 404. The secondee, the department heads over
    their
    home unit, the receiving store's managers, HR, leaders and administrators may read it; anyone else
    gets
    404.

    Args:
        transfer_id (UUID):
        format_ (GrowthReportFormat | Unset): pdf: a printable A4 document Default:
            GrowthReportFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrowthReportRead | Problem]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: GrowthReportFormat | Unset = GrowthReportFormat.JSON,
) -> GrowthReportRead | Problem | None:
    """A secondment's growth report (written once it has ended and its months are closed)

     Returns a secondment's growth report as JSON, or as a printable A4 PDF with `format=pdf`: results
    against targets per metric from the frozen scores of the stay, strengths and gaps, the store's
    feedback,
    the mentor's summary and courses aimed at the gaps. The worker writes it once the secondment has
    ended and
    every month it touched is closed; until then it answers 404. The secondee, the department heads over
    their
    home unit, the receiving store's managers, HR, leaders and administrators may read it; anyone else
    gets
    404.

    Args:
        transfer_id (UUID):
        format_ (GrowthReportFormat | Unset): pdf: a printable A4 document Default:
            GrowthReportFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrowthReportRead | Problem
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
            format_=format_,
        )
    ).parsed
