"""Load checks: the built-in `checks/` directory, configured directories, entry points."""

from __future__ import annotations

import importlib.util
import sys
from importlib.metadata import entry_points
from pathlib import Path

from auditlint.api import Check, registry
from auditlint.domain import builtin_checks_dir

ENTRY_POINT_GROUP = "auditlint.checks"
_loaded: set[str] = set()


class CheckLoadError(Exception):
    """A checks directory or plugin that cannot be imported."""


def _load_dir(directory: Path) -> None:
    if not directory.is_dir():
        raise CheckLoadError(f"checks directory not found: {directory}")
    for path in sorted(directory.glob("*.py")):
        if path.name.startswith("_") or str(path) in _loaded:
            continue
        name = f"auditlint_checks_{abs(hash(str(path.parent)))}_{path.stem}"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # a user's check with a bug must not look like ours
            raise CheckLoadError(f"cannot load checks from {path}: {exc}") from exc
        _loaded.add(str(path))


def load_checks(extra_dirs: tuple[str, ...] = ()) -> dict[str, Check]:
    _load_dir(builtin_checks_dir())
    for d in extra_dirs:
        _load_dir(Path(d))
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.value in _loaded:
            continue
        try:
            ep.load()
        except Exception as exc:
            raise CheckLoadError(f"cannot load plugin {ep.name} ({ep.value}): {exc}") from exc
        _loaded.add(ep.value)
    return dict(sorted(registry().items()))
