"""Normalisation: what no later stage should have to know about how a report was typed,
converted or scanned.

Each step is its own module and works on a :class:`Mapped` text, which remembers for every
character where it stood in the original, so findings still point at what the user sees:

1. ``widths``  full-width digits and punctuation → ASCII (one character for one)
2. ``script``  traditional → simplified characters (OpenCC's dictionary)
3. ``glosses`` pinyin glosses left by web conversion dropped: ``預(yù)算`` → ``预算``
4. ``digits``  OCR letters inside numbers (``l00`` → ``100``), space-grouped figures
   (``1 000.00万元``)
5. ``numerals`` Chinese numerals of a percentage or of percentage points (``百分之九十五``)

Before them, a line that is only a page's number (``furniture``: ``— 3 —``, ``第2页``) is
read as blank.

Readers hand every line and cell through :func:`normalise_line` before they rebuild tables,
so tables, prose and checks all read the same clean text.
"""

from __future__ import annotations

from auditlint.normalise.digits import fix_digits, may_need_digits
from auditlint.normalise.furniture import is_page_number
from auditlint.normalise.glosses import drop_glosses, has_glosses
from auditlint.normalise.mapped import Mapped
from auditlint.normalise.numerals import has_numerals, spell_out_numerals
from auditlint.normalise.script import has_traditional, to_simplified
from auditlint.normalise.widths import fold_widths

__all__ = ["Mapped", "fold_widths", "normalise_line", "normalise_lines", "normalise_text"]


def normalise_line(raw: str) -> Mapped:
    """Every step on one line (or cell) of a report, in order."""
    text = fold_widths(raw)  # same length: the map starts as the identity
    if is_page_number(text):
        return Mapped("")  # page furniture (`— 3 —`): no text of the report
    return spell_out_numerals(fix_digits(drop_glosses(to_simplified(Mapped(text)))))


def normalise_lines(raws: list[str]) -> list[Mapped]:
    """Every line of a text file. The steps that rarely apply are first tested once on the
    whole text (most reports are simplified, without glosses or OCR letters)."""
    whole = fold_widths("\n".join(raws))
    folded = whole.split("\n")
    steps = [
        step
        for step, needed in (
            (to_simplified, has_traditional(whole)),
            (drop_glosses, has_glosses(whole)),
            (fix_digits, may_need_digits(whole)),
            (spell_out_numerals, has_numerals(whole)),
        )
        if needed
    ]
    if not steps:  # the usual report: folding was all it needed
        return [Mapped("" if is_page_number(text) else text) for text in folded]
    out = []
    for text in folded:
        if is_page_number(text):
            out.append(Mapped(""))  # page furniture (`— 3 —`): no text of the report
            continue
        mapped = Mapped(text)
        for step in steps:
            mapped = step(mapped)
        out.append(mapped)
    return out


def normalise_text(raw: str) -> str:
    """The normalised text alone (labels, cells whose places are kept elsewhere)."""
    return normalise_line(raw).text
