"""The review page: one self-contained HTML file with every checked report, every finding
anchored in its text, and the compared figures marked and linked to each other.

Report text is untrusted input: everything taken from a report goes through markupsafe's
escape here, and the template (Jinja2, autoescaping on) escapes everything else it is given.
The page needs no network and no script to be read; scripts only add the filters.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from markupsafe import Markup, escape

from auditlint import HOMEPAGE
from auditlint.api import Finding
from auditlint.reporters.junit import ENGINE_CODES
from auditlint.runner import Result
from auditlint.views import CellView, FactView, FileView, TableView

_RANK = {"error": 0, "warning": 1, "info": 2}
TEXT = {
    "zh": {
        "title": "auditlint 审核报告",
        "files": "文件",
        "findings": "问题",
        "error": "错误",
        "warning": "警告",
        "info": "提示",
        "unreadable": "无法检查的文件",
        "by_rule": "各规则的问题数",
        "rules": "规则说明",
        "clean": "未发现问题",
        "figures": "比较的数字",
        "line": "第 {n} 行",
        "filter_file": "文件名",
        "filter_text": "搜索问题",
        "all_rules": "全部规则",
        "facts": "显示识别出的数字",
        "summary": "共检查 {files} 个文件，{hit} 个文件有问题，共 {n} 个问题。",
        "document": "报告原文",
    },
    "en": {
        "title": "auditlint review",
        "files": "files",
        "findings": "findings",
        "error": "error",
        "warning": "warning",
        "info": "info",
        "unreadable": "Files that could not be checked",
        "by_rule": "Findings per rule",
        "rules": "Rules",
        "clean": "no findings",
        "figures": "figures compared",
        "line": "line {n}",
        "filter_file": "file name",
        "filter_text": "search findings",
        "all_rules": "all rules",
        "facts": "show the figures understood",
        "summary": "{files} files checked, {hit} with findings, {n} findings in all.",
        "document": "report text",
    },
}


def anchor(*parts: str) -> str:
    """An id usable in a URL fragment and stable across runs: the file's path, then the
    finding's fingerprint (`#reports/a.txt/3efac7fe973800cb`)."""
    return "/".join(quote(p, safe="/._-~") for p in parts)


@dataclass
class Span:
    """One marked stretch of a line: a compared figure, a figure understood, or both."""

    start: int  # 0-based, in the raw line
    end: int  # exclusive
    findings: list[tuple[str, str]] = field(default_factory=list)  # (finding anchor, severity)
    fact: FactView | None = None
    id: str = ""
    next_id: str = ""  # the next figure of the same finding: a value links its other place


@dataclass
class FindingView:
    finding: Finding
    id: str
    message: str
    severity_word: str
    marks: list[str] = field(default_factory=list)  # ids of its figures in the text
    primary: str = ""  # the mark at the finding's own place (the figure found wrong)
    figures: list[tuple[str, str, int]] = field(default_factory=list)  # (mark id, text, line)


@dataclass
class FilePage:
    path: str
    id: str
    findings: list[FindingView]
    counts: dict[str, int]
    body: Markup


def _line_spans(
    view: FileView, findings: list[FindingView], lines: dict[int, str]
) -> dict[int, list[Span]]:
    """The spans to mark on each line: figures the findings compare first, then the facts
    that do not overlap them (a figure and its fact are one element)."""
    wanted: dict[tuple[int, int, int], Span] = {}
    for fv in findings:
        f = fv.finding
        places = [s for s in f.spans if s[0] == s[2]] or [[f.line, f.column, f.line, f.end_column]]
        for line, col, _, end_col in places:
            raw = lines.get(line, "")
            start, end = max(col - 1, 0), min(end_col, len(raw))
            if end <= start or not raw[start:end].strip():
                continue
            span = wanted.setdefault((line, start, end), Span(start, end))
            if (fv.id, f.severity) not in span.findings:
                span.findings.append((fv.id, f.severity))
    for fact in view.facts:
        key = (fact.line, fact.column - 1, fact.end_column)
        if key in wanted:
            wanted[key].fact = fact
        else:
            wanted.setdefault(key, Span(key[1], key[2], fact=fact))
    by_line: dict[int, list[Span]] = defaultdict(list)
    ordered = sorted(wanted.items(), key=lambda kv: (not kv[1].findings, kv[0]))
    for (line, _, _), span in ordered:
        taken = by_line[line]
        if span.end > len(lines.get(line, "")) or any(
            span.start < t.end and t.start < span.end for t in taken
        ):
            continue  # overlapping marks cannot nest cleanly; the figure compared wins
        taken.append(span)
    for spans in by_line.values():
        spans.sort(key=lambda s: s.start)
    return by_line


