"""Every Python snippet in the README runs as written, against the fake Dixa.

Each ```python block is run as a script in a fresh interpreter, with `DIXA_API_KEY` set and the
README's fake-server address (`http://127.0.0.1:8765`, the default of `dixa-async fake-server`)
pointed at a fake Dixa server this test starts on a free port; nothing else is changed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from dixa_async.testing import FakeDixa, run_fake_server

README = Path(__file__).resolve().parents[1] / "README.md"
FAKE_SERVER_URL = "http://127.0.0.1:8765"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def snippets() -> list[tuple[int, str]]:
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in BLOCK.finditer(text)]


def test_the_readme_has_snippets() -> None:
    assert len(snippets()) >= 4


@pytest.fixture(scope="module")
def fake_server_url() -> object:
    with run_fake_server(FakeDixa(conversations=300)) as url:
        yield url


@pytest.mark.parametrize(
    ("line", "code"), snippets(), ids=lambda v: f"L{v}" if isinstance(v, int) else ""
)
def test_readme_snippet_runs(line: int, code: str, fake_server_url: str, tmp_path: Path) -> None:
    env = os.environ | {"DIXA_API_KEY": "readme-token", "PYTHONWARNINGS": "error::ResourceWarning"}
    done = subprocess.run(
        [sys.executable, "-c", code.replace(FAKE_SERVER_URL, fake_server_url)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"README.md line {line}:\n{done.stderr[-3000:]}"
    assert "readme-token" not in done.stdout + done.stderr
