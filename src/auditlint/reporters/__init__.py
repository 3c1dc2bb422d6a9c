"""Reporters: findings → text for people (full, concise) or machines (json)."""

from __future__ import annotations

from typing import TextIO

from auditlint.runner import Result

FORMATS = ("full", "concise", "json")


def render(
    result: Result,
    fmt: str,
    out: TextIO,
    lang: str = "zh",
    color: bool | None = None,
    statistics: bool = False,
) -> None:
    if fmt == "json":
        from auditlint.reporters.json_out import write_json

        write_json(result, out, lang)
    elif fmt == "concise":
        from auditlint.reporters.concise import write_concise

        write_concise(result, out, lang, statistics)
    else:
        from auditlint.reporters.full import write_full

        write_full(result, out, lang, color, statistics)
