"""The installed distribution's version, read once from its metadata, and the User-Agent
every request carries (`dixa-async/<version> python/<version> httpx/<version>`), so that
Dixa's support can tell which SDK sent a request."""

import platform
from importlib.metadata import PackageNotFoundError, version

import httpx

__all__ = ["USER_AGENT", "__version__"]

try:
    __version__ = version("dixa-async")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

USER_AGENT = (
    f"dixa-async/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)
