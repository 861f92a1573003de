"""Contract cases: the 25 operations Dixa documents only for beta (knowledge, templates,
business-hours definitions, queue position, anonymization request status)."""

from __future__ import annotations

import io

import pytest
from _contract import Contract, case, returned

from dixa_async import UploadLimitError
from dixa_async.models import (
    AnonymizationRequestStatus,
    Article,
    ArticleTranslation,
    ArticleTranslations,
    ArticleTranslationVersions,
    Category,
    CategoryTranslations,
    Collection,
    CollectionCatalogItem,
    EmailAutoReply,
    GetBusinessHoursScheduleDefinitionResult,
    GetTemplatesType,
    GetUpcomingBusinessHoursScheduleResult,
    QueuedConversation,
    QuickResponse,
    TagsUpdateInput,
    TranslationInput,
    TranslationTitle,
    UpdateTranslationsOutput,
    UploadAttachmentsOutput,
)
from dixa_async.types import File, Unset

KB = "/beta/knowledge"


def _article(t: Contract, n: int = 0) -> str:
    return list(t.store.knowledge.articles)[n]


def _category(t: Contract, n: int = 0) -> str:
    return list(t.store.knowledge.categories)[n]


def _collection(t: Contract, n: int = 0) -> str:
    return list(t.store.knowledge.collections)[n]


# ---- queues, anonymization, business hours ----------------------------------------------------


@case("queues.conversation_position")
async def _queues_conversation_position(t: Contract) -> None:
    waiting = sorted(
        (c for c in t.store.conversations.values() if c.queue_id and not c.agent_id),
        key=lambda c: (c.created, c.id),
    )
    waiting = [c for c in waiting if c.state == "Open"]
    last = [c for c in waiting if c.queue_id == waiting[0].queue_id][-1]
    ahead = sum(1 for c in waiting if c.queue_id == last.queue_id) - 1
    position = await t.dixa.queues.conversation_position(last.id)
    t.sent("GET", f"/v1/queues/conversation-position/{last.id}")
    assert isinstance(position, QueuedConversation)
    assert position.position == ahead + 1
    assert position.queued_at.timestamp() == int(last.created)


@case("anonymization.request_status")
async def _anonymization_request_status(t: Contract) -> None:
    csid = next(c.id for c in t.store.conversations.values() if c.state == "Closed")
    requested = await t.dixa.anonymization.anonymize_conversation(csid, confirm=True)
    t.begin()
    status = await t.dixa.anonymization.request_status(str(requested.id))
    t.sent("GET", f"/beta/anonymization/request/{requested.id}")
    assert isinstance(status, AnonymizationRequestStatus)
    assert (status.id, status.target_entity_id) == (requested.id, str(csid))


@case("business_hours.definition")
async def _business_hours_definition(t: Contract) -> None:
    schedule_id = next(iter(t.store.schedules))
    found = await t.dixa.business_hours.definition(schedule_id)
    t.sent("GET", f"/beta/business-hours/schedules/{schedule_id}/definition")
    assert isinstance(found, GetBusinessHoursScheduleDefinitionResult)
    assert found.schedule.id == schedule_id
    assert [h.day_of_week for h in found.schedule.business_hours or []] == [1, 2, 3, 4, 5]


@case("business_hours.upcoming")
async def _business_hours_upcoming(t: Contract) -> None:
    schedule_id = list(t.store.schedules)[1]  # the weekend schedule
    found = await t.dixa.business_hours.upcoming(schedule_id, days=14)
    t.sent("GET", f"/beta/business-hours/schedules/{schedule_id}/upcoming", query={"days": "14"})
    assert isinstance(found, GetUpcomingBusinessHoursScheduleResult)
    days = found.schedule.business_hours or []
    assert len(days) == 14
    assert all((d.status.value == "Open") == (d.day_of_week in (6, 7)) for d in days)


# ---- templates --------------------------------------------------------------------------------


