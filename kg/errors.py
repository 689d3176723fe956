"""Errors geokg reports to users. Each carries the input it is about and reads as one line."""

from __future__ import annotations


class GeokgError(Exception):
    """Base of the errors the command line turns into one line and exit code 2."""


class InputError(GeokgError):
    """A bad input: names the input and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class UsageError(GeokgError):
    """A bad command-line usage or query parameter."""
