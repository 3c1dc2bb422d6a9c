"""Prose paragraphs: lines joined where a sentence (or even a unit, `万` / `元`) wraps."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from auditlint.document import Cell, Document, Line
from auditlint.extract.composition import list_marker
from auditlint.extract.model import Paragraph
from auditlint.numbers import has_digit

HEADING_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)]"
    r"|\d{1,2}(?:[.、]|\s*[.]\s)(?!\d)|[(]\d{1,2}[)]|第[一二三四五六七八九十]+[章节部分])"
)
# Headings that open a section of the report; numbered items (1. / (1)) stay inside it.
_MAJOR = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)]|第)"
)
_HAN_MAJOR = re.compile(r"^\s*(?:#{1,6}\s*)?[一二三四五六七八九十]+[、.]")
SUBSECTION = " / "  # separates a section from the numbered item inside it
_SENTENCE_END = tuple("。;；!！?？:：")
# A numbered line with a clause in it (`1. 基本支出 300万元，占…`, `1.社保支出46万元：主要用于…`)
# is an item's first sentence, not a title: it opens a section and runs on into the next line
# (a colon that ends the line ends a title: `（一）收入情况：`).
_RUNS_ON = re.compile(r"[,，]|[:：]\s*\S")


# what a heading can start with (HEADING_RE's first characters): most lines fail this test,
# which is cheaper than the pattern
_HEADING_FIRST = frozenset("#一二三四五六七八九十(第0123456789")


def is_heading(text: str) -> bool:
    stripped = text.strip()
    if stripped[:1] not in _HEADING_FIRST:
        return False
    if stripped.startswith("#"):
        return True
    return bool(HEADING_RE.match(stripped)) and len(stripped) <= 40 and not stripped.endswith("。")


def heading_title(text: str) -> str:
    return text.strip().lstrip("#").strip()[:40]


# a cell that is a sentence (`本年度预算资金为80万元，执行数为…`): this long, with words,
# clause punctuation and a figure; a label cell (`年度资金总额：`) or a value cell is not one
PROSE_CELL_MIN = 15
_CLAUSE_MARK = re.compile(r"[,，;；。:：]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _is_sentence(text: str) -> bool:
    return (
        len(text) >= PROSE_CELL_MIN
        and has_digit(text)
        and _CLAUSE_MARK.search(text) is not None
        and len(_CJK.findall(text)) >= 6
    )


def prose_cells(doc: Document) -> dict[int, list[Cell]]:
    """Cells of tables that are sentences (`本年度预算资金为80万元，执行数为…`), by line: prose
    extraction reads them as paragraphs of their own, which the table pass does not."""
    out: dict[int, list[Cell]] = {}
    for table in doc.tables:
        if table.layout in ("flattened", "glued"):
            continue  # a line of text already read as prose
        for row in table.rows:
            for cell in row:
                text = cell.text.strip()
                if cell.line != cell.end_line or len(text) < PROSE_CELL_MIN:
                    continue
                if _is_sentence(text):
                    out.setdefault(cell.line, []).append(cell)
    return out


def cell_paragraph(line: Line, cell: Cell, section: str) -> Paragraph:
    """A sentence cell as a paragraph, keeping its characters' places on the line."""
    text = line.text[cell.column - 1 : cell.end_column]
    return Paragraph(
        text=text, section=section, starts=[0], lines=[line.number], first_column=cell.column
    )


def section_heads(section: str) -> str:
    """A section's headings without the numbered item inside it (`一、… / (二)…` of
    `一、… / (二)… / 3.…`): the place sibling items share."""
    return SUBSECTION.join(p for p in section.split(SUBSECTION) if _MAJOR.match(p))


def _without(text: str, spans) -> str:
    """The text with the stretches of table rows blanked, every other character in its place."""
    for start, end in spans:
        text = text[: start - 1] + " " * (end - start + 1) + text[end:]
    return text


_CLAUSE_ENDS = (";", "；")
# lines of one width that make a page's wrapped text: a share of the long lines this large
WRAP_SHARE = 0.4


def visual_width(text: str) -> int:
    """How wide a line prints: a Chinese character or full-width mark two, a digit or Latin
    letter one (a page wraps at a width, not at a count of characters)."""
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text)