@case("templates.list")
async def _templates_list(t: Contract) -> None:
    quick = [x async for x in t.dixa.templates.list(type_=GetTemplatesType.QUICKRESPONSE)]
    t.sent("GET", "/beta/templates", query={"type": "QuickResponse"})
    assert [type(x) for x in quick] == [QuickResponse, QuickResponse]
    pages = [p async for p in t.dixa.templates.list(page_size=2).pages()]
    t.sent("GET", "/beta/templates", query={"pageLimit": "2"})
    key = pages[0].next_cursor
    assert key is not None
    t.sent("GET", "/beta/templates", query={"pageLimit": "2", "pageKey": key})
    assert [type(x) for p in pages for x in p.items] == [
        QuickResponse,
        QuickResponse,
        EmailAutoReply,
    ]


@case("templates.delete")
async def _templates_delete(t: Contract) -> None:
    template_id = next(iter(t.store.knowledge.templates))
    assert await returned(t.dixa.templates.delete(template_id, confirm=True)) is None
    t.sent("DELETE", f"/beta/templates/{template_id}")
    assert template_id not in t.store.knowledge.templates
    assert len(t.store.knowledge.templates) == 2


# ---- knowledge: collections and categories ----------------------------------------------------


@case("knowledge.list_collections")
async def _knowledge_list_collections(t: Contract) -> None:
    pages = [p async for p in t.dixa.knowledge.list_collections(page_size=1).pages()]
    t.sent("GET", f"{KB}/collections", query={"pageLimit": "1"})
    key = pages[0].next_cursor
    assert key is not None
    t.sent("GET", f"{KB}/collections", query={"pageLimit": "1", "pageKey": key})
    items = [c for p in pages for c in p.items]
    assert all(isinstance(c, Collection) for c in items)
    assert [c.title for c in items] == ["Help center", "Agent handbook"]


@case("knowledge.get_collection")
async def _knowledge_get_collection(t: Contract) -> None:
    collection = await t.dixa.knowledge.get_collection(_collection(t, 1))
    t.sent("GET", f"{KB}/collections/{_collection(t, 1)}")
    assert isinstance(collection, Collection)
    assert (collection.title, collection.internal_kb_enabled) == ("Agent handbook", True)


@case("knowledge.catalog")
async def _knowledge_catalog(t: Contract) -> None:
    tree = await t.dixa.knowledge.catalog(_collection(t), language="da")
    t.sent("GET", f"{KB}/collections/{_collection(t)}/catalog", query={"language": "da"})
    assert isinstance(tree, CollectionCatalogItem)
    top = tree.categories or []
    assert [c.title.title for c in top if c.title] == ["Ordrer", "Returneringer"]
    nested = top[1].categories or []
    assert [c.title.title for c in nested if c.title] == ["Refusioner"]
    assert [a.title.title for a in top[0].articles or [] if a.title] == ["Track an order"]


@case("knowledge.get_category")
async def _knowledge_get_category(t: Contract) -> None:
    category = await t.dixa.knowledge.get_category(_category(t, 2), language="da")
    t.sent("GET", f"{KB}/categories/{_category(t, 2)}", query={"language": "da"})
    assert isinstance(category, Category)
    assert isinstance(category.title, TranslationTitle)
    assert category.title.title == "Refusioner"
    assert category.parent_category == _category(t, 1)


@case("knowledge.category_translations")
async def _knowledge_category_translations(t: Contract) -> None:
    found = await t.dixa.knowledge.category_translations(_category(t))
    t.sent("GET", f"{KB}/categories/{_category(t)}/translations")
    assert isinstance(found, CategoryTranslations)
    assert {(x.language_id, x.title) for x in found.titles or []} == {
        ("en", "Orders"),
        ("da", "Ordrer"),
    }


# ---- knowledge: articles ----------------------------------------------------------------------


@case("knowledge.create_article")
async def _knowledge_create_article(t: Contract) -> None:
    article = await t.dixa.knowledge.create_article(
        parent_id=_category(t, 2),
        tags=["refunds"],
        translations=[TranslationInput(language_id="en", title="Refund times", content="5 days")],
    )
    t.sent(
        "POST",
        f"{KB}/articles",
        json={
            "parentId": _category(t, 2),
            "tags": ["refunds"],
            "translations": [{"languageId": "en", "title": "Refund times", "content": "5 days"}],
        },
    )
    assert isinstance(article, Article)
    assert isinstance(article.translation, ArticleTranslationVersions)
    assert article.translation.draft.title == "Refund times"
    assert article.parent_category == _category(t, 2)
    assert article.id in t.store.knowledge.articles


