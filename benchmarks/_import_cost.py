"""Start-up cost of the SDK beside `import httpx`: what a CLI start, a serverless cold start
and every worker process pay before the first request.

Each sample is a fresh interpreter (`python -c ...`) timed from the parent; it prints its own
peak RSS. The two commands alternate, so machine noise hits both alike; medians are compared.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from ._report import Figure

__all__ = ["import_cost_figures"]

# The peak RSS of the interpreter's own address space (VmHWM, in kB). Not ru_maxrss: that
# one survives exec and would report the (larger) benchmark process that started the child.
_REPORT_RSS = (
    "print(next(line.split()[1] for line in open('/proc/self/status') "
    "if line.startswith('VmHWM:')))"
)
BASELINE = "import httpx"
SDK = "from dixa_async import DixaClient; DixaClient('bench-token')"


def _sample(code: str) -> tuple[float, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", f"{code}; {_REPORT_RSS}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    elapsed = time.perf_counter() - started
    return elapsed, int(done.stdout.split()[-1]) / 1024


def import_cost_figures(samples: int = 15) -> list[Figure]:
    """Median wall time and peak RSS of `SDK` against `BASELINE` (targets: <= 2x, <= +12 MB)."""
    runs: dict[str, list[tuple[float, float]]] = {BASELINE: [], SDK: []}
    for _ in range(samples):
        for code in runs:
            runs[code].append(_sample(code))
    seconds = {code: statistics.median(t for t, _ in got) for code, got in runs.items()}
    rss = {code: statistics.median(m for _, m in got) for code, got in runs.items()}
    details = {
        "samples": samples,
        "httpx_s": round(seconds[BASELINE], 3),
        "sdk_s": round(seconds[SDK], 3),
        "httpx_rss_mb": round(rss[BASELINE], 1),
        "sdk_rss_mb": round(rss[SDK], 1),
    }
    return [
        Figure(
            "import + construct DixaClient, time vs `import httpx` (median)",
            seconds[SDK] / seconds[BASELINE],
            "x",
            2.0,
            "<=",
            details=details,
        ),
        Figure(
            "import + construct DixaClient, peak RSS above `import httpx`",
            rss[SDK] - rss[BASELINE],
            "MB",
            12.0,
            "<=",
            details=details,
        ),
    ]
