"""Every fenced Python block of the README runs as written, or is marked as not runnable.

The convention, for everyone who adds a README section (this test enforces it):

* ```` ```python ```` (or ```` ```py ````): runnable. Run unchanged as a script by a fresh
  interpreter in an empty temporary folder, with `DIXA_API_KEY=readme-token` set and the
  address `http://127.0.0.1:8765` (the default of `dixa-async fake-server`) pointing at a
  fake Dixa this test serves on a free port. It must exit 0 and never print the key.
* ```` ```python redis ````: runnable the same way, and `redis://localhost:6379/0` points at
  a real redis-server this test starts on a free port.
* ```` ```python synopsis ````: not run. For shapes the reader adapts (a web framework, a
  real Dixa account); the text around it should say what it needs.

Any other word after `python` fails, and so does a runnable block that does not run.
Blocks in other languages (`sh`, `json`) are not run. Two blocks may not name the same
file (`"open.jsonl"`): a reader running them one after another in one folder would mix
their outputs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from dixa_async.testing import FakeDixa, run_fake_server

sys.path.insert(0, str(Path(__file__).parent / "limits"))
from _redis_server import RedisServer, find_redis_server

README = Path(__file__).resolve().parents[1] / "README.md"
FAKE_SERVER_URL = "http://127.0.0.1:8765"
REDIS_URL = "redis://localhost:6379/0"
KEY = "readme-token"
BLOCK = re.compile(r"^```(?:python|py)\b([^\n]*)\n(.*?)^```$", re.DOTALL | re.MULTILINE)
MARKS = {"", "redis", "synopsis"}
FILE_NAME = re.compile(r"""["']([\w.{}-]+\.(?:jsonl|ckpt|csv|json|duckdb|db|txt|parquet))["']""")


def blocks() -> list[tuple[int, str, str]]:
    """(line, mark, code) of every fenced Python block."""
    text = README.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 1, m.group(1).strip(), m.group(2))
        for m in BLOCK.finditer(text)
    ]


RUNNABLE = [(line, mark, code) for line, mark, code in blocks() if mark in ("", "redis")]


def test_every_python_block_is_runnable_or_a_synopsis() -> None:
    unknown = [f"line {line}: {mark!r}" for line, mark, _ in blocks() if mark not in MARKS]
    assert not unknown, f"README python blocks with an unknown mark: {unknown}"
    assert len(RUNNABLE) >= 8


def test_no_two_blocks_name_the_same_file() -> None:
    users: dict[str, list[int]] = defaultdict(list)
    for line, _, code in blocks():
        for name in sorted(set(FILE_NAME.findall(code))):
            users[name].append(line)
    shared = {name: lines for name, lines in users.items() if len(lines) > 1}
    assert not shared, f"files named by more than one README block (lines): {shared}"


@pytest.fixture(scope="module")
def fake_server_url() -> Iterator[str]:
    with run_fake_server(FakeDixa(conversations=300)) as url:
        yield url


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    executable = find_redis_server()
    if executable is None:
        pytest.fail("the README's Redis blocks need redis-server (apt-get install redis-server)")
    server = RedisServer(executable, tmp_path_factory.mktemp("readme-redis"))
    server.start()
    try:
        yield server.url
    finally:
        server.kill()


def run_block(code: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"DIXA_API_KEY": KEY, "PYTHONWARNINGS": "error::ResourceWarning"}
    env.pop("DIXA_ASYNC_LOG", None)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("line", "mark", "code"), RUNNABLE, ids=[f"L{line}" for line, _, _ in RUNNABLE]
)
def test_readme_block_runs(
    line: int,
    mark: str,
    code: str,
    fake_server_url: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    code = code.replace(FAKE_SERVER_URL, fake_server_url)
    if mark == "redis":
        code = code.replace(REDIS_URL, request.getfixturevalue("redis_url"))
    done = run_block(code, tmp_path)
    assert done.returncode == 0, f"README.md line {line}:\n{done.stderr[-3000:]}"
    assert KEY not in done.stdout + done.stderr
