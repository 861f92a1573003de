"""Bulk jobs over the Dixa API: bounded concurrency at the rate limit, one outcome per item,
resumable from a checkpoint file, spread over several tokens.

    report = await run_job(conversation_ids, tag_conversation(tag_id), client=dixa,
                           checkpoint="tagging.jsonl")
"""

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
from ._pool import TokenPool

__all__ = [
    "Checkpoint",
    "ExportManifest",
    "JobReport",
    "KeyState",
    "Operation",
    "Outcome",
    "OutcomeStatus",
    "Part",
    "Progress",
    "TokenPool",
    "add_internal_note",
    "anonymize_conversation",
    "anonymize_end_user",
    "close_conversation",
    "export_conversations",
    "export_end_user",
    "run_job",
    "tag_conversation",
    "untag_conversation",
]
