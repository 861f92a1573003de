"""A wheel holds `dixa_async` with the hand-written layer as `dixa_async.custom`, and nothing else."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_maps_custom_into_the_package_and_ships_type_markers(tmp_path: Path) -> None:
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
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("dixa_async-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {
        name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")
    }
    assert top_level == {"dixa_async"}
    assert "dixa_async/custom/__init__.py" in names
    assert "dixa_async/custom/_errors.py" in names
    assert "dixa_async/py.typed" in names
    assert "dixa_async/custom/py.typed" in names
    assert "dixa_async/api/conversations/get_conversations_conversationid.py" in names
