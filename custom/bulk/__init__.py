"""Any write operation of the Dixa API over records in Dixa's own shape, one result per record:

    report = await run_bulk(dixa, "end_users.create", records, results="created.jsonl")

Records are checked field by field against the generated models before anything is sent;
operations with a bulk endpoint are batched.
"""

from ._batch import BatchError, BulkItemError
from ._bulk import BulkReport, run_bulk
from ._records import Record, RecordError
from ._results import RecordResult, ResultStatus
from ._writes import WriteOperation, write_operation, write_operations

__all__ = [
    "BatchError",
    "BulkItemError",
    "BulkReport",
    "Record",
    "RecordError",
    "RecordResult",
    "ResultStatus",
    "WriteOperation",
    "run_bulk",
    "write_operation",
    "write_operations",
]
