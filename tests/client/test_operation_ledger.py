"""The ledger: every generated operation is wrapped by exactly one resource method.

A new operation in the spec fails these tests until it gets a resource method (and a row
in `resources._operations.OPERATIONS`) or is listed in RAW_ONLY with a reason.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from dixa_async.custom.resources._operations import OPERATIONS, Operation, resolve

import dixa_async.api
from dixa_async import AsyncPager, DixaClient

# Operations deliberately reachable only through `DixaClient.raw`, with the reason.
RAW_ONLY: dict[str, str] = {}

# Operations Dixa pages with pageKey/pageLimit (x-dixa-paginated in the spec).
PAGED = {
    "agents.list",
    "end_users.list",
    "end_users.conversations",
    "teams.presence",
    "conversations.list_activity_log",
    "search.conversations",
    "search.conversations_by_text",
    "analytics.list_metrics",
    "analytics.list_records",
    "analytics.query_records",
    "analytics.filter_values",
}


def generated_operations() -> dict[str, tuple[str, str]]:
    """`<tag>.<module>` -> (HTTP method, path with `{}` placeholders), read from the code."""
    found = {}
    for tag in pkgutil.iter_modules(dixa_async.api.__path__):
        package = importlib.import_module(f"dixa_async.api.{tag.name}")
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            source = inspect.getsource(module._get_kwargs)
            method = re.search(r'"method": "(\w+)"', source)
            url = re.search(r'"url": "([^"]+)"', source)
            assert method, module.__name__
            assert url, module.__name__
            path = re.sub(r"\{\w+\}", "{}", url.group(1))
            found[f"{tag.name}.{module_info.name}"] = (method.group(1).upper(), path)
    return found


def test_every_generated_operation_is_wrapped_or_raw_only() -> None:
    generated = generated_operations()
    assert len(generated) == 98
    wrapped = {f"{op.tag}.{op.module}" for op in OPERATIONS}
    missing = set(generated) - wrapped - set(RAW_ONLY)
    assert not missing, f"operations without a resource method: {sorted(missing)}"
    assert not wrapped - set(generated), "the ledger names operations that no longer exist"


def test_ledger_routes_match_the_generated_code() -> None:
    generated = generated_operations()
    for op in OPERATIONS:
        assert generated[f"{op.tag}.{op.module}"] == (op.method, op.path), op
        assert resolve(op.method, op.path.replace("{}", "x1")) == op


def test_method_names_are_unique_per_resource() -> None:
    names = [op.qualified_name for op in OPERATIONS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.qualified_name)
def test_each_resource_method_calls_its_generated_operation(op: Operation) -> None:
    client = DixaClient("token", rate_limit=None)
    method = getattr(getattr(client, op.tag), op.name)
    assert f"{op.module}.asyncio_detailed" in inspect.getsource(method)
    paged = op.qualified_name in PAGED
    assert inspect.iscoroutinefunction(method) is not paged
    if paged:
        assert inspect.signature(method).return_annotation.startswith("AsyncPager[")


def test_path_ids_are_positional_and_everything_else_keyword_only() -> None:
    client = DixaClient("token", rate_limit=None)
    for op in OPERATIONS:
        signature = inspect.signature(getattr(getattr(client, op.tag), op.name))
        positional = [
            p.name for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD
        ]
        assert len(positional) == op.path.count("{}"), (op.qualified_name, positional)


def test_required_names_exist() -> None:
    client = DixaClient("token", rate_limit=None)
    assert isinstance(client.end_users.list(page_size=10), AsyncPager)
    for name in [
        "conversations.get",
        "conversations.close",
        "conversations.reopen",
        "conversations.activity_log",
        "conversations.list_activity_log",
        "messages.list",
        "internal_notes.list",
        "ratings.list",
        "tags.tag",
        "tags.untag",
        "tags.bulk_tag",
        "tags.list",
        "tags.create",
        "end_users.get",
        "end_users.create",
        "end_users.conversations",
        "anonymization.anonymize_conversation",
        "anonymization.anonymize_end_user",
        "search.conversations",
        "organization.get",
        "webhooks.list",
        "webhooks.get",
        "webhooks.create",
        "webhooks.update",
        "webhooks.delete",
        "webhooks.delivery_status",
        "webhooks.delivery_logs",
    ]:
        tag, method = name.split(".")
        assert callable(getattr(getattr(client, tag), method)), name
