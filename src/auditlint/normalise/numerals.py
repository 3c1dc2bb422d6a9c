"""Chinese numerals where they stand for a figure the checks compare: `百分之九十五` → `95%`,
`下降三个百分点` → `下降3个百分点`. Counts written in words (`三个科室`) and ordinals (`第三`,
`十三五`) are left as they are: they are words there, not figures.
"""

from __future__ import annotations

import re

from auditlint.normalise.mapped import Mapped

_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUMERAL = r"[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?"
_PERCENT = re.compile(rf"百分之({_NUMERAL})")
_POINTS = re.compile(rf"(?<=[增减升降提高低少多加长])({_NUMERAL})个百分点")


def numeral_value(text: str) -> str | None:
    """`九十五` → `95`, `一百` → `100`, `十二点五` → `12.5`; None for what is no number."""
    whole, _, frac = text.partition("点")
    total = section = 0
    for ch in whole:
        if ch in _DIGIT:
            section = _DIGIT[ch]
        elif ch == "十":
            total += (section or 1) * 10
            section = 0
        elif ch == "百":
            total += (section or 1) * 100
            section = 0
        else:
            return None
    total += section
    if frac:
        digits = "".join(str(_DIGIT[c]) for c in frac if c in _DIGIT)
        return f"{total}.{digits}" if len(digits) == len(frac) else None
    return str(total)


def _percent(m: re.Match[str]) -> str:
    value = numeral_value(m.group(1))
    return f"{value}%" if value is not None else m.group(0)


def _points(m: re.Match[str]) -> str:
    value = numeral_value(m.group(1))
    return f"{value}个百分点" if value is not None else m.group(0)


def has_numerals(text: str) -> bool:
    return "百分" in text


def spell_out_numerals(mapped: Mapped) -> Mapped:
    if "百分" not in mapped.text:
        return mapped
    return mapped.sub(_POINTS, _points).sub(_PERCENT, _percent)
