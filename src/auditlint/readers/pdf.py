"""PDF reports (pdfplumber): text lines per page, and tables where the PDF has ruled tables.

Location scheme: `第 P 页 第 N 行` for a text line (N counts that page's text lines), and
`第 P 页 表 T 第 R 行 第 C 列` for a table cell. Scanned PDFs (images only) have no text; they
read as empty. Encrypted PDFs are reported (AL008), never guessed at.
"""

from __future__ import annotations

import io
import itertools

from auditlint.document import Document
from auditlint.readers import ReadProblem
from auditlint.readers.archive import corrupt, encrypted
from auditlint.readers.builder import DocumentBuilder
from auditlint.readers.builder import wide as _wide
from auditlint.readers.ocr import HINT_EN, HINT_ZH
from auditlint.readers.parts import FOOT, Part

MAX_PAGES = 2000


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


TAB_GAP = 0.8  # a gap of this many font sizes between two characters is a column (a tab)
SPACE_GAP = 0.25  # ... and this many, a space (never between two CJK characters)


def segments(chars: list[dict]) -> list[tuple[float, str]]:
    """A text line rebuilt from its characters' positions, cut at column gaps: (x where the
    piece starts, its text). A word gap becomes a space; CJK characters of one word stay
    together."""
    pieces: list[tuple[float, str]] = []
    out: list[str] = []
    start = chars[0]["x0"] if chars else 0.0
    for prev, ch in zip([None, *chars], chars, strict=False):
        if prev is not None:
            gap = ch["x0"] - prev["x1"]
            size = max(prev.get("size") or 10.0, 1.0)
            if gap >= TAB_GAP * size:
                pieces.append((start, "".join(out)))
                out, start = [], ch["x0"]
            elif gap >= SPACE_GAP * size and not (_wide(prev["text"]) and _wide(ch["text"])):
                out.append(" ")
        out.append(ch["text"])
    pieces.append((start, "".join(out)))
    return pieces


def aligned(lines: list[list[tuple[float, str]]], margin: float, size: float) -> list[str]:
    """Lines of pieces as text: pieces joined by tabs (the n-th gap is the n-th field, as
    in the tab-separated text a PDF is often printed from), and a line of such pieces that
    starts indented past the margin begins with an empty field (a blank first cell)."""
    out: list[str] = []
    for line in lines:
        indented = line[0][0] - margin >= TAB_GAP * size
        lead = "\t" if indented and (len(line) > 1) else ""
        out.append(lead + "\t".join(text for _, text in line))
    return out


