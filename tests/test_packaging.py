"""A wheel holds `dixa_async` and nothing else: the generated client with each hand-written
area (`custom/<area>/`) installed as `dixa_async.<area>`, importable by its public path."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# What the README promises users can import, one line per area.
PUBLIC_IMPORTS = """
import dixa_async
from dixa_async import DixaClient, DixaError, NotFoundError, TokenPool, __version__
from dixa_async.jobs import run_job, TokenPool as JobsTokenPool
from dixa_async.bulk import run_bulk
from dixa_async.warehouse import export_conversations, export_period, sync
from dixa_async.webhooks import WebhookReceiver, verify_signature
from dixa_async.testing import FakeDixa
from dixa_async.limits import RedisLimiter
from dixa_async.search import F
assert TokenPool is JobsTokenPool
print(dixa_async.__file__)
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("dixa_async-*.whl")
    return built


def test_wheel_maps_each_area_into_the_package_and_ships_type_markers(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {
        name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")
    }
    assert top_level == {"dixa_async"}
    assert not any(name.startswith("dixa_async/custom/") for name in names)
    for area in ("_core", "jobs", "bulk", "warehouse", "webhooks", "testing", "limits", "search"):
        assert f"dixa_async/{area}/__init__.py" in names
    assert "dixa_async/_core/_errors.py" in names
    assert "dixa_async/py.typed" in names
    assert "dixa_async/api/conversations/get_conversations_conversationid.py" in names


def test_public_paths_import_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    # The wheel unpacked ahead of the editable install on sys.path: every import below must be
    # served from the wheel's files, as in a normal (non-editable) install.
    zipfile.ZipFile(wheel).extractall(tmp_path)
    code = f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n" + PUBLIC_IMPORTS
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "dixa_async" / "__init__.py")
