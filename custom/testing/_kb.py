"""The state of the knowledge base and templates of one fake organisation (beta operations).

Kept apart from the handlers (`_knowledge`) so that the store can hold it without importing
them.
"""

from __future__ import annotations

from collections.abc import Callable

from ._wire import JSON

__all__ = ["Knowledge"]


class Knowledge:
    """Collections, categories, articles (with their translations), attachments, templates."""

    def __init__(self, new_id: Callable[[], str]) -> None:
        self.new_id = new_id
        self.collections: dict[str, JSON] = {}
        self.categories: dict[str, JSON] = {}  # wire fields + "titles": {language: title}
        self.articles: dict[str, JSON] = {}  # + "versions": {language: {draft, published}}
        self.attachments: dict[str, bytes] = {}  # url -> content
        self.templates: dict[str, JSON] = {}