def _link_figures(
    file_id: str,
    findings: list[FindingView],
    by_line: dict[int, list[Span]],
    lines: dict[int, str],
) -> None:
    """Give each marked figure an id, and each finding the list of its figures in order, each
    linking to the next (the last to the first): a conflicting value to its other place, a
    total to its parts."""
    by_id = {fv.id: fv for fv in findings}
    n = 0
    for line in sorted(by_line):
        for span in by_line[line]:
            if span.findings:
                n += 1
                span.id = f"{file_id}/m{n}"
                for fid, _ in span.findings:
                    fv = by_id[fid]
                    fv.marks.append(span.id)
                    f = fv.finding
                    if (f.line, f.column - 1) == (line, span.start) and not fv.primary:
                        fv.primary = span.id
                    fv.figures.append((span.id, lines[line][span.start : span.end], line))
    spans_by_id = {s.id: s for spans in by_line.values() for s in spans if s.id}
    for fv in findings:
        for i, mark in enumerate(fv.marks):
            nxt = fv.marks[(i + 1) % len(fv.marks)]
            if nxt != mark and not spans_by_id[mark].next_id:
                spans_by_id[mark].next_id = nxt


def _e(text: object) -> str:
    """Escaped for HTML text and attribute values (markupsafe's C speedups: a page of 1,000
    reports escapes a million strings)."""
    return str(escape(text))


def _segment(raw: str, start: int, end: int, spans: list[Span]) -> str:
    """raw[start:end], escaped, with its marks and facts as elements."""
    out: list[str] = []
    at = start
    for span in spans:
        if span.start < start or span.end > end:
            continue
        out.append(_e(raw[at : span.start]))
        text = _e(raw[span.start : span.end])
        tip = ""
        if span.fact is not None:
            f = span.fact
            tip = _e(" · ".join(x for x in (f.label, f.unit, f.role, f.kind) if x))
        if span.findings:
            sev = min((s for _, s in span.findings), key=lambda s: _RANK.get(s, 3))
            who = _e(" ".join(fid for fid, _ in span.findings))
            inner = f'<a href="#{_e(span.next_id)}">{text}</a>' if span.next_id else text
            out.append(
                f'<mark id="{_e(span.id)}" class="fig {_e(sev)}" data-findings="{who}" '
                f'title="{tip}">{inner}</mark>'
            )
        else:
            out.append(f'<span class="fact" title="{tip}">{text}</span>')
        at = span.end
    out.append(_e(raw[at:end]))
    return "".join(out)


def _cell_html(cell: CellView, lines: dict[int, str], by_line: dict[int, list[Span]]) -> str:
    parts = []
    for n in range(cell.line, cell.end_line + 1):
        raw = lines.get(n, "")
        a = cell.column - 1 if n == cell.line else 0
        b = cell.end_column if n == cell.end_line else len(raw)
        parts.append(_segment(raw, max(a, 0), min(max(b, a), len(raw)), by_line.get(n, [])))
    return "<br>".join(parts)


def _notes(line: int, at_line: dict[int, list[FindingView]]) -> list[str]:
    return [
        f'<div class="note {_e(fv.finding.severity)}"><a href="#{_e(fv.id)}">'
        f"{_e(fv.finding.code)} {_e(fv.message)}</a></div>"
        for fv in at_line.get(line, [])
    ]


def _table(
    table: TableView, lines: dict[int, str], by_line: dict[int, list[Span]], file_id: str
) -> str:
    rows = []
    for row in table.rows:
        first = row[0].line if row else table.first_line
        cells = "".join(f"<td>{_cell_html(c, lines, by_line)}</td>" for c in row)
        rows.append(f'<tr id="{_e(file_id)}/L{first}"><th>{first}</th>{cells}</tr>')
    return '<table class="tbl">' + "".join(rows) + "</table>"


