"""Paths of the files bundled with the package (ontology, lexicons, queries, samples)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _root() -> Path:
    return Path(str(resources.files("kg")))


def ontology_path(name: str) -> Path:
    """A file of ``ontology/`` (the Turtle source of truth), e.g. ``geoevent.ttl``."""
    return _root() / "ontology" / name


def data_path(*parts: str) -> Path:
    """A file under ``kg/data``."""
    return _root().joinpath("data", *parts)


def queries_dir() -> Path:
    return _root() / "queries"


def samples_dir() -> Path:
    return _root() / "data" / "samples"
