"""Bulk jobs over the Dixa API: bounded concurrency at the rate limit, one outcome per item,
resumable from a checkpoint file, spread over several tokens.

    report = await run_job(conversation_ids, add_tag(tag_id), client=dixa,
                           checkpoint="tagging.jsonl")
"""

from ._checkpoint import Checkpoint, KeyState
from ._engine import JobReport, Operation, Outcome, OutcomeStatus, Progress, run_job
from ._export import ExportManifest, Part, export_conversations, export_end_user
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
    "export_conversations",
    "export_end_user",
    "run_job",
]
