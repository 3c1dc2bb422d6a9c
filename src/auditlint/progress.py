"""A progress bar for long runs on a terminal; nothing at all in pipes, CI logs or short runs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MIN_FILES = 20  # below this a run is over before a bar would help


@contextmanager
def progress_for(total: int, enabled: bool = True) -> Iterator[Callable[[object], None] | None]:
    """Yield a per-file callback that advances a bar on stderr, or None when no bar is shown."""
    from rich.console import Console

    console = Console(stderr=True)
    if not enabled or total < MIN_FILES or not console.is_terminal or os.environ.get("CI"):
        yield None
        return
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
