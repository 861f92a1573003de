"""A throwaway PostgreSQL cluster on 127.0.0.1 for the loader's Postgres tests: Debian's
`postgresql` binaries, `initdb` into a fresh temporary folder, a free port, trust
authentication for 127.0.0.1 only, stopped and deleted at the end.

`initdb` and `postgres` refuse to run as root; under root (CI, this project's machines) they
run as the unprivileged `postgres` account Debian's package creates (else `nobody`), which
owns the temporary folder."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

__all__ = ["PostgresServer", "find_postgres_bin"]

_DEBIAN = Path("/usr/lib/postgresql")
USER = "dixa"  # the cluster's superuser (not an OS account)


def _version(bindir: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", bindir.parent.name))


def find_postgres_bin() -> Path | None:
    """The folder holding `initdb` and `pg_ctl`: PATH first, then Debian's newest
    `/usr/lib/postgresql/<version>/bin`; None when PostgreSQL is not installed."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    candidates = [p.parent for p in _DEBIAN.glob("*/bin/pg_ctl") if (p.parent / "initdb").exists()]
    return max(candidates, key=_version) if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _account() -> pwd.struct_passwd | None:
    """The account the cluster runs as when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a postgres nor a nobody account exists")


class PostgresServer:
    """`start()` creates and starts the cluster; `url` is a libpq URL for it; `stop()`
    stops it (immediately: nothing in it is kept) and deletes its folder."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = _free_port()
        self.account = _account()
        # Not under pytest's tmp_path: its parents are private to root, and the cluster's
        # account must reach its folder.
        self.directory = Path(tempfile.mkdtemp(prefix="dixa-pg-"))
        if self.account is not None:
            os.chown(self.directory, self.account.pw_uid, self.account.pw_gid)
        self.data = self.directory / "data"

    @property
    def url(self) -> str:
        return f"postgresql://{USER}:unused@127.0.0.1:{self.port}/postgres"

    def _run(self, *command: str) -> None:
        argv = [str(self.bindir / command[0]), *command[1:]]
        if self.account is not None:
            argv = ["runuser", "-u", self.account.pw_name, "--", *argv]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            log = self.directory / "server.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stdout}{done.stderr}{tail}")

    def start(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync"
        )
        # -F: no fsync (a throwaway cluster); -k: the socket in our folder, not /run.
        options = f"-p {self.port} -h 127.0.0.1 -k {self.directory} -F"
        log = str(self.directory / "server.log")
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "-t", "30", "start"
        )

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)
