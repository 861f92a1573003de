"""Bulk jobs over the Dixa API: bounded concurrency at the rate limit, one outcome per item,
resumable from a checkpoint file, spread over several tokens.

    report = await run_job(conversation_ids, tag_conversation(tag_id), client=dixa,
                           checkpoint="tagging.jsonl")

Any write operation over records in Dixa's own shape, one result per record:

    report = await run_bulk(dixa, "end_users.create", records, results="created.jsonl")

A whole period through the Exports API, resumably, or an incremental load of what changed:

    manifest = await export_period(dixa, "warehouse/", since=date(2024, 1, 1))
    report = await sync(dixa, state="dixa.state.json", output="batches/", since=date(2024, 1, 1))
"""

from ._batch import BatchError, BulkItemError
from ._bulk import BulkReport, run_bulk
from ._checkpoint import Checkpoint, KeyState
from ._engine import JobReport, Operation, Outcome, OutcomeStatus, Progress, run_job
from ._export import ExportManifest, Part, export_conversations, export_end_user
from ._operations import (
    add_internal_note,
    anonymize_conversation,
    anonymize_end_user,
    close_conversation,
    tag_conversation,
    untag_conversation,
)
from ._period import PeriodManifest, WindowProgress, export_period
from ._pool import TokenPool
from ._records import Record, RecordError
from ._results import RecordResult, ResultStatus
from ._sync import DEFAULT_OVERLAP, SyncReport, sync
from ._writes import WriteOperation, write_operation, write_operations

__all__ = [
    "DEFAULT_OVERLAP",
    "BatchError",
    "BulkItemError",
    "BulkReport",
    "Checkpoint",
    "ExportManifest",
    "JobReport",
    "KeyState",
    "Operation",
    "Outcome",
    "OutcomeStatus",
    "Part",
    "PeriodManifest",
    "Progress",
    "Record",
    "RecordError",
    "RecordResult",
    "ResultStatus",
    "SyncReport",
    "TokenPool",
    "WindowProgress",
    "WriteOperation",
    "add_internal_note",
    "anonymize_conversation",
    "anonymize_end_user",
    "close_conversation",
    "export_conversations",
    "export_end_user",
    "export_period",
    "run_bulk",
    "run_job",
    "sync",
    "tag_conversation",
    "untag_conversation",
    "write_operation",
    "write_operations",
]
