"""Shared by the database-loader tests: a served fake Dixa on a clock the test moves, the
SDK writes a user makes between loads, and reading a loaded DuckDB file."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient

UTC = dt.UTC
README = Path(__file__).resolve().parents[2] / "README.md"
SINCE = dt.date(2024, 1, 1)
# The fake's seeded history is January-June 2024; its "now" is a fixed moment after it.
START = dt.datetime(2024, 9, 1, 12, 0, tzinfo=UTC).timestamp()
TOKEN = "loader-test-token"
DATASET = "dixa_data"
# dlt's bookkeeping columns differ between two loads of the same data.
_DLT_COLUMNS = ("_dlt_load_id", "_dlt_id", "_dlt_parent_id", "_dlt_root_id")


class Clock:
    """The fake Dixa's clock, moved by the test (writes are stamped with it)."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def moment(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.now, tz=UTC)


def new_fake(clock: Clock, conversations: int = 200) -> FakeDixa:
    return FakeDixa(
        conversations=conversations, rate_limit=None, exports_rate_limit=None, clock=clock
    )


def client_options(url: str) -> dict[str, Any]:
    """`DixaClient` keywords for the served fake: both APIs on its host, no pacing."""
    return {
        "api_key": TOKEN,
        "base_url": url,
        "exports_base_url": url,
        "rate_limit": None,
        "exports_rate_limit": None,
    }


def sdk(url: str) -> DixaClient:
    return DixaClient(**client_options(url))


def exported_ids(url: str, since: dt.date, until: dt.datetime) -> list[int]:
    """What the Exports API itself returns for conversations updated in [since, until)."""

    async def read() -> list[int]:
        async with sdk(url) as dixa:
            found = dixa.exports.conversations(updated_after=since, updated_before=until)
            return [c.id async for c in found]

    return asyncio.run(read())


def tables(path: Path, dataset: str = DATASET) -> list[str]:
    with duckdb.connect(str(path), read_only=True) as db:
        rows = db.execute(
            "select table_name from information_schema.tables where table_schema = ?",
            [dataset],
        ).fetchall()
    return sorted(str(name) for (name,) in rows)


def query(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(path), read_only=True) as db:
        return db.execute(sql, list(params)).fetchall()


def contents(path: Path, dataset: str = DATASET) -> dict[str, list[tuple[Any, ...]]]:
    """Every data table's rows without dlt's load bookkeeping, sorted: two loads of the same
    data compare equal."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with duckdb.connect(str(path), read_only=True) as db:
        for name in tables(path, dataset):
            if name.startswith("_dlt"):
                continue
            columns = [
                str(c)
                for (c,) in db.execute(
                    "select column_name from information_schema.columns "
                    "where table_schema = ? and table_name = ? order by column_name",
                    [dataset, name],
                ).fetchall()
                if c not in _DLT_COLUMNS
            ]
            selected = ", ".join(f'"{c}"' for c in columns)
            rows = db.execute(f'select {selected} from {dataset}."{name}"').fetchall()
            out[name] = sorted(rows, key=repr)
    return out


def iter_ids(path: Path, table: str, key: str = "id") -> Iterator[Any]:
    for (value,) in query(path, f'select "{key}" from {DATASET}."{table}"'):
        yield value


def readme_sql() -> str:
    """The dashboard query of the README's "Load into a database" section."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Load into a database") :]
    return section[section.index("```sql\n") + 7 : section.index("\n```", section.index("```sql"))]
