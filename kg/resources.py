"""Paths of the files bundled with the package (ontology, lexicons, queries, samples), and the one
small word list read by more than one stage."""

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


def name_titles(directory: Path | None = None) -> list[tuple[str, str]]:
    """The words of address and rank written before a person's name, case-folded, with their kind
    ("address": never part of a name; "rank": an office a document may keep in one), from
    ``data/lexicon/name_titles.tsv``. Read by the gazetteer (at initialisation) and by fusion."""
    path = (directory or data_path("lexicon")) / "name_titles.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]
    return [(row[0].strip().casefold(), row[1].strip()) for row in rows]
