"""The indicator block of a score sheet whose rows were lost: one line of space-separated cells,
or one cell a line.

A PDF or web export of a 项目支出绩效自评表 often keeps each cell as a word (or as a line) and
loses the rows:

    一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因及改进措施
    产出指标（50分） 数量指标 培训人次 ≥200人次 230人次 20 20 质量指标 合格率 ≥95% 97% 30 28 …
    总分 100 96

The headings fix the columns; a row ends with its 分值 and 得分, two plain figures side by side,
with the target and the actual just before them and the row's names (a level heading such as
`产出指标（50分）` only on the first row of its level, as a merged cell) before those. A row's
remark, where the sheet has that column, is whatever text follows the score up to the next row's
names. The block is rebuilt only when every row reads that way; a stray figure among the names (a
blank score cell, a target split into `≥ 200 人次`) leaves the whole block unread, since a row
lost or misread would make the level sums and the total disagree where the sheet does not.
Both layouts are read from the same words (`Word`: its line and place in it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from auditlint.document import Cell, Line

# the headings of an indicator block, by the part each plays in reading a row
_LEVEL_HEADING = re.compile(r"^(?:[一二三]级指标|指标名称)$")
_VALUE_HEADING = re.compile(r"(?:指标值|完成值|实际值|目标值|完成情况|实施进度)$")
WEIGHT_HEADING = re.compile(r"^(?:指标)?(?:分值|权重|标准分)$")
SCORE_HEADING = re.compile(r"^(?:自评|评价|实际)?得分$")
REMARK_HEADING = re.compile(r"(?:原因|措施|备注|说明)")
_HEADING_WORD = re.compile(r"^[\u4e00-\u9fff()（）/]{2,16}$")

PLAIN_FIGURE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")  # a weight or a score: no unit, no sign
# a level heading among a row's names: `产出指标`, `效益指标（30分）`, `社会效益指标`
_LEVEL_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}指标(?:\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）])?$")
_WEIGHTED = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")
TOTAL_NAME = re.compile(r"^(?:总分|合计|总计|总得分|综合得分|自评总分)$")
_CLAUSE_END = re.compile(r"[。；;！!？?]")
_MAX_NAMES = 8  # more words between two rows is prose: the block has ended


class Word(NamedTuple):
    """A word of the block: a space-separated word of a line, or a line that is one cell."""

    line: Line
    start: int  # 0-based in line.text
    end: int
    text: str


Words = list[Word]


class _Header:
    """Where the heading words stand and how many of each kind there are."""

    def __init__(self, words: Words) -> None:
        self.words = words
        texts = [w.text for w in words]
        self.levels = sum(1 for t in texts if _LEVEL_HEADING.match(t))
        self.weight_at = next(i for i, t in enumerate(texts) if WEIGHT_HEADING.match(t))
        self.values = self.weight_at - self.levels
        self.remarks = len(texts) - self.weight_at - 2


def _header(tokens: Words) -> tuple[_Header, int] | None:
    """The heading run `…级指标 … 指标值 完成值 分值 得分 [偏差原因…]` among the tokens, and the
    index of the first token after it."""
    for k in range(len(tokens) - 1):
        if not (WEIGHT_HEADING.match(tokens[k].text) and SCORE_HEADING.match(tokens[k + 1].text)):
            continue
        start = k
        while start > 0 and _VALUE_HEADING.search(tokens[start - 1].text):
            start -= 1
        values = k - start
        while start > 0 and _LEVEL_HEADING.match(tokens[start - 1].text):
            start -= 1
        levels = k - values - start
        if not (1 <= levels <= 3 and 1 <= values <= 2):
            return None
        end = k + 2
        while end < len(tokens) and REMARK_HEADING.search(tokens[end].text):
            if not _HEADING_WORD.match(tokens[end].text):
                break
            end += 1
        return _Header(tokens[start:end]), end
    return None


def line_words(line: Line, start: int = 0) -> Words:
    """The space-separated words of a line from `start` on."""
    return [Word(line, m.start(), m.end(), m.group(0)) for m in _WORD.finditer(line.text, start)]


_WORD = re.compile(r"\S+")


def header_at(line: Line) -> int | None:
    """Where an indicator block's headings start in a line, if it has them."""
    if "得分" not in line.text:
        return None
    found = _header(line_words(line))
    return found[0].words[0].start if found is not None else None


