"""Dixa's data out to files: conversations with their messages, resumably.

await export_conversations(dixa, ids, "conversations.jsonl")          # REST, per conversation
manifest = await export_period(dixa, "warehouse/", since=date(2024, 1, 1))  # Exports API
report = await sync(dixa, state="dixa.state.json", output="batches/", since=date(2024, 1, 1))
"""

from dixa_async._core.exports._windows import Window, windows

from ._export import ExportManifest, Part, export_conversations, export_end_user
from ._period import PeriodManifest, WindowProgress, export_period
from ._sync import DEFAULT_OVERLAP, SyncReport, sync

__all__ = [
    "DEFAULT_OVERLAP",
    "ExportManifest",
    "Part",
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
