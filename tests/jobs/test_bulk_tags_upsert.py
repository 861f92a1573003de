"""Library functions the CLI's short names stand on: tag names resolved to ids (a missing tag
is created only when asked) and create-or-update of end users, against the in-process fake."""

from __future__ import annotations

import pytest
from dixa_async.bulk import (
    EndUserUpsert,
    Record,
    RecordError,
    UnknownTagError,
    resolve_tags,
    tag_records,
    upsert_end_users,
)
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient


async def _tag_names(client: DixaClient) -> dict[str, str]:
    return {t.name: t.id for t in await client.tags.list(include_deactivated=True)}


async def test_resolve_tags_matches_names_case_insensitively_and_passes_ids_through(
    dixa_client: DixaClient,
) -> None:
    tags = await _tag_names(dixa_client)
    name, tag_id = next(iter(tags.items()))
    other_id = list(tags.values())[1]
    assert await resolve_tags(dixa_client, [name.upper(), other_id]) == [tag_id, other_id]


async def test_an_unknown_tag_name_is_an_error_and_creates_nothing(
    dixa_client: DixaClient,
) -> None:
    before = await _tag_names(dixa_client)
    with pytest.raises(UnknownTagError) as caught:
        await resolve_tags(dixa_client, ["no-such-tag-xyz"])
    assert caught.value.names == ("no-such-tag-xyz",)
    assert "no-such-tag-xyz" in str(caught.value)
    assert await _tag_names(dixa_client) == before


async def test_create_missing_creates_the_tag_once(dixa_client: DixaClient) -> None:
    (first,) = await resolve_tags(dixa_client, ["brand-new"], create_missing=True)
    (again,) = await resolve_tags(dixa_client, ["Brand-New"], create_missing=True)
    assert first == again == (await _tag_names(dixa_client))["brand-new"]


async def test_tag_records_resolve_each_name_and_report_the_unknown_ones(
    dixa_client: DixaClient,
) -> None:
    tags = await _tag_names(dixa_client)
    name = next(iter(tags))
    records = [
        Record(2, {"conversation_id": 1, "tag": name}),
        Record(3, {"conversation_id": 2, "tag": "typo-tag"}),
        Record(4, {"conversation_id": 3}),  # takes the default tag
    ]
    tagged = await tag_records(dixa_client, records, tag=name)
    assert tagged.unknown == ("typo-tag",)
    assert tagged.created == ()
    assert [r.line for r in tagged.records] == [2, 3, 4]
    assert [r.data["tag_id"] for r in tagged.records] == [tags[name], "typo-tag", tags[name]]
    assert "typo-tag" not in await _tag_names(dixa_client)


async def test_tag_records_dry_run_says_what_it_would_create_and_creates_nothing(
    dixa_client: DixaClient,
) -> None:
    records = [Record(2, {"conversation_id": 1, "tag": "later-tag"})]
    tagged = await tag_records(dixa_client, records, create_missing=True, dry_run=True)
    assert tagged.would_create == ("later-tag",)
    assert "later-tag" not in await _tag_names(dixa_client)
    created = await tag_records(dixa_client, records, create_missing=True)
    assert created.created == ("later-tag",)
    assert created.records[0].data["tag_id"] == (await _tag_names(dixa_client))["later-tag"]


async def test_upsert_creates_then_updates_without_duplicating(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    rows = [{"email": "upsert@example.com", "display_name": "First"}]
    report = await upsert_end_users(dixa_client, rows)
    assert (report.succeeded, report.failed) == (1, 0)
    rows[0]["display_name"] = "Second"
    await upsert_end_users(dixa_client, rows)
    found = [u async for u in dixa_client.end_users.list(email="upsert@example.com")]
    assert len(found) == 1
    assert found[0].display_name == "Second"


def test_an_end_user_without_external_id_or_email_is_refused() -> None:
    with pytest.raises(RecordError) as caught:
        EndUserUpsert.from_record(Record(7, {"display_name": "Nobody"}))
    assert caught.value.line == 7
    assert "external_id or an email" in str(caught.value)
    assert EndUserUpsert.from_record({"externalId": "x1", "email": "a@b"}).key == "external_id:x1"
