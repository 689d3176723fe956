"""Write a dataset to a file whose suffix picks the format, atomically and deterministically.

Serialisation goes through Oxigraph (rdflib's Turtle/TriG writers grow a namespace trie per
IRI and turn quadratic on large graphs): quads are sorted, so the same graph always gives the
same bytes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import UsageError
from kg.io import atomic_write_bytes
from kg.vocab import PREFIXES as _VOCAB_PREFIXES

PREFIXES = dict(_VOCAB_PREFIXES)

FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
           ".jsonld": ox.RdfFormat.JSON_LD}


def format_for(path: Path) -> ox.RdfFormat:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unsupported output suffix {Path(path).suffix or '(none)'}; use .trig, .nq, .ttl or .jsonld")
    return fmt


def dataset_quads(ds: Dataset) -> list[ox.Quad]:
    data = ds.serialize(format="nquads", encoding="utf-8")
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def _key(q: ox.Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))


def serialize_quads(quads: list[ox.Quad], fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> bytes:
    quads = sorted(set(quads), key=_key)
    if fmt == ox.RdfFormat.TURTLE:
        # Turtle has no named graphs: write the union
        triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        return ox.serialize(triples, format=fmt, prefixes=prefixes)
    if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD):
        return ox.serialize(quads, format=fmt)
    return ox.serialize(quads, format=fmt, prefixes=prefixes)


def write_dataset(ds: Dataset, path: Path) -> None:
    fmt = format_for(path)
    atomic_write_bytes(Path(path), serialize_quads(dataset_quads(ds), fmt, PREFIXES))
