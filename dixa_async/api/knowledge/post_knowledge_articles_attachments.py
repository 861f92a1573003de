from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...models.upload_attachments_input import UploadAttachmentsInput
from ...models.upload_attachments_output import UploadAttachmentsOutput
from ...types import Response


def _get_kwargs(
    *,
    body: UploadAttachmentsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/knowledge/articles/attachments",
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {"dixa_route": "/beta/knowledge/articles/attachments"},
    }

    _kwargs["files"] = body.to_multipart()

    # No Content-Type: httpx writes it with a random boundary (a fixed one could occur
    # inside a file and cut it short).

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UploadAttachmentsOutput
    | None
):
    if response.status_code == 200:
        response_200 = UploadAttachmentsOutput.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = NotFound.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = TooManyRequests.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UploadAttachmentsOutput
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAttachmentsInput,
) -> Response[
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UploadAttachmentsOutput
]:
    """Upload attachments for articles (multipart/form-data)

     Uploads files to use in knowledge articles, as multipart/form-data (one `files` part per file) and
    returns the URL of each. At most 5 files, 4 MB each and 10 MB in total (read as MiB); the client
    refuses larger uploads before sending. Files Dixa rejects are listed in partialErrors.

    Args:
        body (UploadAttachmentsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | UploadAttachmentsOutput]
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
    client: AuthenticatedClient | Client,
    body: UploadAttachmentsInput,
) -> (
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UploadAttachmentsOutput
    | None
):
    """Upload attachments for articles (multipart/form-data)

     Uploads files to use in knowledge articles, as multipart/form-data (one `files` part per file) and
    returns the URL of each. At most 5 files, 4 MB each and 10 MB in total (read as MiB); the client
    refuses larger uploads before sending. Files Dixa rejects are listed in partialErrors.

    Args:
        body (UploadAttachmentsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | UploadAttachmentsOutput
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAttachmentsInput,
) -> Response[
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UploadAttachmentsOutput
]:
    """Upload attachments for articles (multipart/form-data)

     Uploads files to use in knowledge articles, as multipart/form-data (one `files` part per file) and
    returns the URL of each. At most 5 files, 4 MB each and 10 MB in total (read as MiB); the client
    refuses larger uploads before sending. Files Dixa rejects are listed in partialErrors.

    Args:
        body (UploadAttachmentsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | UploadAttachmentsOutput]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAttachmentsInput,
) -> (
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UploadAttachmentsOutput
    | None
):
    """Upload attachments for articles (multipart/form-data)

     Uploads files to use in knowledge articles, as multipart/form-data (one `files` part per file) and
    returns the URL of each. At most 5 files, 4 MB each and 10 MB in total (read as MiB); the client
    refuses larger uploads before sending. Files Dixa rejects are listed in partialErrors.

    Args:
        body (UploadAttachmentsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | UploadAttachmentsOutput
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
