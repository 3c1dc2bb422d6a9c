"""Word's automatic list numbering, rendered as the numbers Word shows (`一、`, `（2）`, `3.`).

The numbers are not in the paragraph's text: a paragraph names a list (`w:numId`) and a level
(`w:ilvl`), and numbering.xml says how each level counts and prints (`w:numFmt`, `w:lvlText`
such as `（%1）`). Without them, a list numbered by Word reads as unnumbered, and one that
mixes typed and automatic numbers reads as a gap (a false AL702).
"""

from __future__ import annotations

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese(n: int, digits: str = _DIGITS, ten: str = "十") -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (the counting Word uses, below 10,000)."""
    if n <= 0 or n >= 10_000:
        return str(n)
    units = [("千", 1000), ("百", 100), (ten, 10)]
    out, zero = "", False
    for name, size in units:
        q, n = divmod(n, size)
        if q:
            if zero:
                out += digits[0]
            out += ("" if (size == 10 and q == 1 and not out) else digits[q]) + name
            zero = False
        elif out:
            zero = True
    if n:
        out += (digits[0] if zero else "") + digits[n]
    return out


def _roman(n: int) -> str:
    pairs = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip
    out = ""
    for value, letters in pairs:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def render(n: int, fmt: str) -> str:
    """The number `n` in Word's number format `fmt`."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting"):
        return chinese(n)
    if fmt == "chineseLegalSimplified":
        return chinese(n, _LEGAL, "拾")
    if fmt == "ideographTraditional":
        return _STEMS[(n - 1) % 10]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth":
        return str(n).translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        return _letter(n) if fmt == "upperLetter" else _letter(n).lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class _Level:
    def __init__(self, el) -> None:
        def val(tag: str, default: str) -> str:
            found = el.find(f"{_W}{tag}")
            return found.get(f"{_W}val", default) if found is not None else default

        self.start = int(val("start", "1") or 1)
        self.fmt = val("numFmt", "decimal")
        self.text = val("lvlText", "")
        self.suffix = {"tab": " ", "space": " ", "nothing": ""}.get(val("suff", "tab"), " ")


class ListNumbers:
    """Counts the document's numbered paragraphs in order and gives each its label."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}  # abstractNumId → ilvl → level
        self.lists: dict[str, str] = {}  # numId → abstractNumId
        self.starts: dict[tuple[str, int], int] = {}  # (numId, ilvl) → startOverride
        self.counters: dict[str, dict[int, int]] = {}  # abstractNumId → ilvl → last number
        self.styles: dict[str, tuple[str, int]] = {}  # paragraph style id → (numId, ilvl)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in numbering.iter(f"{_W}abstractNum"):
            aid = abstract.get(f"{_W}abstractNumId", "")
            self.levels[aid] = {
                int(lvl.get(f"{_W}ilvl", "0") or 0): _Level(lvl)
                for lvl in abstract.iter(f"{_W}lvl")
            }
        for num in numbering.iter(f"{_W}num"):
            nid = num.get(f"{_W}numId", "")
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                self.lists[nid] = ref.get(f"{_W}val", "")
            for override in num.iter(f"{_W}lvlOverride"):
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    ilvl = int(override.get(f"{_W}ilvl", "0") or 0)
                    self.starts[(nid, ilvl)] = int(start.get(f"{_W}val", "1") or 1)
        self._read_styles(document)

    def _read_styles(self, document) -> None:
        try:
            styles = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for style in styles.iter(f"{_W}style"):
            found = self._num_pr(style)
            if found:
                self.styles[style.get(f"{_W}styleId", "")] = found

    @staticmethod
    def _num_pr(el) -> tuple[str, int] | None:
        ppr = el.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            return None
        nid = num_pr.find(f"{_W}numId")
        lvl = num_pr.find(f"{_W}ilvl")
        if nid is None:
            return None
        level = int(lvl.get(f"{_W}val", "0") or 0) if lvl is not None else 0
        return nid.get(f"{_W}val", ""), level

    def label(self, p) -> str:
        """`一、` for a paragraph Word numbers, else ''."""
        found = self._num_pr(p)
        if found is None:
            ppr = p.find(f"{_W}pPr")
            style = ppr.find(f"{_W}pStyle") if ppr is not None else None
            if style is not None:
                found = self.styles.get(style.get(f"{_W}val", ""))
        if found is None:
            return ""
        nid, ilvl = found
        aid = self.lists.get(nid)
        if nid == "0" or aid is None or ilvl not in self.levels.get(aid, {}):
            return ""  # numId 0 switches numbering off
        levels, counters = self.levels[aid], self.counters.setdefault(aid, {})
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = self.starts.get((nid, ilvl), levels[ilvl].start)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new item restarts the levels below it
        level = levels[ilvl]
        if level.fmt == "bullet" or not level.text:
            return ""
        text = level.text
        for k in range(ilvl, -1, -1):
            n = counters.get(k, levels[k].start if k in levels else 1)
            fmt = levels[k].fmt if k in levels else "decimal"
            text = text.replace(f"%{k + 1}", render(n, fmt))
        return text + level.suffix
