"""Paths of the files bundled with the package (ontology, lexicons, queries, samples), and the small
word lists read by more than one stage."""

from __future__ import annotations

import csv
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


# the names of the days, Monday first (a date's weekday number is its index): read by the dates of
# extraction and by the gazetteer ("Easter Sunday" is a day, never a place)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def cue_classes(directory: Path | None = None) -> dict[str, frozenset[str]]:
    """The closed word classes of ``data/lexicon/cues.tsv`` (kind TAB words, |-separated), read by
    extraction (kg.extract.rules) and by the gazetteer (its place words, at initialisation)."""
    path = (directory or data_path("lexicon")) / "cues.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]
    return {row[0]: frozenset(row[1].split("|")) for row in rows}
