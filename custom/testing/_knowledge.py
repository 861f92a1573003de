"""Knowledge (collections, categories, articles with translations, attachments) and templates:
the operations Dixa documents only in its beta description, served statefully."""

from __future__ import annotations

import email.parser
import email.policy
import random
import uuid
from typing import Any

from starlette.responses import Response

from ._call import Call
from ._kb import Knowledge
from ._store import Store
from ._wire import (
    JSON,
    empty,
    invalid,
    json_response,
    not_found,
    obj,
    objects,
    opt,
    paged,
    req,
    strings,
    zoned,
)

__all__ = ["seed_knowledge"]

DEFAULT_LANGUAGE = "en"
# Dixa's documented attachment limits (5 files, 4 MB each; read as MiB, like the client).
MAX_FILES = 5
MAX_FILE_BYTES = 4 * 1024 * 1024
_UNRESTRICTED: JSON = {"isRestricted": False, "inheritedRestrictions": []}


def seed_knowledge(store: Store) -> Knowledge:
    """Two collections, three categories, two articles and three templates.

    Ids come from their own generator so that the rest of the organisation (and every id the
    fake hands out later) stays what it was before knowledge existed.
    """
    rng = random.Random(f"knowledge-{store.seed}")

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    kb = Knowledge(new_id)
    now = store.now()
    for title, internal in (("Help center", False), ("Agent handbook", True)):
        cid = new_id()
        kb.collections[cid] = {
            "id": cid,
            "title": title,
            "description": f"{title} of Acme Support",
            "internalKbEnabled": internal,
            "restrictions": _UNRESTRICTED,
        }
    first = next(iter(kb.collections))
    parents: list[str] = []
    for en, da in (("Orders", "Ordrer"), ("Returns", "Returneringer"), ("Refunds", "Refusioner")):
        cat_id = new_id()
        kb.categories[cat_id] = {
            "id": cat_id,
            "isLocked": False,
            "isDefaultLocation": not parents,
            "parentCollections": [first],
            "restrictions": _UNRESTRICTED,
            "titles": {"en": en, "da": da},
        }
        if len(parents) == 2:  # Refunds sits inside Returns
            kb.categories[cat_id]["parentCategory"] = parents[1]
        parents.append(cat_id)
    for title, parent in (("Track an order", parents[0]), ("Return a parcel", parents[1])):
        article = _new_article(kb, store, parent, [{"languageId": "en", "title": title}], now)
        _publish(article, None, now)
    agent = next(iter(store.agents), new_id())
    for kind, name, content in (
        ("QuickResponse", "30-day returns", "Hi {{requester_firstname}}, returns are free."),
        ("QuickResponse", "Order status", "Your order {{csid}} is on its way."),
        ("EmailAutoReply", "We got your mail", "Thanks, we answer within a day."),
    ):
        template_id = new_id()
        kb.templates[template_id] = {
            "_type": kind,
            "id": template_id,
            "name": name,
            "content": content,
            "createdBy": agent,
            "createdAt": "2024-01-02T09:00:00.000+00:00",
            "translations": [
                {"locale": "da", "content": content, "isDeactivated": False},
            ],
        }
    return kb


def _kb(call: Call) -> Knowledge:
    return call.store.knowledge


def _language(call: Call) -> str:
    return call.query.get("language") or DEFAULT_LANGUAGE


# ---- wire shapes ------------------------------------------------------------------------------


def _category_wire(category: JSON, language: str) -> JSON:
    out = {k: v for k, v in category.items() if k != "titles"}
    titles: dict[str, str] = category["titles"]
    lang = language if language in titles else next(iter(titles))
    out["title"] = {"languageId": lang, "title": titles[lang]}
    return out


def _article_wire(article: JSON, language: str) -> JSON:
    out = {k: v for k, v in article.items() if k not in ("versions", "preRelease")}
    versions: dict[str, JSON] = article["versions"]
    if versions:
        lang = language if language in versions else next(iter(versions))
        chosen = versions[lang]
        out["translation"] = {
            k: v for k, v in (("draft", chosen["draft"]), ("published", chosen["published"])) if v
        }
    return out


def _translation(language: str, title: str, content: str, now: float, user: str) -> JSON:
    return {
        "language": language,
        "title": title,
        "isIndexedVersion": False,
        "contents": {"html": f"<p>{content}</p>", "plaintext": content},
        "availableAt": {"helpCenterLinks": []},
        "createdAt": zoned(now),
        "updatedAt": zoned(now),
        "createdBy": user,
        "updatedBy": user,
    }


def _translation_inputs(value: object) -> list[tuple[str, str, str]]:
    out = []
    for item in objects(value):
        language, title = req(item, "languageId"), req(item, "title")
        if not language:
            raise invalid("Invalid value for: body")
        out.append((language, title, opt(item, "content") or ""))
    return out


