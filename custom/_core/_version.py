"""The installed distribution's version, read once from its metadata."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dixa-async")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