@case("knowledge.get_article")
async def _knowledge_get_article(t: Contract) -> None:
    article = await t.dixa.knowledge.get_article(_article(t), language="en")
    t.sent("GET", f"{KB}/articles/{_article(t)}", query={"language": "en"})
    assert isinstance(article, Article)
    assert isinstance(article.translation, ArticleTranslationVersions)
    published = article.translation.published  # seeded articles are published
    assert isinstance(published, ArticleTranslation)
    assert published.title == "Track an order"


@case("knowledge.patch_article")
async def _knowledge_patch_article(t: Contract) -> None:
    owner = list(t.store.agents)[2]
    article = await t.dixa.knowledge.patch_article(
        _article(t), owned_by=owner, tags=TagsUpdateInput(add=["faq", "orders"])
    )
    t.sent(
        "PATCH",
        f"{KB}/articles/{_article(t)}",
        json={"ownedBy": owner, "tags": {"add": ["faq", "orders"]}},
    )
    assert (article.owned_by, article.tags) == (owner, ["faq", "orders"])
    again = await t.dixa.knowledge.patch_article(_article(t), tags=TagsUpdateInput(remove=["faq"]))
    t.sent("PATCH", f"{KB}/articles/{_article(t)}", json={"tags": {"remove": ["faq"]}})
    assert again.tags == ["orders"]


@case("knowledge.delete_article")
async def _knowledge_delete_article(t: Contract) -> None:
    article_id = _article(t)
    assert await returned(t.dixa.knowledge.delete_article(article_id, confirm=True)) is None
    t.sent("DELETE", f"{KB}/articles/{article_id}")
    assert article_id not in t.store.knowledge.articles


@case("knowledge.article_translations")
async def _knowledge_article_translations(t: Contract) -> None:
    found = await t.dixa.knowledge.article_translations(_article(t, 1))
    t.sent("GET", f"{KB}/articles/{_article(t, 1)}/translations")
    assert isinstance(found, ArticleTranslations)
    assert [x.title for x in found.translations.draft or []] == ["Return a parcel"]
    assert [x.language for x in found.translations.published or []] == ["en"]


@case("knowledge.patch_translations")
async def _knowledge_patch_translations(t: Contract) -> None:
    changed = await t.dixa.knowledge.patch_translations(
        _article(t), translations=[TranslationInput(language_id="da", title="Følg en ordre")]
    )
    t.sent(
        "PATCH",
        f"{KB}/articles/{_article(t)}/translations",
        json={"translations": [{"languageId": "da", "title": "Følg en ordre"}]},
    )
    assert isinstance(changed, UpdateTranslationsOutput)
    assert [(x.language, x.title) for x in changed.data or []] == [("da", "Følg en ordre")]
    assert set(t.store.knowledge.articles[_article(t)]["versions"]) == {"en", "da"}


@case("knowledge.publish_article")
async def _knowledge_publish_article(t: Contract) -> None:
    created = await t.dixa.knowledge.create_article(
        translations=[TranslationInput(language_id="en", title="Draft only")]
    )
    assert isinstance(created.translation, ArticleTranslationVersions)
    assert isinstance(created.translation.published, Unset)
    t.begin()
    assert await returned(t.dixa.knowledge.publish_article(created.id)) is None
    t.sent("POST", f"{KB}/articles/{created.id}/publish")
    versions = t.store.knowledge.articles[created.id]["versions"]
    assert versions["en"]["published"]["title"] == "Draft only"


@case("knowledge.unpublish_article")
async def _knowledge_unpublish_article(t: Contract) -> None:
    assert await returned(t.dixa.knowledge.unpublish_article(_article(t))) is None
    t.sent("POST", f"{KB}/articles/{_article(t)}/unpublish")
    versions = t.store.knowledge.articles[_article(t)]["versions"]
    assert [v["published"] for v in versions.values()] == [None]


