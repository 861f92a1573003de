"""The README's "Sharing the rate limit across processes" snippets run as written.

They need a Redis, which `tests/test_readme.py` (the runner of the README's ```python blocks)
does not start, so the section marks them ```py and they run here instead: each block as a
script in a fresh interpreter, with `DIXA_API_KEY` set, the README's fake-server address
pointed at a fake Dixa served at Dixa's real limit and its Redis address at a real
redis-server; nothing else is changed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from dixa_async.testing import FakeDixa

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Sharing the rate limit across processes"
BLOCK = re.compile(r"^```py\n(.*?)^```$", re.DOTALL | re.MULTILINE)
FAKE_SERVER_URL = "http://127.0.0.1:8765"
README_REDIS_URL = "redis://localhost:6379/0"
TOKEN = "readme-shared-token"


def section_snippets() -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.index("\n## ", start + len(SECTION))
    return BLOCK.findall(text[start:end])


def run_snippet(code: str, fake_url: str, redis_url: str, cwd: Path) -> str:
    assert FAKE_SERVER_URL in code
    assert README_REDIS_URL in code
    script = cwd / "snippet.py"
    script.write_text(
        code.replace(FAKE_SERVER_URL, fake_url).replace(README_REDIS_URL, redis_url),
        encoding="utf-8",
    )
    env = os.environ | {"DIXA_API_KEY": TOKEN, "PYTHONWARNINGS": "error::ResourceWarning"}
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert TOKEN not in done.stdout + done.stderr
    return done.stdout


def test_the_section_has_its_two_snippets() -> None:
    assert len(section_snippets()) == 2


@pytest.mark.fake_dixa(rate_limit=(10.0, 4))
def test_the_client_and_pool_snippet_runs(
    fake_dixa_server: str, redis_url: str, tmp_path: Path
) -> None:
    usage = section_snippets()[0]
    assert run_snippet(usage, fake_dixa_server, redis_url, tmp_path).strip()


@pytest.mark.fake_dixa(rate_limit=(10.0, 4))
def test_the_bulk_job_split_across_workers_runs_and_tags_everything_once(
    fake_dixa: FakeDixa, fake_dixa_server: str, redis_url: str, tmp_path: Path
) -> None:
    ids = sorted(fake_dixa.store.conversations)[:40]
    (tmp_path / "ids.txt").write_text("".join(f"{cid}\n" for cid in ids), encoding="utf-8")
    worked_example = section_snippets()[1]
    out = run_snippet(worked_example, fake_dixa_server, redis_url, tmp_path)
    assert "succeeded, failed per worker: [(10, 0), (10, 0), (10, 0), (10, 0)]" in out
    assert sorted(tmp_path.glob("tagging.*.ckpt")) == [
        tmp_path / f"tagging.{shard}.ckpt" for shard in range(4)
    ]
    # One tag write per conversation: every shard did its part, none did another's.
    tagged = [
        int(op.path.split("/")[3])
        for op in fake_dixa.operations
        if op.method == "PUT" and op.route.endswith("/tags/{tagId}") and op.status < 300
    ]
    assert sorted(tagged) == ids
