"""The three ways to run the fake Dixa share one set of defaults and serve the same
organisation; without the `testing` extra they say which extra to install."""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dixa_async.cli import main as cli_main
from dixa_async.cli._target import resolve_target
from dixa_async.testing import FakeDixa, _defaults
from dixa_async.testing import __main__ as fake_main

# -- one set of defaults ---------------------------------------------------------------


def test_the_shared_defaults_are_dixas_limit_on_this_machine_only() -> None:
    assert _defaults.HOST == "127.0.0.1"
    assert _defaults.RATE_LIMIT == (10.0, 4)
    assert _defaults.CONVERSATIONS >= 1_000  # "thousands", as the README says


def _expected() -> dict[str, Any]:
    return {
        "host": _defaults.HOST,
        "port": _defaults.PORT,
        "seed": _defaults.SEED,
        "conversations": _defaults.CONVERSATIONS,
        "no_rate_limit": False,
        "api_keys": None,
    }


def _picked(args: argparse.Namespace) -> dict[str, Any]:
    return {name: getattr(args, name) for name in _expected()}


def test_python_m_testing_uses_the_shared_defaults() -> None:
    assert _picked(fake_main.build_parser().parse_args([])) == _expected()


def test_dixa_async_fake_server_uses_and_passes_on_the_shared_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handed: list[list[str]] = []

    def serve(argv: list[str], *, prog: str) -> int:
        handed.append(argv)
        return 0

    monkeypatch.setattr(fake_main, "main", serve)
    assert cli_main(["fake-server"]) == 0
    # What `dixa-async fake-server` hands to the fake's own entry point means the same.
    assert _picked(fake_main.build_parser().parse_args(handed[0])) == _expected()


def test_the_embedded_fake_uses_the_shared_defaults() -> None:
    target = resolve_target(None, None, None, fake=True, environ={})
    fake = target.embedded
    assert isinstance(fake, FakeDixa)
    assert fake.store.seed == _defaults.SEED
    assert len(fake.store.conversations) == _defaults.CONVERSATIONS
    assert fake.rate_limit == _defaults.RATE_LIMIT


def test_the_readme_documents_the_shared_defaults() -> None:
    readme = Path(__file__).resolve().parents[2] / "README.md"
    text = readme.read_text(encoding="utf-8")
    section = text[text.index("## The fake Dixa server") :]
    section = section[: section.index("\n## ", 1)]
    rate, burst = _defaults.RATE_LIMIT
    for fact in (
        f"seed {_defaults.SEED} with {_defaults.CONVERSATIONS:,} conversations",
        f"({rate:g} requests/s, burst {burst})",
        f"{_defaults.HOST}:{_defaults.PORT}",
        f"[--port {_defaults.PORT}] [--seed {_defaults.SEED}] "
        f"[--conversations {_defaults.CONVERSATIONS}]",
        "dixa-async fake-server",
        "pip install 'dixa-async[testing]'",
    ):
        assert fact in section, fact


# -- the two servers and the embedded fake serve the same organisation -----------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(command: list[str]) -> Iterator[tuple[str, str]]:
    """Start a fake server on a free port; yield (its banner, its base URL)."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "DIXA_API_KEY"}
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        banner = process.stdout.readline().strip()
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, f"the fake server exited: {banner}"
            assert time.monotonic() < deadline, "the fake server did not start"
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        yield banner.replace(str(port), "PORT"), url
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture(scope="module")
def python_m_server() -> Iterator[tuple[str, str]]:
    yield from _serve([sys.executable, "-m", "dixa_async.testing"])


@pytest.fixture(scope="module")
def cli_server() -> Iterator[tuple[str, str]]:
    yield from _serve([sys.executable, "-m", "dixa_async.cli", "fake-server"])


async def _what_it_serves(client: httpx.AsyncClient, last: int) -> tuple[Any, ...]:
    """The organisation, and whether conversation `last` (and `last + 1`) exist."""
    headers = {"Authorization": "defaults-probe"}
    org = (await client.get("/v1/organization", headers=headers)).json()
    found = await client.get(f"/v1/conversations/{last}", headers=headers)
    beyond = await client.get(f"/v1/conversations/{last + 1}", headers=headers)
    return org, found.status_code, found.json()["data"]["requesterId"], beyond.status_code


async def test_all_three_serve_the_same_organisation_with_the_same_setup(
    python_m_server: tuple[str, str], cli_server: tuple[str, str]
) -> None:
    (m_banner, m_url), (cli_banner, cli_url) = python_m_server, cli_server
    setup = _defaults.describe(
        seed=_defaults.SEED,
        conversations=_defaults.CONVERSATIONS,
        rate_limit=_defaults.RATE_LIMIT,
    )
    assert m_banner == cli_banner == f"Fake Dixa API listening on http://127.0.0.1:PORT ({setup})"

    embedded = resolve_target(None, None, None, fake=True, environ={}).embedded
    assert isinstance(embedded, FakeDixa)
    last = max(embedded.store.conversations)
    clients = [
        httpx.AsyncClient(base_url=m_url),
        httpx.AsyncClient(base_url=cli_url),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=embedded), base_url="http://fake"),
    ]
    answers = []
    for client in clients:
        async with client:
            answers.append(await _what_it_serves(client, last))
    assert answers[0][1] == 200
    assert answers[0][3] == 404
    assert answers[0] == answers[1] == answers[2]


# -- without the testing extra ---------------------------------------------------------

_BLOCKER = textwrap.dedent(
    """
    # Simulates an install without the `testing` extra: starlette cannot be imported.
    import sys

    class _NoStarlette:
        def find_spec(self, name, path=None, target=None):
            if name == "starlette" or name.startswith("starlette."):
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, _NoStarlette())
    """
)


@pytest.fixture
def without_starlette(tmp_path: Path) -> dict[str, str]:
    """An environment whose Python cannot import starlette (a sitecustomize blocker)."""
    (tmp_path / "sitecustomize.py").write_text(_BLOCKER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DIXA_API_KEY"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp_path), env.get("PYTHONPATH")]))
    probe = subprocess.run(
        [sys.executable, "-c", "import starlette"], env=env, capture_output=True, text=True
    )
    assert probe.returncode != 0
    assert "No module named 'starlette'" in probe.stderr
    return env


@pytest.mark.parametrize(
    ("command", "prog"),
    [
        (["-m", "dixa_async.testing"], "python -m dixa_async.testing"),
        (["-m", "dixa_async.cli", "fake-server"], "dixa-async fake-server"),
    ],
    ids=["python -m", "fake-server"],
)
def test_without_the_testing_extra_the_fake_says_which_extra_to_install(
    without_starlette: dict[str, str], command: list[str], prog: str
) -> None:
    done = subprocess.run(
        [sys.executable, *command, "--port", str(_free_port())],
        env=without_starlette, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == (
        f"{prog}: the fake Dixa needs the testing extra (starlette is not installed): "
        "pip install 'dixa-async[testing]'"
    )
    assert done.stdout == ""


def test_importing_the_fake_without_the_extra_names_the_extra(
    without_starlette: dict[str, str],
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from dixa_async.testing import FakeDixa"],
        env=without_starlette, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last == (
        "ModuleNotFoundError: the fake Dixa needs the testing extra (starlette is not "
        "installed): pip install 'dixa-async[testing]'"
    )
