"""The exception tree of dixa-async. Every error the SDK raises is a `DixaError`.

    DixaError
    ├── ConfigurationError            bad client set-up (no API key, bad base URL)
    ├── OperationNotAllowedError      refused locally before anything was sent
    │                                 (read-only client, allow-list, missing confirmation)
    ├── APIConnectionError            the request could not be completed on the network
    │   └── APITimeoutError
    ├── APIStatusError                Dixa answered with an error status
    │   ├── BadRequestError 400
    │   ├── AuthenticationError 401
    │   ├── PermissionDeniedError 403
    │   ├── NotFoundError 404
    │   ├── ConflictError 409
    │   ├── UnprocessableEntityError 422
    │   ├── RateLimitError 429 (after the client's retries ran out)
    │   └── ServerError 5xx
    ├── ResponseValidationError       a 2xx body did not fit the generated model
    ├── UnsafeRedirectError           a `meta.next` link pointed at another host
    ├── ClientClosedError             the client was closed before the call went out
    ├── InvalidRequestError           a request that cannot be sent as asked (also a ValueError)
    │   └── UploadLimitError          an upload over the operation's file count or size limits
    ├── WebhookVerificationError      a webhook delivery failed signature checks
    └── JobError                      a bulk job could not run (bad checkpoint, ...)

No message built here contains the API token: messages carry the method, the path
(never the host's credentials) and Dixa's own `message` text.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DixaError",
    "InvalidRequestError",
    "JobError",
    "NotFoundError",
    "OperationNotAllowedError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "UploadLimitError",
    "WebhookVerificationError",
    "status_error_class",
]


class DixaError(Exception):
    """Root of every error raised by dixa-async.

    Every error survives `pickle` (multiprocessing, job queues) with all its attributes,
    whatever its constructor takes: unpickling restores the state without calling
    `__init__` again. The chained `__cause__` is not carried (as for any pickled
    exception); it may hold the httpx request, and so the token.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args), self.__dict__)


def _restore(cls: type[DixaError], args: tuple[Any, ...]) -> DixaError:
    """Rebuild a pickled `DixaError` without its `__init__` (pickle then sets `__dict__`)."""
    return cls.__new__(cls, *args)


class ConfigurationError(DixaError):
    """The client was set up wrongly (for example, no API key was found)."""


class OperationNotAllowedError(DixaError):
    """The operation was refused locally, before any request was sent."""


class APIConnectionError(DixaError):
    """The request did not complete on the network (refused, reset, DNS, protocol error)."""

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(DixaError):
    """Dixa answered with a 4xx/5xx status.

    Attributes:
        status_code: the HTTP status.
        message: Dixa's `message` field, or a short excerpt of a non-JSON body.
        method, path: the request that failed (path without host or query string).
        body: the raw response body.
    """

    expected_status: ClassVar[int | None] = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        path: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{method} {path} -> {status_code}: {message}")
        self.message = message
        self.status_code = status_code
        self.method = method
        self.path = path
        self.body = body
        self.headers = headers or {}


class BadRequestError(APIStatusError):
    expected_status = 400


class AuthenticationError(APIStatusError):
    expected_status = 401


class PermissionDeniedError(APIStatusError):
    expected_status = 403


class NotFoundError(APIStatusError):
    expected_status = 404


class ConflictError(APIStatusError):
    expected_status = 409


class UnprocessableEntityError(APIStatusError):
    expected_status = 422


class RateLimitError(APIStatusError):
    """429 Too Many Requests, raised only once the client's retries are used up."""

    expected_status = 429


class ServerError(APIStatusError):
    """Any 5xx answer."""


class ResponseValidationError(DixaError):
    """A successful response whose body does not fit the expected model.

    `body` holds the raw bytes so nothing Dixa sent is lost.
    """

    def __init__(self, message: str, *, body: bytes = b"", status_code: int | None = None) -> None:
        super().__init__(message)
        self.body = body
        self.status_code = status_code


class UnsafeRedirectError(DixaError):
    """A pagination link pointed away from the configured Dixa host; it was not followed."""


class ClientClosedError(DixaError):
    """The client was closed: calls made, or still waiting to be sent, after `aclose()`
    (or after leaving `async with`) fail with this instead of going out."""


class InvalidRequestError(DixaError, ValueError):
    """A request that cannot be sent as asked (an id that would change the route, a URL
    too long to send); refused before anything left the process."""


class UploadLimitError(InvalidRequestError):
    """An upload with more files, or bigger ones, than the operation accepts
    (`Operation.upload_limits`); refused before anything was sent."""


class WebhookVerificationError(DixaError):
    """A webhook delivery failed verification (missing, malformed, stale or wrong signature)."""


class JobError(DixaError):
    """A bulk job could not be started or resumed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific `APIStatusError` subclass for an HTTP status."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIStatusError)
