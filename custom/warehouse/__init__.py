"""Dixa's data out to files or into a database: conversations with their messages, resumably.

await export_conversations(dixa, ids, "conversations.jsonl")          # REST, per conversation
manifest = await export_period(dixa, "warehouse/", since=date(2024, 1, 1))  # Exports API
report = await sync(dixa, state="dixa.state.json", output="batches/", since=date(2024, 1, 1))
report = load(since=date(2024, 1, 1), duckdb="dixa.duckdb")          # dlt, into a database
await Mirror(since=date(2024, 1, 1), public_url=URL, listen="0.0.0.0:8080").run()  # live

`dixa_source`, `load`, `Mirror` and their types need the `warehouse` extra (dlt with DuckDB); they are
imported on first use, so the file exports work without it.
"""

from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from dixa_async._core._deprecation import deprecated_aliases as _deprecated_aliases
from dixa_async._core.exports._windows import Window, windows

from ._export import (
    ConversationExportClient,
    ExportManifest,
    Part,
    export_conversations,
    export_end_user,
)
from ._period import PeriodExportClient, PeriodManifest, WindowProgress, export_period
from ._sync import DEFAULT_OVERLAP, SyncReport, sync

if _TYPE_CHECKING:
    from ._dirty import DirtySet, LocalDirtySet, Mark
    from ._dirty_redis import RedisDirtySet
    from ._dlt_source import LoadProgress, RequestCounter, dixa_source
    from ._load import LoadReport, load
    from ._mirror import MIRROR_EVENTS, MergeReport, Mirror, MirrorStats

_LAZY = {
    "LoadProgress": "._dlt_source",
    "RequestCounter": "._dlt_source",
    "dixa_source": "._dlt_source",
    "LoadReport": "._load",
    "load": "._load",
    "DirtySet": "._dirty",
    "LocalDirtySet": "._dirty",
    "Mark": "._dirty",
    "RedisDirtySet": "._dirty_redis",
    "MIRROR_EVENTS": "._mirror",
    "MergeReport": "._mirror",
    "Mirror": "._mirror",
    "MirrorStats": "._mirror",
}


def __getattr__(name: str) -> _Any:
    home = _LAZY.get(name)
    if home is None:
        return _deprecated(name)
    try:
        value = getattr(_import_module(home, __name__), name)
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] not in ("dlt", "duckdb"):
            raise
        raise ModuleNotFoundError(
            f"dixa_async.warehouse.{name} needs the warehouse extra: "
            "pip install 'dixa-async[warehouse]'",
            name=exc.name,
        ) from exc
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_OVERLAP",
    "MIRROR_EVENTS",
    "ConversationExportClient",
    "DirtySet",
    "ExportManifest",
    "LoadProgress",
    "LoadReport",
    "LocalDirtySet",
    "Mark",
    "MergeReport",
    "Mirror",
    "MirrorStats",
    "Part",
    "PeriodExportClient",
    "PeriodManifest",
    "RedisDirtySet",
    "RequestCounter",
    "SyncReport",
    "Window",
    "WindowProgress",
    "dixa_source",
    "export_conversations",
    "export_end_user",
    "export_period",
    "load",
    "sync",
    "windows",
]

# Renamed (issue 17): the two client protocols differed by one letter.
_deprecated = _deprecated_aliases(
    __name__,
    {
        "ExportClient": ("dixa_async.warehouse.ConversationExportClient", ConversationExportClient),
        "ExportsClient": ("dixa_async.warehouse.PeriodExportClient", PeriodExportClient),
    },
)
