"""A table as found on one page of a PDF or a scan, before the pages are put together."""

from __future__ import annotations

from dataclasses import dataclass

FOOT = 0.15  # a table whose bottom is in the last 15% of the page may go on over the page


@dataclass
class Part:
    """A ruled table on one page: its rows, where each column starts, its box (points)."""

    rows: list[list[str]]
    starts: list[float]
    bbox: tuple[float, float, float, float]
    to_foot: bool
