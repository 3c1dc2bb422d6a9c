"""The terminal view: location, severity, message, the source line cut around the compared
figures with a marker under them, and a summary by rule.

Laid out by display width, not characters: a CJK character takes two columns, so a window of
N characters around a figure would wrap under the gutter. Piped output (pre-commit, CI logs)
is laid out the same way at the width rich gives it (COLUMNS, else 80), without colour.
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from auditlint.api import Finding
from auditlint.runner import Result

_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
_WORD = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
_GUTTER = 8  # "  117 │ "
_INDENT = "    "  # a message that does not fit beside its place goes on the next line


def _window(src: str, start: int, end: int, budget: int) -> tuple[int, int]:
    """Characters [a, b) of `src` around [start, end) whose display width fits `budget`,
    growing to the left and to the right in turn so the figure sits near the middle."""
    a, b = start, max(end, start + 1)
    used = cell_len(src[a:b])
    while True:
        grew = False
        for side in (0, 1):
            if side == 0 and a > 0 and used + cell_len(src[a - 1]) <= budget:
                a -= 1
                used += cell_len(src[a])
                grew = True
            elif side == 1 and b < len(src) and used + cell_len(src[b]) <= budget:
                used += cell_len(src[b])
                b += 1
                grew = True
        if not grew:
            return a, min(b, len(src))


def _excerpt(f: Finding, width: int) -> tuple[Text, Text | None] | None:
    """The source line cut to `width` columns around the finding, and a marker line of `^`
    under the figure (colour is lost in logs; the marker is not)."""
    src = f.source.replace("\t", " ").rstrip("\n")
    if not src.strip():
        return None
    start = min(max(f.column - 1, 0), len(src))
    end = f.end_column if f.end_line == f.line and f.end_column > start else start + 1
    end = min(end, len(src))
    budget = max(width - _GUTTER - 2, 10)  # two columns for the ellipses
    a, b = _window(src, start, end, budget)
    lead, tail = ("…" if a > 0 else ""), ("…" if b < len(src) else "")
    piece = src[a:b]
    text = Text(lead + piece + tail)
    offset = len(lead)
    for v in f.values:
        needle = f"{v:g}" if isinstance(v, float) else str(v)
        pos = piece.find(needle)
        while pos != -1:
            text.stylize("bold magenta underline", offset + pos, offset + pos + len(needle))
            pos = piece.find(needle, pos + len(needle))
    marker = None
    if f.line and f.column and end > start and start >= a:
        text.stylize("reverse", offset + start - a, offset + min(end, b) - a)
        pad = cell_len(lead + src[a:start])
        marker = Text(" " * pad + "^" * max(cell_len(src[start : min(end, b)]), 1), style="bold")
    return text, marker


_NO_BREAK_BEFORE = set("，。、；：！？）》」』】,.;:!?)%") | {"…"}


def _breaks(text: str) -> list[int]:
    """Where a line may break: after a space, and around CJK characters (which break
    anywhere, except before closing punctuation), never inside a number or a Latin word."""
    points = []
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if after in _NO_BREAK_BEFORE:
            continue
        if before == " " or cell_len(before) == 2 or cell_len(after) == 2:
            points.append(i)
    return points


def wrap(text: str, width: int) -> list[str]:
    """Greedy lines of at most `width` display columns, broken only where `_breaks` allows
    (a run with no break point longer than the width is cut where it must be)."""
    lines: list[str] = []
    rest = text
    while cell_len(rest) > width:
        fits = [i for i in _breaks(rest) if cell_len(rest[:i].rstrip()) <= width]
        cut = fits[-1] if fits else _cut_at_width(rest, width)
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    lines.append(rest)
    return lines


def _cut_at_width(text: str, width: int) -> int:
    used = 0
    for i, ch in enumerate(text):
        used += cell_len(ch)
        if used > width:
            return max(i, 1)
    return len(text)


def _head(f: Finding, lang: str, width: int) -> list[Text]:
    """`place: CODE severity message` on one line where it fits; else the message on the
    next line, indented, so it is not broken after the path."""
    msg = f.message_en if lang == "en" else f.message
    style = _STYLE.get(f.severity, "bold")
    head = Text()
    head.append(f.place, style="bold")
    head.append(": ")
    head.append(f.code, style=style)
    head.append(" ")
    head.append(_WORD.get(lang, _WORD["zh"]).get(f.severity, f.severity), style=style)
    if cell_len(head.plain) + 1 + cell_len(msg) <= width:
        head.append(f" {msg}")
        return [head]
    return [head, *(Text(_INDENT + line) for line in wrap(msg, width - len(_INDENT)))]


def _gutter(prefix: str, body: Text) -> Text:
    """The dim gutter as a span of its own, so the source after it keeps its own style."""
    line = Text()
    line.append(prefix, style="dim")
    line.append_text(body)
    return line


def write_full(
    result: Result,
    out: TextIO,
    lang: str,
    color: bool | None,
    quiet: bool = False,
    width: int | None = None,
) -> None:
    console = Console(
        file=out,
        width=width,
        force_terminal=color,
        no_color=color is False,
        highlight=False,
        soft_wrap=False,
    )
    cols = console.width
    for f in result.findings:
        for line in _head(f, lang, cols):
            console.print(line)
        cut = _excerpt(f, cols)
        if cut is not None:
            excerpt, marker = cut
            console.print(_gutter(f"{f.line:>5} │ ", excerpt))
            if marker is not None:
                console.print(_gutter("      │ ", marker))
        console.print()
    if quiet:  # findings only, like ruff --quiet
        return
    _summary(result, console, lang)


def _summary(result: Result, console: Console, lang: str) -> None:
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
