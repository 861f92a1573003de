from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.too_many_requests import TooManyRequests
from ...models.unauthorized import Unauthorized
from ...types import Response, path_segment


def _get_kwargs(
    article_id: str,
    language_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/knowledge/articles/{article_id}/translations/{language_id}/publish".format(
            article_id=path_segment("article_id", article_id),
            language_id=path_segment("language_id", language_id),
        ),
        # The route this request was built for: the client's transport checks that the final
        # URL still fills it (no id may add, drop or climb path segments).
        "extensions": {
            "dixa_route": "/beta/knowledge/articles/{article_id}/translations/{language_id}/publish"
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    article_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized
]:
    """Publish one translation of an article

     Publishes the draft of one translation of an article.

    Args:
        article_id (str):
        language_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        language_id=language_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | None:
    """Publish one translation of an article

     Publishes the draft of one translation of an article.

    Args:
        article_id (str):
        language_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return sync_detailed(
        article_id=article_id,
        language_id=language_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    article_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized
]:
    """Publish one translation of an article

     Publishes the draft of one translation of an article.

    Args:
        article_id (str):
        language_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        language_id=language_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized | None:
    """Publish one translation of an article

     Publishes the draft of one translation of an article.

    Args:
        article_id (str):
        language_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BadRequest | NotFound | ServerError | TooManyRequests | Unauthorized
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            language_id=language_id,
            client=client,
        )
    ).parsed
