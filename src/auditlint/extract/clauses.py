"""What the prose frames share: the figures of a sentence with the text between them, and the
bracket each figure stands in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditlint.extract.model import Fact
from auditlint.extract.quantities import Found

_OPEN, _CLOSE = "(（[【", ")）]】"
SENTENCE_END = re.compile(r"[。!！?？]")


@dataclass(slots=True)
class Q:
    """A figure found in prose: the fact recorded for it and where it was found."""

    fact: Fact
    found: Found


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph; the end includes its full stop."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def brackets(text: str, a: int, b: int) -> list[int]:
    """For each offset of text[a:b], the offset of the innermost open bracket around it (-1
    outside any), so that a figure in `(较上年下降2%)` is read with its own bracket."""
    out: list[int] = []
    stack: list[int] = []
    for i in range(a, b):
        ch = text[i]
        if ch in _CLOSE and stack:
            stack.pop()
        out.append(stack[-1] if stack else -1)
        if ch in _OPEN:
            stack.append(i)
    return out


def unit_family(f: Fact) -> str:
    """Units that can be added together: all money is one family, counts keep their unit."""
    if f.kind == "money":
        return "money"
    return f.unit.removeprefix("万").removeprefix("亿") or "none"
