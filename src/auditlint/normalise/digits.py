"""Figures as OCR and typesetting leave them: letters read for digits (`l00.00`, `1O0%`),
thousands grouped by spaces (`1 000.00万元`) and a percent sign set apart (`下降 12.34 %`).

A letter becomes a digit only inside a run of digits and such letters that touches no other
Latin letter and holds at least as many digits as letters: `ISO9001`, `PM2.5`, `A1`, `O2O`
stay as they are.
"""

from __future__ import annotations

import re

from auditlint.normalise.mapped import Mapped

_LOOKALIKE = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0"})
_RUN = re.compile(r"(?<![A-Za-z\d.])[\dlIOo][\dlIOo.]*(?![A-Za-z\d])", re.ASCII)
# `1 000.00万元` after a word (not a space: `合计 1 000.00` may be two cells of a table row)
_SPACE_GROUPED = re.compile(
    r"(?<=[^\d\s,.])\d{1,3}(?: \d{3})+(?:\.\d+)?(?= ?(?:万元|亿元|千元|元|万|亿))", re.ASCII
)

# `99 %`: typesetting puts a space before the sign; a row split at spaces would make the sign a
# cell of its own and the figure a bare number
_SPACED_PERCENT = re.compile(r"(?<=\d) +(?=[%‰])", re.ASCII)


def _digit_run(m: re.Match[str]) -> str:
    run = m.group(0)
    digits = sum(ch.isdigit() for ch in run)
    letters = sum(ch in "lIOo" for ch in run)
    if not letters or not digits or letters > digits or run.endswith("."):
        return run
    if run[0] in "Oo" and len(run) > 1 and run[1] != ".":
        return run  # a leading zero is no figure: `O85` is not 085
    return run.translate(_LOOKALIKE)


_MAY_NEED = re.compile(r"[lIOo]\d|\d[lIOo]|\d \d{3}|\d +[%‰]", re.ASCII)


def may_need_digits(text: str) -> bool:
    """Whether any line of the text can hold a figure this step mends (one scan of a file)."""
    return _MAY_NEED.search(text) is not None


def fix_digits(mapped: Mapped) -> Mapped:
    text = mapped.text
    if any(ch in text for ch in "lIOo"):
        mapped = mapped.sub(_RUN, _digit_run)
    if " " in mapped.text:
        mapped = mapped.sub(_SPACE_GROUPED, lambda m: m.group(0).replace(" ", ""))
        mapped = mapped.sub(_SPACED_PERCENT, lambda m: "")
    return mapped
