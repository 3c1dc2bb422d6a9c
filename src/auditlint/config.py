"""Settings from `auditlint.toml` or `[tool.auditlint]` in `pyproject.toml`, nearest first."""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class ConfigError(Exception):
    """A configuration the user must fix; the CLI exits with status 2."""


@dataclass
class Config:
    select: list[str] = field(default_factory=list)  # codes or prefixes; empty = all
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # code or prefix → severity
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)  # glob → codes
    exclude: list[str] = field(default_factory=list)  # globs a directory walk leaves out
    checks_dirs: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    lang: str = "zh"
    cache_dir: str = ""  # empty: .auditlint_cache in the working directory
    source: str = ""
    root: str = (
        ""  # the project root (the config file's folder); paths in baselines are relative to it
    )

    def __post_init__(self) -> None:
        self.normalise_codes()

    def normalise_codes(self) -> None:
        """Codes are case-insensitive everywhere: `al201` selects AL201, as `rule al201` does."""
        self.select = [c.strip().upper() for c in self.select]
        self.ignore = [c.strip().upper() for c in self.ignore]
        self.severity = {k.strip().upper(): v for k, v in self.severity.items()}
        self.per_file_ignores = {
            glob: [c.strip().upper() for c in codes]
            for glob, codes in self.per_file_ignores.items()
        }

    def validate_codes(self, known: Iterable[str]) -> None:
        """A selector that matches no check is a mistake, not a wish to run nothing.

        `--select AL1O1` used to disable every check and report a clean run; now it is a usage
        error naming the closest codes, as ruff does.
        """
        codes = sorted(known)
        problems = []
        for where, selectors in self._selectors():
            for sel in selectors:
                if sel == "ALL" or any(code.startswith(sel) for code in codes):
                    continue
                problems.append(
                    f"{where}: unknown rule code or prefix `{sel}`{_closest(sel, codes)}"
                )
        if problems:
            raise ConfigError("\n".join(problems))

    def _selectors(self) -> list[tuple[str, list[str]]]:
        here = self.source or "--select/--ignore"
        found = [
            ("select", self.select),
            ("ignore", self.ignore),
            ("severity", list(self.severity)),
        ]
        found += [
            (f"per-file-ignores `{glob}`", codes) for glob, codes in self.per_file_ignores.items()
        ]
        return [(f"{here} {name}" if self.source else name, sel) for name, sel in found]

    def excluded(self, path: str) -> bool:
        """A path (relative to the project root) a directory walk leaves out."""
        return any(_match(path, pattern) for pattern in self.exclude)

    def enabled(self, code: str, path: str = "") -> bool:
        # asked once per check per file: startswith with a tuple, not a loop per prefix
        if self.select and "ALL" not in self.select and not code.startswith(tuple(self.select)):
            return False
        if self.ignore and (code.startswith(tuple(self.ignore)) or "ALL" in self.ignore):
            return False
        for pattern, codes in self.per_file_ignores.items():
            if (
                codes
                and (code.startswith(tuple(codes)) or "ALL" in codes)
                and _match(path, pattern)
            ):
                return False
        return True

    def severity_of(self, code: str, default: str) -> str:
        best = ("", default)
        for prefix, sev in self.severity.items():
            if (code.startswith(prefix) or prefix == "ALL") and len(prefix) > len(best[0]):
                best = (prefix, sev)
        return best[1]


def _closest(selector: str, codes: list[str]) -> str:
    """`; did you mean AL101?`: the codes and prefixes nearest the mistyped one."""
    prefixes = sorted({code[:n] for code in codes for n in range(2, len(code) + 1)})
    same_length = [p for p in prefixes if len(p) == len(selector)] or prefixes
    near = difflib.get_close_matches(selector, same_length, n=3, cutoff=0.5)
    if near:
        return "; did you mean " + " or ".join(near) + "?"
    families = sorted({code[:3] for code in codes})
    return "; rule codes look like " + ", ".join(families[:6]) + "… (`auditlint rules` lists them)"


def _match(path: str, pattern: str) -> bool:
    p = Path(path)
    return p.match(pattern) or any(parent.match(pattern.rstrip("/")) for parent in p.parents)


_KEYS = {
    "select",
    "ignore",
    "severity",
    "per-file-ignores",
    "checks-dirs",
    "fail-on",
    "lang",
    "cache-dir",
    "exclude",
}


def _from_table(table: dict[str, Any], base: Path, source: str) -> Config:
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown setting(s): {', '.join(sorted(unknown))}")
    cfg = Config(source=source, root=str(base.resolve()))
    for key in ("select", "ignore"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{source}: `{key}` must be a list of codes")
        setattr(cfg, key, value)
    sev = table.get("severity", {})
    for code, value in sev.items():
        if value not in ("error", "warning", "info"):
            raise ConfigError(f"{source}: severity of {code} must be error, warning or info")
    cfg.severity = dict(sev)
    cfg.per_file_ignores = {k: list(v) for k, v in table.get("per-file-ignores", {}).items()}
    exclude = table.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(v, str) for v in exclude):
        raise ConfigError(f"{source}: `exclude` must be a list of globs")
    cfg.exclude = exclude
    cfg.normalise_codes()
    cfg.checks_dirs = [str((base / d).resolve()) for d in table.get("checks-dirs", [])]
    cfg.fail_on = table.get("fail-on", "warning")
    if cfg.fail_on not in ("error", "warning", "info"):
        raise ConfigError(f"{source}: fail-on must be error, warning or info")
    cfg.lang = table.get("lang", "zh")
    if "cache-dir" in table:
        cfg.cache_dir = str((base / table["cache-dir"]).resolve())
    return cfg


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    """The explicit file, else the nearest auditlint.toml / pyproject.toml with a section."""
    try:
        if explicit is not None:
            data = tomllib.loads(explicit.read_text(encoding="utf-8"))
            if explicit.name == "pyproject.toml":
                data = data.get("tool", {}).get("auditlint", {})
            return _from_table(data, explicit.parent, str(explicit))
        here = (start or Path.cwd()).resolve()
        for directory in (here, *here.parents):
            own = directory / "auditlint.toml"
            if own.is_file():
                return _from_table(tomllib.loads(own.read_text("utf-8")), directory, str(own))
            py = directory / "pyproject.toml"
            if py.is_file():
                section = tomllib.loads(py.read_text("utf-8")).get("tool", {}).get("auditlint")
                if section is not None:
                    return _from_table(section, directory, str(py))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read configuration: {exc}") from exc
    return Config(root=str(project_root(here)))


def project_root(here: Path) -> Path:
    """Where there is no config: the nearest folder that looks like a project (as black and
    ruff find theirs), else the working directory."""
    for directory in (here, *here.parents):
        if any((directory / marker).exists() for marker in (".git", "pyproject.toml", ".hg")):
            return directory
    return here
