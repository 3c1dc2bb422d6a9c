"""HTML reports (government sites publish them as pages): block text and <table>s.

Parsed with the standard library's HTMLParser, which does not recurse, so deep nesting costs
no stack; nesting deeper than MAX_DEPTH is refused (AL006). Script and style are skipped.
Location scheme: `第 N 段` for a block of text, `表 T 第 R 行 第 C 列` for a cell; colspan and
rowspan leave the covered cells blank so a merged figure is counted once.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from auditlint.document import Document
from auditlint.readers import ReadProblem
from auditlint.readers.builder import DocumentBuilder

MAX_DEPTH = 500
_BLOCKS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "tr", "table", "ul", "ol", "pre", "blockquote", "title", "hr",
}  # fmt: skip
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
# end tags that HTML lets authors leave out: not counted as nesting
_OPTIONAL_END = {"p", "li", "td", "th", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot"}
_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


class _TooDeep(Exception):
    pass


class _Table:
    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.spans: dict[tuple[int, int], int] = {}  # (row, col) covered by a rowspan above
        self.cell: list[str] | None = None
        self.cell_span = (1, 1)

    def start_row(self) -> None:
        self.end_cell()
        self.rows.append([])

    def start_cell(self, colspan: int, rowspan: int) -> None:
        self.end_cell()
        if not self.rows:
            self.rows.append([])
        self.cell = []
        self.cell_span = (colspan, rowspan)

    def end_cell(self) -> None:
        if self.cell is None:
            return
        r = len(self.rows) - 1
        row = self.rows[r]
        while (r, len(row)) in self.spans:
            row.append("")
        colspan, rowspan = self.cell_span
        c = len(row)
        row.append(_SPACE.sub(" ", "".join(self.cell)).strip())
        row.extend([""] * (colspan - 1))
        for dr in range(1, rowspan):
            for dc in range(colspan):
                self.spans[(r + dr, c + dc)] = 1
        self.cell = None


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.text: list[str] = []
        self.tables: list[_Table] = []
        self.out: list[tuple[str, object]] = []  # ("text", str) | ("table", _Table)
        self.pre = 0  # inside <pre>: whitespace and line breaks are the text's own

    def _flush(self) -> None:
        if self.pre:  # each line a line, blank ones too (a table written one cell a line)
            lines = "".join(self.text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
            if lines and lines[0] == "":
                lines = lines[1:]  # the line break right after <pre> is not content
            self.out.extend(("text", line) for line in lines)
            self.text = []
            return
        text = _SPACE.sub(" ", "".join(self.text)).strip()
        if text:
            self.out.append(("text", text))
        self.text = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag not in _VOID and tag not in _OPTIONAL_END:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _TooDeep
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        elif tag == "pre" and not self.tables:
            self._flush()
            self.pre += 1
        elif tag == "table":
            if not self.tables:
                self._flush()
            self.tables.append(_Table())
        elif self.tables and tag == "tr":
            self.tables[-1].start_row()
        elif self.tables and tag in ("td", "th"):
            a = dict(attrs)
            span = [
                int(v) if (v or "").isdigit() else 1 for v in (a.get("colspan"), a.get("rowspan"))
            ]
            self.tables[-1].start_cell(min(max(span[0], 1), 100), min(max(span[1], 1), 1000))
        elif tag in _BLOCKS and not self.tables and not self.pre:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID and tag not in _OPTIONAL_END:
            self.depth = max(self.depth - 1, 0)
        if tag in ("script", "style", "noscript", "template"):
            self.skip = max(self.skip - 1, 0)
        elif tag == "pre" and self.pre and not self.tables:
            self._flush()
            self.pre -= 1
        elif self.tables and tag in ("td", "th"):
            self.tables[-1].end_cell()
        elif self.tables and tag == "table":
            done = self.tables.pop()
            done.end_cell()
            if self.tables:  # a nested table's text stays in its outer cell
                if self.tables[-1].cell is not None:
                    self.tables[-1].cell.append(" ".join(" ".join(r) for r in done.rows))
            else:
                self.out.append(("table", done))
        elif tag in _BLOCKS and not self.tables and not self.pre:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.tables:
            if self.tables[-1].cell is not None:
                self.tables[-1].cell.append(data)
        else:
            self.text.append(data)

    def close(self) -> None:
        super().close()
        while self.tables:
            self.handle_endtag("table")
        self._flush()


def _decode(data: bytes) -> tuple[str, str] | ReadProblem:
    """The charset a <meta> declares, else the text readers' detection."""
    from auditlint.readers.text import decode_nonempty

    if not data.strip():
        return decode_nonempty(data)
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii")), m.group(1).decode("ascii")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_nonempty(data)


def read_html(path: str, data: bytes) -> Document | ReadProblem:
    decoded = _decode(data)
    if isinstance(decoded, ReadProblem):
        return decoded
    text, encoding = decoded
    parser = _Parser()
    try:
        parser.feed(text)
        parser.close()
    except _TooDeep:
        return ReadProblem(
            "AL006",
            f"HTML 嵌套过深（超过 {MAX_DEPTH} 层），未检查",
            f"HTML nested deeper than {MAX_DEPTH} elements; not checked",
        )
    builder = DocumentBuilder(path, "html", encoding)
    n_text = 0
    for kind, content in parser.out:
        if kind == "text":
            n_text += 1
            builder.paragraph(str(content), f"第 {n_text} 段")
        else:
            t = len(builder.tables) + 1
            builder.table(
                content.rows,  # type: ignore[attr-defined]
                lambda r, t=t: f"表 {t} 第 {r + 1} 行",
                lambda r, c, t=t: f"表 {t} 第 {r + 1} 行 第 {c + 1} 列",
                "html",
            )
    return builder.build()
