"""Dixa's data out to files: conversations with their messages, resumably.

await export_conversations(dixa, ids, "conversations.jsonl")          # REST, per conversation
manifest = await export_period(dixa, "warehouse/", since=date(2024, 1, 1))  # Exports API
report = await sync(dixa, state="dixa.state.json", output="batches/", since=date(2024, 1, 1))
"""

from dixa_async._core._deprecation import deprecated_aliases
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

__all__ = [
    "DEFAULT_OVERLAP",
    "ConversationExportClient",
    "ExportManifest",
    "Part",
    "PeriodExportClient",
    "PeriodManifest",
    "SyncReport",
    "Window",
    "WindowProgress",
    "export_conversations",
    "export_end_user",
    "export_period",
    "sync",
    "windows",
]

# Renamed (issue 17): the two client protocols differed by one letter.
__getattr__ = deprecated_aliases(
    __name__,
    {
        "ExportClient": ("dixa_async.warehouse.ConversationExportClient", ConversationExportClient),
        "ExportsClient": ("dixa_async.warehouse.PeriodExportClient", PeriodExportClient),
    },
)
