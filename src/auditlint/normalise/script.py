"""Traditional → simplified characters, by OpenCC's maintained dictionary (a hand list of
characters would miss most of them).

Published pages are often in traditional characters (`預算數…萬元`); every cue word and domain
word is simplified, so the text is converted once here. OpenCC is loaded only for text that
holds a character outside GB2312 (which has every common simplified character and no
traditional one): simplified reports never pay for it.
"""

from __future__ import annotations

from functools import cache

from auditlint.normalise.mapped import Mapped


@cache
def _converter():  # -> opencc.OpenCC
    import opencc

    return opencc.OpenCC("t2s")


def _outside_gb2312(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


@cache
def _gb2312_hanzi() -> frozenset[str]:
    """Every Chinese character GB2312 has (its rows 16-87): all common simplified ones."""
    rows = (
        bytes(b for low in range(0xA1, 0xFF) for b in (high, low)).decode("gb2312", errors="ignore")
        for high in range(0xB0, 0xF8)
    )
    return frozenset("".join(rows))


def _is_hanzi(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def has_traditional(text: str) -> bool:
    """Whether the text holds a character OpenCC would simplify. Only Chinese characters
    outside GB2312 can be one; of those, rare simplified ones (a place name's) are not,
    which OpenCC itself tells."""
    if not _outside_gb2312(text):
        return False
    rare = "".join(ch for ch in set(text) - _gb2312_hanzi() if _is_hanzi(ch))
    return bool(rare) and _converter().convert(rare) != rare


def to_simplified(mapped: Mapped) -> Mapped:
    """One character for one: a phrase conversion that would change the length is done
    character by character instead, so places never move."""
    text = mapped.text
    if text.isascii() or not _outside_gb2312(text):
        return mapped
    converted = _converter().convert(text)
    if len(converted) != len(text):
        converted = "".join(c if len(c := _converter().convert(ch)) == 1 else ch for ch in text)
    return mapped if converted == text else mapped.replace_chars(converted)
