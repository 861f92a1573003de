"""Any write operation of the Dixa API over records in Dixa's own shape, one result per record:

    report = await run_bulk(dixa, "end_users.create", records, results="created.jsonl")

Records are checked field by field against the generated models before anything is sent;
operations with a bulk endpoint are batched.
"""

from ._batch import BatchError, BulkItemError
from ._bulk import BulkReport, run_bulk
from ._ids import is_tag_id
from ._records import Record, RecordError
from ._results import JsonResponse, RecordResult, ResultStatus
from ._tags import TagRecords, UnknownTagError, resolve_tags, tag_records
from ._upsert import END_USER_FIELDS, EndUserUpsert, upsert_end_user, upsert_end_users
from ._writes import WriteOperation, write_operation, write_operations

__all__ = [
    "END_USER_FIELDS",
    "BatchError",
    "BulkItemError",
    "BulkReport",
    "EndUserUpsert",
    "JsonResponse",
    "Record",
    "RecordError",
    "RecordResult",
    "ResultStatus",
    "TagRecords",
    "UnknownTagError",
    "WriteOperation",
    "is_tag_id",
    "resolve_tags",
    "run_bulk",
    "tag_records",
    "upsert_end_user",
    "upsert_end_users",
    "write_operation",
    "write_operations",
]
