"""schemathesis fuzzes every operation of the fake (in-process ASGI) within a bounded budget.

Uses schemathesis' Python API with hypothesis directly rather than its pytest plugin, so the run is
one bounded test under the project's pinned pytest. Checks: no 5xx, and every documented response
(status and body) matches the spec.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
import yaml
from dixa_async.testing import FakeDixa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "openapi" / "dixa-v1.yaml").read_text()
)


def _without_datetime_format(node: Any) -> Any:
    """Drop `format: date-time`: the spec puts it on fields where Dixa really sends Java's
    `...Z[GMT]` form (notes, activity log, anonymization) or zone-less local times (presence),
    which RFC 3339 format checking rejects. The fake sends those wire forms on purpose."""
    if isinstance(node, dict):
        return {
            k: _without_datetime_format(v)
            for k, v in node.items()
            if not (k == "format" and v == "date-time")
        }
    if isinstance(node, list):
        return [_without_datetime_format(v) for v in node]
    return node


EXAMPLES_PER_OPERATION = 6


def test_fuzzed_requests_get_no_server_error_and_schema_valid_answers() -> None:
    fake = FakeDixa(seed=5, conversations=60, rate_limit=None)
    schema = schemathesis.openapi.from_dict(_without_datetime_format(SPEC))
    schema.app = fake
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) == 123
    strategy = st.one_of([op.as_strategy() for op in operations])

    @settings(
        max_examples=EXAMPLES_PER_OPERATION * len(operations),
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def run(case: Any) -> None:
        case.call_and_validate(
            headers={"Authorization": "fuzz"},
            checks=[not_a_server_error, response_schema_conformance],
        )

    run()
