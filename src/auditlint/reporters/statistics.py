"""`--statistics`: one line per rule with its count, instead of the findings (as ruff does)."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from auditlint.runner import Result


def write_statistics(result: Result, out: TextIO) -> None:
    counts = Counter((f.code, f.name) for f in result.findings)
    for (code, name), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        out.write(f"{n:5d}  {code:<6} {name}\n")
