"""Feedback on long work: a rich progress bar on standard error, shown only when standard error
is a terminal (never in pipes, logs, tests or CI output) and the command is not ``--quiet``."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


def wanted(quiet: bool = False, stream=None) -> bool:
    """Whether to draw a bar: not ``quiet``, standard error a terminal, no ``CI`` in the
    environment and a terminal that can draw (``TERM`` not ``dumb``)."""
    stream = stream if stream is not None else sys.stderr
    if quiet or os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Bar:
    """What the commands call: ``advance()`` after each unit of work, ``step(name)`` to say
    what is being done. A no-op when no bar is drawn."""

    def __init__(self, progress=None, task=None) -> None:
        self._progress, self._task = progress, task

    def advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def step(self, name: str, advance: int = 1) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=name, advance=advance)

    def total(self, total: int | None) -> None:
        if self._progress is not None:
            self._progress.update(self._task, total=total)


@contextmanager
def bar(description: str, total: int | None = None, *, quiet: bool = False) -> Iterator[Bar]:
    """A progress bar on standard error for the duration of the block, when :func:`wanted`."""
    if not wanted(quiet):
        yield Bar()
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    console = Console(stderr=True)
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=console, transient=True) as progress:
        yield Bar(progress, progress.add_task(description, total=total))


def count_documents(inputs: Iterable[str]) -> int | None:
    """How many documents INPUT... holds, cheaply (lines of JSON Lines files, other files one
    each), for a bar's total; ``None`` when it cannot be known (standard input)."""
    from kg.ingest.readers import JSONL_SUFFIXES, SUPPORTED, walk_directory

    total = 0
    for item in inputs:
        if item == "-":
            return None
        path = Path(item)
        files = [f for f in walk_directory(path) if isinstance(f, Path)] if path.is_dir() else [path]
        for f in files:  # the files ingest reads (kg.ingest.readers), dotfiles too
            suffix = f.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                try:
                    with f.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    pass
            elif suffix in SUPPORTED:
                total += 1
    return total
