"""Lint files in forked processes, this one among them.

Why not concurrent.futures: its pool keeps this process busy feeding and collecting (a thread
that wakes for every chunk) while the workers run, so on two cores three processes compete
for two. Here this process takes chunks of files like the children do, and each child sends
back one message per chunk. Forked children inherit the loaded checks, domain data and
compiled patterns; nothing is pickled on the way in.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

Claim = Callable[[], range]


def _child(send: Connection, claim: Claim, files: list[Path], lint_one: Callable) -> None:
    try:
        while batch := claim():
            send.send([(i, lint_one(files[i])) for i in batch])
    finally:
        send.close()


def _received(receive: Connection, block: bool) -> Iterator[tuple[int, Any]]:
    """What a child has sent: all of it (block) or what is already waiting."""
    while block or receive.poll():
        try:
            yield from receive.recv()
        except EOFError:  # the child is done (or died: its files are linted again below)
            return


def forked(
    files: list[Path], lint_one: Callable[[Path], Any], jobs: int, chunk: int
) -> Iterator[tuple[int, Any]]:
    """(index, result) for every file, in the order they finish; `jobs` processes in all."""
    context = multiprocessing.get_context("fork")
    next_index = context.RawValue("q", 0)
    lock = context.Lock()

    def claim() -> range:
        with lock:
            start = next_index.value
            next_index.value = start + chunk
        return range(start, min(start + chunk, len(files)))

    children = []
    for _ in range(jobs - 1):
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(send, claim, files, lint_one), daemon=True)
        child.start()
        send.close()
        children.append((child, receive))
    done: set[int] = set()
    try:
        while batch := claim():
            for i in batch:
                done.add(i)
                yield i, lint_one(files[i])
            for _, receive in children:  # keep their pipes from filling up
                for i, result in _received(receive, block=False):
                    done.add(i)
                    yield i, result
        for child, receive in children:
            for i, result in _received(receive, block=True):
                done.add(i)
                yield i, result
            child.join()
    finally:
        for child, receive in children:
            if child.is_alive():  # the caller stopped early
                child.terminate()
                child.join()
            receive.close()
    for i in range(len(files)):  # a child that died took its chunk with it
        if i not in done:
            yield i, lint_one(files[i])
