"""Per-file result cache, like ruff's: a file's findings are reused while its bytes, the
settings and the checks that produced them are unchanged.

An entry is keyed by sha256(file bytes, shown path, settings digest). The settings digest
covers the auditlint version and source, every configuration field that changes findings,
and the content of every check module and domain file (built-in, configured directories, and the
versions of plugin distributions), so editing a check invalidates what it produced.
Writes are atomic (temp file + rename), so parallel workers never see half an entry; a cache
directory that cannot be written is silently not used.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from importlib.metadata import entry_points
from pathlib import Path

from auditlint.api import Finding
from auditlint.config import Config
from auditlint.domain import builtin_checks_dir

DEFAULT_DIR = ".auditlint_cache"
_SCHEMA = "1"


def package_version() -> str:
    import auditlint

    return auditlint.__version__


def _tree_digest(directory: Path, h: hashlib._Hash, patterns: tuple[str, ...]) -> None:
    if not directory.is_dir():
        return
    for path in sorted(p for pattern in patterns for p in directory.glob(pattern)):
        h.update(str(path.relative_to(directory)).encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"?")


def settings_digest(config: Config) -> str:
    """What, besides a file's bytes, decides its findings."""
    h = hashlib.sha256()
    h.update(f"{_SCHEMA}|{package_version()}".encode())
    wanted = {
        "select": config.select,
        "ignore": config.ignore,
        "severity": config.severity,
        "per_file_ignores": config.per_file_ignores,
        "checks_dirs": config.checks_dirs,
    }
    h.update(json.dumps(wanted, sort_keys=True).encode())
    # the engine's own source too: an editable install keeps its version while its code changes
    _tree_digest(Path(__file__).parent, h, ("*.py", "*/*.py"))
    for directory in (builtin_checks_dir(), *map(Path, config.checks_dirs)):
        _tree_digest(directory, h, ("*.py", "domain/*.toml"))
    for ep in sorted(entry_points(group="auditlint.checks"), key=lambda e: e.name):
        dist = ep.dist
        h.update(f"{ep.name}={ep.value}@{dist.version if dist else ''}".encode())
    return h.hexdigest()


@dataclass(frozen=True)
class Cache:
    directory: Path
    settings: str

    def key(self, shown_path: str, data: bytes) -> str:
        h = hashlib.sha256(self.settings.encode())
        h.update(shown_path.encode())
        h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / _SCHEMA / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[Finding] | None:
        try:
            raw = json.loads(self._file(key).read_text(encoding="utf-8"))
            return [Finding(**item) for item in raw]
        except (OSError, ValueError, TypeError):
            return None

    def put(self, key: str, findings: list[Finding]) -> None:
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._mark_directory()
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump([asdict(f) for f in findings], out, ensure_ascii=False)
            os.replace(tmp, target)
        except OSError:
            return

    def _mark_directory(self) -> None:
        """Keep the cache out of git and backups, as ruff and pytest do."""
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# Automatically created by auditlint.\n*\n", encoding="utf-8")
            (self.directory / "CACHEDIR.TAG").write_text(
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by auditlint.\n",
                encoding="utf-8",
            )


def open_cache(config: Config, directory: Path | None = None) -> Cache:
    """The cache in `directory`, else the configured `cache-dir`, else `.auditlint_cache`."""
    return Cache(directory or Path(config.cache_dir or DEFAULT_DIR), settings_digest(config))
