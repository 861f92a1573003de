"""Every operation of the operation table, called through `DixaClient` against `FakeDixa`.

One parametrised test per entry of `dixa_async.operations.OPERATIONS`: its case (in the
`_cases_*` modules) calls the public method with realistic arguments and asserts the exact
method, percent-encoded path, query and JSON body that reached the fake, and the type and
key fields of what came back. A new operation without a case fails
`test_every_operation_has_a_case`; so does a case left behind for a removed operation.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient
from dixa_async.operations import OPERATIONS, Operation

# Failed asserts inside the case modules get pytest's explanations too (they are not test
# modules); registering must precede their import.
pytest.register_assert_rewrite(
    "_contract", "_cases_beta", "_cases_conversations", "_cases_org", "_cases_people"
)

import _cases_beta  # noqa: E402, F401 - registers cases
import _cases_conversations  # noqa: E402, F401 - registers cases
import _cases_org  # noqa: E402, F401 - registers cases
import _cases_people  # noqa: E402, F401 - registers cases
from _contract import CASES, Contract, Recorder  # noqa: E402

TOKEN = "contract-test-token-7c1d"

MakeContract = Callable[[Operation], Contract]


@pytest.fixture
async def contract() -> AsyncIterator[MakeContract]:
    # A small organisation keeps each case fast; the rate limit is off on both sides.
    # Webhook deliveries go to a receiver that accepts everything.
    receiver = httpx.MockTransport(lambda request: httpx.Response(204))
    fake = FakeDixa(seed=0, conversations=40, rate_limit=None, webhook_transport=receiver)
    recorder = Recorder(fake)
    dixa = DixaClient(
        TOKEN,
        base_url="http://fake-dixa",
        transport=httpx.ASGITransport(app=recorder),
        rate_limit=None,
        max_retries=0,  # every request the fake sees was sent exactly once
    )
    async with dixa:
        yield lambda op: Contract(op, dixa, fake, recorder)


def test_every_operation_has_a_case() -> None:
    names = [op.qualified_name for op in OPERATIONS]
    assert len(names) == 123  # 98 v1 operations and 25 documented only for beta
    assert len(names) == len(set(names))
    assert sorted(CASES) == sorted(names)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.qualified_name)
async def test_operation_contract(op: Operation, contract: MakeContract) -> None:
    t = contract(op)
    await CASES[op.qualified_name](t)
    assert t.claimed, "the case asserted no request"
    assert not t.unclaimed(), f"requests the case did not expect: {t.unclaimed()}"
