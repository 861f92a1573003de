"""Tests use the SDK the way users do: through its public packages (`dixa_async`,
`dixa_async.jobs`, `.bulk`, `.warehouse`, `.webhooks`, `.testing`, `.limits`, `.search`,
`.cli`, and the generated `dixa_async.models`, `.api`, ...).

A few test files are unit tests of one private helper - a parser, a planner, a test seam
such as the transport's sleep - which has no public path and should not get one only so
that it can be tested. They are listed below with the private modules they may import;
any other private import in a test fails here, so a test cannot come to depend on an
internal by accident.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# test file -> the private modules it unit-tests (and why they stay private).
UNIT_TESTS_OF_PRIVATE_MODULES: dict[str, frozenset[str]] = {
    # The CLI's argument parsing and input readers: the public surface is the command line.
    "cli/test_cli_args.py": frozenset(
        {
            "dixa_async.cli._args",
            "dixa_async.cli._commands",
            "dixa_async.cli._export",
            "dixa_async.cli._inputs",
            "dixa_async.cli._target",
        }
    ),
    "cli/test_cli_output.py": frozenset({"dixa_async.cli._output"}),
    "cli/test_inputs_strict.py": frozenset({"dixa_async.cli._inputs"}),
    "limits/test_cli_redis.py": frozenset({"dixa_async.cli._commands", "dixa_async.cli._target"}),
    "testing/test_fake_entry_points.py": frozenset(
        {"dixa_async.cli._target", "dixa_async.testing._defaults"}
    ),
    # The transport's sleep and jitter are patched so that backoff tests take no time.
    "client/conftest.py": frozenset({"dixa_async._core", "dixa_async._core._transport"}),
    "exports/test_export_stream.py": frozenset({"dixa_async._core", "dixa_async._core._transport"}),
    "exports/test_exports_patient.py": frozenset(
        {"dixa_async._core", "dixa_async._core._transport", "dixa_async._core.exports"}
    ),
    "exports/test_exports_complete.py": frozenset({"dixa_async.warehouse._period"}),
    "limits/conftest.py": frozenset({"dixa_async.limits._redis"}),
    # Pure functions whose edge cases are cheaper to state directly than through HTTP.
    "client/test_retry_policy.py": frozenset({"dixa_async._core._retry"}),
    "exports/test_export_windows.py": frozenset(
        {"dixa_async._core.exports", "dixa_async._core.exports._plan"}
    ),
    "exports/test_warehouse_records.py": frozenset({"dixa_async.warehouse._records"}),
    "search/test_search_client.py": frozenset({"dixa_async.search._hydrate"}),
    "jobs/test_checkpoint_damage.py": frozenset({"dixa_async.jobs._lines"}),
    "jobs/test_bulk_records.py": frozenset({"dixa_async.bulk._batch", "dixa_async.bulk._records"}),
    # The event registry is derived from the event modules; the test walks them.
    "webhooks/test_event_registry.py": frozenset(
        {
            "dixa_async.webhooks._event_enums",
            "dixa_async.webhooks._event_fields",
            "dixa_async.webhooks._event_readers",
            "dixa_async.webhooks._event_shared",
            "dixa_async.webhooks._events",
        }
    ),
    # The live mirror's seams: its lease, status and compaction intervals are shortened so
    # that those tests take seconds, and a merge after an unfinished one is set up by
    # extracting a merge package without loading it (`_mirror_merge`, through `_load`).
    "warehouse/test_mirror.py": frozenset(
        {
            "dixa_async.warehouse._load",
            "dixa_async.warehouse._mirror",
            "dixa_async.warehouse._mirror_merge",
        }
    ),
    "warehouse/test_mirror_dirty.py": frozenset(
        {"dixa_async.warehouse._dirty", "dixa_async.warehouse._mirror"}
    ),
    # The fake's route table is checked against the operation table.
    "testing/test_fake_routes.py": frozenset({"dixa_async.testing._routes"}),
    "testing/test_fake_conformance.py": frozenset({"dixa_async.testing._conversations"}),
}


def _is_private(module: str) -> bool:
    return any(part.startswith("_") and not part.startswith("__") for part in module.split("."))


def _private_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(
                a.name
                for a in node.names
                if a.name.startswith("dixa_async") and _is_private(a.name)
            )
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith("dixa_async") and _is_private(node.module):
                found.add(node.module)
            # `from dixa_async._core import _transport` names a private module too.
            found.update(
                f"{node.module}.{alias.name}"
                for alias in node.names
                if node.module.startswith("dixa_async") and _is_private(alias.name)
            )
    return found


def test_tests_import_public_paths_except_unit_tests_of_private_helpers() -> None:
    unexpected: dict[str, set[str]] = {}
    for path in sorted(TESTS.rglob("*.py")):
        name = path.relative_to(TESTS).as_posix()
        extra = _private_imports(path) - UNIT_TESTS_OF_PRIVATE_MODULES.get(name, frozenset())
        if extra:
            unexpected[name] = extra
    assert unexpected == {}, "tests import private modules; use the public path"


def test_the_allowance_lists_only_what_is_still_imported() -> None:
    stale = {
        name: allowed - _private_imports(TESTS / name)
        for name, allowed in UNIT_TESTS_OF_PRIVATE_MODULES.items()
        if allowed - _private_imports(TESTS / name)
    }
    assert stale == {}, "remove these entries: the tests no longer import them"
