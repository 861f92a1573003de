"""Reading the JSON-lines files jobs append to (checkpoints, export output), strictly.

The rule, the same for every such file:

* Every line ends with a newline and holds one JSON object in UTF-8. A line that does not
  is damage: `JobError` naming the file and the line number. Empty lines are skipped.
* The one exception is the very end of the file. Each record is appended with a single
  write, so a crash (or power loss) mid-write can leave the last record cut short, with no
  newline. A final line without a newline is therefore
  - a *torn write*, dropped, when it is the beginning of a JSON object cut off before its
    end (`{"key":"7","ev`): it recorded nothing that can be trusted;
  - a complete record that only lost its newline, kept, when it parses as a JSON object;
  - damage, like anywhere else, in every other case: text that cannot be the start of a
    record (`garbage`, `{"key":"7"}}`, invalid UTF-8) was appended, not torn.

`JsonLines` also reports where the trusted part of the file ends, so that a writer cuts the
torn bytes off (or adds the missing newline) before appending after them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from dixa_async._core._errors import JobError

__all__ = ["JsonLines", "is_cut_off_object"]

_EXCERPT = 40
_LITERALS = ("true", "false", "null")
# What can follow the end of a JSON object prefix to complete one value or member (after
# any open string, number or literal has been finished off): nothing, a value, a value
# after its key, or a whole member after a comma.
_MEMBER_ENDINGS = ("", "0", ":0", '"":0')


def _scan(text: str) -> tuple[list[str], str | None] | None:
    """Walk `text` as the start of a JSON document: the closers of the containers still
    open, and what finishes an open string (None when not inside one). None if `text`
    cannot be the start of a JSON object at all."""
    closers: list[str] = []
    in_string, escape, hex_left = False, False, 0
    for char in text:
        if in_string:
            if hex_left:
                if char not in "0123456789abcdefABCDEF":
                    return None
                hex_left -= 1
            elif escape:
                if char == "u":
                    hex_left = 4
                elif char not in '"\\/bfnrt':
                    return None
                escape = False
            elif char == "\\":
                escape = True
            elif char == '"':
                in_string = False
            elif char < " ":
                return None
            continue
        if char == '"':
            in_string = True
        elif char in "{[":
            closers.append("}" if char == "{" else "]")
        elif char in "}]" and (not closers or closers.pop() != char or not closers):
            return None  # a mismatched bracket, or the object ended and text went on
    if not in_string:
        return closers, None
    return closers, ("n" if escape else "") + "0" * hex_left + '"'


def is_cut_off_object(text: str) -> bool:
    """True if `text` is the beginning of a JSON object, cut off before its end.

    Sound by construction: it is True only when appending some text to `text` gives a
    valid JSON object (tried with a handful of completions).
    """
    if not text.startswith("{"):
        return False
    scanned = _scan(text)
    if scanned is None or not scanned[0]:
        return False
    closers, string_end = scanned
    head = text + (string_end or "")
    if string_end is None:
        # Finish a literal cut short (`tr` -> `true`); numbers are finished by "0" below.
        word = len(head) - len(head.rstrip("abcdefghijklmnopqrstuvwxyz"))
        if word:
            partial = head[-word:]
            head += next((lit[word:] for lit in _LITERALS if lit.startswith(partial)), "")
    tail = "".join(reversed(closers))
    for ending in _MEMBER_ENDINGS:
        try:
            value = json.loads(head + ending + tail)
        except ValueError:
            continue
        if isinstance(value, dict):
            return True
    return False


def _excerpt(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").rstrip("\n")
    return repr(text if len(text) <= _EXCERPT else text[:_EXCERPT] + "...")


class JsonLines:
    """Iterate `(line number, object)` over a binary file handle, applying the rule above.

    After iteration, `good_end` is the byte offset where the trusted content ends (before a
    torn write) and `needs_newline` says the last kept record lost its newline.
    """

    def __init__(self, fh: IO[bytes], *, path: Path, what: str) -> None:
        self._fh = fh
        self._where = f"{what} {path}"
        self.good_end = 0
        self.needs_newline = False

    def damage(self, number: int, problem: str) -> JobError:
        """The error for damage at line `number` (also for callers' own record checks)."""
        return JobError(
            f"{self._where} is corrupt at line {number}: {problem}; nothing was sent "
            "(repair or remove that line, or use a new file)"
        )

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for number, raw in enumerate(self._fh, start=1):
            complete = raw.endswith(b"\n")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise self.damage(
                    number, f"not valid UTF-8 (byte {exc.start + 1} of the line)"
                ) from None
            if not text.strip():
                self.good_end += len(raw)
                continue
            try:
                record = json.loads(text)
            except ValueError:
                if not complete and is_cut_off_object(text):
                    return  # a torn write: good_end stays before it
                raise self.damage(number, f"not a JSON record: {_excerpt(raw)}") from None
            if not isinstance(record, dict):
                raise self.damage(number, f"not a JSON object: {_excerpt(raw)}")
            self.good_end += len(raw)
            self.needs_newline = not complete
            yield number, record
