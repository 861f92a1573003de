"""The job engine: bounded concurrency at the rate limit, one outcome per item, resumable from
a checkpoint file, spread over several tokens.

    report = await run_job(dixa, conversation_ids, tag_conversation(tag_id),
                           checkpoint="tagging.jsonl")

Writes over records in Dixa's own shape are `dixa_async.bulk`; exports and incremental loads
are `dixa_async.warehouse`.
"""

from dixa_async._core._deprecation import deprecated_aliases as _deprecated_aliases
from dixa_async._core._pool import TokenPool

from ._checkpoint import Checkpoint, KeyState
from ._engine import JobReport, Outcome, OutcomeStatus, Progress, Task, run_job
from ._operations import (
    add_internal_note,
    anonymize_conversation,
    anonymize_end_user,
    close_conversation,
    tag_conversation,
    untag_conversation,
)

__all__ = [
    "Checkpoint",
    "JobReport",
    "KeyState",
    "Outcome",
    "OutcomeStatus",
    "Progress",
    "Task",
    "TokenPool",
    "add_internal_note",
    "anonymize_conversation",
    "anonymize_end_user",
    "close_conversation",
    "run_job",
    "tag_conversation",
    "untag_conversation",
]

# Renamed in 0.x (issue 17): `Operation` also named the operation table's row and the fake's
# request log entry.
__getattr__ = _deprecated_aliases(__name__, {"Operation": ("dixa_async.jobs.Task", Task)})