def _blank_lines(tops: list[float]) -> list[float]:
    """Where the blank lines of the text were: a gap between two lines of one or more line
    pitches more than the page's usual pitch (a table written one cell a line separates its
    rows by blank lines, which a PDF keeps only as space)."""
    steps = sorted(b - a for a, b in itertools.pairwise(tops) if b > a)
    if len(steps) < 3:
        return []
    pitch = steps[len(steps) // 2]
    blanks = []
    for a, b in itertools.pairwise(tops):
        extra = round((b - a) / pitch) - 1 if pitch > 0 else 0
        blanks += [a + pitch * (k + 0.5) for k in range(min(extra, 3))]
    return blanks


def _page(page, number: int) -> list[tuple[str, object]]:
    """The page's text lines and tables, top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    items: list[tuple[float, str, object]] = []
    prose = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
    found = [ln for ln in prose.extract_text_lines(return_chars=True) if ln["chars"]]
    if found:
        margin = min(ln["chars"][0]["x0"] for ln in found)
        sizes = sorted(ch.get("size") or 10.0 for ln in found for ch in ln["chars"])
        texts = aligned([segments(ln["chars"]) for ln in found], margin, sizes[len(sizes) // 2])
        items += [(ln["top"], "text", text) for ln, text in zip(found, texts, strict=True)]
        items += [(top, "text", "") for top in _blank_lines([ln["top"] for ln in found])]
    for t in tables:
        rows = [[cell or "" for cell in row] for row in t.extract()]  # joined by the builder
        # does it run to the foot of the page (so it may go on over the page)?
        to_foot = t.bbox[3] >= page.height * (1 - FOOT)
        items.append((t.bbox[1], "table", Part(rows, _column_starts(t), t.bbox, to_foot)))
    tops = [top for top, _kind, _content in items]
    return [(kind, content) for _top, kind, content in sorted(items, key=lambda i: i[0])], min(
        tops, default=0.0
    )


def _column_starts(table) -> list[float]:
    """Where each of the table's columns starts (the left edge of a cell in it)."""
    n = max((len(r.cells) for r in table.rows), default=0)
    starts = [
        min((r.cells[c][0] for r in table.rows if c < len(r.cells) and r.cells[c]), default=0.0)
        for c in range(n)
    ]
    return starts


EDGE = 2.0  # points within which two column edges are one


def _union(a: list[float], b: list[float]) -> list[float]:
    out: list[float] = []
    for x in sorted([*a, *b]):
        if not out or x - out[-1] > EDGE:
            out.append(x)
    return out


def _finer(a: list[float], b: list[float]) -> bool:
    """Whether one list of column starts holds every start of the other (within EDGE)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return all(any(abs(x - y) <= EDGE for y in long) for x in short)


def _regrid(rows: list[list[str]], starts: list[float], grid: list[float]) -> list[list[str]]:
    """Rows laid on a finer grid of columns: each cell under the column its left edge starts."""
    where = [min(range(len(grid)), key=lambda k: abs(grid[k] - x)) for x in starts]
    out = []
    for row in rows:
        cells = [""] * len(grid)
        for c, text in enumerate(row):
            if c < len(where) and text:
                cells[where[c]] = text
        out.append(cells)
    return out


def _carried_over(last: list[str], first: list[str]) -> bool:
    """The first row of a table's next part is the rest of its last row, broken by the page:
    words only, each under a cell of the last row that has words too (`质量指` / `标`)."""
    filled = [c for c, text in enumerate(first) if text.strip()]
    return (
        bool(filled)
        and not any(ch.isdigit() for text in first for ch in text)
        and all(c < len(last) and last[c].strip() for c in filled)
    )


class _Pages:
    """Pages into the builder. A table that runs to the foot of its page goes on in one at the
    top of the next page (nothing above it, no more space than the pages' top margin) with the
    same outer edges: one table, laid on the columns of both parts (a page often draws a
    ruling the other lacks), each row keeping its page, and a row broken by the page joined."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self.rows: list[list[str]] = []
        self.places: list[tuple[int, int]] = []  # (page, row on that page)
        self.table_pages: list[int] = []
        self.frame: Part | None = None  # the open table's columns and its last part's box
        self.top_margin = float("inf")

    def add(self, items: list[tuple[str, object]], number: int, top: float) -> None:
        if items:
            self.top_margin = min(self.top_margin, top)
        n_line = 0
        for i, (kind, content) in enumerate(items):
            if kind == "text":
                self.flush()
                n_line += 1
                self.builder.paragraph(str(content), f"第 {number} 页 第 {n_line} 行")
                continue
            assert isinstance(content, Part)
            if i == 0 and self._continues(content, number):
                self._join(content, number)
            else:
                self.flush()
                self.rows = list(content.rows)
                self.places = [(number, r) for r in range(len(content.rows))]
                self.frame = content
            self.table_pages.append(number)
        if items and items[-1][0] == "text":
            self.flush()

    def _continues(self, part: Part, number: int) -> bool:
        frame = self.frame
        return (
            frame is not None
            and bool(self.rows)
            and frame.to_foot
            and self.table_pages[-1] == number - 1
            and part.bbox[1] - self.top_margin <= 3 * EDGE
            and abs(part.bbox[0] - frame.bbox[0]) <= EDGE
            and abs(part.bbox[2] - frame.bbox[2]) <= EDGE
            and (len(part.starts) == len(frame.starts) or _finer(part.starts, frame.starts))
        )

    def _join(self, part: Part, number: int) -> None:
        assert self.frame is not None
        grid, rows = self.frame.starts, part.rows
        if len(part.starts) != len(grid):  # one page draws a ruling the other lacks
            grid = _union(grid, part.starts)
            self.rows = _regrid(self.rows, self.frame.starts, grid)
            rows = _regrid(rows, part.starts, grid)
        first = 0
        if rows and _carried_over(self.rows[-1], rows[0]):
            self.rows[-1] = [a + b for a, b in zip(self.rows[-1], rows[0], strict=False)]
            first = 1
        self.rows += rows[first:]
        self.places += [(number, r) for r in range(first, len(rows))]
        self.frame = Part([], grid, part.bbox, part.to_foot)

    def flush(self) -> None:
        self.frame = None
        if not self.rows:
            return
        t = len(self.builder.tables) + 1
        places = list(self.places)
        self.builder.table(
            self.rows,
            lambda r: f"第 {places[r][0]} 页 表 {t} 第 {r + 1} 行",
            lambda r, c: f"第 {places[r][0]} 页 表 {t} 第 {r + 1} 行 第 {c + 1} 列",
            "pdf",
        )
        self.rows, self.places, self.table_pages = [], [], []


def _is_encryption_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's errors; look through the wrapper and the chain."""
    seen: list[BaseException] = [exc]
    while seen:
        e = seen.pop()
        name = type(e).__name__
        if "Password" in name or "Encrypt" in name:
            return True
        seen += [a for a in e.args if isinstance(a, BaseException)]
        seen += [c for c in (e.__cause__, e.__context__) if c is not None and c is not e]
    return False


def read_pdf(path: str, data: bytes) -> Document | ReadProblem:
    if not data.lstrip().startswith(b"%PDF"):
        return corrupt(".pdf")
    import pdfplumber

    builder = DocumentBuilder(path, "pdf")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                return ReadProblem(
                    "AL006",
                    f"PDF 页数过多（超过 {MAX_PAGES} 页），未检查",
                    f"more than {MAX_PAGES} pages; not checked",
                )
            pages = _Pages(builder)
            scanned: list[int] = []
            for number, page in enumerate(pdf.pages, start=1):
                if not page.chars and page.images:
                    read = _recognised(page, number)
                    if not read or not read[0]:  # no OCR, or nothing recognised: not checked
                        scanned.append(number)
                    else:
                        pages.add(read[0], number, read[1])
                    page.close()
                    continue
                items, top = _page(page, number)
                pages.add(items, number, top)
                page.close()  # release the page's parsed objects: memory stays per page
            pages.flush()
            n_pages = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many types for damaged or protected files
        if _is_encryption_error(exc):
            return encrypted()
        return corrupt(".pdf")
    doc = builder.build()
    if scanned:
        notice = image_pages(scanned, n_pages)
        if len(scanned) == n_pages or not any(line.text.strip() for line in doc.lines):
            return notice
        doc.notices.append(notice)
    if not any(line.text.strip() for line in doc.lines):
        return ReadProblem(
            "AL003",
            "PDF 中没有可提取的文字（可能是扫描件）",
            "no extractable text in the PDF (a scan?)",
        )
    return doc


def _recognised(page, number: int) -> tuple[list[tuple[str, object]], float] | None:
    """An image-only page read by OCR (the optional extra), or None without it: its lines and
    ruled tables, top to bottom, in points as a typed page's, and where the first one starts."""
    from auditlint.readers import ocr

    if not ocr.available():
        return None
    resolution = 200
    image = page.to_image(resolution=resolution).original
    return ocr.page_of(image, 72 / resolution)


def _ranges(pages: list[int], sep: str = "、") -> str:
    """[1, 2, 3, 7] → `1–3、7`."""
    out: list[str] = []
    start = prev = pages[0]
    for p in [*pages[1:], None]:
        if p is not None and p == prev + 1:
            prev = p
            continue
        out.append(str(start) if start == prev else f"{start}–{prev}")
        if p is not None:
            start = prev = p
    return sep.join(out)


def image_pages(pages: list[int], total: int) -> ReadProblem:
    """The finding for pages that are only images: which, and what to do about them."""
    which, which_en = _ranges(pages), _ranges(pages, ", ")
    every = len(pages) == total
    return ReadProblem(
        "AL011",
        f"{'全部页面' if every else f'第 {which} 页'}只有图像（扫描件），没有文字层，未检查："
        f"请索取带文字层的 PDF，或{HINT_ZH}",
        f"{'every page' if every else f'page(s) {which_en}'} of the PDF is only an image (a scan) "
        f"with no text layer and was not checked: ask for a PDF with a text layer, or {HINT_EN}",
        line=1,
    )
