"""Rebuild tables from the shapes they take in text exports.

Shapes handled (all seen in real reports):
- ``tab``: one row a line, cells separated by tabs (Word → text export);
- ``cell-per-line``: one cell a line starting with a tab, rows separated by blank lines, a cell's
  wrapped text continuing on lines without the tab (seed 003's 专项资金绩效自评表);
- ``pipe``: markdown pipes, with or without the outer pipes; also the variant with one cell a
  line ending in `` |`` and rows closed by a line of pipes;
- ``flattened``: a row squeezed into one line as `label n n n` (PDF text extraction);
- ``glued``: an indicator row whose cells OCR ran together with no space at all, taken only where
  the text itself fixes the cell boundaries (see ``glued_rows``);
- ``cell-run``: one cell a line (blank lines or a trailing `` |`` allowed) with no mark between
  rows: a row is a label followed by its figures, taken where most rows hold as many figures;
- a score sheet's indicator block, flattened into one line or laid one cell a line, is read
  under its headings by ``flat_scores`` (a row ends with its 分值 and 得分).
Blank cells stay blank, so columns never shift.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from auditlint.document import Cell, Line, Table
from auditlint.numbers import has_digit
from auditlint.readers.flat_scores import (
    PLAIN_FIGURE,
    REMARK_HEADING,
    SCORE_HEADING,
    TOTAL_NAME,
    WEIGHT_HEADING,
    Word,
    header_at,
    indicator_rows,
    line_words,
    starts_headings,
)

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ONLY_PIPES = re.compile(r"^\s*\|{2,}\s*$")
_FLAT_UNITS = (
    "万人次|万元|万人|人次|公里|公斤|小时|%|万|元|分|人|户|个|次|场|种|例|家|项|所|亩|吨|米|天|件|台|套"
    "|册|批|张|篇|条|处|座|间|辆"
)
_FLAT_TOKEN = rf"(?:[-—–]+|-?\d[\d,]*(?:\.\d+)?(?:{_FLAT_UNITS})?)"  # (-47.50: a decrease)
_FLAT_ROW = re.compile(
    r"(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff()（）]{1,24}[:：]?)"
    rf"(?P<values>(?:[ \t]+{_FLAT_TOKEN}){{2,}})(?=[ \t]|$)"
)


def _cell(line: Line, start: int, end: int) -> Cell:
    """Cell for line.text[start:end], trimmed, columns 1-based inclusive."""
    segment = line.text[start:end]
    lead = len(segment) - len(segment.lstrip())
    text = segment.strip()
    col = start + lead + 1
    return Cell(
        text=text,
        line=line.number,
        column=col,
        end_line=line.number,
        end_column=col + max(len(text), 1) - 1,
    )


def _split(line: Line, sep: str) -> list[Cell]:
    cells, start = [], 0
    for part in line.text.split(sep):
        cells.append(_cell(line, start, start + len(part)))
        start += len(part) + len(sep)
    return cells


def _is_cell_per_line_start(text: str) -> bool:
    return text.startswith("\t") and "\t" not in text[1:]


def _is_blank(text: str) -> bool:
    """An empty line; a line holding only a tab is a blank cell, not a blank line."""
    return "\t" not in text and not text.strip()


def _is_tab_row(text: str) -> bool:
    return "\t" in text.rstrip("\t") and not _is_cell_per_line_start(text.rstrip("\t") or "x")


def _is_pipe_row(text: str) -> bool:
    return text.count("|") >= 2 and not _ONLY_PIPES.match(text)


def _cell_per_line(lines: Sequence[Line], i: int, tid: int) -> tuple[Table, int]:
    table = Table(id=tid, layout="cell-per-line")
    n = len(lines)
    while i < n and _is_cell_per_line_start(lines[i].text):
        row: list[Cell] = []
        while i < n and not _is_blank(lines[i].text):
            ln = lines[i]
            if _is_cell_per_line_start(ln.text):
                row.append(_cell(ln, 1, len(ln.text)))
            elif row:  # wrapped text of the previous cell
                prev = row[-1]
                extra = ln.text.strip()
                prev.text = (prev.text + extra) if prev.text else extra
                if extra:
                    prev.end_line, prev.end_column = ln.number, len(ln.text.rstrip())
            i += 1
        table.rows.append(row)
        j = i
        while j < n and _is_blank(lines[j].text):
            j += 1
        if j - i > 2 or j >= n or not _is_cell_per_line_start(lines[j].text):
            break
        i = j
    return table, i


def _pipe_cell_per_line(lines: Sequence[Line], i: int, tid: int) -> tuple[Table, int]:
    """Cells one a line, each ending in ``|``; a line of pipes closes the row."""
    table = Table(id=tid, layout="pipe")
    row: list[Cell] = []
    n = len(lines)
    while i < n:
        text = lines[i].text
        if _ONLY_PIPES.match(text):
            if row:
                table.rows.append(row)
            row = []
        elif text.rstrip().endswith("|") and text.count("|") == 1:
            row.append(_cell(lines[i], 0, text.rstrip().rfind("|")))
        elif _is_pipe_row(text):
            if row:
                table.rows.append(row)
            row = []
            table.rows.append(_pipe_cells(lines[i]))
        else:
            break
        i += 1
    if row:
        table.rows.append(row)
    return table, i


def _pipe_cells(line: Line) -> list[Cell]:
    cells = _split(line, "|")
    if cells and cells[0].blank and line.text.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and cells[-1].blank and line.text.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


# a column heading: words (`决算数`, `增减率(%)`), a year's (`2024年`, `2023年决算数`) too
_HEADER_WORD = re.compile(
    r"^(?:(?:19|20)\d\d年度?[\u4e00-\u9fff()（）%]{0,10}|[\u4e00-\u9fff()（）%]{2,12})$"
)
_SHORT_GAP = re.compile(r"^[ \t]*(?:其中[:：,，]?)?[ \t]*$")
# the words before a sub-row's label, whatever comes before them (`其中：` `其中,`)
_SUB_ROW_CUE = re.compile(r"其中[:：,，]?[ \t]*$")


def _blank(line: Line, column: int) -> Cell:
    return Cell("", line.number, column, line.number, column)


def flattened_rows(line: Line) -> Iterator[list[Cell]]:
    """`label n n n` segments inside one line, each as a row of cells.

    When the words just before a segment are as many column headings as it has values
    (`年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0`), they are
    yielded first as a header row, and the segments that follow with nothing between them are
    rows of that table, shorter ones filled from the left (a page flattened into one line keeps
    a row's cells in column order)."""
    segments = list(_FLAT_ROW.finditer(line.text))
    width = 0
    previous_end = 0
    coded = False  # the row before ended with this row's classification code
    for n, m in enumerate(segments):
        label = m.group("label").rstrip(":：")
        start = m.start("label")
        code = _CODE_BEFORE.search(line.text, 0, start)
        if code and (coded or code.start() >= previous_end):
            start = code.start()  # `201 一般公共服务支出`: the code opens the row's label
        row = [_cell(line, start, m.start("label") + len(label))]
        pos = m.start("values")
        for tok in re.finditer(r"\S+", m.group("values")):
            row.append(_cell(line, pos + tok.start(), pos + tok.end()))
        following = segments[n + 1].start() if n + 1 < len(segments) else -1
        coded = _ends_with_next_code(row, 0 <= following - m.end() <= 1)
        if coded:
            row.pop()
        gap = line.text[previous_end : m.start()]
        words = list(re.finditer(r"\S+", gap))[-(len(row) - 1) :]
        headed_label = (
            len(row) >= 5  # four or more columns: fewer is too weak a sign of a heading row
            and len(words) == len(row) - 1
            and all(_HEADER_WORD.match(w.group(0)) for w in words)
            and not _LAST_HEADING.search(label)  # 得分 heads a column, it labels no row
            # a label that is one of the headings before it (`预算数 决算数 … 决算数 210.50 …`):
            # headings that repeat, then figures with no label, whose columns cannot be told
            and label not in {w.group(0) for w in words}
        )
        headed = [] if headed_label else _headed_rows(line, gap, previous_end, label, row)
        if headed:  # `全年预算数 全年执行数 分值 执行率 得分 48.00 43.20 10 90% 9 …`
            yield from headed
            width, previous_end = 0, m.end()
            continue
        if headed_label:
            width = len(row)
            header = [_blank(line, previous_end + words[0].start())]
            header += [_cell(line, previous_end + w.start(), previous_end + w.end()) for w in words]
            yield header
        elif width and not (_SHORT_GAP.match(gap) or _SUB_ROW_CUE.search(gap)):
            width = 0  # text between: the table has ended
        if width and len(row) < width:
            row += [_blank(line, row[-1].end_column + 1) for _ in range(width - len(row))]
        previous_end = m.end()
        yield row


# a classification code of the 支出功能分类 (201 一般公共服务支出 …, 20101, 2010101) or the
# 经济分类 (301 工资福利支出, 30101; 501 …): three digits, then two a level
_CODE_SHAPE = r"[235]\d{2}(?:\d{2}){0,2}"
_CLASS_CODE = re.compile(rf"^{_CODE_SHAPE}$")


_CODE_BEFORE = re.compile(rf"(?<!\S){_CODE_SHAPE} $")  # a code right before a row's label


def _ends_with_next_code(row: list[Cell], next_row_follows: bool) -> bool:
    """`… 355.40 300.20 55.20 20101 人大事务 120.10 …`: a table flattened into one line puts
    the code of a row (its 科目编码 cell) after the figures of the row before. A last whole
    number shaped like a code, after figures in hundredths, right before the next row, is it."""
    if not next_row_follows or len(row) < 4:
        return False
    figures = [c.text for c in row[1:-1] if c.text[:1].isdigit()]
    return (
        bool(_CLASS_CODE.match(row[-1].text)) and bool(figures) and all("." in f for f in figures)
    )


# the words that head a score sheet's last columns: never a row's label
_LAST_HEADING = re.compile(r"(?:得分|分值|执行率|权重)$")


def _headed_rows(
    line: Line, gap: str, offset: int, label: str, row: list[Cell]
) -> list[list[Cell]]:
    """A run of four or more column headings, the last of them read as the segment's label,
    right before the values: the headings and the values, rows of one value per heading, as a
    table flattened with its row labels printed elsewhere (merged label cells come first). The
    headings are the last of the run that the values fill whole rows of."""
    if not _HEADER_WORD.match(label):
        return []
    words = list(re.finditer(r"\S+", gap))
    k = 0
    while k < len(words) and _HEADER_WORD.match(words[len(words) - 1 - k].group(0)):
        k += 1
    values = row[1:]
    n = len(values)
    # one row: a value under each heading, or under each but the first (the label column's
    # heading, `项目资金（万元）`); several rows: whole rows of the last headings (the words
    # before them may be other cells)
    if n in (k + 1, k):
        width = n
    else:
        width = next((w for w in range(k + 1, 3, -1) if n % w == 0 and n // w >= 2), 0)
    if width < 4:
        return []
    headings = words[len(words) - (width - 1) :] if width > 1 else []
    header = [_blank(line, offset + headings[0].start())] if headings else []
    header += [_cell(line, offset + w.start(), offset + w.end()) for w in headings]
    header.append(row[0])
    out = [header]
    for at in range(0, len(values) - width + 1, width):
        chunk = values[at : at + width]
        out.append([_blank(line, chunk[0].column), *chunk])
    return out


# the label before the weight: found backwards from it, so the scan starts only at digits
_GLUED_LABEL = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff()（）]{1,24}$")
_GLUED_WEIGHT = r"(?<=[\u4e00-\u9fff)）])(?P<weight>[1-9]\d?)"
_GLUED_SCORE = r"(?P<score>\d{1,2}(?:\.\d{1,2})?)(?![\d.%])"
# A cell value that ends in a unit or a word, so the digits after it belong to the next cell.
_GLUED_VALUE = (
    r"(?:[≥≤>＞<＜]?\d[\d,]*(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,3})"
    r"|\d{4}年\d{1,2}月(?:\d{1,2}日)?[\u4e00-\u9fff]{0,4})"
)
_GLUED_ROWS = (
    # `分值 | 年度指标值 | 全年实际值 | 得分` with target and actual printed alike: the repeat
    # pins where the weight's digits end (`办公成本415万元15万元4` is 4, 15万元, 15万元, 4)
    re.compile(rf"{_GLUED_WEIGHT}(?P<target>{_GLUED_VALUE})(?P=target){_GLUED_SCORE}"),
    # a dash for the target (`预算执行率10一100%9`: OCR reads the dash as 一)
    re.compile(rf"{_GLUED_WEIGHT}(?P<target>[一\-—–/])(?P<actual>{_GLUED_VALUE}){_GLUED_SCORE}"),
)


def _unopened_close(label: str) -> int:
    """Where a label really starts after the `分)` left over from a heading `(10分)`."""
    depth, start = 0, 0
    for i, ch in enumerate(label):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth:
                depth -= 1
            else:
                start = i + 1
    return start


def glued_rows(line: Line) -> list[list[Cell]]:
    """Indicator rows OCR glued into one run (`label 分值 指标值 实际值 得分` without spaces), as
    [label, weight, target, actual, score]; only where the score does not exceed the weight."""
    rows: list[tuple[int, list[Cell]]] = []
    for pattern in _GLUED_ROWS:
        for m in pattern.finditer(line.text):
            if Decimal(m.group("score")) > Decimal(m.group("weight")):
                continue
            label = _GLUED_LABEL.search(line.text, max(0, m.start() - 25), m.start())
            if label is None:
                continue
            label_start = label.start() + _unopened_close(label.group(0))
            if label_start >= label.end():
                continue  # only the `分)` of a heading before the figures: no label
            if "actual" in pattern.groupindex:
                actual = m.span("actual")
            else:  # the repeat of the target right after it
                actual = (m.end("target"), m.end("target") + len(m.group("target")))
            rows.append(
                (
                    m.start(),
                    [
                        _cell(line, label_start, label.end()),
                        _cell(line, *m.span("weight")),
                        _cell(line, *m.span("target")),
                        _cell(line, *actual),
                        _cell(line, *m.span("score")),
                    ],
                )
            )
    return [row for _, row in sorted(rows, key=lambda item: item[0])]


_RUN_CELL_MAX = 40  # a longer line is prose, not a cell
_VALUE_LABEL = re.compile(r"\d")  # a row's first cell that holds a figure is a value, not a label
# a figure cell: bare, a percentage, a sum of money with its unit (`21万元`), or a dash
_RUN_FIGURE = re.compile(r"^(?:-?[\d,]+(?:\.\d+)?(?:%|万元|亿元|千元|元)?|[-—–]{1,2})$")


def _run_text(text: str) -> str:
    stripped = text.strip()
    return stripped[:-1].rstrip() if stripped.endswith("|") else stripped


_CODE_CELL = re.compile(r"^\d{3,9}$")
_CODE_HEADING = re.compile(r"(?:编码|代码|编号)$")


def _codes_with_names(cells: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """Under a `科目编码` heading, a code cell just before a name cell is part of that row's
    label (`205`, `教育支出` → `205 教育支出`), not a figure of the row before."""
    if not any(_CODE_HEADING.search(t) for _, t in cells[:12]):
        return cells
    out: list[tuple[Line, str]] = []
    k = 0
    while k < len(cells):
        line, text = cells[k]
        after = cells[k + 1][1] if k + 1 < len(cells) else ""
        if _CODE_CELL.match(text) and after and not _RUN_FIGURE.match(after):
            out.append((cells[k + 1][0], f"{text} {after}"))
            k += 2
            continue
        out.append((line, text))
        k += 1
    return out


_ROW_NUMBER_HEADING = re.compile(r"^(?:行次|栏次|行号)$")
_ROW_NUMBER = re.compile(r"^\d{1,3}$")


def _without_row_numbers(cells: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """Under a `行次` heading, the whole number just after a row's label is the row's number
    (`本年收入合计`, `6`, `436.00`), not one of its figures: it is dropped, the heading too,
    so that the rows' figures stand under the headings of the figures."""
    if not any(_ROW_NUMBER_HEADING.match(t) for _, t in cells[:16]):
        return cells
    out: list[tuple[Line, str]] = []
    for k, (line, text) in enumerate(cells):
        previous = cells[k - 1][1] if k else ""
        if _ROW_NUMBER_HEADING.match(text):
            continue
        if _ROW_NUMBER.match(text) and previous and not _RUN_FIGURE.match(previous):
            continue
        out.append((line, text))
    return out


def _is_run_cell(text: str) -> bool:
    cell = _run_text(text)
    return (
        0 < len(cell) <= _RUN_CELL_MAX and not cell.endswith(("。", "；", ";")) and "|" not in cell
    )


def _cell_run(lines: Sequence[Line], i: int, tid: int) -> tuple[Table | None, int]:
    """Cells one a line with nothing between rows (`合计 |`, `18 |`, `6.28 |`, …): each text
    cell starts a row and the figures after it are its values. A table only where at least
    three rows hold figures and most of them hold the same number."""
    n = len(lines)
    cells: list[tuple[Line, str]] = []
    j = i
    barred = False  # cells closed by a line of their own `|`: a cell may run over lines
    after_bar = True
    while j < n:
        text = lines[j].text
        if text.strip() == "|":
            barred, after_bar = True, True
            j += 1
            continue
        if (  # a cell's second line (`一般公共` / `预算` / `|`): one heading or label
            barred
            and not after_bar
            and cells
            and cells[-1][1]
            and _is_run_cell(text)
            and not (_RUN_FIGURE.match(cells[-1][1]) or _RUN_FIGURE.match(_run_text(text)))
        ):
            line, first = cells[-1]
            cells[-1] = (line, first + _run_text(text))
            j += 1
            continue
        after_bar = False
        if text and not text.strip():  # a line of spaces: an empty cell, kept in its place
            if cells:
                cells.append((lines[j], ""))
            j += 1
            continue
        if not text.strip():
            gap = j
            while gap < n and not lines[gap].text:
                gap += 1
            if gap - j > 3:
                break  # blank lines between cells; more ends the table
            j = gap
            continue
        if not _is_run_cell(text) or _is_cell_per_line_start(text):
            break  # (a tab-led line: a table of one cell a line with blank lines between rows)
        if cells and starts_headings(text):
            break  # an indicator block's headings: a table of its own
        cells.append((lines[j], _run_text(text)))
        j += 1
    cells = _without_row_numbers(_codes_with_names(cells))
    rows: list[list[tuple[Line, str]]] = []
    lead: list[tuple[Line, str]] = []
    for cell in cells:
        if not cell[1] or _RUN_FIGURE.match(cell[1]):
            if rows:
                rows[-1].append(cell)
            continue
        if rows and len(rows[-1]) == 1:  # two text cells in a row: a header, or a wrapped label
            lead.append(rows.pop()[0])
        rows.append([cell])
    while rows and len(rows[-1]) > 1 and not rows[-1][-1][1]:
        rows[-1].pop()  # empty cells after the last figure belong to no row
    with_figures = [r for r in rows if any(t for _, t in r[1:])]
    widths = [len(r) for r in with_figures]
    figures = sum(1 for r in with_figures for _, t in r[1:] if t)
    if not widths:
        return None, j
    first = widths[0]
    headings = _names_above(lead, with_figures)
    headed = (  # a first row of five figures or more under as many headings, none longer after
        first >= 6
        and sum(1 for _, t in with_figures[0][1:] if t) >= 5
        and max(widths) == first
        and len(_join_split_headings(headings, first)) == first
    )
    two_alike = len(widths) == 2 and widths[0] == widths[1] >= 4
    if sum(1 for _, t in headings if t == with_figures[0][0][1]) >= 2:
        # the first row's "label" is a heading that recurs above it (`预算数`, `决算数`, …,
        # `决算数`, then the figures): a row of figures with no label under headings that
        # repeat, whose columns one cell a line leaves no way to tell
        return None, j
    if not headed and len(with_figures) < 3 and not two_alike:
        return None, j  # three rows of figures, or two of three figures or more each
    width = max(set(widths), key=widths.count)
    if headed:
        # the rows after it may stop short: their last cells merged away; so may the first
        width = _headed_width(headings, with_figures[0])
        # … until a row that opens with a value (`324户`): another block, laid out otherwise
        at = rows.index(with_figures[0])
        cut = next((k for k in range(at + 1, len(rows)) if _VALUE_LABEL.search(rows[k][0][1])), 0)
        if cut:
            end_line = rows[cut][0][0].number
            rows = rows[:cut]
            j = next((k for k in range(i, j) if lines[k].number == end_line), j)
    elif widths.count(width) * 5 < len(widths) * 3 or (
        figures < 6 and not (width == 2 and any(_TOTAL_LABEL.search(r[0][1]) for r in with_figures))
    ):
        return None, j  # (a short list of sums is a table where a total row closes it)
    labels = [len(r[0][1]) for r in with_figures]
    if width == 2 and sum(labels) > 16 * len(labels):
        return None, j  # long lines each followed by one number: prose and page numbers
    rows, width = _paired_sides(rows, width)
    table = Table(id=tid, layout="cell-run")
    above = [c for c in lead if c[0].number < with_figures[0][0][0].number]
    units = [c for c in above if _UNIT_CELL.match(c[1])]
    names = _join_split_headings(headings, width)
    if len(names) == width:  # the cells just above the first row name its columns
        header = [_run_cell(ln, t) for ln, t in names]
        if units:  # `(万元)` in a cell of its own: the unit of the label column
            header[0].text += units[-1][1]
        table.rows.append(header)
    for r in rows:
        if len(r) > 1 or r[0][0].number > with_figures[0][0][0].number:
            row = [_run_cell(ln, t) if t else _empty_cell(ln) for ln, t in r]
            if headed and 1 < len(row) < width:
                # under headings, a row's figures follow its label in the headings' order;
                # the cells after its last figure were empty, which one cell a line cannot show
                row += [_empty_cell(r[-1][0]) for _ in range(width - len(row))]
            table.rows.append(row)
    return table, j


def _paired_sides(
    rows: list[list[tuple[Line, str]]], width: int
) -> tuple[list[list[tuple[Line, str]]], int]:
    """A 收入支出总表 printed one cell a line, each printed row's income cells then its
    spending cells (`财政拨款收入`, `286.40`, `教育支出`, `201.30`, …): two
    rows of the run are one row of the table, so each side's totals are of its own side. Only
    where every first row names no spending and every second no income, and most name their
    side."""
    body = [k for k, r in enumerate(rows) if len(r) > 1]
    if len(body) < 4 or len(body) % 2 or body != list(range(body[0], body[0] + len(body))):
        return rows, width
    pairs = [(rows[k], rows[k + 1]) for k in body[::2]]
    if any(len(a) != len(b) or "支出" in a[0][1] or "收入" in b[0][1] for a, b in pairs) or 2 * sum(
        1 for a, b in pairs if "收入" in a[0][1] and "支出" in b[0][1]
    ) < len(pairs):
        return rows, width
    joined = [a + b for a, b in pairs]
    return [*rows[: body[0]], *joined, *rows[body[-1] + 1 :]], 2 * width


_UNIT_CELL = re.compile(r"^[(（](?:万元|元|亿元|千元|%|万元、%)[)）]$")


def _names_above(
    lead: list[tuple[Line, str]], with_figures: list[list[tuple[Line, str]]]
) -> list[tuple[Line, str]]:
    """The text cells above a run's first row of figures, its unit cells (`(万元)`) left out."""
    first = with_figures[0][0][0].number
    return [c for c in lead if c[0].number < first and not _UNIT_CELL.match(c[1])]


def _join_split_headings(names: list[tuple[Line, str]], width: int) -> list[tuple[Line, str]]:
    """The last `width` heading cells, where a heading was split over two cells (`年初` /
    `预算数`, `全年` / `预算数`, `全年` / `执行数`): a short cell (two characters at most) is
    joined to the next one when either of them recurs among the headings, which a split
    heading's halves do and whole headings (`分值`, `执行率`) do not."""
    texts = [t for _, t in names]
    out = list(names)
    k = len(out) - 2
    while len(out) > width and k >= 0:
        (line, a), (_, b) = out[k], out[k + 1]
        if len(a) <= 2 and len(b) >= 2 and (texts.count(a) > 1 or texts.count(b) > 1):
            out[k : k + 2] = [(line, a + b)]
        k -= 1
    return out[-width:]


_RATE_HEADING = re.compile(r"率|%|比例|比重|进度")


def _headed_width(names: list[tuple[Line, str]], first: list[tuple[Line, str]]) -> int:
    """How many columns a run's first row of figures spans under the headings above it: its
    own cells, or one more where its last cell was empty (a blank 得分) and one cell a line
    cannot show it. The width at which its percentages stand under headings of rates
    (`执行率(%)`) is the one; where both fit as well, its own."""

    def fits(width: int) -> int:
        headings = [t for _, t in _join_split_headings(names, width)]
        if len(headings) < width:
            return -1
        return sum(
            1
            for k, (_, t) in enumerate(first)
            if k and t.endswith("%") and _RATE_HEADING.search(headings[k])
        )

    own = len(first)
    return own + 1 if fits(own + 1) > fits(own) else own


def _empty_cell(line: Line) -> Cell:
    return Cell("", line.number, 1, line.number, 1)


def _run_cell(line: Line, text: str) -> Cell:
    start = line.text.find(text)
    if start < 0:  # a heading joined from two cells: it starts on this line
        cell = _cell(line, 0, len(line.text))
        cell.text = text
        return cell
    return _cell(line, start, start + len(text))


def find_tables(lines: Sequence[Line]) -> list[Table]:
    # a page's number between two rows (`— 3 —`, read as blank) is no line of the table: the
    # rows on either side of the page break are rows of one table
    lines = [ln for ln in lines if ln.text or not ln.raw.strip()]
    tables: list[Table] = []
    i, n = 0, len(lines)
    run_end = 0  # lines up to here were tried as a cell run and are none
    while i < n:
        text = lines[i].text
        tid = len(tables) + 1
        if starts_headings(text):
            table, end = _indicator_cells(lines, i, tid, tables[-1] if tables else None)
            if table is not None:
                tables.append(table)
                i = end
                continue
        if "\t" not in text and "|" not in text:  # most lines: no tab or pipe table starts here
            if (
                i >= run_end
                and _is_run_cell(text)
                and i + 1 < n
                and not _RUN_FIGURE.match(_run_text(text))
            ):
                table, end = _cell_run(lines, i, tid)
                if table is not None:
                    tables.append(table)
                    i = end
                    continue
                run_end = end  # a later start inside this run finds no more rows of figures
            spaced, end = _spaced_table(lines, i, tid) if " " in text else (None, i)
            if spaced is not None:
                tables.append(spaced)
                i = end
                continue
            if table := _one_line_table(lines[i], tid, _line_before(lines, i)):
                tables.append(table)
            i += 1
            continue
        if _is_cell_per_line_start(text):
            table, i = _cell_per_line(lines, i, tid)
            if len(table.rows) >= 2:
                tables.append(table)
            continue
        if _is_tab_row(text):
            table = Table(id=tid, layout="tab")
            while i < n and (
                _is_tab_row(lines[i].text)
                or (not lines[i].text.strip() and i + 1 < n and _is_tab_row(lines[i + 1].text))
            ):
                if lines[i].text.strip():
                    table.rows.append(_split(lines[i], "\t"))
                i += 1
            if len(table.rows) >= 2:
                tables.append(table)
            continue
        if _is_pipe_row(text) or (
            text.rstrip().endswith("|") and i + 1 < n and lines[i + 1].text.rstrip().endswith("|")
        ):
            table, end = _pipe_cell_per_line(lines, i, tid)
            text_of = {ln.number: ln.text for ln in lines[i : end + 1]}  # a reader's lines need not
            # be numbered from 1 without gaps (HTML keeps the source's line numbers)
            table.rows = [
                r
                for r in table.rows
                if not _PIPE_RULE.match(text_of.get(r[0].line, ""))
                or (len(r) > 1 and not all(set(c.text) <= set("-: ") for c in r))
            ]
            if len(table.rows) >= 2:
                tables.append(table)
                i = max(end, i + 1)
                continue
            run, end = _cell_run(lines, i, tid)  # cells ending in `|` with no row marks
            if run is not None:
                tables.append(run)
                i = end
                continue
            i += 1
            continue
        if i >= run_end and text.rstrip().endswith("|") and _is_run_cell(text):
            # one cell a line, each ending in `` |``, with blank lines between them
            run, end = _cell_run(lines, i, tid)
            if run is not None:
                tables.append(run)
                i = end
                continue
            run_end = end
        if table := _one_line_table(lines[i], tid, _line_before(lines, i)):
            tables.append(table)
        i += 1
    return _join_continued(tables, lines)


def _line_before(lines: Sequence[Line], i: int) -> Line | None:
    """The last line with text before line i, if any."""
    return next((lines[j] for j in range(i - 1, -1, -1) if lines[j].text.strip()), None)


# what may stand between a table and its continuation: a continuation mark, the unit, a page
# number or footer (`（续表）`, `续上表`, `单位：万元`, `—5—`, `- 3 -`, `第2页`)
_BETWEEN_PARTS = re.compile(
    r"^\s*(?:[（(]?续(?:表|上表)?[）)]?|(?:金额)?单位[:：]\s*\S{1,4}|[—\-－]?\s*\d{1,3}\s*[—\-－]?"
    r"|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|)\s*$"
)


def _header_texts(table: Table) -> list[str]:
    return [re.sub(r"\s+", "", c.text) for c in table.rows[0]] if table.rows else []


def _join_continued(tables: list[Table], lines: Sequence[Line]) -> list[Table]:
    """A table printed over two pages, its header repeated on the second (`（续表）`): one
    table, its second header dropped, where nothing but a continuation mark, the unit or a page
    number stands between the parts. The tables are numbered again in order."""
    text_of = {ln.number: ln.text for ln in lines}
    out: list[Table] = []
    for table in tables:
        last = out[-1] if out else None
        header = _header_texts(table)
        if (
            last is not None
            and last.layout == table.layout
            and not table.continues
            and len(header) >= 2
            and header == _header_texts(last)
            and all(
                _BETWEEN_PARTS.match(text_of.get(k, ""))
                for k in range(last.end_line + 1, table.start_line)
            )
        ):
            last.rows.extend(table.rows[1:])
            continue
        out.append(table)
    renumbered = {t.id: k for k, t in enumerate(out, start=1)}
    for t in out:
        t.id = renumbered[t.id]
        t.continues = renumbered.get(t.continues, 0)
    return out


_SPACED = re.compile(r"[ \t\u3000]+")
_SPACED_FIGURE = re.compile(rf"^(?:{_FLAT_TOKEN}|\d+(?:\.\d+)?%)$")
_CLAUSE_PUNCT = re.compile(r"[,，。;；!！?？、]")
_GROUPING = re.compile(r"(?<=\d),(?=\d{3}(?![\d]))")  # 1,234.50: a thousands mark, no clause
_SPACED_MAX = 160  # a longer line is prose
# a column that numbers the rows or gives their classification codes, and a number in it
_NUMBERING = re.compile(
    r"^(?:序号|编号|(?:功能分类|经济分类|支出功能分类|支出经济分类)?科目(?:编码|代码)|代码|编码)$"
)
# 1 … 999, or a classification code: 201 / 20101 / 2010101
_ROW_NUMBER_OR_CODE = re.compile(rf"^(?:\d{{1,3}}|{_CODE_SHAPE})$")
MIN_SPACED_ROWS = 3  # with the header: a block this long, fewer is too weak a sign of a table


# a cell of a space-aligned row: a run of non-space characters; in a row whose cells stand
# apart by wider gaps (two spaces or more, a tab), words joined by single spaces (`分 值`)
_SPACED_CELL = re.compile(r"[^ \t\u3000]+")
_WIDE_CELL = re.compile(r"[^ \t\u3000]+(?: [^ \t\u3000]+)*")
_WIDE_GAP = re.compile(r"\S(?: {2,}|\t)\S")
_NARROW_GAP = re.compile(r"\S \S")


def _spaced_tokens(line: Line, least: int = 3, wide: bool = False) -> list[tuple[int, int]] | None:
    """The (start, end) of a line's space-separated cells, or None for a line that is no row
    of a space-aligned table: `least` cells at least (three), no clause punctuation."""
    text = line.text
    if not text.strip() or len(text) > _SPACED_MAX or _CLAUSE_PUNCT.search(_GROUPING.sub("", text)):
        return None
    cell = _WIDE_CELL if wide else _SPACED_CELL
    spans = [(m.start(), m.end()) for m in cell.finditer(text)]
    return spans if len(spans) >= least else None


def _spaced_table(lines: Sequence[Line], i: int, tid: int) -> tuple[Table | None, int]:
    """Rows aligned by spaces, one a line (`项目 预算数 决算数` / `合计 200.00 196.70`): a header
    of words, then rows of as many cells that open with a label and hold figures; a line of
    another width, a blank line or prose ends it. A PDF's or a web page's text often prints
    a table so, and a PDF's layout text sets its cells apart by wide gaps, with single
    spaces inside a cell (`分 值   扣 分   得 分`): such rows are read by their wide gaps
    first."""
    text = lines[i].text
    if _WIDE_GAP.search(text) and _NARROW_GAP.search(text):
        table, end = _spaced_table_as(lines, i, tid, wide=True)
        if table is not None:
            return table, end
    return _spaced_table_as(lines, i, tid, wide=False)


def _spaced_table_as(
    lines: Sequence[Line], i: int, tid: int, wide: bool
) -> tuple[Table | None, int]:
    """The space-aligned table at line i, its cells apart by any space or, `wide`, by gaps."""
    header = _spaced_tokens(lines[i], wide=wide)
    if header is None and i + 1 < len(lines) and _spaced_row(lines[i + 1], 3, wide) is not None:
        # two headings over rows of a label and two figures
        header = _spaced_tokens(lines[i], 2, wide)
        if header is not None and len(header) != 2:
            header = None
    if header is None:
        return _two_column_table(lines, i, tid, wide)
    if not wide:
        header = _spaced_heading(lines, i, header)
    headings = _heading_halves(lines, i, [_cell(lines[i], a, b) for a, b in header], wide)
    words = [c.text for c in headings]
    if any(_SPACED_FIGURE.match(w) for w in words) or not all(
        re.search(r"[\u4e00-\u9fff]", w) for w in words
    ):
        return None, i
    width = len(header)
    rows = [headings]
    if i + 1 < len(lines) and _spaced_row(lines[i + 1], width + 1, wide) is not None:
        # rows one cell wider than the header, each a label and a figure under every heading:
        # the header's corner cell (over the labels) was left blank
        first = _spaced_tokens(lines[i + 1], wide=wide) or []
        if len(first) == width + 1:
            width += 1
            rows[0].insert(0, _blank(lines[i], header[0][0] + 1))
    numbered = _NUMBERING.match(rows[0][0].text) is not None
    last = rows[0][-1].text
    remark = bool(REMARK_HEADING.search(last) or last.endswith("等级"))
    j = i + 1
    while j < len(lines):
        row = _spaced_row(lines[j], width, wide, numbered, remark)
        if row is None and len(rows) >= MIN_SPACED_ROWS:
            row = _merged_row(lines[j], rows, wide)
        if row is None:
            break
        rows.append(row)
        j += 1
    if len(rows) >= MIN_SPACED_ROWS and j < len(lines):
        total = _score_total_row(lines[j], [c.text for c in rows[0]], wide)
        if total is not None:
            rows.append(total)
            j += 1
    if len(rows) < MIN_SPACED_ROWS:
        return None, i
    return Table(id=tid, layout="spaced", rows=rows), j


# the label of a total row: `合计`, `支出合计`, `本年收入合计`, `总计`, `小计`
_TOTAL_LABEL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计)$|(?:合计|总计|小计)$")


def _two_column_table(
    lines: Sequence[Line], i: int, tid: int, wide: bool
) -> tuple[Table | None, int]:
    """Two headings of words (`项目 金额`) over rows of a label and one figure, a total row
    among them (`合计 1303.70`): a list of sums a web page or a PDF prints as a table. Without
    the total row such lines are as likely prose, and nothing in them adds up."""
    header = _spaced_tokens(lines[i], 2, wide)
    if header is None or len(header) != 2:
        return None, i
    words = [lines[i].text[a:b] for a, b in header]
    if any(_SPACED_FIGURE.match(w) or not re.search(r"[\u4e00-\u9fff]", w) for w in words):
        return None, i
    rows = [[_cell(lines[i], a, b) for a, b in header]]
    j = i + 1
    while j < len(lines):
        spans = _spaced_tokens(lines[j], 2, wide)
        if spans is None or len(spans) != 2:
            break
        label, figure = (lines[j].text[a:b] for a, b in spans)
        if _SPACED_FIGURE.match(label) or not _SPACED_FIGURE.match(figure):
            break
        rows.append([_cell(lines[j], a, b) for a, b in spans])
        j += 1
    if len(rows) < MIN_SPACED_ROWS + 1 or not any(_TOTAL_LABEL.search(r[0].text) for r in rows[1:]):
        return None, i
    return Table(id=tid, layout="spaced", rows=rows), j


_HALF_FIGURE = re.compile(r"\d%|\d\.\d|\d{5}")


def _heading_halves(lines: Sequence[Line], i: int, header: list[Cell], wide: bool) -> list[Cell]:
    """`年初预  全年预  全年执` over `算数  算数  行数`: headings a layout text broke over two
    lines, their first halves on the line right above, as many words as the header has
    cells and no figure among them, are joined to their second halves."""
    if i == 0 or lines[i - 1].number != lines[i].number - 1:
        return header
    above = lines[i - 1]
    spans = _spaced_tokens(above, 2, wide)
    if spans is None or len(spans) != len(header):
        return header
    tops = [_cell(above, a, b) for a, b in spans]
    cjk = sum(1 for c in tops if re.search(r"[\u4e00-\u9fff]", c.text))
    if cjk * 2 < len(tops) or any(_HALF_FIGURE.search(c.text) for c in tops):
        return header  # (a year broken as `20` / `24年` is a half; a sum of money is none)
    return [
        Cell(top.text + low.text, top.line, top.column, low.end_line, low.end_column)
        for top, low in zip(tops, header, strict=True)
    ]


_PLAIN_NUMBER = re.compile(r"^\d+(?:\.\d+)?分?$")  # a weight or a score


def _merged_row(line: Line, rows: list[list[Cell]], wide: bool) -> list[Cell] | None:
    """`预算执行率   10   9` under `一级指标 二级指标 三级指标 分值 得分`: a row whose label
    spans several columns (merged cells, printed once) holds its figures in the last columns,
    so each is set under its column. Only where that places a plain number under every column
    the rows above all fill with plain numbers and nowhere else (`预算执行率 10 100% 91.7%
    9.17` under `分值 指标值 实际值 得分`): a row that left a cell blank fails that, and its
    place would be a guess."""
    spans = _spaced_tokens(line, 2, wide)
    width = len(rows[0])
    if spans is None or len(spans) >= width:
        return None
    texts = [line.text[a:b] for a, b in spans]
    if _SPACED_FIGURE.match(texts[0]) or not all(_SPACED_FIGURE.match(t) for t in texts[1:]):
        return None
    filled = {k for k in range(1, width) if all(_PLAIN_NUMBER.match(r[k].text) for r in rows[1:])}
    span = range(width - len(spans) + 1, width)  # the figures right-aligned
    if not filled or not filled <= set(span):
        return None
    if any(
        (k in filled) != bool(_PLAIN_NUMBER.match(t)) for k, t in zip(span, texts[1:], strict=True)
    ):
        return None  # a plain number only where the rows above have one (分值, 得分)
    gap = spans[0][1] + 1
    return [
        _cell(line, *spans[0]),
        *(_blank(line, gap) for _ in range(width - len(spans))),
        *(_cell(line, a, b) for a, b in spans[1:]),
    ]


def _score_total_row(line: Line, headings: list[str], wide: bool = False) -> list[Cell] | None:
    """`总分 100 96` under a score sheet's headings, its empty cells not printed: the first
    figure the weights' total, the second the scores' (PHRASEBOOK §8), set under those
    columns."""
    spans = _spaced_tokens(line, 2, wide) or []
    weight = next((k for k, h in enumerate(headings) if WEIGHT_HEADING.match(h)), -1)
    score = next((k for k, h in enumerate(headings) if SCORE_HEADING.match(h)), -1)
    if (
        len(spans) not in (2, 3)
        or weight < 1
        or score <= weight
        or not TOTAL_NAME.match(line.text[slice(*spans[0])])
        or not all(PLAIN_FIGURE.match(line.text[slice(*sp)]) for sp in spans[1:])
    ):
        return None
    row = [_cell(line, *spans[0]), *(_blank(line, spans[-1][1]) for _ in headings[1:])]
    if len(spans) == 3:
        row[weight], row[score] = _cell(line, *spans[1]), _cell(line, *spans[2])
    else:  # one figure: the scores' total
        row[score] = _cell(line, *spans[1])
    return row


_ONE_CHARACTER = re.compile(r"^[\u4e00-\u9fff]$")


def _spaced_heading(
    lines: Sequence[Line], i: int, header: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A heading printed with spaces between its characters (`项  目`, `科 目 名 称`) is one
    heading, where the rows below have fewer cells than the header has words."""
    below = _spaced_tokens(lines[i + 1]) if i + 1 < len(lines) else None
    text = lines[i].text
    if below is None or len(below) >= len(header):
        return header
    out: list[tuple[int, int]] = []
    spelled = False  # the last heading is so far characters one by one
    for a, b in header:
        single = bool(_ONE_CHARACTER.match(text[a:b]))
        if out and single and spelled:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
            spelled = single
    return out if len(out) == len(below) else header


def _spaced_row(
    line: Line, width: int, wide: bool = False, numbered: bool = False, remark: bool = False
) -> list[Cell] | None:
    """A row of a space-aligned table `width` cells wide: a label, then figures. A row of
    figures alone one short is a row whose label cell is blank (a total printed without its
    word, a row's second line); a label printed with spaces inside it (`合 计`, `一、 工资`)
    is one cell. Under a 序号 heading (`numbered`) a row opens with its number, or, one short,
    without it (`合计 86.50 81.30`); under a last heading of words (`remark`: 备注, 评价等级)
    a row ends with its words or, one short, without them."""
    if remark:
        spans = _spaced_tokens(line, 2, wide) or []
        words = (
            spans[-1:] if spans and not _SPACED_FIGURE.match(line.text[slice(*spans[-1])]) else []
        )
        if len(spans) in (width - 1, width) and (words or len(spans) == width - 1):
            kept = spans[len(spans) - len(words) - 1][1]  # the row up to its words
            rest = _spaced_row(line._replace(text=line.text[:kept]), width - 1, wide, numbered)
            if rest is not None:
                return [*rest, _cell(line, *words[0]) if words else _blank(line, spans[-1][1])]
    spans = _spaced_tokens(line, wide=wide) or []
    figures = [bool(_SPACED_FIGURE.match(line.text[a:b])) for a, b in spans]
    numbers_row = numbered and len(spans) == width >= 3 and not figures[1] and any(figures[2:])
    if numbers_row and _ROW_NUMBER_OR_CODE.match(line.text[slice(*spans[0])]):
        return [_cell(line, a, b) for a, b in spans]
    if numbered and len(spans) == width - 1 and width >= 4 and not figures[0] and all(figures[1:]):
        return [_blank(line, spans[0][0]), *(_cell(line, a, b) for a, b in spans)]
    if len(spans) == width - 1 and width >= 3 and all(figures):
        return [_blank(line, spans[0][0] + 1), *(_cell(line, a, b) for a, b in spans)]
    if len(spans) > width:
        lead = len(spans) - width + 1  # the words a spaced label was printed as
        if any(figures[:lead]) or not all(figures[lead:]):
            return None
        spans = [(spans[0][0], spans[lead - 1][1]), *spans[lead:]]
        figures = [False, *figures[lead:]]
    if len(spans) != width or figures[0] or not any(figures[1:]):
        return None
    return [_cell(line, a, b) for a, b in spans]


_INDICATOR_REACH = 600  # lines: the cells of a long indicator block and its blank lines


def _indicator_cells(
    lines: Sequence[Line], i: int, tid: int, before: Table | None
) -> tuple[Table | None, int]:
    """An indicator block laid one cell a line (blank lines and a trailing `` |`` allowed),
    read as the one-line form is; it continues the fund block of its sheet where that is the
    table just before it."""
    words: list[Word] = []
    at: list[int] = []  # the line index of each word
    for j in range(i, min(len(lines), i + _INDICATOR_REACH)):
        text = lines[j].text
        cell = text.strip().rstrip("|").rstrip()
        if not cell or _ONLY_PIPES.match(text):
            continue
        start = text.index(cell)
        words.append(Word(lines[j], start, start + len(cell), cell))
        at.append(j)
    rows, used = indicator_rows(words)
    if not rows:
        return None, i
    continues = before.id if before is not None and _is_fund_block(before) else 0
    return Table(id=tid, layout="cell-per-line", rows=rows, continues=continues), at[used - 1] + 1


def _is_fund_block(table: Table) -> bool:
    """A score sheet's fund block: headings with an 执行率 and a 得分 among them."""
    texts = {c.text.strip() for row in table.rows[:3] for c in row}
    return any("执行率" in t for t in texts) and any(t.endswith("得分") for t in texts)


# a line of nothing but column headings (`项目资金(万元) 年初预算数 全年预算数 全年执行数 分值
# 执行率 得分`, `执行率(B/A)`): the header of the flattened rows on the line after it
_HEADING_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z()（）%/／]{2,16}$")
_HEADINGS_MIN = 4


def _headings_above(line: Line | None, width: int) -> list[Cell]:
    """The header row a line of column headings gives rows of `width` values: its last
    `width` words over the values and a blank over the labels; none where the line is not
    all headings or has too few of them."""
    if line is None or has_digit(line.text):
        return []
    words = list(re.finditer(r"\S+", line.text))
    if len(words) < max(_HEADINGS_MIN, width) or not all(
        _HEADING_WORD.match(w.group()) for w in words
    ):
        return []
    over = words[-width:]
    return [
        _blank(line, over[0].start()),
        *(_cell(line, w.start(), w.end()) for w in over),
    ]


def _with_headings(table: Table, above: Line | None) -> Table:
    """A flattened table whose first row is a row of figures, under a line of headings: that
    line is its header row (a PDF that kept the heading row's line apart from the rows')."""
    first = table.rows[0] if table.rows else []
    if not first or not first[0].text or len(first) < _HEADINGS_MIN + 1:
        return table  # it has a header row already, or too few columns to tell
    if not all(has_digit(c.text) or not c.text for c in first[1:]):
        return table
    header = _headings_above(above, len(first) - 1)
    if header:
        table.rows.insert(0, header)
    return table


def _one_line_table(line: Line, tid: int, above: Line | None = None) -> Table | None:
    """The flattened or glued rows in a line that starts no multi-line table, if any; `above`,
    the line before it, may be the rows' line of column headings."""
    if not has_digit(line.text):  # prose: no row of figures to rebuild
        return None
    at = header_at(line)
    if at is not None:
        # the fund block before the indicator headings, the indicator rows after them (none
        # where they do not read cleanly: `label n n` segments there are no rows either)
        indicators, _ = indicator_rows(line_words(line, at))
        rows = [*flattened_rows(line._replace(text=line.text[:at])), *indicators]
        return Table(id=tid, layout="flattened", rows=rows) if rows else None
    if rows := list(flattened_rows(line)):
        if any(_ROW_NUMBER_HEADING.match(w) for w in line.text.split()):
            # `… 行次 金额 … 本年收入合计 6 436.00`: the first whole number of a row is its number
            rows = [
                [r[0], _blank(line, r[1].column), *r[2:]]
                if len(r) >= 3 and _ROW_NUMBER.match(r[1].text)
                else r
                for r in rows
            ]
        return _with_headings(Table(id=tid, layout="flattened", rows=rows), above)
    if pairs := pair_rows(line):
        return Table(id=tid, layout="flattened", rows=pairs)
    if glued := glued_rows(line):
        return Table(id=tid, layout="glued", rows=glued)
    return None


# `财政拨款收入 1203.45 事业收入 86.20 … 合计 1303.70`: a label and a bare figure, again and again
_PAIR = re.compile(
    r"(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff()（）]{0,24})[:：]? (?P<figure>\d+(?:\.\d+)?)(?= |$)"
)
_PAIR_YEAR = re.compile(r"^(?:19|20)\d\d$")


def pair_rows(line: Line) -> list[list[Cell]]:
    """A table of two columns (a label, a sum) flattened into one line: three pairs or more,
    one straight after the other, the last a total (`合计`, `支出合计`) or the first alone,
    all the figures printed alike (as many decimals, none a year). Rows [label, figure];
    without the total such a run is as likely a line of prose or a form's fields, and
    nothing in it adds up. Where an income total and a spending total close the run side by
    side, the pairs alternate sides: rows [label, figure, label, figure]."""
    runs: list[list[re.Match[str]]] = []
    for m in _PAIR.finditer(line.text):
        if runs and runs[-1][-1].end() + 1 == m.start():
            runs[-1].append(m)
        else:
            runs.append([m])
    out: list[list[Cell]] = []
    for run in runs:
        ends = [k for k, m in enumerate(run) if _TOTAL_LABEL.search(m.group("label"))]
        if ends == [0] and len(run) >= 3:
            pass  # the total first, over its rows (`支出合计 937.60 基本支出 701.25 …`)
        elif not ends or ends[-1] < 2:
            continue
        else:
            run = run[: ends[-1] + 1]
        figures = [m.group("figure") for m in run]
        decimals = {len(f.partition(".")[2]) for f in figures}
        if len(decimals) != 1 or any(_PAIR_YEAR.match(f) for f in figures):
            continue
        cells = [[_cell(line, *m.span("label")), _cell(line, *m.span("figure"))] for m in run]
        sides = "".join(m.group("label")[:-2] for m in run[-2:])
        if (
            ends[-2:] == [len(run) - 2, len(run) - 1]
            and len(run) % 2 == 0
            and "收入" in sides
            and "支出" in sides
        ):
            # `本年收入合计 680.00 本年支出合计 680.00` last: a 收支 table's two sides, a row of
            # each side after the other
            cells = [cells[k] + cells[k + 1] for k in range(0, len(cells), 2)]
        out += cells
    return out
