"""A normalised text that remembers where each of its characters was in the original."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple


class Mapped(NamedTuple):
    """`text`, and for each of its characters the 0-based index it had in the original
    (`origin`); an empty `origin` means the identity, the usual case, which costs nothing.
    (A NamedTuple: every line of every report makes one, 3x cheaper than a frozen class.)"""

    text: str
    origin: tuple[int, ...] = ()

    def source_index(self, i: int) -> int:
        """Where the character now at `i` stood in the original."""
        if not self.origin or i < 0:
            return i
        if i >= len(self.origin):  # past the end: after the last character
            return self.origin[-1] + 1 + i - len(self.origin)
        return self.origin[i]

    def replace_chars(self, new_text: str) -> Mapped:
        """The same characters' places, new characters (a one-for-one replacement)."""
        assert len(new_text) == len(self.text)
        return Mapped(new_text, self.origin)

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> Mapped:
        """Replace each match by `repl(match)`. A replacement of the same length keeps the
        places one for one; a shorter one maps its characters to the start of the match (a
        deletion maps nothing)."""
        pieces: list[str] = []
        places: list[int] = []
        at = 0
        changed = False
        for m in pattern.finditer(self.text):
            new = repl(m)
            if new == m.group(0):
                continue
            changed = True
            pieces.append(self.text[at : m.start()])
            places.extend(range(at, m.start()))
            pieces.append(new)
            if len(new) == m.end() - m.start():
                places.extend(range(m.start(), m.end()))
            else:
                places.extend(min(m.start() + k, m.end() - 1) for k in range(len(new)))
            at = m.end()
        if not changed:
            return self
        pieces.append(self.text[at:])
        places.extend(range(at, len(self.text)))
        origin = tuple(self.source_index(p) for p in places)
        return Mapped("".join(pieces), origin)
