"""Pinyin glosses dropped: web conversion of some published pages writes a character's
reading after it, `預(yù)算` or `經(jīng)費(fèi)`, which splits every word in two.

A gloss is a bracketed lowercase Latin syllable with a tone mark, right after a Chinese
character; brackets holding anything else (`(A)`, `(万元)`, `(B/A)`, `(一)`) stay.
"""

from __future__ import annotations

import re

from auditlint.normalise.mapped import Mapped

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)")


def has_glosses(text: str) -> bool:
    return "(" in text and _GLOSS.search(text) is not None


def drop_glosses(mapped: Mapped) -> Mapped:
    if "(" not in mapped.text:
        return mapped
    return mapped.sub(_GLOSS, lambda m: "")