def _body(view: FileView, findings: list[FindingView], file_id: str) -> Markup:
    """The document as read: lines with their numbers, tables as tables, figures marked, and
    under each line (or table) a note for each finding placed there."""
    lines = {ln.number: ln.raw for ln in view.lines}
    by_line = _line_spans(view, findings, lines)
    _link_figures(file_id, findings, by_line, lines)
    at_line: dict[int, list[FindingView]] = defaultdict(list)
    for fv in findings:
        at_line[fv.finding.doc_line or fv.finding.line].append(fv)
    tables = {t.first_line: t for t in view.tables}
    covered: set[int] = set()
    out: list[str] = []
    for ln in view.lines:
        n = ln.number
        if n in covered:
            continue
        table = tables.get(n)
        if table is not None:
            covered.update(range(table.first_line, table.last_line + 1))
            out.append(_table(table, lines, by_line, file_id))
            for m in range(table.first_line, table.last_line + 1):
                out.extend(_notes(m, at_line))
            continue
        where = f' title="{_e(ln.where)}"' if ln.where else ""
        text = _segment(ln.raw, 0, len(ln.raw), by_line.get(n, []))
        out.append(f'<div class="l" id="{_e(file_id)}/L{n}" data-n="{n}"{where}>{text}</div>')
        out.extend(_notes(n, at_line))
    return Markup("".join(out))  # every piece of report text above went through _e


def _pages(result: Result, lang: str) -> tuple[list[FilePage], list[Finding]]:
    words = TEXT[lang]
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in result.findings:
        by_file[f.path].append(f)
    pages: list[FilePage] = []
    unreadable: list[Finding] = []
    for path in result.files:
        found = by_file.get(path, [])
        engine = [f for f in found if f.code in ENGINE_CODES]
        unreadable.extend(engine)
        view = result.views.get(path)
        if engine and view is None:
            continue
        file_id = anchor(path)
        seen: Counter[str] = Counter()
        views = []
        for f in found:
            seen[f.fingerprint] += 1
            suffix = "" if seen[f.fingerprint] == 1 else f"-{seen[f.fingerprint]}"
            views.append(
                FindingView(
                    f,
                    anchor(path, f.fingerprint + suffix),
                    f.message_en if lang == "en" else f.message,
                    words.get(f.severity, f.severity),
                )
            )
        body = _body(view, views, file_id) if view is not None else Markup("")
        counts = Counter(f.severity for f in found)
        pages.append(FilePage(path, file_id, views, dict(counts), body))
    pages.sort(
        key=lambda p: (-p.counts.get("error", 0), -p.counts.get("warning", 0), -len(p.findings))
    )
    return pages, unreadable


def _chart(result: Result) -> Markup:
    """Findings per rule as horizontal bars (inline SVG: no script, no network)."""
    counts = Counter((f.code, f.severity) for f in result.findings)
    if not counts:
        return Markup("")
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    top = max(counts.values())
    bar_h, width = 22, 360
    parts = [
        Markup('<svg class="chart" role="img" width="{}" height="{}" viewBox="0 0 {} {}">').format(
            width + 160, bar_h * len(rows) + 4, width + 160, bar_h * len(rows) + 4
        )
    ]
    for i, ((code, sev), n) in enumerate(rows):
        y = i * bar_h + 2
        w = max(2, round(width * n / top))
        parts.append(
            Markup(
                '<a href="#rule-{code}"><text x="0" y="{ty}">{code}</text>'
                '<rect class="{sev}" x="60" y="{y}" width="{w}" height="{h}"/>'
                '<text x="{tx}" y="{ty}">{n}</text></a>'
            ).format(code=code, sev=sev, y=y, ty=y + 15, w=w, h=bar_h - 6, tx=66 + w, n=n)
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def write_html(result: Result, out: TextIO, lang: str) -> None:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    lang = lang if lang in TEXT else "zh"
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    pages, unreadable = _pages(result, lang)
    codes = sorted({f.code for f in result.findings})
    rules = [result.rules[c] for c in codes if c in result.rules]
    page = env.get_template("review.html.j2").render(
        lang=lang,
        t=TEXT[lang],
        pages=pages,
        unreadable=unreadable,
        chart=_chart(result),
        rules=[(c, c.documentation) for c in rules],
        codes=codes,
        total=len(result.findings),
        n_files=len(result.files),
        hit=len({f.path for f in result.findings}),
        homepage=HOMEPAGE,
    )
    out.write(page)
