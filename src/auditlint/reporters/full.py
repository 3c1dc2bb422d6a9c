"""The terminal view: location, message, the source line with compared numbers highlighted,
and a summary by rule. Plain text when piped; fits 80 columns."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from auditlint.api import Finding
from auditlint.runner import Result

_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
_WINDOW = 34  # characters of context each side; CJK characters take two columns


def _excerpt(f: Finding) -> Text | None:
    src = f.source.replace("\t", " ")
    if not src.strip():
        return None
    col = max(f.column - 1, 0)
    start = max(col - _WINDOW, 0)
    end = min(col + _WINDOW, len(src))
    piece = src[start:end]
    text = Text(("…" if start else "") + piece + ("…" if end < len(src) else ""))
    offset = 1 if start else 0
    for v in f.values:
        needle = f"{v:g}" if isinstance(v, float) else str(v)
        pos = piece.find(needle)
        while pos != -1:
            text.stylize("bold magenta underline", offset + pos, offset + pos + len(needle))
            pos = piece.find(needle, pos + len(needle))
    if f.line and f.column and f.end_line == f.line:
        a = offset + col - start
        b = offset + min(f.end_column, end) - start
        if b > a:
            text.stylize("reverse", a, b)
    return text


def write_full(
    result: Result,
    out: TextIO,
    lang: str,
    color: bool | None,
    quiet: bool = False,
) -> None:
    console = Console(
        file=out,
        width=None,
        force_terminal=color,
        no_color=color is False,
        highlight=False,
        soft_wrap=False,
    )
    for f in result.findings:
        msg = f.message_en if lang == "en" else f.message
        head = Text()
        head.append(f.place, style="bold")
        head.append(": ")
        head.append(f.code, style=_STYLE.get(f.severity, "bold"))
        head.append(f" {msg}")
        console.print(head)
        ex = _excerpt(f)
        if ex is not None:
            gutter = Text(f"{f.line:>5} │ ", style="dim")
            console.print(gutter + ex)
        console.print()
    if quiet:  # findings only, like ruff --quiet
        return
    counts = Counter((f.code, f.name, f.severity) for f in result.findings)
    n_files = len(result.files)
    if result.baselined:
        console.print(
            f"{result.baselined} finding(s) accepted by the baseline."
            if lang == "en"
            else f"基线中已记录的 {result.baselined} 个问题未列出。",
            style="dim",
        )
    if not result.findings:
        ok = "All checks passed" if lang == "en" else "全部检查通过"
        console.print(
            Text(
                f"{ok} ({n_files} files)" if lang == "en" else f"{ok}（{n_files} 个文件）",
                style="bold green",
            )
        )
        return
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("count" if lang == "en" else "数量", justify="right")
    table.add_column("code" if lang == "en" else "代码")
    table.add_column("rule" if lang == "en" else "规则")
    for (code, name, sev), n in sorted(counts.items()):
        table.add_row(str(n), Text(code, style=_STYLE.get(sev, "")), name)
    console.print(table)
    total = len(result.findings)
    files_hit = len({f.path for f in result.findings})
    if lang == "en":
        console.print(f"Found {total} finding(s) in {files_hit} of {n_files} file(s).")
    else:
        console.print(f"共 {total} 个问题，涉及 {files_hit}/{n_files} 个文件。")
