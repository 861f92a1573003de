"""Every exported `DixaError` survives pickle (multiprocessing, job queues) with its fields
intact, and a pickled error never carries the API token."""

from __future__ import annotations

import inspect
import multiprocessing
import pickle
import typing
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import dixa_async as custom
from dixa_async import APIConnectionError, DixaError, NotFoundError

if TYPE_CHECKING:
    # Not imported at run time: the worker process of the last test imports this module,
    # and there `conftest` could name another directory's conftest.
    from conftest import MakeClient

# A value for every constructor field an error class has; a new field needs one here.
SAMPLES: dict[str, object] = {
    "message": "Dixa says no",
    "status_code": 418,
    "method": "PATCH",
    "path": "/v1/endusers/u-1",
    "body": b'{"message":"Dixa says no"}',
    "headers": {"x-request-id": "req-1", "content-type": "application/json"},
}
_BY_TYPE: dict[object, object] = {str: "sample text", int: 7, bytes: b"raw", float: 1.5}


def _exported_error_classes() -> list[type[DixaError]]:
    found: set[type[DixaError]] = set()
    for module in (custom,):
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, DixaError):
                found.add(value)
    return sorted(found, key=lambda cls: cls.__name__)


ERROR_CLASSES = _exported_error_classes()


def _sample(cls: type[DixaError], name: str, hint: object) -> object:
    if name in SAMPLES:
        return SAMPLES[name]
    for candidate in typing.get_args(hint) or (hint,):
        if candidate in _BY_TYPE:
            return _BY_TYPE[candidate]
    pytest.fail(f"add a sample value for {cls.__name__}({name}: {hint})")


def build(cls: type[DixaError]) -> tuple[DixaError, dict[str, object]]:
    """An instance of `cls` with every constructor field set; and those fields."""
    init = cls.__init__
    params = [
        p
        for p in inspect.signature(init).parameters.values()
        if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    if not params:  # Exception's own constructor
        return cls("something went wrong"), {}
    hints = typing.get_type_hints(init)
    args: list[object] = []
    kwargs: dict[str, object] = {}
    fields: dict[str, object] = {}
    for p in params:
        value = _sample(cls, p.name, hints.get(p.name, str))
        fields[p.name] = value
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = value
        else:
            args.append(value)
    return cls(*args, **kwargs), fields


def test_every_error_class_is_covered() -> None:
    names = {cls.__name__ for cls in ERROR_CLASSES}
    assert {"DixaError", "APIStatusError", "NotFoundError", "JobError"} <= names
    assert len(ERROR_CLASSES) >= 18


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_errors_survive_a_pickle_round_trip_with_their_fields(
    cls: type[DixaError], protocol: int
) -> None:
    error, fields = build(cls)
    error.add_note("raised while tagging conversation 1001")
    clone = pickle.loads(pickle.dumps(error, protocol=protocol))
    assert type(clone) is cls
    assert clone.args == error.args
    assert str(clone) == str(error)
    assert vars(clone) == vars(error)
    for name, value in fields.items():
        if hasattr(error, name):
            assert getattr(clone, name) == value, name
    assert clone.__notes__ == ["raised while tagging conversation 1001"]


def test_status_errors_keep_every_field_after_unpickling() -> None:
    error = NotFoundError(
        "no such conversation", status_code=404, method="GET", path="/v1/conversations/9",
        body=b'{"message":"no such conversation"}', headers={"x-request-id": "r-9"},
    )  # fmt: skip
    clone = pickle.loads(pickle.dumps(error))
    assert (clone.status_code, clone.message, clone.method, clone.path) == (
        404, "no such conversation", "GET", "/v1/conversations/9",
    )  # fmt: skip
    assert clone.body == b'{"message":"no such conversation"}'
    assert clone.headers == {"x-request-id": "r-9"}
    assert str(clone) == "GET /v1/conversations/9 -> 404: no such conversation"


async def test_errors_raised_by_a_real_call_pickle_without_the_token(
    make_client: MakeClient,
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/9"):
            return httpx.Response(404, json={"message": "no such conversation"})
        raise httpx.ConnectError("connection refused", request=request)

    dixa, _ = make_client(answer, max_retries=0)
    with pytest.raises(NotFoundError) as status:
        await dixa.conversations.get(9)
    with pytest.raises(APIConnectionError) as network:
        await dixa.conversations.get(10)
    # In memory, the chained httpx error still holds the request and its token...
    cause = network.value.__cause__
    assert isinstance(cause, httpx.TransportError)
    token = cause.request.headers["authorization"]
    assert token == dixa.raw.token
    for error in (status.value, network.value):
        # ...but none of that goes into the pickle.
        data = pickle.dumps(error)
        assert token.encode() not in data
        clone = pickle.loads(data)
        assert type(clone) is type(error)
        assert vars(clone) == vars(error)
        assert token not in repr(clone) + str(clone)
    assert pickle.loads(pickle.dumps(status.value)).status_code == 404
    assert pickle.loads(pickle.dumps(network.value)).path == "/v1/conversations/10"


def _fail_in_child(status_code: int) -> None:
    raise NotFoundError(
        "gone", status_code=status_code, method="DELETE", path="/v1/tags/7", body=b"{}"
    )


def test_an_error_raised_in_a_worker_process_arrives_intact() -> None:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(_fail_in_child, 404)
        with pytest.raises(NotFoundError) as caught:
            future.result(timeout=120)
    error: Any = caught.value
    assert (error.status_code, error.method, error.path, error.body) == (
        404, "DELETE", "/v1/tags/7", b"{}",
    )  # fmt: skip
