"""Page furniture: a line that is nothing but a page's number, as PDFs and printed pages put
between the text of two pages (`— 3 —`, `- 12 -`, `—5—`, `第 2 页`, `第2页 共10页`;
PHRASEBOOK §11). Its number is no figure of the report: the line is read as blank, so a
paragraph or a table that runs over the page break reads on past it.

A bare number on a line of its own (`6`) is left alone: one cell a line, a table prints its
figures that way.
"""

from __future__ import annotations

import re

_DASH = "\\-—–－―~～"
_PAGE_NUMBER = re.compile(
    rf"^\s*(?:[{_DASH}]{{1,2}}\s*\d{{1,4}}\s*[{_DASH}]{{1,2}}"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)\s*$"
)


def is_page_number(text: str) -> bool:
    """Whether a line holds a page's number and nothing else."""
    return len(text) <= 24 and _PAGE_NUMBER.match(text) is not None
