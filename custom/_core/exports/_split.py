"""Cutting an export body - one JSON array, possibly hundreds of megabytes - into its items
as the bytes arrive, with bounded memory and bounded nesting.

The fast path hands many items at once to orjson: it picks the last `}` of the buffer that
is followed by `,` or `]` and around which the brackets balance, and parses everything up to
it as one array. orjson validates every byte, so a wrong guess (a `}` inside a string, or in
a nested object) cannot produce a wrong item: the parse fails, and the buffer is then cut
exactly by a small scanner that skips strings and counts brackets, one item at a time, until
the next chunk. Either way memory holds one chunk plus the item being completed.

Bounds: an item may nest at most `MAX_DEPTH` levels (the scanner refuses deeper ones as soon
as it sees them; orjson refuses more than 1,024 levels in any case) and may be at most
`max_item_bytes` long; a body that breaks either is a `BodyError`, not a process that grows.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

__all__ = ["MAX_DEPTH", "MAX_ITEM_BYTES", "BodyError", "ItemSplitter"]

MAX_DEPTH = 512
MAX_ITEM_BYTES = 64 * 1024 * 1024

_SPACE = re.compile(rb"[ \t\r\n]*")
# A string (group `close` is None when it is not finished yet), or a bracket or a comma.
_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*(?P<close>")?|[\[\]{},]', re.DOTALL)

_START, _FIRST, _NEXT, _AFTER, _DONE = range(5)
# How many `}` the fast path tries, from the end of the buffer back, before it gives up.
_TRIES = 256
# Below this many unparsed bytes the fast path waits for more data when it sees no item end;
# beyond, the scanner takes over (a huge item, or strings that upset the guess).
_WAIT = 1 << 20


class BodyError(Exception):
    """The body is not a JSON array of values within the bounds; the message says why."""


class ItemSplitter:
    """Feed it the body chunk by chunk; it returns the items completed so far, decoded.

    ```python
    splitter = ItemSplitter()
    for chunk in chunks:
        for item in splitter.feed(chunk):
            ...
    for item in splitter.close():   # BodyError if the array is not complete
        ...
    ```
    """

    def __init__(self, *, max_item_bytes: int = MAX_ITEM_BYTES) -> None:
        self._buf = bytearray()
        self._pos = 0
        self._state = _START
        self._max_item = max_item_bytes
        # The scanner's progress through an unfinished item: where to go on, at which depth.
        self._scan_at = -1
        self._depth = 0
        self.items = 0

    @property
    def started(self) -> bool:
        """True once the opening `[` has been seen."""
        return self._state != _START

    def feed(self, chunk: bytes) -> list[Any]:
        self._buf += chunk
        out: list[Any] = []
        self._run(out)
        if self._pos:
            shift = self._pos
            del self._buf[:shift]
            self._pos = 0
            if self._scan_at >= 0:
                self._scan_at -= shift
        return out

    def close(self) -> list[Any]:
        """The items the last bytes completed; BodyError unless the array ended properly."""
        out: list[Any] = []
        self._run(out, final=True)
        if self._state == _START:
            raise BodyError("the body is empty, expected a JSON array")
        if self._state != _DONE:
            rest = bytes(self._buf[self._pos :])
            reason = "the body ends before the array does"
            if rest.strip():
                try:
                    orjson.loads(rest)
                except orjson.JSONDecodeError as exc:
                    reason += f" ({exc})"
            raise BodyError(f"{reason}, after {self.items} items")
        return out

    # ---- the state machine -----------------------------------------------------------------

    def _run(self, out: list[Any], *, final: bool = False) -> None:
        buf = self._buf
        fast = True  # one failed fast parse per feed at most: then item by item
        while True:
            pos = _SPACE.match(buf, self._pos).end()  # type: ignore[union-attr]
            self._pos = pos
            if pos >= len(buf):
                return
            byte = buf[pos]
            state = self._state
            if state == _START:
                if byte != 0x5B:  # [
                    raise BodyError(
                        f"expected a JSON array, the body starts with {bytes(buf[pos : pos + 40])!r}"
                    )
                self._pos, self._state = pos + 1, _FIRST
            elif state == _AFTER:
                if byte == 0x2C:  # ,
                    self._pos, self._state = pos + 1, _NEXT
                elif byte == 0x5D:  # ]
                    self._pos, self._state = pos + 1, _DONE
                else:
                    raise BodyError(
                        f"expected `,` or `]` after item {self.items}, got {chr(byte)!r}"
                    )
            elif state == _DONE:
                raise BodyError(f"unexpected data after the array: {bytes(buf[pos : pos + 40])!r}")
            elif state == _FIRST and byte == 0x5D:
                self._pos, self._state = pos + 1, _DONE
            else:
                if fast and self._scan_at < 0:
                    found = self._many(out)
                    if found is True:
                        continue
                    if found is None and not final and len(buf) - self._pos < _WAIT:
                        return  # no item end in sight yet: wait for the next chunk
                    fast = False
                if not self._one(out):
                    if len(buf) - self._pos > self._max_item:
                        raise BodyError(f"item {self.items} is larger than {self._max_item} bytes")
                    return

    def _many(self, out: list[Any]) -> bool | None:
        """Parse every item up to the last likely item end in one go: True if done, None if
        there is no likely item end, False if the guess was wrong (nothing is consumed)."""
        buf, pos = self._buf, self._pos
        end = buf.rfind(b"}", pos)
        if end < 0:
            return None
        # Bracket balance of buf[pos:end + 1], kept up to date as `end` moves back.
        balance = _balance(buf, pos, end + 1)
        tries = 0
        while True:
            after = _SPACE.match(buf, end + 1).end()  # type: ignore[union-attr]
            if balance == (0, 0) and after < len(buf) and buf[after] in b",]":
                break
            tries += 1
            previous = buf.rfind(b"}", pos, end)
            if previous < 0 or tries > _TRIES:
                return None
            cut = _balance(buf, previous + 1, end + 1)
            balance = (balance[0] - cut[0], balance[1] - cut[1])
            end = previous
        try:
            items = orjson.loads(b"[" + buf[pos : end + 1] + b"]")
        except orjson.JSONDecodeError:
            return False
        out.extend(items)
        self.items += len(items)
        self._pos, self._state = end + 1, _AFTER
        return True

    def _one(self, out: list[Any]) -> bool:
        """Cut exactly one item with the scanner; False when it is not complete yet."""
        buf, pos = self._buf, self._pos
        at = self._scan_at if self._scan_at >= 0 else pos
        depth = self._depth
        scalar = buf[pos] not in b"[{"
        end = -1
        for token in _TOKEN.finditer(buf, at):
            kind = buf[token.start()]
            if kind == 0x22:  # a string
                if token.group("close") is None:
                    at = token.start()  # go on from its opening quote
                    break
                continue
            if kind in b"[{":
                depth += 1
                if depth > MAX_DEPTH:
                    raise BodyError(f"item {self.items} is nested deeper than {MAX_DEPTH} levels")
            elif kind in b"]}":
                depth -= 1
                if depth < 0:  # the array's own `]` after a scalar
                    end = token.start()
                    break
                if depth == 0 and not scalar:
                    end = token.end()
                    break
            elif depth == 0:  # a comma after a scalar
                end = token.start()
                break
            at = token.end()
        else:
            at = len(buf)
        if end < 0:
            self._scan_at, self._depth = at, depth
            return False
        self._scan_at, self._depth = -1, 0
        try:
            item = orjson.loads(buf[pos:end])
        except orjson.JSONDecodeError as exc:
            raise BodyError(f"item {self.items} is not JSON ({exc})") from None
        out.append(item)
        self.items += 1
        self._pos, self._state = end, _AFTER
        return True


def _balance(buf: bytearray, start: int, stop: int) -> tuple[int, int]:
    """Opening minus closing braces, and brackets, in buf[start:stop] (strings included: a
    guess that orjson then checks)."""
    return (
        buf.count(b"{", start, stop) - buf.count(b"}", start, stop),
        buf.count(b"[", start, stop) - buf.count(b"]", start, stop),
    )
