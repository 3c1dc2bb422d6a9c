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


def has_traditional(text: str) -> bool:
    """Whether the text holds a character outside GB2312 (a traditional one, or a rare one)."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def to_simplified(mapped: Mapped) -> Mapped:
    """One character for one: a phrase conversion that would change the length is done
    character by character instead, so places never move."""
    text = mapped.text
    if text.isascii() or not has_traditional(text):
        return mapped
    converted = _converter().convert(text)
    if len(converted) != len(text):
        converted = "".join(c if len(c := _converter().convert(ch)) == 1 else ch for ch in text)
    return mapped if converted == text else mapped.replace_chars(converted)