@case("knowledge.publish_translation")
async def _knowledge_publish_translation(t: Contract) -> None:
    await t.dixa.knowledge.patch_translations(
        _article(t), translations=[TranslationInput(language_id="da", title="Følg")]
    )
    t.begin()
    assert await returned(t.dixa.knowledge.publish_translation(_article(t), "da")) is None
    t.sent("POST", f"{KB}/articles/{_article(t)}/translations/da/publish")
    versions = t.store.knowledge.articles[_article(t)]["versions"]
    assert versions["da"]["published"]["title"] == "Følg"


@case("knowledge.unpublish_translation")
async def _knowledge_unpublish_translation(t: Contract) -> None:
    assert await returned(t.dixa.knowledge.unpublish_translation(_article(t), "en")) is None
    t.sent("POST", f"{KB}/articles/{_article(t)}/translations/en/unpublish")
    assert t.store.knowledge.articles[_article(t)]["versions"]["en"]["published"] is None


@case("knowledge.delete_translation")
async def _knowledge_delete_translation(t: Contract) -> None:
    await t.dixa.knowledge.patch_translations(
        _article(t), translations=[TranslationInput(language_id="da", title="Følg")]
    )
    t.begin()
    result = await returned(t.dixa.knowledge.delete_translation(_article(t), "da", confirm=True))
    assert result is None
    t.sent("DELETE", f"{KB}/articles/{_article(t)}/translations/da")
    assert set(t.store.knowledge.articles[_article(t)]["versions"]) == {"en"}


@case("knowledge.move_article")
async def _knowledge_move_article(t: Contract) -> None:
    target = _category(t, 2)
    assert await returned(t.dixa.knowledge.move_article(_article(t), target)) is None
    t.sent("PATCH", f"{KB}/articles/{_article(t)}/parent/{target}")
    moved = t.store.knowledge.articles[_article(t)]
    assert moved["parentCategory"] == target
    assert moved["parentCollections"] == [_collection(t)]


@case("knowledge.detach_article")
async def _knowledge_detach_article(t: Contract) -> None:
    assert await returned(t.dixa.knowledge.detach_article(_article(t))) is None
    t.sent("DELETE", f"{KB}/articles/{_article(t)}/parent")
    assert "parentCategory" not in t.store.knowledge.articles[_article(t)]


@case("knowledge.upload_attachments")
async def _knowledge_upload_attachments(t: Contract) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    uploaded = await t.dixa.knowledge.upload_attachments(
        files=[
            File(payload=io.BytesIO(png), file_name="logo.png", mime_type="image/png"),
            File(payload=io.BytesIO(b"--+++\r\nnot a boundary"), file_name="notes.txt"),
        ]
    )
    t.sent(
        "POST",
        f"{KB}/articles/attachments",
        files=[("files", "logo.png", png), ("files", "notes.txt", b"--+++\r\nnot a boundary")],
    )
    assert isinstance(uploaded, UploadAttachmentsOutput)
    urls = [(a.original_filename, a.url) for a in uploaded.data or []]
    assert [name for name, _ in urls] == ["logo.png", "notes.txt"]
    assert t.store.knowledge.attachments[urls[0][1]] == png
    # Over the documented limits: refused before anything is sent.
    six = [File(payload=io.BytesIO(b"x"), file_name=f"{n}.txt") for n in range(6)]
    with pytest.raises(UploadLimitError, match="6 files, at most 5"):
        await t.dixa.knowledge.upload_attachments(files=six)
    big = File(payload=io.BytesIO(b"x" * (4 * 1024 * 1024 + 1)), file_name="big.bin")
    with pytest.raises(UploadLimitError, match=r"'big\.bin' is 4,194,305 bytes"):
        await t.dixa.knowledge.upload_attachments(files=[big])
    three = [File(payload=io.BytesIO(b"x" * (3_600_000)), file_name=f"{n}.bin") for n in range(3)]
    with pytest.raises(UploadLimitError, match="10,800,000 bytes in all"):
        await t.dixa.knowledge.upload_attachments(files=three)
