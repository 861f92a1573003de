"""Which Dixa a job's state file belongs to: the base URL and a fingerprint of the token.

Every state file records its `Target` when it is created, and every run compares it with
the clients it was given before anything is sent: a checkpoint made against one Dixa and
used against another would skip records that were never written there. A mismatch is a
`JobError` naming both.

The fingerprint is `sha256:` and the first 16 hex digits of SHA-256 over a domain prefix
and the token. It identifies a token without revealing it (the prefix keeps it distinct
from any other hash of the same token, such as the limiter's registry key), and 64 bits
are plenty to tell a handful of tokens apart. The token itself is never written.

Matching: the base URLs must be equal, and at least one token of this run must be one the
file recorded - a `TokenPool` may gain or lose tokens of the same organization between
runs, but a run sharing no token with the file is refused. A file without a target (format
1, written before targets were recorded) adopts the first one it is used with. Clients
that do not say where they point (test doubles without `base_url`/`raw.token`) have no
target, and are not checked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dixa_async._core._errors import JobError

from ._schema import Each, Obj, Spec, Str

__all__ = ["TARGET_SPEC", "Target", "fingerprint", "target_of"]

_DOMAIN = b"dixa-async state target v1\x00"

TARGET_SPEC: Spec = Obj(
    {
        "base_url": Str(nonempty=True),
        "tokens": Each(Str(pattern=r"sha256:[0-9a-f]{16}", meaning="a token fingerprint")),
    }
)


def fingerprint(token: str) -> str:
    """`sha256:<16 hex digits>` for `token` (see the module docstring)."""
    return "sha256:" + hashlib.sha256(_DOMAIN + token.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Target:
    """A Dixa base URL and the fingerprints of the tokens used against it."""

    base_url: str
    tokens: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "tokens": list(self.tokens)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Target:
        """From a record already checked against `TARGET_SPEC`."""
        return cls(str(data["base_url"]), tuple(data["tokens"]))

    def __str__(self) -> str:
        return f"{self.base_url} (token {', '.join(self.tokens) or 'unknown'})"

    def matches(self, other: Target) -> bool:
        return self.base_url == other.base_url and bool(set(self.tokens) & set(other.tokens))

    def check(self, recorded: Target | None, path: Path | str, what: str) -> None:
        """Raise `JobError` unless the state file `path` (a `what`) recorded this target
        (or none at all).

        Raises:
            JobError: names both targets (never a token).
        """
        if recorded is None or recorded.matches(self):
            return
        raise JobError(
            f"{what} {path} was made against {recorded}, not {self}: it records what was "
            "done there, so using it here would skip work never done here; nothing was "
            "sent (use a new file for this Dixa)"
        )


def _client_target(client: object, *, exports: bool) -> tuple[str, str] | None:
    raw = getattr(client, "raw", None)
    token = getattr(raw, "token", None)
    # The Exports API lives on its own host (`DixaClient.exports_base_url`).
    base_url = getattr(client, "exports_base_url" if exports else "base_url", None)
    if not isinstance(token, str) or not isinstance(base_url, str):
        return None
    return base_url, fingerprint(token)


def target_of(clients: object | Sequence[object], *, exports: bool = False) -> Target | None:
    """The target of a `DixaClient` or of the clients of a `TokenPool` (the first one's base
    URL; every client's token) - of its Exports API when `exports`. None when a client does
    not say where it points."""
    members: Iterable[object]
    pool_clients = getattr(clients, "clients", None)
    if isinstance(pool_clients, tuple):
        members = pool_clients
    elif isinstance(clients, list | tuple):
        members = clients
    else:
        members = (clients,)
    found = [_client_target(c, exports=exports) for c in members]
    if not found or any(f is None for f in found):
        return None
    pairs = [f for f in found if f is not None]
    return Target(pairs[0][0], tuple(sorted({fp for _, fp in pairs})))
