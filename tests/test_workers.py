"""Sharing files among forked processes: every file once, whatever happens to a child."""

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from auditlint.workers import forked

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork"
)
FILES = [Path(f"r{i:03d}.txt") for i in range(60)]


def _slow(path: Path) -> tuple[str, int]:
    time.sleep(0.005)  # long enough for the child to start before the work is gone
    return path.name, os.getpid()


@needs_fork
def test_every_file_once_and_the_work_shared():
    results = dict(forked(FILES, _slow, jobs=2, chunk=3))
    assert sorted(results) == list(range(60))
    assert all(results[i][0] == FILES[i].name for i in results)
    # both processes took part: the test's own and one child
    assert len({pid for _, pid in results.values()}) == 2


@needs_fork
def test_a_child_that_dies_loses_no_file():
    parent = os.getpid()

    def lint_one(path: Path) -> str:
        if os.getpid() != parent:
            os._exit(3)  # the child dies on the first file it takes
        return path.name

    results = list(forked(FILES, lint_one, jobs=3, chunk=4))
    assert sorted(i for i, _ in results) == list(range(60))
    assert [name for _, name in sorted(results)] == [p.name for p in FILES]


@needs_fork
def test_stopping_early_leaves_no_child_running():
    results = forked(FILES, lambda p: p.name, jobs=2, chunk=1)
    next(results)
    results.close()
    assert multiprocessing.active_children() == []


def test_without_fork_a_spawned_pool_gives_the_same_findings(monkeypatch):
    from conftest import SAMPLES

    from auditlint.runner import lint

    one = lint([SAMPLES], jobs=1)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    two = lint([SAMPLES], jobs=2)
    assert two.files == one.files
    assert [(f.path, f.code, f.line) for f in two] == [(f.path, f.code, f.line) for f in one]
    assert len(one) >= 12
