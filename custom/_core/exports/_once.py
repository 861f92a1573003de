"""Each item once across the windows of a run, and nothing Dixa returns dropped.

Dixa does not say whether `_before` is inclusive, nor - for `message_export` - whether the
bounds select the message or its conversation. So an item may arrive in a window its own
timestamp is not in (a stray): on a shared boundary, or a message of a January conversation
written in February arriving with January. Strays are delivered, never dropped, and counted.
What keeps delivery exactly-once:

* an item repeated inside one window is delivered the first time only;
* a stray whose timestamp lies in a later window of the run is remembered (id and
  timestamp), and when that window returns it too, it is not delivered again;
* with `remember_all`, every delivered key is remembered for the rest of the run (for
  requests that select by another field than the item's own timestamp, such as messages
  by their conversation's `updated_at`, which any window may return again).

A window's remembered strays count only once the window is committed (`commit`): a window
that fails and is rolled back forgets what it saw (`rollback`).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field

__all__ = ["Delivery"]


@dataclass
class Delivery:
    """The bookkeeping of one stream kind (conversations or messages) over a run.

    `strays` maps the key of each committed stray whose timestamp lies after its window to
    that timestamp (ms); `run_before_ms` is the end of the run (strays beyond it are not
    remembered: no window of the run can return them again). Counters: `outside` (strays
    delivered), `repeated` (items not delivered again).
    """

    run_before_ms: int
    strays: dict[Hashable, int] = field(default_factory=dict)
    remember_all: bool = False
    delivered: set[Hashable] = field(default_factory=set, repr=False)
    outside: int = 0
    repeated: int = 0
    _window: set[Hashable] = field(default_factory=set, repr=False)
    _pending: dict[Hashable, int] = field(default_factory=dict, repr=False)

    @classmethod
    def restore(
        cls,
        run_before_ms: int,
        strays: Mapping[Hashable, int],
        delivered: set[Hashable] | None = None,
    ) -> Delivery:
        """The bookkeeping of a resumed run: the strays of its done windows, and (for
        `remember_all`) every key they delivered."""
        return cls(run_before_ms, dict(strays), delivered is not None, delivered or set())

    def admit(self, key: Hashable, stamp: int | None, after_ms: int, before_ms: int) -> bool:
        """True when the item `key` stamped `stamp` (ms; None: unknown) that arrived in the
        window [after_ms, before_ms) is to be delivered now."""
        if key in self._window or key in self.strays or key in self.delivered:
            self.repeated += 1
            return False
        self._window.add(key)
        if stamp is not None and not after_ms <= stamp < before_ms:
            self.outside += 1
            if before_ms <= stamp < self.run_before_ms:
                self._pending[key] = stamp
        return True

    def commit(self) -> dict[Hashable, int]:
        """The window is done: remember its strays; returns them (to be stored with it)."""
        done = self._pending
        self.strays.update(done)
        if self.remember_all:
            self.delivered |= self._window
        self._window, self._pending = set(), {}
        return done

    def rollback(self) -> None:
        """The window failed: forget what it delivered."""
        self._window, self._pending = set(), {}
