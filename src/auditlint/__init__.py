"""auditlint: a consistency-audit linter for budget-performance reports.

``auditlint.lint(paths)`` is the Python API; the heavy modules load on first call, so
``import auditlint`` stays cheap for the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditlint.config import Config
    from auditlint.runner import Result

__all__ = ["DISTRIBUTION", "__version__", "lint"]

# The name on PyPI: `auditlint` there is an unrelated project, so the distribution is
# auditlint-cn; the import package and the command are `auditlint`.
DISTRIBUTION = "auditlint-cn"
HOMEPAGE = f"https://pypi.org/project/{DISTRIBUTION}/"


def __getattr__(name: str) -> str:
    """`auditlint.__version__`, read from the installed metadata only when asked for."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version(DISTRIBUTION)
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(name)


def lint(
    paths: str | Path | list[str | Path],
    config: Config | str | Path | None = None,
    *,
    jobs: int = 1,
    cache: bool = False,
) -> Result:
    """Lint report files or directories; iterate the result for its findings.

    ``config`` is a :class:`auditlint.config.Config`, a path to ``auditlint.toml`` /
    ``pyproject.toml``, or None for the nearest configuration file. ``cache=True`` uses the
    same result cache as the command line.
    """
    from auditlint.cache import open_cache
    from auditlint.config import Config, load_config
    from auditlint.runner import lint as run

    if isinstance(paths, str | Path):
        paths = [paths]
    if not isinstance(config, Config):
        config = load_config(Path(config) if config is not None else None)
    store = open_cache(config) if cache else None
    return run(paths, config, jobs=jobs, cache=store)
