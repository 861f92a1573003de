"""Ready-made operations and token pools against the in-process fake."""

from __future__ import annotations

from collections import Counter

import httpx
import pytest
from dixa_async.jobs import (
    TokenPool,
    add_internal_note,
    anonymize_conversation,
    run_job,
    tag_conversation,
)
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient, OperationNotAllowedError, RetryPolicy


async def test_tagging_survives_server_errors_because_put_is_retried(
    fake_dixa: FakeDixa,
) -> None:
    tag_id = next(iter(fake_dixa.store.tags))
    ids = sorted(fake_dixa.store.conversations)[:50]
    fake_dixa.inject_errors(0.3, route="PUT /v1/conversations/{conversationId}/tags/{tagId}")
    retry = RetryPolicy(max_retries=10, base_delay=0.0, max_delay=0.0)
    transport = httpx.ASGITransport(app=fake_dixa)
    async with DixaClient(
        "t", base_url="http://fake", transport=transport, rate_limit=None, retry=retry
    ) as dixa:
        report = await run_job(dixa, ids, tag_conversation(tag_id))
    assert (report.succeeded, report.failed) == (50, 0)
    assert all(tag_id in fake_dixa.store.conversations[i].tags for i in ids)
    assert report.requests is not None
    assert report.requests > 50  # the client retried the injected 5xx


async def test_destructive_operations_need_confirm(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    ids = sorted(fake_dixa.store.conversations)[:3]
    with pytest.raises(OperationNotAllowedError):
        await run_job(dixa_client, ids, anonymize_conversation(force=True))
    assert not fake_dixa.operations
    report = await run_job(dixa_client, ids, anonymize_conversation(force=True), confirm=True)
    assert report.succeeded == 3
    assert len(fake_dixa.operations) == 3


async def test_token_pool_spreads_work_over_tokens(fake_dixa: FakeDixa) -> None:
    ids = sorted(fake_dixa.store.conversations)[:60]
    tokens = ["token-a", "token-b", "token-c"]
    with pytest.raises(ValueError, match="repeated token"):
        TokenPool.from_tokens(["x", "x"])
    transport = httpx.ASGITransport(app=fake_dixa)
    options = {"base_url": "http://fake", "transport": transport, "rate_limit": None}
    async with TokenPool.from_tokens(tokens, **options) as pool:
        report = await run_job(pool, ids, add_internal_note("pooled"), concurrency=2)
    assert report.succeeded == 60
    per_token = Counter(op.token for op in fake_dixa.operations)
    assert set(per_token) == set(tokens)
    assert min(per_token.values()) >= 10  # shared out, not one token doing everything
    assert report.requests == 60
