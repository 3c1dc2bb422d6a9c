"""Reporters: findings → text for people (full, concise) or machines (json, junit, sarif,
github). Each is a module with one writer; they read a finished Result and nothing else."""

from __future__ import annotations

from typing import TextIO

from auditlint.runner import Result

FORMATS = ("full", "concise", "json", "junit", "sarif", "github", "html")


def render(
    result: Result,
    fmt: str,
    out: TextIO,
    lang: str = "zh",
    color: bool | None = None,
    statistics: bool = False,
    quiet: bool = False,
) -> None:
    if statistics and fmt in ("full", "concise"):
        from auditlint.reporters.statistics import write_statistics

        write_statistics(result, out)
    elif fmt == "json":
        from auditlint.reporters.json_out import write_json

        write_json(result, out, lang)
    elif fmt == "junit":
        from auditlint.reporters.junit import write_junit

        write_junit(result, out, lang)
    elif fmt == "sarif":
        from auditlint.reporters.sarif import write_sarif

        write_sarif(result, out, lang)
    elif fmt == "html":
        from auditlint.reporters.html import write_html

        write_html(result, out, lang)
    elif fmt == "github":
        from auditlint.reporters.github import write_github

        write_github(result, out, lang)
    elif fmt == "concise":
        from auditlint.reporters.concise import write_concise

        write_concise(result, out, lang)
    else:
        from auditlint.reporters.full import write_full

        write_full(result, out, lang, color, quiet)