def starts_headings(text: str) -> bool:
    """Whether a line is the first heading of an indicator block laid one cell a line."""
    cell = text.strip().rstrip("|").strip()
    # (`一级` alone: the heading wrapped, its `指标` on the next line)
    return _LEVEL_HEADING.match(cell) is not None or _WRAPPED_LEVEL.match(cell) is not None


_WRAPPED_LEVEL = re.compile(r"^[一二三]级$")


def indicator_rows(tokens: Words) -> tuple[list[list[Cell]], int]:
    """The heading row and the rows of the indicator block whose headings open `tokens`, each
    row a cell under each heading, and how many of the words they took; ([], 0) where the
    block does not read cleanly."""
    tokens, origin = _rejoined(tokens)
    rows, used = _rows(tokens)
    return rows, (origin[used - 1] + 1 if used else 0)


_WRAPPED_WEIGHT = re.compile(r"^[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")
_FRAGMENT = re.compile(r"^(?:[一二三]级|[\u4e00-\u9fff]{2,4})$")


def _rejoined(tokens: Words) -> tuple[Words, list[int]]:
    """The words with headings a cell's wrapping split rejoined (`一级` `指标` → 一级指标, `产出`
    `指标` `(50分)` → 产出指标(50分)), and for each word the index of the last word it took."""
    out: Words = []
    origin: list[int] = []
    for k, w in enumerate(tokens):
        if out and _joins(out[-1].text, w.text):
            last = out[-1]
            out[-1] = Word(last.line, last.start, last.end, last.text + w.text)
            origin[-1] = k
            continue
        out.append(w)
        origin.append(k)
    return out, origin


def _joins(before: str, word: str) -> bool:
    """Whether `word` is the wrapped rest of the heading `before` begins."""
    if _WRAPPED_WEIGHT.match(word):  # `产出指标` `(50分)`
        return before.endswith("指标")
    if not word.startswith("指标") or not _FRAGMENT.match(before):
        return False
    joined = before + word
    return bool(_LEVEL_HEADING.match(joined) or _LEVEL_NAME.match(joined))


def _rows(tokens: Words) -> tuple[list[list[Cell]], int]:
    found = _header(tokens)
    if found is None or found[0].words[0] is not tokens[0]:
        return [], 0
    header, i = found
    out = [[_span([w]) for w in header.words]]
    previous: list[Cell] | None = None
    weighted_sheet = False  # the first row's level heading carries its weight: (50分)
    while i < len(tokens):
        anchor = _next_anchor(tokens, i)
        if anchor is None:
            break
        gap = tokens[i:anchor]
        weight, score = tokens[anchor], tokens[anchor + 1]
        total = bool(gap) and TOTAL_NAME.match(gap[-1].text) is not None
        if total:
            names, values = gap[:-1], []
        elif len(gap) < header.values + 1:
            return [], 0  # a row without a name or without its values
        else:
            names, values = gap[: -header.values], gap[-header.values :]
        if any(PLAIN_FIGURE.match(w.text) for w in names):
            return [], 0  # a figure among the names: a cell is blank or split, the rows shift
        remark_due = previous is not None and header.remarks > 0
        if total:
            leading, levels = names, []
        else:
            split = _split_names(names, header.levels, remark_due, weighted_sheet)
            if split is None:
                return [], 0
            leading, levels = split
        if leading and previous is not None and header.remarks:
            previous[len(previous) - header.remarks] = _span(leading)
        if total:
            row = [_span(gap[-1:])]
            row += [_blank(gap[-1]) for _ in range(header.levels + header.values - 1)]
        else:
            row = [_span(cell) if cell else _blank(values[0]) for cell in levels]
            row += [_span([w]) for w in values]
        row += [_span([weight]), _span([score])]
        row += [_blank(score) for _ in range(header.remarks)]
        if len(out) == 1 and not total:
            weighted_sheet = _WEIGHTED.search(row[0].text) is not None
        out.append(row)
        previous = row
        i = anchor + 2
        if total:
            return out, i
    # no total row: the block was cut short, perhaps inside a level, so that level's rows go
    # (read as the whole level they would not add up to its heading's weight)
    opened = [k for k, row in enumerate(out[1:], start=1) if _WEIGHTED.search(row[0].text)]
    if opened and i < len(tokens):
        out = out[: opened[-1]]
    return (out, i) if len(out) > 2 else ([], 0)


