"""dixa_async._core: the hand-written layer over the generated Dixa client.

Users import the client and errors from `dixa_async` directly; the building blocks live in
the submodules (`dixa_async.webhooks`, `.testing`, `.search`, `.jobs`, ...).
"""

from ._client import DixaClient
from ._config import RateLimit
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    DixaError,
    InvalidRequestError,
    JobError,
    NotFoundError,
    OperationNotAllowedError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
    UnsafeRedirectError,
    UploadLimitError,
    WebhookVerificationError,
)
from ._pagination import AsyncPager, Page
from ._pool import TokenPool
from ._raw import RawResponse, with_raw_response
from ._retry import RetryPolicy
from ._transport import ClientStats
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientStats",
    "ConfigurationError",
    "ConflictError",
    "DixaClient",
    "DixaError",
    "InvalidRequestError",
    "JobError",
    "NotFoundError",
    "OperationNotAllowedError",
    "Page",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "TokenPool",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "UploadLimitError",
    "WebhookVerificationError",
    "__version__",
    "with_raw_response",
]
