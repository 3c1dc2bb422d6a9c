"""Ruled tables in a page image: the long dark lines a table is drawn with, and the cells they
make, so that the text recognised on a scanned table lands in its cells as a typed PDF's does
(ocr.py). Pure numpy on a grey image; no OCR needed to find the grid.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np

DARK = 160  # a pixel darker than this (0-255) is ink
MIN_RUN = 0.04  # a ruling is at least this share of the page's width (height) long
TOL = 4  # pixels within which two rulings are one, or a ruling meets another
MIN_BAND = 6  # a band between two rulings lower than this is a double line, not a row


@dataclass
class Grid:
    """One ruled table: its box, its rows (top, bottom) and, per row, the cells' (left, right)
    between the rulings that cross that row; `starts`: where every column of the table starts."""

    bbox: tuple[float, float, float, float]
    bands: list[tuple[float, float]]
    cells: list[list[tuple[float, float]]]
    starts: list[float]
    text: list[list[list[tuple[float, float, float, float, str]]]] = field(default_factory=list)

    def place(self, top: float, bottom: float, left: float, right: float, text: str) -> bool:
        """Put a recognised box in the cell that holds its middle; False when outside."""
        cy, cx = (top + bottom) / 2, (left + right) / 2
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= cx <= x1 and y0 <= cy <= y1):
            return False
        for r, (ya, yb) in enumerate(self.bands):
            if ya <= cy < yb:
                for c, (xa, xb) in enumerate(self.cells[r]):
                    if xa <= cx < xb:
                        self.text[r][c].append((top, bottom, left, right, text))
                        return True
        return True  # on a ruling or in a gap of the grid: inside the table, in no cell

    def rows(self, join) -> list[list[str]]:
        """The cell texts on the table's column grid (a merged cell in its first column)."""
        out = []
        for r, cells in enumerate(self.cells):
            row = [""] * len(self.starts)
            for c, (xa, _xb) in enumerate(cells):
                k = min(range(len(self.starts)), key=lambda i: abs(self.starts[i] - xa))
                row[k] = join(self.text[r][c])
            out.append(row)
        return out


def _segments(dark: np.ndarray, length: int) -> list[tuple[float, float, float]]:
    """Runs of ink at least `length` long along each row of `dark`: (row, start, end), a thick
    line (adjacent rows, overlapping runs) given once at its middle row."""
    height, width = dark.shape
    if width < length or length < 1:
        return []
    sums = np.zeros((height, width + 1), dtype=np.int32)
    np.cumsum(dark, axis=1, out=sums[:, 1:])
    full = (sums[:, length:] - sums[:, :-length]) == length  # a run of `length` starts here
    found: list[tuple[int, int, int]] = []
    for y in np.nonzero(full.any(axis=1))[0]:
        xs = np.nonzero(full[y])[0]
        breaks = np.nonzero(np.diff(xs) > 1)[0]
        starts = np.concatenate(([xs[0]], xs[breaks + 1]))
        ends = np.concatenate((xs[breaks], [xs[-1]])) + length
        found += [(int(y), int(s), int(e)) for s, e in zip(starts, ends, strict=True)]
    merged: list[list[float]] = []  # [first row, last row, start, end]
    for y, s, e in found:
        for m in reversed(merged[-8:]):
            if y - m[1] <= 2 and s < m[3] and e > m[2]:
                m[1], m[2], m[3] = y, min(m[2], s), max(m[3], e)
                break
        else:
            merged.append([y, y, s, e])
    return [((a + b) / 2, s, e) for a, b, s, e in merged]


def _merge(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOL:
            out.append(v)
    return out


def grids(grey: np.ndarray) -> list[Grid]:
    """The ruled tables of a grey page image (a 2-D uint8 array), top to bottom."""
    dark = grey < DARK
    height, width = dark.shape
    rules_h = _segments(dark, max(int(width * MIN_RUN), 20))
    rules_v = [(x, a, b) for x, a, b in _segments(dark.T, max(int(height * MIN_RUN), 20))]
    if len(rules_h) < 2 or len(rules_v) < 2:
        return []
    # tables: the rulings that meet, one connected set each (union-find)
    n = len(rules_h)
    parent = list(range(n + len(rules_v)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (y, x0, x1) in enumerate(rules_h):
        for j, (x, y0, y1) in enumerate(rules_v):
            if x0 - TOL <= x <= x1 + TOL and y0 - TOL <= y <= y1 + TOL:
                parent[find(i)] = find(n + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, rule in enumerate(rules_h):
        groups.setdefault(find(i), ([], []))[0].append(rule)
    for j, rule in enumerate(rules_v):
        groups.setdefault(find(n + j), ([], []))[1].append(rule)
    out = [g for hs, vs in groups.values() if (g := _grid(hs, vs)) is not None]
    return sorted(out, key=lambda g: g.bbox[1])


def _grid(hs: list, vs: list) -> Grid | None:
    if len(hs) < 2 or len(vs) < 2:
        return None
    ys = _merge([y for y, _, _ in hs])
    xs = _merge([x for x, _, _ in vs])
    bands: list[tuple[float, float]] = []
    cells: list[list[tuple[float, float]]] = []
    for top, bottom in itertools.pairwise(ys):
        if bottom - top < MIN_BAND:
            continue
        middle = (top + bottom) / 2
        crossing = _merge([x for x, y0, y1 in vs if y0 - TOL <= middle <= y1 + TOL])
        if len(crossing) < 2:
            continue
        bands.append((top, bottom))
        cells.append(list(itertools.pairwise(crossing)))
    if not bands or len(xs) < 2:
        return None
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    grid = Grid(bbox, bands, cells, xs[:-1])
    grid.text = [[[] for _ in row] for row in cells]
    return grid
