"""What the prose frames share: the figures of a sentence with the text between them, and the
bracket each figure stands in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from auditlint.extract.model import Fact
from auditlint.extract.quantities import Found

_OPEN, _CLOSE = "(（[【", ")）]】"
SENTENCE_END = re.compile(r"[。!！?？]")
# what closes a clause group inside a sentence: a figure's relations do not reach across it
GROUP_END = re.compile(r"[;；]")


@dataclass(slots=True)
class Q:
    """A figure found in prose: the fact recorded for it and where it was found."""

    fact: Fact
    found: Found


@lru_cache(maxsize=2048)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of a paragraph; the end includes its full stop.
    (Remembered: the driver and several frames ask for the same paragraph's.)"""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out)


class _Outside:
    """Every offset outside any bracket: the scopes of a sentence without one."""

    def __getitem__(self, i: int) -> int:
        return -1


_OUTSIDE = _Outside()
_BRACKET = re.compile(r"[(（\[【)）\]】]")


def brackets(text: str, a: int, b: int) -> list[int] | _Outside:
    """For each offset of text[a:b], the offset of the innermost open bracket around it (-1
    outside any), so that a figure in `(较上年下降2%)` is read with its own bracket. Filled
    a stretch between two brackets at a time (most of a sentence has none)."""
    marks = list(_BRACKET.finditer(text, a, b))
    if not marks:
        return _OUTSIDE
    out = [-1] * (b - a)
    stack: list[int] = []
    at = a
    for m in marks:
        i = m.start()
        ch = text[i]
        if ch in _CLOSE:
            out[at - a : i - a] = [stack[-1] if stack else -1] * (i - at)
            if stack:
                stack.pop()
            out[i - a] = stack[-1] if stack else -1
        else:
            out[at - a : i + 1 - a] = [stack[-1] if stack else -1] * (i + 1 - at)
            stack.append(i)
        at = i + 1
    out[at - a :] = [stack[-1] if stack else -1] * (b - at)
    return out


def unit_family(f: Fact) -> str:
    """Units that can be added together: all money is one family, counts keep their unit."""
    if f.kind == "money":
        return "money"
    return f.unit.removeprefix("万").removeprefix("亿") or "none"
