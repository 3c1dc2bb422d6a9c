"""Settings from `auditlint.toml` or `[tool.auditlint]` in `pyproject.toml`, nearest first."""

from __future__ import annotations

import tomllib
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
    checks_dirs: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    lang: str = "zh"
    cache_dir: str = ""  # empty: .auditlint_cache in the working directory
    source: str = ""

    def enabled(self, code: str, path: str = "") -> bool:
        # asked once per check per file: startswith with a tuple, not a loop per prefix
        if self.select and not code.startswith(tuple(self.select)):
            return False
        if self.ignore and code.startswith(tuple(self.ignore)):
            return False
        for pattern, codes in self.per_file_ignores.items():
            if codes and code.startswith(tuple(codes)) and _match(path, pattern):
                return False
        return True

    def severity_of(self, code: str, default: str) -> str:
        best = ("", default)
        for prefix, sev in self.severity.items():
            if code.startswith(prefix) and len(prefix) > len(best[0]):
                best = (prefix, sev)
        return best[1]


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
}


def _from_table(table: dict[str, Any], base: Path, source: str) -> Config:
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown setting(s): {', '.join(sorted(unknown))}")
    cfg = Config(source=source)
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
    return Config()
