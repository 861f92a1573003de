"""This process's memory, read from /proc/self/status (Linux), in MB.

The peak is `VmHWM`, the high-water mark of this process's own address space. Not
`ru_maxrss`: that one survives exec, so a child would report the benchmark process that
started it whenever that process was the larger (it once printed 4.4 GB that way).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["peak_mb", "reset_peak", "rss_mb"]


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {field} in /proc/self/status")


def rss_mb() -> float:
    """Resident memory now."""
    return _status_mb("VmRSS")


def peak_mb() -> float:
    """Peak resident memory since the process started, or since `reset_peak`."""
    return _status_mb("VmHWM")


def reset_peak() -> float:
    """Start the peak afresh (for a figure measured in a process that ran others before);
    returns the resident memory now."""
    Path("/proc/self/clear_refs").write_text("5")
    return rss_mb()
