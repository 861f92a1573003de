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
from ...models.update_translations_input import UpdateTranslationsInput
from ...models.update_translations_output import UpdateTranslationsOutput
from ...types import Response, path_segment


def _get_kwargs(
    article_id: str,
    *,
    body: UpdateTranslationsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/beta/knowledge/articles/{article_id}/translations".format(
            article_id=path_segment("article_id", article_id),
        ),
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {
            "dixa_route": "/beta/knowledge/articles/{article_id}/translations"
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    | UpdateTranslationsOutput
    | None
):
    if response.status_code == 200:
        response_200 = UpdateTranslationsOutput.from_dict(response.json())

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
    | UpdateTranslationsOutput
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTranslationsInput,
) -> Response[
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UpdateTranslationsOutput
]:
    """Update translations of a knowledge article

     Creates or replaces draft translations of a knowledge article, one per language; translations Dixa
    could not apply are listed in partialErrors.

    Args:
        article_id (str):
        body (UpdateTranslationsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | UpdateTranslationsOutput]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTranslationsInput,
) -> (
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UpdateTranslationsOutput
    | None
):
    """Update translations of a knowledge article

     Creates or replaces draft translations of a knowledge article, one per language; translations Dixa
    could not apply are listed in partialErrors.

    Args:
        article_id (str):
        body (UpdateTranslationsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | UpdateTranslationsOutput
    """

    return sync_detailed(
        article_id=article_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTranslationsInput,
) -> Response[
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UpdateTranslationsOutput
]:
    """Update translations of a knowledge article

     Creates or replaces draft translations of a knowledge article, one per language; translations Dixa
    could not apply are listed in partialErrors.

    Args:
        article_id (str):
        body (UpdateTranslationsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | UpdateTranslationsOutput]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTranslationsInput,
) -> (
    BadRequest
    | NotFound
    | ServerError
    | TooManyRequests
    | Unauthorized
    | UpdateTranslationsOutput
    | None
):
    """Update translations of a knowledge article

     Creates or replaces draft translations of a knowledge article, one per language; translations Dixa
    could not apply are listed in partialErrors.

    Args:
        article_id (str):
        body (UpdateTranslationsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | UpdateTranslationsOutput
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            client=client,
            body=body,
        )
    ).parsed
