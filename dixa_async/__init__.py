"""A client library for accessing Dixa API"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .custom import *  # noqa: F403

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    # The hand-written layer (dixa_async.custom) imports this package, so it is loaded
    # lazily on first use of one of its names: `from dixa_async import DixaClient`.
    import importlib  # noqa: PLC0415

    custom = importlib.import_module(f"{__name__}.custom")
    if name in custom.__all__:
        return getattr(custom, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
