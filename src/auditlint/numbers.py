"""Printed numbers: parsing, units and the interval a printed figure stands for.

A figure such as ``500.25`` is not a point but the interval [500.245, 500.255): every check
compares intervals, so what rounding explains is never flagged (DESIGN.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

# Grouped figures may come with broken spacing from PDF/Word conversion: `12, 345. 60`.
_GROUPED = r"\d{1,3}(?:(?: ?, ?)\d{3})+(?: ?\. ?\d+)?"
_PLAIN = r"\d+(?:\.\d+)?"
# `812. 34万元`: a decimal point with a space beside it, taken only before a unit or percent
_SPACED = r"\d+(?: \. ?| ?\. )\d+(?=\s?(?:万|亿|千|元|%))"
# Digits are ASCII: readers fold full-width ０-９ first, and no report prints other scripts'.
# A figure starts after no digit, nor after a digit and its decimal point; after a digit and a
# comma only where the comma cannot be a thousands mark: the figure has a decimal point or more
# than three digits before it (`各为52.31,50.86万元`: two amounts; `1,234` is one). Nor is a run
# of dotted parts a figure: `2019.1.1` is a date, `3.2.1` a section number.
NUMBER_RE = re.compile(
    rf"(?<!\d)(?<!\d\.)(?:(?<!\d,)|(?=\d+\.\d)|(?=\d{{4}}))(?:{_GROUPED}|{_SPACED}|{_PLAIN})(?![\d])"
    r"(?!\.\d)",
    re.ASCII,
)
_COMPACT = re.compile(r"\d+(?:\.\d+)?", re.ASCII)
_DIGITS = "0123456789"


def has_digit(text: str) -> bool:
    """Whether any figure can be in `text`: ten substring scans, ~10x faster than a regex
    over Chinese prose, and most lines of a report have no figure."""
    for digit in _DIGITS:  # noqa: SIM110 - any() over a generator costs more than the scans
        if digit in text:
            return True
    return False


# Units, longest first so that 万人次 wins over 万人 and 人.
MONEY_UNITS = {
    "亿元": Decimal(100_000_000),
    "万元": Decimal(10_000),
    "千元": Decimal(1000),
    "元": 1,
}
_COUNT_UNITS = [
    "人次",
    "人",
    "户",
    "个",
    "家",
    "张",
    "条",
    "次",
    "项",
    "名",
    "所",
    "间",
    "起",
    "场",
    "份",
    "亩",
    "吨",
    "件",
    "台",
    "辆",
    "套",
    "块",
    "批",
    "册",
    "篇",
    "期",
    "例",
    "种",
    "粒",
    "床",
    "座",
    "处",
    "栋",
    "村",
    "镇",
    "街",
    "社区",
    "小时",
    "天",
    "公里",
    "千米",
    "平方米",
    "米",
    "场次",
    "课时",
    "班",
    "支",
    "只",
    "头",
    "株",
    "棵",
    "本",
    "篇",
    "单",
]
SCORE_UNITS = ("分",)
PERCENT_UNITS = ("%", "‰", "百分比", "个百分点")
DATE_UNITS = ("年度", "年", "月", "日", "号", "时", "周岁", "岁")
_ALL_UNITS = sorted(
    {*MONEY_UNITS, *_COUNT_UNITS, *SCORE_UNITS, *PERCENT_UNITS, *DATE_UNITS}, key=len, reverse=True
)
UNIT_RE = re.compile(r" ?(?P<scale>万|亿)?(?P<unit>" + "|".join(map(re.escape, _ALL_UNITS)) + ")?")


@dataclass(frozen=True)
class Number:
    """A figure as printed: its value, how many decimals it was printed with, and its text."""

    value: Decimal
    decimals: int
    text: str
    malformed: bool = False

    @property
    def half_ulp(self) -> Decimal:
        return Decimal(5).scaleb(-(self.decimals + 1))

    def interval(self, scale: Decimal | int = 1) -> tuple[Decimal, Decimal]:
        s = Decimal(scale)
        return ((self.value - self.half_ulp) * s, (self.value + self.half_ulp) * s)


@lru_cache(maxsize=4096)
def parse_number(text: str) -> Number | None:
    """Read one printed figure; thousands separators and stray spaces are removed, never guessed.

    Cached: a report prints the same few figures (100, 10, 100%) many times, and Number is
    immutable."""
    compact = text.replace(" ", "").replace(",", "")
    if not compact or not _COMPACT.fullmatch(compact):
        return None
    try:
        value = Decimal(compact)
    except InvalidOperation:
        return None
    decimals = len(compact.split(".", 1)[1]) if "." in compact else 0
    malformed = " " in text
    if "," in text:
        groups = text.replace(" ", "").split(".")[0].split(",")
        malformed = malformed or any(len(g) != 3 for g in groups[1:])
    return Number(value=value, decimals=decimals, text=text, malformed=malformed)


@lru_cache(maxsize=512)
def unit_kind(unit: str) -> str:
    """Which family a unit belongs to: money, percent, score, count, date or none.

    Cached: checks ask it for every pair of facts they compare."""
    if unit in MONEY_UNITS or unit == "万" or unit == "亿":
        return "money"
    if unit in PERCENT_UNITS:
        return "percent"
    if unit in SCORE_UNITS:
        return "score"
    if unit in DATE_UNITS:
        return "date"
    if unit:
        base = unit.removeprefix("万").removeprefix("亿")
        return "count" if base in _COUNT_UNITS else "other"
    return "none"


def unit_scale(unit: str) -> Decimal:
    """Multiplier from the printed unit to its base (元 for money, 1 for counts)."""
    if unit in MONEY_UNITS:
        return Decimal(MONEY_UNITS[unit])
    if unit.startswith("万"):
        return Decimal(10_000)
    if unit.startswith("亿"):
        return Decimal(100_000_000)
    return Decimal(1)


def format_decimal(value: Decimal, decimals: int = 2) -> str:
    """A Decimal as a reviewer reads it: fixed decimals, no exponent, no trailing noise."""
    q = Decimal(1).scaleb(-decimals)
    text = f"{value.quantize(q):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"
