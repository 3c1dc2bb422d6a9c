"""Rich Text Format (.rtf): striprtf turns the control words into text, then the text reader
rebuilds tables as it does for a .txt file (a row's cells become tab-separated)."""

from __future__ import annotations

import re

from auditlint.document import Document
from auditlint.readers import ReadProblem
from auditlint.readers.archive import corrupt

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")


def read_rtf(path: str, data: bytes) -> Document | ReadProblem:
    from striprtf.striprtf import rtf_to_text

    from auditlint.readers.text import read_text_file

    if not data.lstrip().startswith(b"{\\rtf"):
        return corrupt(".rtf")
    page = _CODEPAGE.search(data[:4096])
    encoding = f"cp{page.group(1).decode()}" if page else "cp1252"
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except (LookupError, ValueError, RecursionError):
        return corrupt(".rtf")
    # a table row is its cells each closed by `|`, then the row's end: tab-separated cells
    lines = [
        line[:-1].replace("|", "\t") if line.endswith("|") else line for line in text.splitlines()
    ]
    return read_text_file(path, "\n".join(lines).encode("utf-8"))
