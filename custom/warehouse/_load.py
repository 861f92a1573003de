"""`load(...)`: run `dixa_source` into a database - a DuckDB file by default, or any dlt
destination - and say what was loaded.

Where dlt keeps its working folder (pending load packages, a copy of the state) matters for
"every row exactly once": a run killed after its data was extracted leaves a package that
the next run loads first, before it extracts anything new. For a DuckDB file the folder is
`<file>.dlt` beside it, so two files never share a bookmark; if the file is gone, the
folder is cleared, so a new file starts from `since` again. For other destinations it is
dlt's default (`~/.dlt/pipelines`) or `pipelines_dir`, under the pipeline name
`dixa_<dataset>`. The bookmark itself is also stored in the destination (dlt's
`_dlt_pipeline_state`, read only from loads that completed).
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dlt
from dixa_async._core._client import DixaClient
from dixa_async._core._errors import JobError
from dixa_async._core._pool import TokenPool
from dixa_async._core.exports._windows import Moment
from dlt.pipeline.exceptions import PipelineStepFailed

from ._dlt_source import LoadProgress, RequestCounter, dixa_source
from ._sync import DEFAULT_OVERLAP

__all__ = [
    "DEFAULT_DATASET",
    "DEFAULT_DUCKDB",
    "LoadReport",
    "Pipeline",
    "load",
    "open_pipeline",
    "run_source",
]

DEFAULT_DUCKDB = "dixa.duckdb"
DEFAULT_DATASET = "dixa_data"  # not "dixa": DuckDB cannot tell a schema from a file dixa.duckdb


@dataclass(frozen=True)
class LoadReport:
    """What one `load` did.

    `rows` maps each table to the rows this run loaded into it (merged: a row that was
    already there is replaced, not added); dlt's own tables are left out. `requests` counts
    what the source sent to Dixa (v1 and Exports API, retries included).
    """

    destination: str
    dataset: str
    rows: Mapping[str, int]
    requests: RequestCounter
    seconds: float
    load_ids: tuple[str, ...] = ()
    pipelines_dir: Path | None = None
    tables: tuple[str, ...] = field(default=())

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _duckdb_dir(path: Path) -> Path:
    working = path.with_name(path.name + ".dlt")
    if not path.exists() and working.exists():
        # The database is new (or was deleted): a bookmark kept for the old one would
        # skip the history this file has never seen.
        shutil.rmtree(working)
    return working


def _unwrap(exc: PipelineStepFailed) -> BaseException:
    """The error a resource raised, out of dlt's wrapping (a DixaError, JobError, ...)."""
    seen: BaseException = exc
    while True:
        inner = getattr(seen, "exception", None) or seen.__cause__ or seen.__context__
        if inner is None or inner is seen:
            return seen
        seen = inner
        if not type(seen).__module__.startswith("dlt"):
            return seen


@dataclass(frozen=True)
class Pipeline:
    """A dlt pipeline into one destination and dataset, with what describes it."""

    pipeline: Any
    described: str
    working: Path | None


def open_pipeline(
    *,
    duckdb: str | Path | None = DEFAULT_DUCKDB,
    destination: Any = None,
    dataset: str = DEFAULT_DATASET,
    pipelines_dir: str | Path | None = None,
) -> Pipeline:
    """The dlt pipeline `load` runs in (named `dixa_<dataset>`, its working folder chosen as
    the module docstring says); every writer of the dataset uses this one, so they share
    its schema, state and pending packages."""
    working: Path | None = Path(pipelines_dir) if pipelines_dir is not None else None
    if destination is None:
        if duckdb is None:
            raise ValueError("give duckdb= (a file) or destination=")
        file = Path(duckdb)
        if working is None:
            working = _duckdb_dir(file)
        target: Any = dlt.destinations.duckdb(str(file))
        described = f"duckdb:{file}"
    else:
        target = destination
        described = destination if isinstance(destination, str) else type(destination).__name__
    options: dict[str, Any] = {}
    if working is not None:
        options["pipelines_dir"] = str(working)
    pipeline = dlt.pipeline(
        pipeline_name=f"dixa_{dataset}", destination=target, dataset_name=dataset, **options
    )
    return Pipeline(pipeline, described, working)


