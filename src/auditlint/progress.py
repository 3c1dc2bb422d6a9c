"""A progress bar for long runs on a terminal; nothing at all in pipes, CI logs or short runs."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MIN_FILES = 20  # below this a run is over before a bar would help


def _stderr_is_terminal() -> bool:
    """rich's answer (it knows FORCE_COLOR and friends), asked only when stderr may be a
    terminal: a pipe or a file never gets a bar, and saves importing rich."""
    env = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
    if not sys.stderr.isatty() and not any(os.environ.get(name) for name in env):
        return False
    from rich.console import Console

    return Console(stderr=True).is_terminal


@contextmanager
def progress_for(total: int, enabled: bool = True) -> Iterator[Callable[[object], None] | None]:
    """Yield a per-file callback that advances a bar on stderr, or None when no bar is shown."""
    if not enabled or total < MIN_FILES or os.environ.get("CI") or not _stderr_is_terminal():
        yield None
        return
    from rich.console import Console

    console = Console(stderr=True)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("auditlint", total=total)
        yield lambda _result: bar.advance(task)