def _new_article(
    kb: Knowledge, store: Store, parent: str | None, translations: object, now: float
) -> JSON:
    user = next(iter(store.agents), "")
    article_id = kb.new_id()
    article: JSON = {
        "id": article_id,
        "isDefaultLocation": parent is None,
        "parentCollections": [],
        "restrictions": _UNRESTRICTED,
        "tags": [],
        "createdAt": zoned(now),
        "updatedAt": zoned(now),
        "createdBy": user,
        "updatedBy": user,
        "ownedBy": user,
        "versions": {},
    }
    _place(kb, article, parent)
    for language, title, content in _translation_inputs(translations):
        article["versions"][language] = {
            "draft": _translation(language, title, content, now, user),
            "published": None,
        }
    kb.articles[article_id] = article
    return article


def _place(kb: Knowledge, article: JSON, parent: str | None) -> None:
    """Put `article` under `parent`: a category (and so that category's collections) or a
    collection; unknown ids are a 404."""
    article.pop("parentCategory", None)
    if parent is None:
        return
    if parent in kb.categories:
        article["parentCategory"] = parent
        article["parentCollections"] = list(kb.categories[parent]["parentCollections"])
    elif parent in kb.collections:
        article["parentCollections"] = [parent]
    else:
        raise not_found()


def _publish(article: JSON, language: str | None, now: float) -> None:
    versions: dict[str, JSON] = article["versions"]
    if language is not None and language not in versions:
        raise not_found()
    for lang in [language] if language else list(versions):
        versions[lang]["published"] = {**versions[lang]["draft"], "updatedAt": zoned(now)}
    article["updatedAt"] = zoned(now)


def _unpublish(article: JSON, language: str | None, now: float) -> None:
    versions: dict[str, JSON] = article["versions"]
    if language is not None and language not in versions:
        raise not_found()
    for lang in [language] if language else list(versions):
        versions[lang]["published"] = None
    article["updatedAt"] = zoned(now)


def _article(call: Call) -> JSON:
    kb = _kb(call)
    return kb.articles[call.known(kb.articles, "articleId")]


# ---- collections and categories ---------------------------------------------------------------


async def list_collections(call: Call) -> Response:
    items = list(_kb(call).collections.values())
    return json_response(200, paged(items, "/beta/knowledge/collections", call.query))


async def get_collection(call: Call) -> Response:
    kb = _kb(call)
    return json_response(200, {"data": kb.collections[call.known(kb.collections, "collectionId")]})


async def catalog(call: Call) -> Response:
    kb = _kb(call)
    collection = call.known(kb.collections, "collectionId")
    language = _language(call)

    def title(titles: dict[str, str]) -> JSON:
        lang = language if language in titles else next(iter(titles))
        return {"languageId": lang, "title": titles[lang]}

    def articles_under(category: str | None) -> list[JSON]:
        return [
            {
                "id": a["id"],
                "title": title({k: v["draft"]["title"] for k, v in a["versions"].items()}),
            }
            for a in kb.articles.values()
            if a["versions"]
            and collection in a["parentCollections"]
            and a.get("parentCategory") == category
        ]

    def categories_under(parent: str | None) -> list[JSON]:
        return [
            {
                "id": c["id"],
                "title": title(c["titles"]),
                "categories": categories_under(c["id"]),
                "articles": articles_under(c["id"]),
            }
            for c in kb.categories.values()
            if collection in c["parentCollections"] and c.get("parentCategory") == parent
        ]

    return json_response(
        200, {"data": {"categories": categories_under(None), "articles": articles_under(None)}}
    )


async def get_category(call: Call) -> Response:
    kb = _kb(call)
    category = kb.categories[call.known(kb.categories, "categoryId")]
    return json_response(200, {"data": _category_wire(category, _language(call))})


async def category_translations(call: Call) -> Response:
    kb = _kb(call)
    titles = kb.categories[call.known(kb.categories, "categoryId")]["titles"]
    out = [{"languageId": lang, "title": title} for lang, title in titles.items()]
    return json_response(200, {"data": {"titles": out}})


# ---- articles ---------------------------------------------------------------------------------


async def create_article(call: Call) -> Response:
    body = obj(call.json())
    translations = body.get("translations")
    if not translations:
        raise invalid("An article needs at least one translation")
    article = _new_article(
        _kb(call), call.store, opt(body, "parentId"), translations, call.store.now()
    )
    article["tags"] = strings(body.get("tags"), allow_none=True)
    if opt(body, "preRelease", bool) is not None:
        article["preRelease"] = body["preRelease"]
    return json_response(200, {"data": _article_wire(article, DEFAULT_LANGUAGE)})


