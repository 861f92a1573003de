"""The Redis client is an extra: without it the module still imports and says what to install."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WITHOUT_REDIS = """
import sys
sys.modules["redis"] = None  # as if the extra were not installed: `import redis` fails
from dixa_async import ConfigurationError
from dixa_async.limits import RedisLimiter
try:
    RedisLimiter("redis://127.0.0.1:6379/0")
except ConfigurationError as exc:
    print(exc)
"""


def test_without_the_extra_redis_limiter_names_the_install_command() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_REDIS], capture_output=True, text=True, check=True
    )
    assert "pip install 'dixa-async[redis]'" in done.stdout


def test_the_redis_extra_is_declared_and_the_dev_extra_pulls_it_in() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert any(req.startswith("redis>=5") for req in extras["redis"])
    assert any("redis" in req and req.startswith("dixa-async[") for req in extras["dev"])