def _next_anchor(tokens: Words, i: int) -> int | None:
    """The index of the next row's 分值: the first of the last two plain figures of a run,
    within a row's reach and before any end of a sentence."""
    for k in range(i, min(len(tokens) - 1, i + _MAX_NAMES + 4)):
        if _CLAUSE_END.search(tokens[k].text):
            return None
        if not (PLAIN_FIGURE.match(tokens[k].text) and PLAIN_FIGURE.match(tokens[k + 1].text)):
            continue
        if k + 2 < len(tokens) and PLAIN_FIGURE.match(tokens[k + 2].text):
            continue  # a run of three: the first is the actual value
        return k
    return None


def _split_names(
    names: Words, levels: int, remark_due: bool, weighted_sheet: bool = False
) -> tuple[Words, list[Words]] | None:
    """The words before a row's level headings (the previous row's remark) and the row's cells
    under the level headings, a merged cell empty: [level 1, level 2, name] for three. None
    where the words do not fit the headings."""
    if len(names) > _MAX_NAMES:
        return None
    cells: list[Words] = [[] for _ in range(levels)]
    # a level heading among the words, never the last one: that names the row itself
    marks = [k for k, w in enumerate(names[:-1]) if _LEVEL_NAME.match(w.text)]
    if not marks:
        return _unmarked(names, cells, remark_due)
    if marks[-1] - marks[0] != len(marks) - 1:
        return None  # names between level headings
    if weighted_sheet:
        # a sheet that weights its top levels: an unweighted heading is a lower level, and
        # lower headings beyond the lower levels are rows whose cells were all blank (lost in
        # the text: `生态效益指标` alone before the next row's `可持续影响指标`), left out
        lower = [k for k in marks if not _WEIGHTED.search(names[k].text)]
        blank_rows = set(lower[: max(0, len(lower) - (levels - 2))])
        if blank_rows:
            names = [w for k, w in enumerate(names) if k not in blank_rows]
            marks = [k for k, w in enumerate(names[:-1]) if _LEVEL_NAME.match(w.text)]
    if len(marks) > levels - 1:
        return None  # more level headings than the sheet has
    weighted = _WEIGHTED.search(names[marks[0]].text) is not None
    first_slot = 0 if weighted else levels - 1 - len(marks)
    for slot, k in enumerate(marks, start=first_slot):
        cells[slot] = [names[k]]
    cells[-1] = names[marks[-1] + 1 :]
    return names[: marks[0]], cells


def _unmarked(names: Words, cells: list[Words], remark_due: bool) -> tuple[Words, list[Words]]:
    """A row with no level heading of its own: its name is the last word where the words
    before it may be the previous row's remark, else all of them."""
    if remark_due and len(names) > 1:
        cells[-1] = names[-1:]
        return names[:-1], cells
    cells[-1] = names
    return [], cells


def _span(words: Sequence[Word]) -> Cell:
    """One cell of the words: a stretch of one line as it stands, or words of several lines
    (one cell a line) joined."""
    first, last = words[0], words[-1]
    if len(words) == 1:
        text = first.text  # (a heading rejoined from the lines it wrapped over)
    elif first.line is last.line:
        text = first.line.text[first.start : last.end]
    else:
        text = "".join(w.text for w in words)
    return Cell(text, first.line.number, first.start + 1, last.line.number, max(last.end, 1))


def _blank(after: Word) -> Cell:
    return Cell("", after.line.number, after.end + 1, after.line.number, after.end + 1)