async def get_article(call: Call) -> Response:
    return json_response(200, {"data": _article_wire(_article(call), _language(call))})


async def patch_article(call: Call) -> Response:
    article = _article(call)
    body = obj(call.json())
    owner = opt(body, "ownedBy")
    if owner is not None:
        article["ownedBy"] = owner
    if opt(body, "preRelease", bool) is not None:
        article["preRelease"] = body["preRelease"]
    tags = opt(body, "tags", dict)
    if tags is not None:
        add, remove = (
            strings(tags.get("add"), allow_none=True),
            strings(tags.get("remove"), allow_none=True),
        )
        article["tags"] = [t for t in article["tags"] if t not in remove] + [
            t for t in add if t not in article["tags"] and t not in remove
        ]
    article["updatedAt"] = zoned(call.store.now())
    return json_response(200, {"data": _article_wire(article, DEFAULT_LANGUAGE)})


async def delete_article(call: Call) -> Response:
    kb = _kb(call)
    del kb.articles[call.known(kb.articles, "articleId")]
    return empty()


async def article_translations(call: Call) -> Response:
    versions = _article(call)["versions"].values()
    drafts = [v["draft"] for v in versions]
    published = [v["published"] for v in versions if v["published"]]
    return json_response(200, {"data": {"translations": {"draft": drafts, "published": published}}})


async def patch_translations(call: Call) -> Response:
    article = _article(call)
    now, user = call.store.now(), next(iter(call.store.agents), "")
    changed = []
    for language, title, content in _translation_inputs(obj(call.json()).get("translations")):
        entry = article["versions"].setdefault(language, {"published": None})
        entry["draft"] = _translation(language, title, content, now, user)
        changed.append(entry["draft"])
    article["updatedAt"] = zoned(now)
    return json_response(200, {"data": changed})


async def publish_article(call: Call) -> Response:
    _publish(_article(call), None, call.store.now())
    return empty()


async def unpublish_article(call: Call) -> Response:
    _unpublish(_article(call), None, call.store.now())
    return empty()


async def publish_translation(call: Call) -> Response:
    _publish(_article(call), call.params["languageId"], call.store.now())
    return empty()


async def unpublish_translation(call: Call) -> Response:
    _unpublish(_article(call), call.params["languageId"], call.store.now())
    return empty()


async def delete_translation(call: Call) -> Response:
    versions = _article(call)["versions"]
    if call.params["languageId"] not in versions:
        raise not_found()
    del versions[call.params["languageId"]]
    return empty()


async def move_article(call: Call) -> Response:
    _place(_kb(call), _article(call), call.params["parentId"])
    return empty()


async def detach_article(call: Call) -> Response:
    _article(call).pop("parentCategory", None)
    return empty()


async def upload_attachments(call: Call) -> Response:
    kb = _kb(call)
    parts = _multipart_files(call)
    if not parts or len(parts) > MAX_FILES:
        raise invalid(f"Send between 1 and {MAX_FILES} files")
    uploaded: list[JSON] = []
    rejected: list[JSON] = []
    for filename, content in parts:
        if len(content) > MAX_FILE_BYTES:
            rejected.append(
                {"originalFilename": filename, "message": "File too large", "code": 413}
            )
            continue
        url = f"https://files.dixa.example/knowledge/{kb.new_id()}/{filename}"
        kb.attachments[url] = content
        uploaded.append({"originalFilename": filename, "url": url})
    out: JSON = {"data": uploaded}
    if rejected:
        out["partialErrors"] = rejected
    return json_response(200, out)


def _multipart_files(call: Call) -> list[tuple[str, bytes]]:
    """The `files` parts of a multipart/form-data body; anything else is a 400."""
    if not call.content_type.startswith("multipart/form-data"):
        raise invalid("Expected multipart/form-data")
    head = f"Content-Type: {call.content_type}\r\n\r\n".encode("latin-1")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + call.raw_body)
    if not message.is_multipart():
        raise invalid()
    files = []
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") != "files":
            continue
        payload: Any = part.get_payload(decode=True)
        files.append((part.get_filename() or "file", bytes(payload or b"")))
    return files


# ---- templates --------------------------------------------------------------------------------


async def list_templates(call: Call) -> Response:
    kind = call.query.get("type")
    if kind is not None and kind not in ("EmailAutoReply", "QuickResponse"):
        raise invalid("Invalid value for: query parameter type")
    items = [t for t in _kb(call).templates.values() if kind is None or t["_type"] == kind]
    return json_response(200, paged(items, "/beta/templates", call.query))


async def delete_template(call: Call) -> Response:
    kb = _kb(call)
    del kb.templates[call.known(kb.templates, "templateId")]
    return empty()
