"""Domain knowledge loaded from TOML data: the built-in `checks/domain/` plus user directories.

Keeping vocabulary as data means a finance office can teach auditlint its own wording
(a new header, a local synonym) without touching code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any


def builtin_checks_dir() -> Path:
    """The built-in checks: packaged copy in a wheel, `checks/` beside `src/` in a checkout."""
    packaged = Path(__file__).parent / "_builtin_checks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "checks"


def _merge(into: dict[str, Any], new: dict[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = into[key] + [v for v in value if v not in into[key]]
        else:
            into[key] = value


@dataclass(frozen=True)
class Domain:
    data: dict[str, Any] = field(default_factory=dict)
    # answers already worked out: the same headers, labels and word lists come back for
    # every report of a run
    _memo: dict[tuple[str, str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    def section(self, name: str) -> dict[str, Any]:
        return self.data.get(name, {})

    def words(self, section: str, key: str) -> tuple[str, ...]:
        return self._remember("words", section, key)

    def header_role(self, header: str) -> str | None:
        """Role of a column header; the longest synonym contained in it wins."""
        return self._remember("longest", "header_roles", header) or None

    def concept(self, label: str) -> str:
        """The concept a label names; quotes are no part of a name (`“三公”经费`, and a label
        that kept only one of its quotes, `三公”经费支出`)."""
        return self._remember("longest", "concepts", unquoted(label))

    def _remember(self, how: str, section: str, key: str) -> Any:
        memo_key = (how, section, key)
        if memo_key not in self._memo:
            if len(self._memo) > 100_000:  # labels of many reports: keep memory flat
                self._memo.clear()
            if how == "words":
                value: Any = tuple(self.section(section).get(key, []))
            else:
                value = self._longest(section, key)
            self._memo[memo_key] = value
        return self._memo[memo_key]

    def _longest(self, section: str, text: str) -> str:
        """The entry of `section` with the longest name contained in `text` ('' if none)."""
        best: tuple[int, str] | None = None
        for entry, names in self.section(section).items():
            for name in names:
                if name in text and (best is None or len(name) > best[0]):
                    best = (len(name), entry)
        return best[1] if best else ""


_NO_QUOTES = str.maketrans("", "", "“”\"‘’'")


def unquoted(text: str) -> str:
    """A name without its quotes: `“三公”经费`, `三公”经费` and `三公经费` name one thing."""
    return text.translate(_NO_QUOTES)


@cache
def load_domain(extra_dirs: tuple[str, ...] = ()) -> Domain:
    data: dict[str, Any] = {}
    for directory in (builtin_checks_dir(), *map(Path, extra_dirs)):
        for toml in sorted((directory / "domain").glob("*.toml")):
            with toml.open("rb") as fh:
                _merge(data, tomllib.load(fh))
    return Domain(data)