def _file_format(pipeline: dlt.Pipeline) -> Any:
    """JSON lines into DuckDB, which reads them with `read_json`. dlt's default for DuckDB,
    INSERT statements, has DuckDB parse SQL text as long as the data: 1.2 GB of memory to
    load 5,000 conversations, 4.3 GB for 20,000 (with JSON lines 0.26 GB for 5,000, and
    faster). Other destinations keep dlt's choice for them."""
    destination = pipeline.destination
    if destination is not None and destination.destination_type.endswith(".duckdb"):
        return "jsonl"
    return None


def run_source(opened: Pipeline, source: Any, *, finish_pending: bool = False) -> Any:
    """Run `source` through `opened` (blocking); returns dlt's load info.

    When an earlier run left packages pending (it was killed, or its load step failed), dlt's
    `run` loads those *instead of* extracting `source`. With `finish_pending`, they are
    loaded first and `source` is then extracted and loaded too - for callers that count on
    their data being written when this returns (the mirror's merges).

    Raises what a resource raised (a DixaError, JobError, ...) out of dlt's wrapping, or
    JobError for a failure of dlt's own (a locked database, ...).
    """
    try:
        if finish_pending and opened.pipeline.has_pending_data:
            opened.pipeline.run()
        return opened.pipeline.run(source, loader_file_format=_file_format(opened.pipeline))
    except PipelineStepFailed as exc:
        inner = _unwrap(exc)
        if inner is exc:
            raise JobError(f"the load into {opened.described} failed: {exc}") from exc
        raise inner from None


def load(
    since: Moment | None = None,
    *,
    duckdb: str | Path | None = DEFAULT_DUCKDB,
    destination: Any = None,
    dataset: str = DEFAULT_DATASET,
    pipelines_dir: str | Path | None = None,
    include: Iterable[str] = (),
    until: Moment | None = None,
    overlap: dt.timedelta = DEFAULT_OVERLAP,
    client: Callable[[], DixaClient | TokenPool[DixaClient]] | None = None,
    on_progress: Callable[[LoadProgress], object] | None = None,
    finish_pending: bool = False,
    **client_options: Any,
) -> LoadReport:
    """Load Dixa into `duckdb` (a DuckDB file, created if missing) or, when given, the dlt
    `destination` (a name such as "postgres" with credentials configured the dlt way, or a
    destination object), in the dataset (schema) `dataset`.

    The first run loads from `since`; every later run loads what changed since the run
    before (see `dixa_source`), so calling it on a schedule keeps the database current. A
    run that was killed is completed by the next: what it extracted is loaded first, and
    every table merges on its primary key, so each row is there exactly once.

    `client` makes the clients (a `DixaClient` or a `TokenPool`, see `dixa_source`); without
    it, `DixaClient(**client_options)`. Blocking (dlt runs the source on an event loop of its
    own): call it from a thread, or from synchronous code. With `finish_pending`, what an
    earlier run left pending is loaded first and this run still extracts (see `run_source`);
    without it, such a run only completes the earlier one.

    Raises:
        ValueError / TypeError: bad arguments, no `since` on the first run.
        JobError: `since` earlier than the dataset's start, or the database cannot be
            written (locked by another process, ...).
        DixaError subclasses: what Dixa answered, after the client's retries.
    """
    counter = RequestCounter()
    source = dixa_source(
        since,
        client=client,
        until=until,
        overlap=overlap,
        include=include,
        on_progress=on_progress,
        requests=counter,
        **client_options,
    )
    opened = open_pipeline(
        duckdb=duckdb, destination=destination, dataset=dataset, pipelines_dir=pipelines_dir
    )
    pipeline = opened.pipeline
    started = time.monotonic()
    info = run_source(opened, source, finish_pending=finish_pending)
    seconds = time.monotonic() - started
    trace = pipeline.last_trace
    normalized = trace.last_normalize_info if trace is not None else None
    counts = dict(normalized.row_counts) if normalized is not None else {}
    rows = {name: n for name, n in sorted(counts.items()) if not name.startswith("_dlt")}
    schema = pipeline.default_schema
    tables = tuple(sorted(name for name in schema.data_table_names()))
    return LoadReport(
        destination=opened.described,
        dataset=dataset,
        rows=rows,
        requests=counter,
        seconds=seconds,
        load_ids=tuple(info.loads_ids),
        pipelines_dir=opened.working,
        tables=tables,
    )
