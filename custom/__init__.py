"""dixa_async.custom: the hand-written layer over the generated Dixa client.

Users import the client and errors from `dixa_async` directly; the building blocks live in
the submodules (`dixa_async.custom.webhooks`, `.testing`, `.search`, `.jobs`, ...).
"""

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DixaError,
    JobError,
    NotFoundError,
    OperationNotAllowedError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
    UnsafeRedirectError,
    WebhookVerificationError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DixaError",
    "JobError",
    "NotFoundError",
    "OperationNotAllowedError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "UnsafeRedirectError",
    "WebhookVerificationError",
]
