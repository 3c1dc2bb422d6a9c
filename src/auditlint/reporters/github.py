"""GitHub Actions workflow commands: one `::error file=…::message` annotation a finding.

Escaping follows the runner's rules: in the message `%`, CR and LF are percent-encoded; in a
property value `:` and `,` are too, since they separate properties.
"""

from __future__ import annotations

from typing import TextIO

from auditlint.runner import Result

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write_github(result: Result, out: TextIO, lang: str) -> None:
    for f in result.findings:
        msg = f.message_en if lang == "en" else f.message
        where = f.where
        props = ",".join(
            [
                f"file={escape_property(f.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"endLine={f.end_line}",
                f"endColumn={f.end_column}",
                f"title={escape_property(f'{f.code} {f.name}' + (f' ({where})' if where else ''))}",
            ]
        )
        out.write(
            f"::{_LEVEL.get(f.severity, 'error')} {props}::{escape_data(f'{f.code} {msg}')}\n"
        )
