"""Write a dataset to a file whose suffix picks the format, atomically."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import UsageError
from kg.io import atomic_write_bytes

FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".jsonld": "json-ld"}


def format_for(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unsupported output suffix {path.suffix or '(none)'}; use .trig, .nq, .ttl or .jsonld")
    return fmt


def write_dataset(ds: Dataset, path: Path) -> None:
    fmt = format_for(path)
    if fmt == "turtle":
        # Turtle has no named graphs: write the union
        union = Graph()
        for prefix, ns in ds.namespaces():
            union.bind(prefix, ns)
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        data = union.serialize(format="turtle", encoding="utf-8")
    elif fmt == "nquads":
        lines = ds.serialize(format="nquads", encoding="utf-8").decode("utf-8").splitlines()
        data = ("\n".join(sorted(set(l for l in lines if l.strip()))) + "\n").encode("utf-8")
    else:
        data = ds.serialize(format=fmt, encoding="utf-8")
    atomic_write_bytes(path, data)
