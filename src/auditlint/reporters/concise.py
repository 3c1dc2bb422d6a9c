"""One line a finding: `path:line:col: CODE message`, like ruff's concise output."""

from __future__ import annotations

from typing import TextIO

from auditlint.runner import Result


def write_concise(result: Result, out: TextIO, lang: str) -> None:
    for f in result.findings:
        msg = f.message_en if lang == "en" else f.message
        out.write(f"{f.place}: {f.code} [{f.severity}] {msg}\n")