# how far short of the page's width a full line may end (the last character's half width)
_WRAP_SLACK = 2
_FIRST_WORD = re.compile(r"[A-Za-z0-9.,%()\-]+|.")


def _wrap_width(lines: Sequence[Line]) -> int:
    """The width most long lines of the text share (a page wrapped at a fixed width), or 0
    where no width holds most of them (one paragraph a line): the widest width that, with
    the two below it, holds the most lines."""
    widths = Counter(n for ln in lines if (n := visual_width(ln.text.rstrip())) >= 30)
    total = sum(widths.values())
    if total < 5:
        return 0
    near = {w: sum(widths[w - k] for k in range(_WRAP_SLACK + 1)) for w in widths}
    width = max(near, key=lambda w: (near[w], w))
    return width if near[width] >= WRAP_SHARE * total else 0


def _open_bracket(line: str) -> bool:
    """Whether a line leaves a round bracket open (more opened than closed on it): a stray
    bracket reaches no further than the next line."""
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


def _full(last: str, following: str, wrap: int) -> bool:
    """A line the page filled: the next line's first word (a figure, a Latin word, or one
    character) would not have fitted on it."""
    first = _FIRST_WORD.match(following)
    room = visual_width(first.group()) if first else 2
    return visual_width(last) + room > wrap - _WRAP_SLACK + 1 or visual_width(last) >= wrap


def paragraphs(doc: Document, list_opener: re.Pattern | None = None) -> list[Paragraph]:
    """The report's prose paragraphs. A line ends its paragraph where it ends a sentence, or
    where `list_opener` finds a cue that opens a list of the lines after it though it ends with
    a comma (`其中，`), unless the page wrapped there."""
    skip = doc.table_lines()
    out: list[Paragraph] = []
    section = major = middle = sub = ""
    han = False  # whether the report heads its sections with 一、二、 (then (一) is inside them)
    current: list[tuple[int, str]] = []  # (line number, text) of the paragraph being joined
    current_section = ""
    blank_run = 0

    def flush() -> None:
        if current:
            para = Paragraph.joined(current, current_section)
            if para.text.strip():
                out.append(para)
            current.clear()

    lines: Sequence[Line] = doc.lines
    wrap = _wrap_width(lines)
    in_cells = prose_cells(doc)
    in_rows = doc.row_spans()
    for ln in lines:
        if ln.number in skip:
            flush()
            for cell in in_cells.get(ln.number, []):
                out.append(cell_paragraph(ln, cell, section))
            continue
        text = _without(ln.text, in_rows.get(ln.number, ())).rstrip()
        if not text:
            blank_run += 1
            if blank_run > 1:
                flush()
            continue
        blank_run = 0
        heading = is_heading(text)
        if heading:
            flush()
            # `一、` heads the sections where the report uses it; `(一)` is then a sub-section
            # of it (two projects' `(二)资金使用` are two places), else a section itself
            if _HAN_MAJOR.match(text):
                major, middle, sub, han = heading_title(text), "", "", True
            elif _MAJOR.match(text):
                if han:
                    middle, sub = heading_title(text), ""
                else:
                    major, sub = heading_title(text), ""
            else:
                sub = heading_title(text)
            section = SUBSECTION.join(part for part in (major, middle, sub) if part)
        last = current[-1][1] if current else ""
        opens = bool(last) and list_opener is not None and list_opener.search(last) is not None
        if last.endswith(_SENTENCE_END) or opens:
            # a clause break that ends a line the width of the page's wrapped lines, before a
            # line that opens no item: the text wrapped there, the sentence goes on
            wrapped = (
                wrap
                and (opens or last.endswith(_CLAUSE_ENDS))
                and _full(last, text, wrap)
                and not heading
                and list_marker(text) is None
            )
            # …or a bracket still open at the line's end (`…113566万元（其中：`): the
            # sentence cannot have ended inside it
            if not wrapped and not _open_bracket(last):
                flush()
        if not current:
            current_section = section
        current.append((ln.number, text))
        if heading and not _RUNS_ON.search(text):
            flush()
    flush()
    return out
