"""JSON: one array of findings with the fields DESIGN.md fixes."""

from __future__ import annotations

import json
from typing import TextIO

from auditlint.runner import Result


def write_json(result: Result, out: TextIO, lang: str) -> None:
    json.dump([f.to_dict(lang) for f in result.findings], out, ensure_ascii=False, indent=2)
    out.write("\n")
